#pragma once
// Percentile bands and histograms of per-trial values, for tables and charts.
#include <cstddef>
#include <span>
#include <vector>

namespace mvzsim::cli::report {

// The percentiles a fan chart draws (rule 7, as every percentile of mvzsim).
struct Band {
    double p5 = 0, p25 = 0, p50 = 0, p75 = 0, p95 = 0;
};
Band band_of(std::span<const double> values);

// Counts of values in equal bins from `low` to low + bins x width.
struct Histogram {
    double low = 0.0, width = 1.0;
    std::vector<std::size_t> counts;
    std::size_t total = 0;
};
// About `bins` bins of a round width (1, 2 or 5 times a power of ten) covering all values.
Histogram histogram_of(std::span<const double> values, int bins);

// A round step (1, 2 or 5 times a power of ten) that cuts [low, high] into about `parts` parts.
double nice_step(double low, double high, int parts);

}  // namespace mvzsim::cli::report
