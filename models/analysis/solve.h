#pragma once
// Solving for one input: the value in a range at which a target on the results is just met,
// found by bisection on common random numbers, with the interval that Monte Carlo error leaves open.
#include <functional>
#include <map>

#include "models/analysis/target.h"
#include "models/projection/projection.h"
#include "sim/intervals.h"

namespace mvzsim::models {

struct SolveResult {
    Target target;
    double low = 0.0, high = 0.0;  // the range searched
    bool met_at_high = true;       // the side of the range where the target is met
    double answer = 0.0;           // where the estimate crosses the threshold
    sim::Interval open;            // where the 95 % interval of the estimate contains the threshold
    Estimate at_answer;
    std::map<double, Estimate> evaluations;  // every value tried
};

// `spec_at(x)` gives the centre with the input set to x. Throws std::invalid_argument when the
// target is met at both ends or at neither.
SolveResult solve(const std::function<CentreSpec(double)>& spec_at, const Target& target, double low, double high,
                  const sim::RunOptions& run);

}  // namespace mvzsim::models
