#include "sim/precision.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/statistics.h"

namespace mvzsim::sim {
namespace {

// Blocks run per round before the target is checked again: fixed, so that the work done (not the
// answer, which is decided block by block) is the same whatever the threads.
constexpr std::size_t kRoundBlocks = 16;

}  // namespace

PrecisionResult trials_for_precision(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory,
                                     const PrecisionTarget& target) {
    PrecisionResult result;
    RunningStats so_far;
    std::vector<RunningStats> round(kRoundBlocks);
    for (std::size_t start = 0; start < options.trials;) {
        RunOptions slice = options;
        slice.first_trial = options.first_trial + start;
        slice.trials = std::min(options.trials - start, kRoundBlocks * kBlockSize);
        slice.progress = nullptr;
        run_blocks(slice, width, factory,
                   [&](std::size_t block, std::size_t count, std::span<const double> rows, unsigned) {
                       std::vector<double> values(count);
                       for (std::size_t i = 0; i < count; ++i) values[i] = rows[i * width + target.output];
                       round[block] = RunningStats::of(values);
                   });
        const std::size_t blocks = (slice.trials + kBlockSize - 1) / kBlockSize;
        for (std::size_t b = 0; b < blocks; ++b) {
            so_far.merge(round[b]);
            const std::size_t done = start + std::min(slice.trials, (b + 1) * kBlockSize);
            const double se = so_far.standard_error();
            const double wanted =
                target.relative ? target.standard_error * std::abs(so_far.mean()) : target.standard_error;
            result = {done, se, so_far.mean(), done >= target.min_trials && se <= wanted};
            if (result.reached) return result;
        }
        start += slice.trials;
        if (options.progress) options.progress(start);
    }
    return result;
}

}  // namespace mvzsim::sim
