#pragma once
// Confidence intervals of Monte Carlo estimates: of a share (Wilson), and order statistics for
// thresholds and distribution-free percentile intervals.
#include <cstddef>
#include <vector>

namespace mvzsim::sim {

// The two-sided 95 % quantile of the standard normal distribution.
inline constexpr double kZ95 = 1.959963984540054;

struct Interval {
    double low = 0.0, high = 0.0;
};

// 95 % Wilson score interval of a share `p` observed in `n` trials.
Interval wilson_interval(double p, std::size_t n);
// Order statistic ceil(p n) of `values` (rule 1: no interpolation; for thresholds and counts).
double order_statistic(std::vector<double> values, double p);

}  // namespace mvzsim::sim
