#pragma once
// A Monte Carlo projection of a centre: many trials of the monthly model, summarised by year.
#include <array>
#include <cstdint>
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
    std::vector<YearSummary> years;
    std::array<sim::Summary, kTrialMetricCount> trial;  // whole-trial outputs
    const sim::Summary& operator[](TrialMetric m) const { return trial[static_cast<std::size_t>(m)]; }
};

// Runs the trials and keeps every trial's yearly outputs (for tests and further analysis).
sim::TrialMatrix simulate(const CentreModel& model, const sim::RunOptions& settings);
// The same into a matrix of settings.trials rows and model.width() columns.
void simulate_into(const CentreModel& model, const sim::RunOptions& settings, sim::TrialMatrix& trials);
// Summarises a TrialMatrix of `model` by year and metric, and the whole-trial outputs.
Projection summarize(const CentreModel& model, const sim::TrialMatrix& trials, const sim::RunOptions& settings);
// Both in one.
Projection project(const CentreModel& model, const sim::RunOptions& settings);
Projection project(const CentreSpec& spec, const sim::RunOptions& settings);

}  // namespace mvzsim::models
