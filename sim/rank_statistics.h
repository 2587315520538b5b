#pragma once
// Rank statistics of paired samples: the order of a sample, its ranks, Pearson's and Spearman's
// correlation, and equal-count bins by rank. For sensitivity analysis of Monte Carlo outputs
// against the inputs drawn in the same trials.
#include <cstdint>
#include <span>
#include <vector>

namespace mvzsim::sim {

// The indices 0..n-1 ordered by x ascending; ties keep index order (a stable sort), so the order
// is the same on every platform.
std::vector<std::uint32_t> order_by(std::span<const double> x);

// Ranks 1..n of x; tied values share their average rank (midranks). The second form takes x's
// order_by(), to sort once for several statistics.
std::vector<double> ranks(std::span<const double> x);
std::vector<double> ranks(std::span<const double> x, std::span<const std::uint32_t> order);

// Pearson's correlation of x and y (the same length); 0 when either is constant.
double pearson(std::span<const double> x, std::span<const double> y);

// Spearman's rank correlation: Pearson's correlation of the midranks of x and y; 0 when either
// is constant.
double spearman(std::span<const double> x, std::span<const double> y);

// The bin (0 .. bins - 1) of each value of x in `bins` bins of equal count by rank: the value of
// order position k (order_by) goes to bin floor(k x bins / n). Tied values may fall into
// neighbouring bins; the order among them is the index order.
std::vector<std::uint16_t> rank_bins(std::span<const double> x, std::size_t bins);
std::vector<std::uint16_t> rank_bins(std::span<const std::uint32_t> order, std::size_t bins);

}  // namespace mvzsim::sim
