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

// Pay of an employee line: the same for doctors and non-physician staff.
struct PaySpec {
    Input salary_per_year;  // EUR per year gross for a full-time post
    Input on_cost_rate;     // employer's social security and other on-costs, fraction of salary
    Input raise_per_year;   // yearly salary increase, applied each January after the opening year
};

}  // namespace mvzsim::models
