#pragma once
// A Monte Carlo projection of a centre: many trials of the monthly model, summarised by year.
#include <array>
#include <cstdint>
#include <vector>

#include "models/centre_model.h"
#include "sim/engine.h"
#include "sim/statistics.h"

namespace mvzsim::models {

struct RunSettings {
    std::uint64_t seed = 1;
    std::size_t trials = 10000;
    std::uint64_t first_trial = 0;
    unsigned threads = 0;                 // 0: all cores; never changes the results
    bool loss_compensation_paid = false;  // for reports: whether cash includes the owner's payments
};

struct YearSummary {
    int year = 0;    // calendar year
    int months = 0;  // months of the year within the projection (the first year may be partial)
    std::array<sim::Summary, kMetricCount> metrics;
    const sim::Summary& operator[](Metric m) const { return metrics[static_cast<std::size_t>(m)]; }
};

struct Projection {
    RunSettings settings;
    std::vector<YearSummary> years;
    std::array<sim::Summary, kTrialMetricCount> trial;  // whole-trial outputs
    const sim::Summary& operator[](TrialMetric m) const { return trial[static_cast<std::size_t>(m)]; }
};

// Runs the trials and keeps every trial's yearly outputs (for tests and further analysis).
sim::TrialMatrix simulate(const CentreModel& model, const RunSettings& settings);
// The same into a matrix of settings.trials rows and model.width() columns.
void simulate_into(const CentreModel& model, const RunSettings& settings, sim::TrialMatrix& trials);
// Summarises a TrialMatrix of `model` by year and metric, and the whole-trial outputs.
Projection summarize(const CentreModel& model, const sim::TrialMatrix& trials, const RunSettings& settings);
// Both in one.
Projection project(const CentreModel& model, const RunSettings& settings);
Projection project(const CentreSpec& spec, const RunSettings& settings);

}  // namespace mvzsim::models
