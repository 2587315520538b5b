#pragma once
// Precision control: how many trials a run needs for the mean of one output to reach a standard
// error, decided at block boundaries in block order, so that the answer is the same on any number
// of threads.
#include <cstddef>

#include "sim/engine.h"

namespace mvzsim::sim {

struct PrecisionTarget {
    std::size_t output = 0;       // the output (column) whose mean is watched
    double standard_error = 0.0;  // the target: in the output's unit, or a share of |mean| when relative
    bool relative = false;
    std::size_t min_trials = 2 * kBlockSize;  // never fewer (a standard error needs a sample)
};

struct PrecisionResult {
    std::size_t trials = 0;       // whole blocks (or options.trials, the cap)
    double standard_error = 0.0;  // of the output's mean after them
    double mean = 0.0;
    bool reached = false;  // false: the cap options.trials came first
};

// Runs blocks of trials first_trial, first_trial + 1, ... in rounds, until the standard error of
// the target output's mean over the blocks so far (in block order) is at most the target, or
// options.trials trials have run. The trials found are the first `trials` of the run, so that a
// run of that many gives exactly those statistics.
PrecisionResult trials_for_precision(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory,
                                     const PrecisionTarget& target);

}  // namespace mvzsim::sim
