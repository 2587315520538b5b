#include "sim/statistics.h"

#include <algorithm>
#include <cassert>
#include <cmath>

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

double RunningStats::variance() const { return n_ < 2 ? 0.0 : m2_ / static_cast<double>(n_ - 1); }
double RunningStats::sd() const { return std::sqrt(variance()); }
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

// Rule-7 quantile p of `values` after quantile(values, 0.5) has partitioned them around the
// median: the order statistics of a p below (above) 0.5 lie in the lower (upper) part.
double quantile_in_part(std::span<double> values, double p, bool lower) {
    const std::size_t n = values.size();
    const double h = static_cast<double>(n - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t middle = static_cast<std::size_t>(std::floor(static_cast<double>(n - 1) * 0.5));
    const auto begin = values.begin() + static_cast<std::ptrdiff_t>(lower ? 0 : middle);
    const auto end = lower ? values.begin() + static_cast<std::ptrdiff_t>(middle + 1) : values.end();
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(lo);
    std::nth_element(begin, at, end);
    const double x_lo = *at;
    if (lo + 1 >= n) return x_lo;
    // The next order statistic: the smallest value above position lo.
    const double x_hi = *std::min_element(at + 1, values.end());
    return x_lo + (h - static_cast<double>(lo)) * (x_hi - x_lo);
}

}  // namespace

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
    std::vector<double> sorted(values.begin(), values.end());
    // The median first; the lower and upper percentiles then only search their half.
    const std::span<double> all(sorted);
    s.p50 = quantile(all, 0.50);
    s.p5 = quantile_in_part(all, 0.05, /*lower=*/true);
    s.p95 = quantile_in_part(all, 0.95, /*lower=*/false);
    return s;
}

}  // namespace mvzsim::sim
