#pragma once
// Numeric inputs of a scenario: a number or an uncertain value with its random stream, and the
// pay of an employee line. Shared by every part of the centre's spec.
#include <string>
#include <utility>
#include <vector>

#include "models/units.h"
#include "sim/distribution.h"

namespace mvzsim::models {

// When an uncertain input is drawn: once per trial (parameter uncertainty: the true value is
// unknown but fixed) or anew every period (noise). The period is the input's own: a month for
// flows such as cases, a year for yearly growth rates.
enum class Draw { per_trial, per_period };

// A numeric input: a number (a Fixed distribution) or an uncertain value. `stream` names its
// random stream (made by models/draws/streams.h: the input's entity and purpose, which read as its
// key path, e.g. "doctors[gp-2].salary_per_year"), so its draws do not depend on any other input.
// `source` is the scenario's optional `source:` text (where the figure comes from); reports print
// it, the model never reads it.
struct Input {
    sim::Distribution distribution = sim::Fixed{0.0};
    Draw draw = Draw::per_trial;
    std::string stream;
    std::string source;
};

inline Input fixed_input(double value, std::string stream = {}) {
    return {sim::Fixed{value}, Draw::per_trial, std::move(stream)};
}

// Employer's social security with the contribution ceilings (Beitragsbemessungsgrenzen): rates
// on the yearly pay up to each ceiling (models/mechanisms/payroll.h). Ceilings are per full-time
// employee in opening-year terms (2026 defaults) and grow with the line's raises.
struct SocialSecuritySpec {
    bool present = false;                    // absent: on_cost_rate is the whole flat rate
    double health_care_rate = 0.0;           // employer share of health and care insurance
    double pension_unemployment_rate = 0.0;  // employer share of pension and unemployment insurance
    double health_ceiling_eur = 69750.0;     // EUR per year, health and care insurance (2026)
    double pension_ceiling_eur = 101400.0;   // EUR per year, pension and unemployment insurance (2026)
};

// Payroll lines beyond the monthly salary (all 0 by default: the flat form).
struct PayrollExtrasSpec {
    double special_payment_share = 0.0;    // yearly special payment, share of a monthly salary
    int special_payment_month = 11;        // calendar month it is paid in
    double pension_rate = 0.0;             // employer's supplementary pension (ZVK/VBL), share of pay
    double allowance_eur_per_month = 0.0;  // allowance per FTE (e.g. the medical director's), EUR
    SocialSecuritySpec social_security;
};

// Pay of an employee line: the same for doctors and non-physician staff.
struct PaySpec {
    Input salary_per_year;  // EUR per year gross for a full-time post
    Input on_cost_rate;     // employer's on-costs, fraction of salary (with social_security: those not in it)
    Input raise_per_year;   // yearly salary increase, applied each January after the opening year
    PayrollExtrasSpec extras;
};

}  // namespace mvzsim::models
