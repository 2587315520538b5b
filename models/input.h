#pragma once
// Numeric inputs of a scenario: a number or an uncertain value with its random stream, and the
// pay of an employee line. Shared by every part of the centre's spec.
#include <cstdint>
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

// The values a rank-correlation copula has drawn for one trial, by stream key.
using CorrelatedValues = std::vector<std::pair<std::uint64_t, double>>;

// The value drawn for stream `key`, or nullptr when the stream is not correlated.
inline const double* find_correlated(const CorrelatedValues* values, std::uint64_t key) {
    if (values == nullptr) return nullptr;
    for (const auto& [k, v] : *values)
        if (k == key) return &v;
    return nullptr;
}

// Pay of an employee line: the same for doctors and non-physician staff.
struct PaySpec {
    Input salary_per_year;  // EUR per year gross for a full-time post
    Input on_cost_rate;     // employer's social security and other on-costs, fraction of salary
    Input raise_per_year;   // yearly salary increase, applied each January after the opening year
};

}  // namespace mvzsim::models
