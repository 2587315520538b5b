#include "sim/variance_share.h"

#include <array>
#include <cassert>
#include <cmath>

#include "sim/engine.h"
#include "sim/intervals.h"
#include "sim/random.h"
#include "sim/statistics.h"

namespace mvzsim::sim {
namespace {

// A Poisson(1) count from a uniform, by its cumulative probabilities e^-1 sum_{j <= k} 1 / j!.
std::uint8_t poisson_one(double u) {
    double term = std::exp(-1.0), cumulative = term;
    std::uint8_t k = 0;
    while (u >= cumulative && k < 255) {
        ++k;
        term /= k;
        cumulative += term;
    }
    return k;
}

// The stream key of the bootstrap's resample weights (sim::stream_key of its name).
constexpr std::uint64_t kBootstrapKey = stream_key("bootstrap.weights");

}  // namespace

VarianceShare::VarianceShare(std::span<const double> y, const VarianceShareOptions& options)
    : y_(y.begin(), y.end()), resamples_(options.resamples) {
    const double mean = RunningStats::of(y).mean();
    for (double& v : y_) v -= mean;
    const std::size_t n = y_.size();
    weights_.resize(resamples_ * n);
    parallel_for(resamples_, options.threads, [&](std::size_t r) {
        Rng rng(options.seed, r, kBootstrapKey);
        for (std::size_t i = 0; i < n; ++i) weights_[r * n + i] = poisson_one(rng.uniform01());
    });
}

double VarianceShare::estimate(std::span<const std::uint16_t> bin_of_trial, std::size_t bins,
                               const std::uint8_t* weights) const {
    // Per bin: the sum of weights, of weighted values and of weighted squares, side by side.
    std::vector<std::array<double, 3>> s(bins, {0.0, 0.0, 0.0});
    for (std::size_t i = 0; i < y_.size(); ++i) {
        const double w = weights ? weights[i] : 1.0;
        const double wy = w * y_[i];
        auto& b = s[bin_of_trial[i]];
        b[0] += w;
        b[1] += wy;
        b[2] += wy * y_[i];
    }
    double n = 0.0, sum = 0.0, sum2 = 0.0;
    for (const auto& b : s) {
        n += b[0];
        sum += b[1];
        sum2 += b[2];
    }
    const double mean = sum / n;
    const double total = sum2 - n * mean * mean;
    if (!(total > 0.0)) return 0.0;  // a constant output: no input explains anything
    double between = 0.0, noise = 0.0;
    for (const auto& b : s) {
        if (b[0] <= 0.0) continue;
        const double m = b[1] / b[0];
        between += b[0] * (m - mean) * (m - mean);
        if (b[0] > 1.0) noise += (1.0 - b[0] / n) * (b[2] - b[0] * m * m) / (b[0] - 1.0);
    }
    return (between - noise) / total;
}

ShareEstimate VarianceShare::share(std::span<const std::uint16_t> bin_of_trial, std::size_t bins) const {
    assert(bin_of_trial.size() == y_.size() && bins >= 1);
    ShareEstimate e;
    e.share = estimate(bin_of_trial, bins, nullptr);
    RunningStats spread;
    for (std::size_t r = 0; r < resamples_; ++r)
        spread.add(estimate(bin_of_trial, bins, weights_.data() + r * y_.size()));
    e.se = spread.sd();
    e.low = e.share - kZ95 * e.se;
    e.high = e.share + kZ95 * e.se;
    return e;
}

}  // namespace mvzsim::sim
