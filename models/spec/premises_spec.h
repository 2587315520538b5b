#pragma once
// Premises (rent) and running costs.
#include "models/spec/input.h"

namespace mvzsim::models {

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

}  // namespace mvzsim::models
