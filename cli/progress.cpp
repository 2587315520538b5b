#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

namespace mvzsim::cli {

bool progress_wanted(const std::ostream& err) {
    return err.rdbuf() == std::cerr.rdbuf() && ::isatty(STDERR_FILENO) == 1;
}

ProgressLine::ProgressLine(std::ostream& err, std::size_t trials, std::size_t runs, bool enabled, Clock::duration delay)
    : err_(err), trials_(trials), runs_(runs), enabled_(enabled), delay_(delay) {}

void ProgressLine::finish() {
    const std::lock_guard lock(mutex_);
    if (width_ > 0) err_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
    width_ = 0;
    enabled_ = false;
}

std::function<void(std::size_t)> ProgressLine::hook() {
    if (!enabled_) return {};
    return [this](std::size_t done) { update(done); };
}

std::string ProgressLine::line(std::size_t done, std::size_t total, double elapsed) {
    if (total == 0) return fmt::format("mvzsim: {} trials done, {:.0f} s elapsed", done, elapsed);
    const double share = static_cast<double>(done) / static_cast<double>(total);
    std::string text =
        fmt::format("mvzsim: {} of {} trials ({:.0f} %), {:.0f} s elapsed", done, total, 100.0 * share, elapsed);
    if (done > 0 && done < total) text += fmt::format(", about {:.0f} s left", elapsed * (1.0 - share) / share);
    return text;
}

void ProgressLine::update(std::size_t done) {
    // Counted before the lock, so that no run's end is missed.
    const std::size_t finished = done == trials_ ? ++finished_runs_ : finished_runs_.load();
    const std::size_t total_done = done == trials_ ? finished * trials_ : finished * trials_ + done;
    const auto now = Clock::now();
    // A worker that finds another one writing skips its update: progress never holds up the run.
    const std::unique_lock lock(mutex_, std::try_to_lock);
    if (!lock.owns_lock() || !enabled_) return;
    if (now - start_ < delay_ || (width_ > 0 && now - last_ < std::chrono::milliseconds(200))) return;
    last_ = now;
    const std::string text = line(total_done, runs_ * trials_, std::chrono::duration<double>(now - start_).count());
    // Pad over a longer line shown before.
    err_ << '\r' << text << std::string(width_ > text.size() ? width_ - text.size() : 0, ' ') << std::flush;
    width_ = std::max(width_, text.size());
}

}  // namespace mvzsim::cli
