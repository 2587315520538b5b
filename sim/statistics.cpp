#include "sim/statistics.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace mvzsim::sim {

void RunningStats::add(double x) {
    ++n_;
    const double delta = x - mean_;
    mean_ += delta / static_cast<double>(n_);
    m2_ += delta * (x - mean_);
}

RunningStats RunningStats::of(std::span<const double> values) {
    RunningStats r;
    if (values.empty()) return r;
    // Summing the differences from the first value keeps the sum small when the values are large
    // and close together (1e9 + a few cents), where a plain sum would lose the digits that matter.
    const double shift = values.front();
    double sum = 0.0;
    for (const double x : values) sum += x - shift;
    r.n_ = values.size();
    r.mean_ = shift + sum / static_cast<double>(r.n_);
    for (const double x : values) r.m2_ += (x - r.mean_) * (x - r.mean_);
    return r;
}

void RunningStats::merge(const RunningStats& other) {
    if (other.n_ == 0) return;
    if (n_ == 0) {
        *this = other;
        return;
    }
    const double na = static_cast<double>(n_);
    const double nb = static_cast<double>(other.n_);
    const double n = na + nb;
    const double delta = other.mean_ - mean_;
    mean_ += delta * nb / n;
    m2_ += other.m2_ + delta * delta * na * nb / n;
    n_ += other.n_;
}

double RunningStats::variance() const {
    return n_ < 2 ? 0.0 : m2_ / static_cast<double>(n_ - 1);
}
double RunningStats::sd() const {
    return std::sqrt(variance());
}
double RunningStats::standard_error() const {
    return n_ == 0 ? 0.0 : std::sqrt(variance() / static_cast<double>(n_));
}

double quantile(std::span<double> values, double p) {
    assert(!values.empty() && p >= 0.0 && p <= 1.0);
    const double h = static_cast<double>(values.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lo), values.end());
    const double x_lo = values[lo];
    if (lo + 1 >= values.size()) return x_lo;
    // The next order statistic is the minimum of the part above position lo.
    const double x_hi = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lo) + 1, values.end());
    return x_lo + (h - static_cast<double>(lo)) * (x_hi - x_lo);
}

namespace {

// A bracket around the order statistics that the quantile p needs: the values in [low, high]
// (no bound where has_low / has_high is false) and how many lie below.
struct Bracket {
    double p = 0.0;
    bool has_low = false, has_high = false;
    double low = 0.0, high = 0.0;
    std::size_t below = 0;
    std::vector<double> candidates;
    bool overflow = false;  // more values inside than expected: select on all values instead
};

// Counts the values below the bracket and keeps those inside, in one pass without branches: each
// value is written to the next free slot, which only advances for a value inside. `capacity`
// slots are kept at most (one more serves as the slot that later values overwrite).
void fill_bracket(std::span<const double> values, std::size_t capacity, Bracket& b) {
    const double low = b.has_low ? b.low : -std::numeric_limits<double>::infinity();
    const double high = b.has_high ? b.high : std::numeric_limits<double>::infinity();
    const std::unique_ptr<double[]> slots(new double[capacity + 1]);
    std::size_t below = 0, kept = 0;
    for (const double x : values) {
        below += x < low ? 1 : 0;
        slots[std::min(kept, capacity)] = x;
        kept += (x >= low) & (x <= high) ? 1 : 0;
    }
    b.below = below;
    b.overflow = kept > capacity;
    if (!b.overflow) b.candidates.assign(slots.get(), slots.get() + kept);
}

// Below this many values a plain selection is as fast.
constexpr std::size_t kBracketMinimum = 8192;
constexpr std::size_t kSample = 1024;

}  // namespace

