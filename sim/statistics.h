#pragma once
// Running moments and exact quantiles of Monte Carlo outputs.
#include <cstddef>
#include <cstdint>
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
