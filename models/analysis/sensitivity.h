#pragma once
// What drives the risk of a centre, from the trials of one run: for each uncertain input, its
// value in each trial (models/draws/trial_values.h) against a chosen output of the same trial.
// Tornado (the output's mean when the input is in its lowest and highest decile), Spearman's rank
// correlation, the first-order variance share (sim/variance_share.h), and the input's spread in
// the trials that fail a condition against all trials. See docs/sensitivity.md.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "models/draws/trial_values.h"
#include "models/projection/centre_model.h"
#include "sim/engine.h"
#include "sim/variance_share.h"

namespace mvzsim::models {

// A condition on one output of a trial: output < threshold (or <=, >, >=), e.g.
// "annual_result[2036] < 0". parse_condition reads it.
struct Condition {
    std::size_t column = 0;
    bool below = true;   // < or <=; else > or >=
    bool strict = true;  // < or >
    double threshold = 0.0;
    std::string text;
    bool holds(double v) const {
        return below ? (strict ? v < threshold : v <= threshold) : (strict ? v > threshold : v >= threshold);
    }
};
// Throws std::invalid_argument saying what was expected (output names as output_column reads them).
Condition parse_condition(const CentreModel& model, const std::string& text);

struct SensitivityInput {
    std::string name;  // its key path, e.g. "billing.cases_per_fte_per_quarter"
    TracedInput traced;
};

struct SensitivityRequest {
    std::vector<SensitivityInput> inputs;  // each traceable()
    std::size_t output = 0;                // column of the output in the model's row
    Condition failure;
};

// One run's trials as the analysis reads them: column 0 the output, column 1 the failure
// condition's output, then one column per input (its value in the trial).
sim::TrialMatrix sample_sensitivity(const CentreModel& model, const SensitivityRequest& request,
                                    const sim::RunOptions& run);

struct SensitivityOptions {
    double tail = 0.1;      // the share of trials in each tail of the tornado: the lowest and highest decile
    std::size_t bins = 20;  // equal-count bins of the variance share
    std::size_t resamples = 200;
    std::uint64_t bootstrap_seed = 1;
    unsigned threads = 0;  // never changes the results
};

struct ConditionalMean {
    double mean = 0.0, se = 0.0;
    std::size_t trials = 0;
};

struct InputSensitivity {
    std::string name;
    ConditionalMean low, high;  // the output's mean in the input's lowest and highest tail of trials
    double swing = 0.0;         // |high.mean - low.mean|
    double spearman = 0.0;
    sim::ShareEstimate share;
    // The input's P10, P50, P90 in all trials, in the failing and in the other trials (NaN where
    // there are none).
    std::array<double, 3> all{}, failing{}, passing{};
    // The share of failing trials among those with the input in its lowest and its highest tail.
    double fail_low = 0.0, fail_high = 0.0;
};

struct SensitivityResult {
    std::vector<InputSensitivity> inputs;  // largest swing first (ties: in the request's order)
    std::size_t trials = 0, failing = 0;
    double failing_share = 0.0, failing_share_se = 0.0;
    double mean = 0.0, se = 0.0;  // the output's mean and its standard error
};

// Bytes that sample_sensitivity and analyse_sensitivity need at most for `inputs` inputs over
// `trials` trials: the sample (2 + inputs values per trial), the bootstrap's weights (a byte per
// trial and resample), the output's copies and ranks, and per worker thread one input's order,
// ranks, bins and failing values.
double sensitivity_memory(std::size_t trials, std::size_t inputs, const SensitivityOptions& options);

SensitivityResult analyse_sensitivity(const SensitivityRequest& request, const sim::TrialMatrix& sample,
                                      const SensitivityOptions& options);

// Indices of result.inputs ordered by variance share, largest first (ties by swing order).
std::vector<std::size_t> by_share(const SensitivityResult& result);
// Indices ordered by how far the failing trials' median lies from all trials' median, in units of
// the input's P10..P90 range, farthest first.
std::vector<std::size_t> by_failure_shift(const SensitivityResult& result);
double failure_shift(const InputSensitivity& input);

// Whether a larger value of the output (named as output_column reads it) is better for the
// centre: true for results and cash, false for costs, the subsidy need, cash gaps, payback months
// and probabilities of bad events.
bool higher_is_better(std::string_view output);

}  // namespace mvzsim::models
