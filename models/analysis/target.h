#pragma once
// Targets on the results of a projection, in a small readable syntax:
//   P(result[2030] >= 0) >= 0.9          probability that the annual result of 2030 is >= 0 is at least 0.9
//   mean(cumulative[last]) >= 0           mean cumulative result at the end of the horizon
//   p5(result[2029]) >= -50000            5th percentile of the 2029 annual result
// See docs/breakeven.md ("Target syntax").
#include <optional>
#include <span>
#include <string>

#include "models/projection/centre_model.h"
#include "sim/engine.h"

namespace mvzsim::models {

enum class Statistic { mean, probability, quantile };
enum class Comparison { at_least, at_most };  // >= (or >), <= (or <)

struct Target {
    Statistic statistic = Statistic::mean;
    double quantile = 0.5;  // for Statistic::quantile
    Metric metric = Metric::annual_result;
    std::optional<int> year;                  // calendar year; nullopt: the last year of the horizon
    Comparison event = Comparison::at_least;  // for P(...): the event metric >= / <= event_value
    bool event_strict = false;                // > or < in the event
    double event_value = 0.0;
    Comparison comparison = Comparison::at_least;
    bool strict = false;  // > or < between statistic and threshold
    double threshold = 0.0;
    std::string text;  // as written
};

// Parses a target; throws std::invalid_argument with a message saying what was expected.
Target parse_target(const std::string& text);

// A statistic of the results with its 95 % Monte Carlo interval.
struct Estimate {
    double value = 0.0, low = 0.0, high = 0.0;
};

// Index of the year a target refers to; throws std::invalid_argument outside the horizon.
int target_year_index(const Target& target, const Calendar& calendar);
// The output (column of the trial matrix) a target's statistic is taken of.
std::size_t target_output(const Target& target, const CentreModel& model);
// The statistic of `values`, the target's output over all trials.
Estimate evaluate(const Target& target, std::span<const double> values);
Estimate evaluate(const Target& target, const CentreModel& model, const sim::TrialMatrix& trials);
// Whether a value of the statistic meets the target.
bool meets(const Target& target, double value);

}  // namespace mvzsim::models
