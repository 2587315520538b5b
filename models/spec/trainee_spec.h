#pragma once
// Trainee GPs (Ärzte in Weiterbildung, Weiterbildungsassistenten) in the centre's training posts:
// their pay, the months they train, the § 75a SGB V funding per month with a regional top-up, and
// the share of a full case load each adds. A trainee works under a trainer's Versorgungsauftrag
// and adds none of their own (§ 32 Abs. 3 Ärzte-ZV). Plain data (validated by the reader).
#include <string>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

struct TraineeSpec {
    std::string id;
    MonthIndex start = 0;                // months after opening
    int months = 12;                     // training months in the centre
    Fte fte = 1.0;                       // the post's share of full time (pay and funding are pro rata)
    PaySpec pay;                         // salary for a full-time post, on-costs, yearly raise
    double funding_eur_per_month = 0.0;  // § 75a SGB V funding for a full-time post
    double top_up_eur_per_month = 0.0;   // regional top-up (under-supplied or threatened areas)
    double case_load_share = 0.0;        // share of a doctor FTE's full case load the trainee adds
};

}  // namespace mvzsim::models
