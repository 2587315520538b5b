#pragma once
// A Monte Carlo projection of a centre: many trials of the monthly model, summarised by year.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/projection/centre_model.h"
#include "sim/engine.h"
#include "sim/statistics.h"

namespace mvzsim::models {

struct YearSummary {
    int year = 0;    // calendar year
    int months = 0;  // months of the year within the projection (the first year may be partial)
    std::array<sim::Summary, kMetricCount> metrics;
    const sim::Summary& operator[](Metric m) const { return metrics[static_cast<std::size_t>(m)]; }
};

struct Projection {
    sim::RunOptions settings;
    bool loss_compensation_paid = false;  // whether cash includes the owner's payments (for reports)
    bool bounded_memory = false;          // summarised in bounded memory (the same figures, exactly)
    std::vector<YearSummary> years;
    std::array<sim::Summary, kTrialMetricCount> trial;  // whole-trial outputs
    const sim::Summary& operator[](TrialMetric m) const { return trial[static_cast<std::size_t>(m)]; }
};

// Memory for the per-trial results when no limit is given: 2 GiB (100,000 trials x 10 years need
// 0.2 GiB; 1,000,000 trials x 30 years 5.9 GiB, which then run in bounded memory).
inline constexpr double kDefaultMemoryLimit = 2.0 * 1024 * 1024 * 1024;

// How a run of `settings` fits into memory: every trial's outputs stored (`full` bytes), or only
// the values near the percentiles (`bounded` bytes, the same figures exactly), whichever fits the
// limit; `problem` says what would be needed when neither does.
struct MemoryPlan {
    double limit = 0.0, full = 0.0, bounded = 0.0;
    bool use_bounded = false, fits = true;
    std::string problem;
};
MemoryPlan memory_plan(const CentreModel& model, const sim::RunOptions& settings);

// Runs the trials and keeps every trial's yearly outputs (for tests and further analysis).
sim::TrialMatrix simulate(const CentreModel& model, const sim::RunOptions& settings);
// The same into a matrix of settings.trials rows and model.width() columns.
void simulate_into(const CentreModel& model, const sim::RunOptions& settings, sim::TrialMatrix& trials);
// What reports say when a figure is not finite (inf or nan: an overflow on absurd inputs): that
// `output` (e.g. "annual_result[2030]") is `value` in trial `trial` (if known).
std::string non_finite_message(std::string_view output, std::optional<std::uint64_t> trial, double value);
// The name of output `column` of `model` as targets and the CSV write it: "annual_result[2030]" or
// "largest_cash_gap".
std::string output_name(const CentreModel& model, std::size_t column);

// Summarises a TrialMatrix of `model` by year and metric, and the whole-trial outputs. Throws
// std::runtime_error with non_finite_message when an output is not finite (the first in column
// order), here and in project_bounded and project.
Projection summarize(const CentreModel& model, const sim::TrialMatrix& trials, const sim::RunOptions& settings);
// The same figures without storing every trial: in bounded memory (sim/bounded_summaries.h).
// `pilot_trials` 0: the default pilot.
Projection project_bounded(const CentreModel& model, const sim::RunOptions& settings, std::size_t pilot_trials = 0);
// Both in one, in bounded memory when the full results do not fit settings.memory_limit; throws
// std::invalid_argument with memory_plan's message when neither fits.
Projection project(const CentreModel& model, const sim::RunOptions& settings);
Projection project(const CentreSpec& spec, const sim::RunOptions& settings);

}  // namespace mvzsim::models
