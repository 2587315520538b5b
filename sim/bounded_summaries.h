#pragma once
// Summaries of every output of a run in bounded memory, exactly as summarize() of the stored
// columns gives them (bit for bit): a pilot of the first trials fixes, per output, a bracket
// around each percentile's order statistics; every trial then adds to block moments, min, max,
// the share below zero, and the counts and the values inside each bracket; an output whose
// bracket misses (rare) is run again with all its values kept.
#include <cstddef>
#include <vector>

#include "sim/engine.h"
#include "sim/statistics.h"

namespace mvzsim::sim {

struct BoundedSummaries {
    std::vector<Summary> summaries;  // one per output, as summarize(column, kBlockSize) gives it
    std::size_t pilot_trials = 0;    // the trials that fixed the brackets
    std::size_t kept_values = 0;     // values kept inside the brackets at the end
    std::size_t rerun_outputs = 0;   // outputs whose bracket missed and were run again
};

// The pilot of a bounded run of `trials` trials: 64 blocks (65,536 trials), at most all trials.
std::size_t bounded_pilot_trials(std::size_t trials);
// Bytes a bounded run is expected to need at its peak (the pilot's matrix, the block moments and
// the values inside the brackets).
double bounded_memory_bytes(std::size_t trials, std::size_t width);

// Runs options.trials trials of `width` outputs each and summarises them. `pilot_trials` (rounded
// up to whole blocks; 0: bounded_pilot_trials) is for tests: a smaller pilot gives wider brackets.
// Throws NonFiniteOutput (sim/finite.h) for the first output, in column order, that is not finite.
BoundedSummaries summarize_bounded(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory,
                                   std::size_t pilot_trials = 0);

}  // namespace mvzsim::sim
