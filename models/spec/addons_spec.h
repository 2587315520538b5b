#pragma once
// The add-on services that make a medical centre (MVZ) a regional care centre (RVZ): an adult day
// care (Tagespflege), tenants renting space in the building, and generic own service lines
// (community nurse, patient transport, ...); docs/model.md §12. Plain data.
#include <string>
#include <vector>

#include "models/spec/input.h"

namespace mvzsim::models {

struct TagespflegeSpec {           // adult day care
    int places = 0;                // licensed places; ≈ 15.7 per facility in Germany (2019, Destatis)
    Input opening_days_per_month;  // e.g. 21 (drawn once per trial)
    Input occupancy;               // target share of places occupied per opening day, [0, 1] (may be monthly noise)
    int ramp_up_months = 0;  // months from start until the target occupancy is reached (linear from start_occupancy)
    double start_occupancy = 0.0;  // share occupied in the first month (used only when ramp_up_months > 0)
    // Revenue per guest-day: the care part paid by the Pflegekasse (§ 41 SGB XI) by Pflegegrad
    // mix, plus the self-paid part (Unterkunft, Verpflegung, Investitionskosten). Guests in PG 1
    // get no Sachleistung and are not modelled.
    std::vector<double> pflegegrad_weights;  // 4 weights for PG 2, 3, 4, 5 (normalised by the code)
    std::vector<double> care_eur_per_day;    // 4 EUR per guest-day for PG 2, 3, 4, 5
    Input self_paid_eur_per_day;             // drawn once per trial
    Input price_growth_per_year;             // yearly change of both day rates, each January
    double care_staff_fte_per_guest = 0.0;   // care staff FTE per occupied place (average guests per day)
    PaySpec care_staff_pay;
    Input fixed_eur_per_month;  // rent share, transport, food, cleaning, ... (grows with cost inflation)
    MonthIndex start = 0;       // months after opening
    bool present = false;
};

struct TenantSpec {    // pharmacy, physio, midwife, dentist, café renting space in the centre
    std::string name;  // also names the tenant's random streams
    double area_m2 = 0.0;
    Input rent_eur_per_m2_per_month;  // drawn once per trial
    MonthIndex lease_start = 0;       // months after opening
    Input loss_probability_per_year;  // yearly probability of losing the tenant (drawn once per trial)
    Input months_to_relet;            // months empty after a loss, rounded to whole months; drawn anew for each loss
    Input rent_increase_per_year;     // each January
};

struct ServiceLineSpec {  // generic own service: a named revenue and cost line
    std::string name;
    Input revenue_eur_per_month;  // may be monthly noise
    Input costs_eur_per_month;    // may be monthly noise
    MonthIndex start = 0;         // months after opening
};

struct AddonsSpec {
    TagespflegeSpec tagespflege;
    std::vector<TenantSpec> tenants;
    std::vector<ServiceLineSpec> services;
};

}  // namespace mvzsim::models
