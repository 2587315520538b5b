#pragma once
// Progress of a long run on standard error: trials done, time elapsed and an estimate of the time
// left, rewritten in place a few times a second once the run has taken a second, and only when
// standard error is a terminal: never in pipes, files or CI logs.
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
    // Shows nothing unless `enabled`; then the first line after `delay`.
    ProgressLine(std::ostream& err, std::size_t total, bool enabled, Clock::duration delay = std::chrono::seconds(1));
    // Clears the line, if one was shown, so that what follows starts at the left margin.
    void finish();
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // For sim::RunOptions::progress (called from worker threads); empty when disabled, so that a
    // run without a terminal pays nothing.
    std::function<void(std::size_t done)> hook();

    // The line for `done` of `total` trials after `elapsed` seconds.
    static std::string line(std::size_t done, std::size_t total, double elapsed);

private:
    void update(std::size_t done);

    std::ostream& err_;
    std::size_t total_;
    bool enabled_;
    Clock::duration delay_;
    Clock::time_point start_ = Clock::now(), last_{};
    std::mutex mutex_;
    std::size_t width_ = 0;  // of the line shown, 0 when none
};

}  // namespace mvzsim::cli
