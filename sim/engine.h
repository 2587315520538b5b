#pragma once
// The Monte Carlo engine: runs trials in fixed-size blocks on a pool of threads and stores each
// trial's outputs. Knows nothing of what a trial computes.
//
// Reproducibility: a trial's outputs depend only on (seed, trial index) through the streams the
// trial function derives itself, never on the thread or block that ran it; statistics are merged
// in block order. So the output is bit-identical for any number of threads.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace mvzsim::sim {

// Trials per block; fixed, so that block boundaries do not depend on the thread count.
inline constexpr std::size_t kBlockSize = 1024;

// Per-trial outputs, stored by output (column-major) so that each output's values over all
// trials are contiguous for quantiles. Memory: trials x width doubles, left uninitialised: the
// worker threads write every value first (run_trials_into), so no thread zero-fills the matrix
// and its pages are first touched in parallel. Movable, not copyable.
class TrialMatrix {
public:
    // The values are not initialised (every trial function writes its whole row). A large matrix
    // is placed on 2 MiB pages where the system offers them (Linux: transparent huge pages on
    // madvise), so the workers' first writes fault once per 2 MiB, not per 4 KiB.
    TrialMatrix(std::size_t trials, std::size_t width);

    std::size_t trials() const { return trials_; }
    std::size_t width() const { return width_; }
    std::span<const double> column(std::size_t output) const { return {values_.get() + output * trials_, trials_}; }
    double at(std::size_t trial, std::size_t output) const { return values_[output * trials_ + trial]; }
    void set(std::size_t trial, std::size_t output, double v) { values_[output * trials_ + trial] = v; }

private:
    struct Free {
        void operator()(double* p) const;
    };
    std::size_t trials_, width_;
    std::unique_ptr<double[], Free> values_;
};

// Computes the outputs of trial `trial` (the absolute trial index) into `out` (width values); it
// must write every one of them (the row is not cleared before).
using TrialFunction = std::function<void(std::uint64_t trial, std::span<double> out)>;
// Makes one TrialFunction per worker thread, so each may own scratch memory.
using TrialFunctionFactory = std::function<TrialFunction()>;

// What a run needs: the one settings struct of every run, from the CLI down to the engine. Fill it
// by name: RunOptions{.seed = 7, .trials = 1000, .threads = 2}.
struct RunOptions {
    std::uint64_t seed = 1;         // the run's seed: trial functions derive their streams from it
    std::uint64_t first_trial = 0;  // index of the first trial (a run can be a slice of a larger one)
    std::size_t trials = 0;
    unsigned threads = 0;  // 0: all hardware threads; never changes the results
    // Bytes the per-trial results may take (0: the caller's default); a run too large for it keeps
    // only what its summaries need. Never changes the results.
    std::size_t memory_limit = 0;
    // Called after each finished block with the number of trials done so far, from any worker
    // thread (so it must be thread-safe); for progress displays, never changes the results.
    std::function<void(std::size_t done)> progress;
};

// The number of worker threads `requested` resolves to (0 means all cores).
unsigned resolve_threads(unsigned requested);

// Receives a finished block on the worker thread that ran it: block b holds trials
// first_trial + b x kBlockSize onwards, `count` of them, their outputs row by row (count x width
// values). Blocks arrive in any order, several at once; `worker` (0 .. block_workers - 1) lets a
// consumer keep state per worker without locking.
using BlockConsumer =
    std::function<void(std::size_t block, std::size_t count, std::span<const double> rows, unsigned worker)>;

// Runs the trials block by block and hands each block to `consume`.
void run_blocks(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory,
                const BlockConsumer& consume);
// The number of workers run_blocks uses for `options`.
unsigned block_workers(const RunOptions& options);

// Runs trials first_trial .. first_trial + trials - 1; row i of the result is trial first_trial + i.
TrialMatrix run_trials(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory);
// The same into an existing matrix of options.trials rows (reused across runs of the same size,
// e.g. the counts of a search, to spare allocating and touching fresh memory each time).
void run_trials_into(const RunOptions& options, const TrialFunctionFactory& factory, TrialMatrix& result);

// Calls task(i) for i in [0, count) on up to `threads` threads. Exceptions are rethrown.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task);

}  // namespace mvzsim::sim
