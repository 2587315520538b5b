#pragma once
// Running moments and exact quantiles of Monte Carlo outputs.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace mvzsim::sim {

// Mean and variance, value by value (Welford's update) or of a block at once (two passes), with
// Chan et al.'s pairwise merge: no catastrophic cancellation on large money amounts, and blocks
// can be merged in a fixed order.
class RunningStats {
public:
    void add(double x);
    void merge(const RunningStats& other);
    // The statistics of a block of values in two passes (the sum of the differences from the first
    // value, then the squared deviations from the mean): as stable as Welford's update and several
    // times faster, having no division per value.
    static RunningStats of(std::span<const double> values);

    std::uint64_t count() const { return n_; }
    double mean() const { return mean_; }
    // Sample variance (divisor n - 1); 0 for fewer than two values.
    double variance() const;
    double sd() const;
    // Standard error of the mean: sd / sqrt(n).
    double standard_error() const;

private:
    std::uint64_t n_ = 0;
    double mean_ = 0.0;
    double m2_ = 0.0;
};

// Quantile of `values` by Hyndman and Fan's rule 7 (linear interpolation between order
// statistics at h = (n - 1) p), the rule of R's default and of Excel's PERCENTILE.INC.
// Reorders `values`.
double quantile(std::span<double> values, double p);

// Rule-7 quantiles of `values` at each probability of `ps` into `out` (as many), exactly as
// quantile() gives them, without reordering `values`. For large samples it brackets each needed
// order statistic between two values of a fixed subsample and selects only among the values in
// the bracket: one pass over the data instead of a selection on all of it.
void quantiles(std::span<const double> values, std::span<const double> ps, std::span<double> out);

// Where the order statistics of a quantile p are expected among n values: between `low` and
// `high` (no bound where has_low / has_high is false), with room for `capacity` values inside.
struct Bracket {
    double p = 0.0;
    bool has_low = false, has_high = false;
    double low = 0.0, high = 0.0;
    std::size_t capacity = 0;
};
// Brackets for each p of `ps` among n values, from a sorted sample of them.
std::vector<Bracket> brackets_from_sample(std::span<const double> sorted_sample, std::span<const double> ps,
                                          std::size_t n);

// How many values lie below a bracket and at its bounds.
struct BracketCounts {
    double low = 0.0, high = 0.0;  // the bounds (+-infinity where there is none)
    std::size_t below = 0, at_low = 0, at_high = 0;
};
// The rule-7 quantile p of n values from a bracket's counts and the values strictly inside it, or
// nullopt when its order statistics are not inside the bracket. Reorders `inside`.
std::optional<double> quantile_in_bracket(double p, std::size_t n, const BracketCounts& counts,
                                          std::span<double> inside);

// The values seen against one bracket: counts below it and at its bounds (so that ties at a bound,
// e.g. many zeros, need no storage), and the values strictly inside, without a branch per value.
class BracketFill {
public:
    void reset(const Bracket& b);
    // Adds the values in order: counts those below, at and between the bounds, keeps those strictly
    // inside (up to capacity; the bracket and the counts are held in locals for the whole span).
    void add(std::span<const double> xs);
    // Adds another fill of the same bracket (the values of other trials).
    void merge(const BracketFill& other);
    // The rule-7 quantile p of all n values seen, or nullopt when its order statistics are not
    // inside the bracket (or too many values fell inside to keep). Reorders the values kept.
    std::optional<double> quantile(double p, std::size_t n);

private:
    double low_ = 0.0, high_ = 0.0;
    std::size_t capacity_ = 0;
    std::vector<double> slots_;  // capacity_ + 1: the last one takes what does not fit
    std::size_t below_ = 0, at_low_ = 0, at_high_ = 0, kept_ = 0;
};

// Summary of one output over all trials.
struct Summary {
    double mean = 0.0;
    double standard_error = 0.0;
    double sd = 0.0;
    double p5 = 0.0, p50 = 0.0, p95 = 0.0;
    double min = 0.0, max = 0.0;
    // Share of trials with a value below zero, and its binomial standard error.
    double share_negative = 0.0;
    double share_negative_se = 0.0;
};

// Trials are summarised in blocks of `block_size` whose moments are merged in block order, so
// the result is the same whatever thread computed which block.
Summary summarize(std::span<const double> values, std::size_t block_size);

}  // namespace mvzsim::sim
