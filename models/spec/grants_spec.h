#pragma once
// Grants and owner support: investment grants, operating subsidies, position funding, the KV turnover
// guarantee, the subsidy ceiling and the owner's loss compensation.
#include <string>
#include <vector>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

// Grants and owner support.
struct InvestmentGrantSpec {
    std::string name;
    double rate = 0.0;                  // share of eligible investment funded
    std::vector<std::string> eligible;  // investment names; empty: all investments
    double cap_eur = 0.0;               // 0: no cap
    MonthIndex paid = 0;
    int binding_years = 0;       // repaid when a doctor position is vacant longer than
    int max_vacancy_months = 0;  // max_vacancy_months in a row within the binding years
    std::string position;        // that doctor position only; empty: any doctor position
};
struct OperatingSubsidySpec {
    std::string name;
    Input eur_per_year;
    MonthIndex start = 0;
    int years = 1;
};
struct PositionFundingSpec {
    std::string name;
    std::string position;        // a doctor id or a staff role
    double eur_per_year = 0.0;   // at most this much a year ...
    double share_of_cost = 1.0;  // ... and at most this share of the position's cost
    MonthIndex start = 0;
    int years = 1;
    int max_vacancy_months = 0;  // doctor positions: repaid when vacant longer (0: no condition)
};
struct TurnoverGuaranteeSpec {  // KV Strukturfonds: top-up to a reference revenue
    std::string name;
    std::string position;  // a doctor id
    double reference_eur_per_quarter = 0.0;
    int quarters = 0;       // from the position's first month in post
    int binding_years = 0;  // repaid when the doctor leaves within this time
};
struct GrantsSpec {
    std::vector<InvestmentGrantSpec> investment;
    std::vector<OperatingSubsidySpec> operating;
    std::vector<PositionFundingSpec> positions;
    std::vector<TurnoverGuaranteeSpec> turnover_guarantees;
    double subsidy_ceiling_eur_per_year = 0.0;  // the council's ceiling for the owner's loss compensation (0: none)
    bool loss_compensation_paid = false;        // the owner pays each year's loss into the cash
    // When it pays: 0 in December of the loss year; 1..12 in that month of the following year (after
    // the annual accounts).
    int loss_compensation_month = 0;
};

}  // namespace mvzsim::models