void quantiles(std::span<const double> values, std::span<const double> ps, std::span<double> out) {
    assert(ps.size() == out.size());
    const std::size_t n = values.size();
    assert(n > 0);
    if (n < kBracketMinimum) {
        std::vector<double> copy(values.begin(), values.end());
        for (std::size_t j = 0; j < ps.size(); ++j) out[j] = quantile(copy, ps[j]);
        return;
    }
    // A fixed subsample (every n/1024-th value), sorted: the order statistic k of the data lies,
    // but for a chance far below 1e-4, between the subsample's values around rank k 1024 / n.
    std::vector<double> sample(kSample);
    for (std::size_t i = 0; i < kSample; ++i) sample[i] = values[i * n / kSample];
    std::sort(sample.begin(), sample.end());
    std::vector<Bracket> brackets(ps.size());
    for (std::size_t j = 0; j < ps.size(); ++j) {
        Bracket& b = brackets[j];
        b.p = ps[j];
        const double q = std::floor(static_cast<double>(n - 1) * b.p) / static_cast<double>(n);
        const double centre = q * static_cast<double>(kSample);
        const double margin = 5.0 * std::sqrt(static_cast<double>(kSample) * q * (1.0 - q)) + 3.0;
        const double low_rank = std::floor(centre - margin), high_rank = std::ceil(centre + margin) + 1.0;
        b.has_low = low_rank >= 0.0;
        b.has_high = high_rank < static_cast<double>(kSample);
        if (b.has_low) b.low = sample[static_cast<std::size_t>(low_rank)];
        if (b.has_high) b.high = sample[static_cast<std::size_t>(high_rank)];
        // About (high_rank - low_rank) / 1024 of the values fall inside; twice that is kept at most.
        const auto capacity =
            static_cast<std::size_t>(2.0 * (high_rank - low_rank + 8.0) / kSample * static_cast<double>(n));
        fill_bracket(values, std::min(capacity, n), b);
    }
    for (std::size_t j = 0; j < ps.size(); ++j) {
        Bracket& b = brackets[j];
        const double h = static_cast<double>(n - 1) * b.p;
        const auto k = static_cast<std::size_t>(std::floor(h));
        const bool need_next = k + 1 < n;
        // The candidates hold the order statistics below .. below + size - 1.
        const bool inside = !b.overflow && b.below <= k && (need_next ? k + 1 : k) < b.below + b.candidates.size();
        if (!inside) {
            std::vector<double> copy(values.begin(), values.end());
            out[j] = quantile(copy, b.p);
            continue;
        }
        const auto at = b.candidates.begin() + static_cast<std::ptrdiff_t>(k - b.below);
        std::nth_element(b.candidates.begin(), at, b.candidates.end());
        const double x_lo = *at;
        if (!need_next) {
            out[j] = x_lo;
            continue;
        }
        const double x_hi = *std::min_element(at + 1, b.candidates.end());
        out[j] = x_lo + (h - static_cast<double>(k)) * (x_hi - x_lo);
    }
}

Summary summarize(std::span<const double> values, std::size_t block_size) {
    assert(block_size > 0);
    Summary s;
    if (values.empty()) return s;
    RunningStats total;
    std::size_t negative = 0;
    for (std::size_t start = 0; start < values.size(); start += block_size) {
        const std::size_t end = std::min(values.size(), start + block_size);
        const auto block = values.subspan(start, end - start);
        for (const double x : block) negative += x < 0.0 ? 1 : 0;
        total.merge(RunningStats::of(block));
    }
    const double n = static_cast<double>(values.size());
    s.mean = total.mean();
    s.sd = total.sd();
    s.standard_error = total.standard_error();
    s.share_negative = static_cast<double>(negative) / n;
    s.share_negative_se = std::sqrt(s.share_negative * (1.0 - s.share_negative) / n);

    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    s.min = *mn;
    s.max = *mx;
    if (s.min == s.max) {  // a constant output (often all zero): no sorting needed
        s.p5 = s.p50 = s.p95 = s.min;
        return s;
    }
    constexpr std::array<double, 3> kPercentiles = {0.05, 0.50, 0.95};
    std::array<double, 3> p{};
    quantiles(values, kPercentiles, p);
    s.p5 = p[0];
    s.p50 = p[1];
    s.p95 = p[2];
    return s;
}

}  // namespace mvzsim::sim
