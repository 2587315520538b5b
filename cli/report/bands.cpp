#include "cli/report/bands.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "sim/statistics.h"

namespace mvzsim::cli::report {

Band band_of(std::span<const double> values) {
    static constexpr std::array<double, 5> kPs = {0.05, 0.25, 0.5, 0.75, 0.95};
    std::array<double, 5> q{};
    if (values.empty()) return {};
    sim::quantiles(values, kPs, q);
    return {q[0], q[1], q[2], q[3], q[4]};
}

double nice_step(double low, double high, int parts) {
    const double span = high - low;
    if (!(span > 0.0) || parts < 1) return 1.0;
    const double raw = span / parts;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw) return m * power;
    return 10.0 * power;
}

Histogram histogram_of(std::span<const double> values, int bins) {
    Histogram h;
    h.total = values.size();
    if (values.empty()) return h;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    h.width = nice_step(*lo, *hi, bins);
    h.low = std::floor(*lo / h.width) * h.width;
    const auto n = static_cast<std::size_t>(std::floor((*hi - h.low) / h.width)) + 1;
    h.counts.assign(n, 0);
    for (const double v : values) {
        const auto k = static_cast<std::size_t>(std::floor((v - h.low) / h.width));
        ++h.counts[std::min(k, n - 1)];
    }
    return h;
}

}  // namespace mvzsim::cli::report
