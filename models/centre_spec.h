#pragma once
// The validated description of a centre that the model projects. Plain data: the scenarios
// layer builds it from YAML and has checked every range; the model never sees YAML.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/addons_spec.h"
#include "models/calendar.h"
#include "models/finance.h"
#include "models/input.h"
#include "models/units.h"
#include "sim/distribution.h"

namespace mvzsim::models {

// Recruitment and turnover of a position. All default to 0: filled at its start, never left.
struct RecruitmentSpec {
    Input time_to_fill_months;  // months from the planned start until first filled (drawn per trial)
    Input departures_per_year;  // yearly probability that the doctor leaves
    Input refill_months;        // months vacant after a departure (drawn anew for each departure)
    Input recruiting_cost_eur;  // cost per hire (agency fee, advertising), EUR
};

struct DoctorSpec {
    std::string id;
    std::string specialty;
    Fte fte = 1.0;
    MonthIndex start = 0;  // planned start, months after opening
    PaySpec pay;
    RecruitmentSpec recruitment;
    Input productivity = fixed_input(1.0);  // factor on the case load (employed doctors see fewer patients)
};

// Payout quota for cases above a limit (specialists; GPs are paid in full since Oct 2025).
struct PayoutQuotaSpec {
    bool present = false;
    double limit_cases_per_fte_per_quarter = 0.0;
    double quota = 1.0;  // fraction paid for cases above the limit
};

// GKV (statutory) fee per case: EUR per case, or EBM points per case times the Orientierungswert.
struct GkvFeeSpec {
    bool by_points = false;
    Input eur_per_case;                    // EUR per case per quarter (when !by_points)
    Input points_per_case;                 // EBM points per case per quarter (when by_points)
    Input orientierungswert_ct_per_point;  // cent per point in the opening year (when by_points)
    Input growth_per_year;                 // yearly change of the fee (OW negotiation), each January
    PayoutQuotaSpec payout_quota;
};

// Case load of a new position over its first quarters in post: start_share of the target in
// its first quarter, rising to the full target after `quarters` quarters.
enum class RampShape { linear, s_curve };
struct RampUpSpec {
    int quarters = 0;  // 0: no ramp-up
    RampShape shape = RampShape::linear;
    double start_share = 1.0;
    double refill_start_share = 1.0;  // a successor after a departure starts here (1: at the full load)
};

// How the KV pays: monthly advances during a quarter (a share of the previous quarter's GKV
// revenue, a third each month), the rest some months after the quarter ends.
struct KvPaymentSpec {
    bool present = false;           // absent: cash follows the revenue month by month
    double advance_share = 0.0;     // fraction of the previous quarter's GKV revenue paid in advances
    int settlement_lag_months = 0;  // months after the quarter's end when the remainder is paid
};

// A lump sum or surcharge paid by the KV (TI-Pauschale, NäPA surcharges, home visits).
struct SurchargeSpec {
    std::string name;
    Input eur_per_case;   // per case
    Input eur_per_month;  // per month
};

struct BillingSpec {
    Input cases_per_fte_per_quarter;  // all cases (GKV and PKV) per doctor FTE per quarter
    GkvFeeSpec gkv;
    RampUpSpec ramp_up;
    KvPaymentSpec kv_payment;
    std::vector<SurchargeSpec> surcharges;  // grow with the GKV fee
    int pkv_payment_lag_months = 0;
    Input pkv_share_of_cases;  // fraction of cases that are private (PKV)
    Input pkv_eur_per_case;    // EUR per private case (GOÄ)
    Input pkv_growth_per_year;
    Input other_eur_per_case;  // other revenue (IGeL, certificates, contracts) per case, EUR
    Input other_growth_per_year;
};

// Non-physician staff of one role: a number of FTE per active doctor FTE, or a fixed number.
struct StaffSpec {
    std::string role;
    bool per_doctor = false;
    Fte fte = 0.0;         // per doctor FTE when per_doctor, else in total
    MonthIndex start = 0;  // months after opening (fixed staff only)
    PaySpec pay;
    // Turnover: the steady-state share of the role's posts vacant, d r / (12 + d r) for d
    // departures per year and r months to refill; vacant posts cost nothing, and for staff per
    // doctor FTE they cut the case load by the same share.
    Input departures_per_year;
    Input refill_months;
};

struct PremisesSpec {
    bool by_area = false;
    double area_m2 = 0.0;
    Input rent_eur_per_m2_per_month;  // when by_area
    Input rent_eur_per_month;         // when !by_area
    Input rent_increase_per_year;     // each January after the opening year
};

struct RunningCostsSpec {
    Input fixed_eur_per_month;           // IT, insurance, cleaning, management fee, ... (grows with cost inflation)
    Input eur_per_case;                  // consumables per case (grows with cost inflation)
    Input share_of_revenue;              // fraction of the month's revenue (e.g. billing service fees)
    Input eur_per_month_per_doctor_fte;  // costs that scale with doctors in post (licences, insurance)
};

// How the centre grows when `mvzsim breakeven` adds doctors: copies of a template position,
// and the space each added doctor FTE needs.
struct BreakevenSpec {
    std::string template_id;       // empty: the first doctor position
    double area_m2_per_fte = 0.0;  // added floor area per added doctor FTE (area-based rent only)
};

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
    bool loss_compensation_paid = false;        // the owner pays each year's loss into the cash in December
};

// Rank correlation between uncertain inputs drawn once per trial, by a Gaussian copula.
struct CorrelationSpec {
    std::vector<Input> inputs;  // the correlated inputs (distribution and stream of each)
    std::vector<double> rank;   // inputs.size() x inputs.size() Spearman matrix, row-major
};

struct CentreSpec {
    std::string name;
    YearMonth opening;
    int horizon_years = 10;
    std::uint64_t default_seed = 1;
    std::size_t default_trials = 10000;
    std::vector<DoctorSpec> doctors;
    BillingSpec billing;
    std::vector<StaffSpec> staff;
    PremisesSpec premises;
    RunningCostsSpec running_costs;
    Input cost_inflation_per_year;  // yearly growth of running costs, each January
    BreakevenSpec breakeven;
    GrantsSpec grants;
    FinanceSpec finance;
    AddonsSpec addons;
    CorrelationSpec correlations;
};

}  // namespace mvzsim::models
