#pragma once
// The validated description of a centre that the model projects. Plain data: the scenarios
// layer builds it from YAML and has checked every range; the model never sees YAML.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/calendar.h"
#include "models/units.h"
#include "sim/distribution.h"

namespace mvzsim::models {

// When an uncertain input is drawn: once per trial (parameter uncertainty: the true value is
// unknown but fixed) or anew every period (noise). The period is the input's own: a month for
// flows such as cases, a year for yearly growth rates.
enum class Draw { per_trial, per_period };

// A numeric input: a number (a Fixed distribution) or an uncertain value. `stream` names its
// random stream (the key path in the scenario, e.g. "doctors[gp-2].salary_per_year"), so its
// draws do not depend on any other input.
struct Input {
    sim::Distribution distribution = sim::Fixed{0.0};
    Draw draw = Draw::per_trial;
    std::string stream;
};

inline Input fixed_input(double value, std::string stream = {}) {
    return {sim::Fixed{value}, Draw::per_trial, std::move(stream)};
}

// Pay of an employee line: the same for doctors and non-physician staff.
struct PaySpec {
    Input salary_per_year;   // EUR per year gross for a full-time post
    Input on_cost_rate;      // employer's social security and other on-costs, fraction of salary
    Input raise_per_year;    // yearly salary increase, applied each January after the opening year
};

struct DoctorSpec {
    std::string id;
    std::string specialty;
    Fte fte = 1.0;
    MonthIndex start = 0;         // months after opening
    PaySpec pay;
};

// GKV (statutory) fee per case: EUR per case, or EBM points per case times the Orientierungswert.
struct GkvFeeSpec {
    bool by_points = false;
    Input eur_per_case;                   // EUR per case per quarter (when !by_points)
    Input points_per_case;                // EBM points per case per quarter (when by_points)
    Input orientierungswert_ct_per_point;  // cent per point in the opening year (when by_points)
    Input growth_per_year;                 // yearly change of the fee (OW negotiation), each January
};

struct BillingSpec {
    Input cases_per_fte_per_quarter;  // all cases (GKV and PKV) per doctor FTE per quarter
    GkvFeeSpec gkv;
    Input pkv_share_of_cases;         // fraction of cases that are private (PKV)
    Input pkv_eur_per_case;           // EUR per private case (GOÄ)
    Input pkv_growth_per_year;
    Input other_eur_per_case;         // other revenue (IGeL, certificates, contracts) per case, EUR
    Input other_growth_per_year;
};

// Non-physician staff of one role: a number of FTE per active doctor FTE, or a fixed number.
struct StaffSpec {
    std::string role;
    bool per_doctor = false;
    Fte fte = 0.0;                // per doctor FTE when per_doctor, else in total
    MonthIndex start = 0;         // months after opening (fixed staff only)
    PaySpec pay;
};

struct PremisesSpec {
    bool by_area = false;
    double area_m2 = 0.0;
    Input rent_eur_per_m2_per_month;   // when by_area
    Input rent_eur_per_month;          // when !by_area
    Input rent_increase_per_year;      // each January after the opening year
};

struct RunningCostsSpec {
    Input fixed_eur_per_month;    // IT, insurance, cleaning, management fee, ... (grows with cost inflation)
    Input eur_per_case;           // consumables per case (grows with cost inflation)
    Input share_of_revenue;       // fraction of the month's revenue (e.g. billing service fees)
    Input eur_per_month_per_doctor_fte;  // costs that scale with doctors in post (licences, insurance)
};

// How the centre grows when `mvzsim breakeven` adds doctors: copies of a template position,
// and the space each added doctor FTE needs.
struct BreakevenSpec {
    std::string template_id;        // empty: the first doctor position
    double area_m2_per_fte = 0.0;   // added floor area per added doctor FTE (area-based rent only)
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
};

}  // namespace mvzsim::models
