#include "sim/statistics.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
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

// Below this many values a plain selection is as fast.
constexpr std::size_t kBracketMinimum = 8192;
constexpr std::size_t kSample = 1024;

}  // namespace

std::vector<Bracket> brackets_from_sample(std::span<const double> sorted_sample, std::span<const double> ps,
                                          std::size_t n) {
    const std::size_t m = sorted_sample.size();
    std::vector<Bracket> brackets(ps.size());
    for (std::size_t j = 0; j < ps.size(); ++j) {
        Bracket& b = brackets[j];
        b.p = ps[j];
        // The order statistic floor((n - 1) p) of the data lies, but for a chance far below 1e-4,
        // between the sample's values 5 binomial s.d. (and 3 ranks) around its rank in the sample.
        const double q = std::floor(static_cast<double>(n - 1) * b.p) / static_cast<double>(n);
        const double centre = q * static_cast<double>(m);
        const double margin = 5.0 * std::sqrt(static_cast<double>(m) * q * (1.0 - q)) + 3.0;
        const double low_rank = std::floor(centre - margin), high_rank = std::ceil(centre + margin) + 1.0;
        b.has_low = low_rank >= 0.0;
        b.has_high = high_rank < static_cast<double>(m);
        if (b.has_low) b.low = sorted_sample[static_cast<std::size_t>(low_rank)];
        if (b.has_high) b.high = sorted_sample[static_cast<std::size_t>(high_rank)];
        // About (high_rank - low_rank) / m of the values fall strictly inside; twice that is kept.
        b.capacity =
            std::min<std::size_t>(n, static_cast<std::size_t>(2.0 * (high_rank - low_rank + 8.0) /
                                                              static_cast<double>(m) * static_cast<double>(n)));
    }
    return brackets;
}

void BracketFill::reset(const Bracket& b) {
    low_ = b.has_low ? b.low : -std::numeric_limits<double>::infinity();
    high_ = b.has_high ? b.high : std::numeric_limits<double>::infinity();
    capacity_ = b.capacity;
    slots_.assign(capacity_ + 1, 0.0);
    below_ = at_low_ = at_high_ = kept_ = 0;
}

void BracketFill::add(std::span<const double> xs) {
    const double low = low_, high = high_;
    const bool distinct = high != low;
    const std::size_t capacity = capacity_;
    double* const slots = slots_.data();
    std::size_t below = below_, at_low = at_low_, at_high = at_high_, kept = kept_;
    for (const double x : xs) {
        below += x < low ? 1 : 0;
        at_low += x == low ? 1 : 0;
        at_high += ((x == high) & distinct) ? 1 : 0;
        slots[std::min(kept, capacity)] = x;
        kept += ((x > low) & (x < high)) ? 1 : 0;
    }
    below_ = below;
    at_low_ = at_low;
    at_high_ = at_high;
    kept_ = kept;
}

void BracketFill::merge(const BracketFill& other) {
    below_ += other.below_;
    at_low_ += other.at_low_;
    at_high_ += other.at_high_;
    for (std::size_t i = 0; i < std::min(other.kept_, other.capacity_); ++i) {
        slots_[std::min(kept_, capacity_)] = other.slots_[i];
        ++kept_;
    }
    kept_ += other.kept_ > other.capacity_ ? other.kept_ - other.capacity_ : 0;
}

std::optional<double> quantile_in_bracket(double p, std::size_t n, const BracketCounts& c, std::span<double> inside) {
    const double h = static_cast<double>(n - 1) * p;
    const auto k = static_cast<std::size_t>(std::floor(h));
    const bool need_next = k + 1 < n;
    // The sorted data: c.below values < low, c.at_low equal to low, the inside ones strictly
    // between, c.at_high equal to high, the rest above. Order statistic i is known when it falls
    // in the middle three.
    const std::size_t inside_begin = c.below + c.at_low, inside_end = inside_begin + inside.size();
    const auto region_known = [&](std::size_t i) { return i >= c.below && i < inside_end + c.at_high; };
    if (!region_known(k) || (need_next && !region_known(k + 1))) return std::nullopt;
    double x_lo = 0.0, x_hi = 0.0;
    if (k < inside_begin) {
        x_lo = c.low;
    } else if (k < inside_end) {
        const auto at = inside.begin() + static_cast<std::ptrdiff_t>(k - inside_begin);
        std::nth_element(inside.begin(), at, inside.end());
        x_lo = *at;
        if (need_next && k + 1 < inside_end) x_hi = *std::min_element(at + 1, inside.end());
    } else {
        x_lo = c.high;
    }
    if (!need_next) return x_lo;
    const std::size_t k1 = k + 1;
    if (k1 < inside_begin)
        x_hi = c.low;
    else if (k1 >= inside_end)
        x_hi = c.high;
    else if (k < inside_begin)  // k at the low bound, k + 1 the smallest value inside
        x_hi = *std::min_element(inside.begin(), inside.end());
    return x_lo + (h - static_cast<double>(k)) * (x_hi - x_lo);
}

std::optional<double> BracketFill::quantile(double p, std::size_t n) {
    if (kept_ > capacity_) return std::nullopt;  // too many values inside to have kept them all
    return quantile_in_bracket(p, n, {low_, high_, below_, at_low_, at_high_}, std::span<double>(slots_.data(), kept_));
}

void quantiles(std::span<const double> values, std::span<const double> ps, std::span<double> out) {
    assert(ps.size() == out.size());
    const std::size_t n = values.size();
    assert(n > 0);
    if (n < kBracketMinimum) {
        std::vector<double> copy(values.begin(), values.end());
        for (std::size_t j = 0; j < ps.size(); ++j) out[j] = quantile(copy, ps[j]);
        return;
    }
    // Brackets from a fixed subsample (every n/1024-th value), then one pass over the data for all.
    std::vector<double> sample(kSample);
    for (std::size_t i = 0; i < kSample; ++i) sample[i] = values[i * n / kSample];
    std::sort(sample.begin(), sample.end());
    const std::vector<Bracket> brackets = brackets_from_sample(sample, ps, n);
    std::vector<BracketFill> fills(brackets.size());
    for (std::size_t j = 0; j < brackets.size(); ++j) fills[j].reset(brackets[j]);
    for (BracketFill& f : fills) f.add(values);
    for (std::size_t j = 0; j < ps.size(); ++j) {
        if (const auto q = fills[j].quantile(ps[j], n)) {
            out[j] = *q;
            continue;
        }
        std::vector<double> copy(values.begin(), values.end());  // the bracket missed: select on all
        out[j] = quantile(copy, ps[j]);
    }
}

Summary summarize(std::span<const double> values, std::size_t block_size) {
    assert(block_size > 0);
    Summary s;
    if (values.empty()) return s;
    RunningStats total;
    std::size_t negative = 0;
    double mn = values.front(), mx = values.front();
    for (std::size_t start = 0; start < values.size(); start += block_size) {
        const std::size_t end = std::min(values.size(), start + block_size);
        const auto block = values.subspan(start, end - start);
        for (const double x : block) {
            negative += x < 0.0 ? 1 : 0;
            mn = std::min(mn, x);
            mx = std::max(mx, x);
        }
        total.merge(RunningStats::of(block));
    }
    const double n = static_cast<double>(values.size());
    s.mean = total.mean();
    s.sd = total.sd();
    s.standard_error = total.standard_error();
    s.share_negative = static_cast<double>(negative) / n;
    s.share_negative_se = std::sqrt(s.share_negative * (1.0 - s.share_negative) / n);

    s.min = mn;
    s.max = mx;
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
