#include "sim/rank_statistics.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>

#include "sim/statistics.h"

namespace mvzsim::sim {

std::vector<std::uint32_t> order_by(std::span<const double> x) {
    std::vector<std::uint32_t> order(x.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return x[a] < x[b]; });
    return order;
}

std::vector<double> ranks(std::span<const double> x) {
    const std::vector<std::uint32_t> order = order_by(x);
    return ranks(x, order);
}

std::vector<double> ranks(std::span<const double> x, std::span<const std::uint32_t> order) {
    assert(order.size() == x.size());
    std::vector<double> r(x.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i + 1;
        while (j < order.size() && x[order[j]] == x[order[i]]) ++j;
        // Positions i .. j - 1 (ranks i + 1 .. j) hold the same value: each gets their mean.
        const double midrank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k) r[order[k]] = midrank;
        i = j;
    }
    return r;
}

double pearson(std::span<const double> x, std::span<const double> y) {
    assert(x.size() == y.size());
    if (x.size() < 2) return 0.0;
    const double mx = RunningStats::of(x).mean();
    const double my = RunningStats::of(y).mean();
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double dx = x[i] - mx, dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0.0 || syy <= 0.0) return 0.0;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

double spearman(std::span<const double> x, std::span<const double> y) {
    const std::vector<double> rx = ranks(x), ry = ranks(y);
    return pearson(rx, ry);
}

std::vector<std::uint16_t> rank_bins(std::span<const double> x, std::size_t bins) {
    const std::vector<std::uint32_t> order = order_by(x);
    return rank_bins(order, bins);
}

std::vector<std::uint16_t> rank_bins(std::span<const std::uint32_t> order, std::size_t bins) {
    assert(bins >= 1 && bins <= 65535);
    const std::size_t n = order.size();
    std::vector<std::uint16_t> bin(n);
    for (std::size_t k = 0; k < n; ++k) bin[order[k]] = static_cast<std::uint16_t>(k * bins / n);
    return bin;
}

}  // namespace mvzsim::sim
