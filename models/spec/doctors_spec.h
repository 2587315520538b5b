#pragma once
// Doctor positions: pay, recruitment and turnover, productivity. Plain data (validated by the reader).
#include <string>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

// Recruitment and turnover of a position. All default to 0: filled at its start, never left.
struct RecruitmentSpec {
    Input time_to_fill_months;  // months from the planned start until first filled (drawn per trial)
    Input departures_per_year;  // yearly probability that the doctor leaves
    Input refill_months;        // months vacant after a departure (drawn anew for each departure)
    Input recruiting_cost_eur;  // cost per hire (agency fee, advertising), EUR
};

// A doctor's bonus on the revenue they generate above a yearly threshold (Umsatzbeteiligung).
struct RevenueBonusSpec {
    bool present = false;
    double share = 0.0;                   // of the revenue above the threshold
    double threshold_eur_per_year = 0.0;  // per FTE, pro rata for the months in post
    bool private_only = false;            // the base: private (PKV) revenue only, else all medical revenue
};

struct DoctorSpec {
    std::string id;
    std::string specialty;
    Fte fte = 1.0;
    MonthIndex start = 0;  // planned start, months after opening
    PaySpec pay;
    RecruitmentSpec recruitment;
    Input productivity = fixed_input(1.0);  // factor on the case load (employed doctors see fewer patients)
    RevenueBonusSpec bonus;
};

}  // namespace mvzsim::models
