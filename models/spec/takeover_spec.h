#pragma once
// Taking over a practice (Praxisübernahme) instead of starting a post from zero: the purchase
// price split into goodwill (the patient base) and equipment, each written off over its own life,
// the month of the takeover, the previous practice's cases that the position's ramp-up starts
// from, and an optional takeover subsidy. Plain data (validated by the reader).
#include <string>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

struct TakeoverSpec {
    std::string name;
    std::string position;  // the doctor position that takes over the practice
    MonthIndex month = 0;  // months after opening: purchase paid, assets written off from here
    Input goodwill_eur;    // ideeller Praxiswert, EUR (drawn once per trial)
    int goodwill_life_years = 5;
    Input equipment_eur;  // materieller Praxiswert: equipment and furniture taken over, EUR
    int equipment_life_years = 5;
    // The previous practice's cases per quarter: the position's first doctor ramps up from them
    // (as a share of the position's full case load) instead of from billing.ramp_up.start_share.
    // 0: nothing inherited (the centre's ramp).
    double previous_cases_per_quarter = 0.0;
    double subsidy_eur = 0.0;      // a KV or municipal takeover subsidy, EUR (0: none)
    MonthIndex subsidy_month = 0;  // months after opening when it is paid
};

}  // namespace mvzsim::models
