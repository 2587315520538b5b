#pragma once
// Progress of a long run on standard error: trials done, time elapsed and an estimate of the time
// left, rewritten in place a few times a second once the run has taken a second, and only when
// standard error is a terminal: never in pipes, files or CI logs.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <mutex>
#include <string>

namespace mvzsim::cli {

// Whether `err` is the process's standard error and that is a terminal.
bool progress_wanted(const std::ostream& err);

class ProgressLine {
public:
    using Clock = std::chrono::steady_clock;
    // Progress of runs of `trials` trials each: `runs` of them, or 0 when the command does not know
    // how many (a break-even search, a bisection); then the line has no estimate. Shows nothing
    // unless `enabled`; the first line after `delay`.
    ProgressLine(std::ostream& err, std::size_t trials, std::size_t runs, bool enabled,
                 Clock::duration delay = std::chrono::seconds(1));
    // Clears the line, if one was shown, so that what follows starts at the left margin.
    void finish();
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // For sim::RunOptions::progress (called from worker threads with the trials done in the current
    // run); empty when disabled, so that a run without a terminal pays nothing.
    std::function<void(std::size_t done)> hook();

    // The line for `done` trials of `total` (0: unknown) after `elapsed` seconds.
    static std::string line(std::size_t done, std::size_t total, double elapsed);

private:
    void update(std::size_t done);

    std::ostream& err_;
    std::size_t trials_, runs_;
    bool enabled_;
    Clock::duration delay_;
    Clock::time_point start_ = Clock::now(), last_{};
    // Runs completed: a run's last block reports done == trials (each block adds its own count, so
    // the values are distinct within a run).
    std::atomic<std::size_t> finished_runs_{0};
    std::mutex mutex_;
    std::size_t width_ = 0;  // of the line shown, 0 when none
};

}  // namespace mvzsim::cli
