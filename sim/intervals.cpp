#include "sim/intervals.h"

#include <algorithm>
#include <cmath>

namespace mvzsim::sim {

Interval wilson_interval(double p, std::size_t n) {
    const double nn = static_cast<double>(n);
    const double z2 = kZ95 * kZ95 / nn;
    const double centre = (p + z2 / 2.0) / (1.0 + z2);
    const double half = kZ95 * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn)) / (1.0 + z2);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double order_statistic(std::vector<double> values, double p) {
    const auto n = values.size();
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(p * static_cast<double>(n) - 1e-12)));
    const auto k = static_cast<std::ptrdiff_t>(std::min(rank, n) - 1);
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return values[static_cast<std::size_t>(k)];
}

}  // namespace mvzsim::sim
