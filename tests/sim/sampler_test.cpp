// The production sampling path: every model draw goes through sim::Sampler (a distribution set up
// once). It must give exactly the draws of sim::sample() on the same stream, for every kind and
// parameter set, bit for bit and using as many of the stream's numbers; and its draws must have
// each distribution's mean and variance (within 4 standard errors, fixed seeds). The standard error
// of a sample variance s^2 of n draws is sqrt((mu4 - sigma^4 (n - 3) / (n - 1)) / n), with the
// distribution's own 4th central moment mu4 (known in closed form, or by quadrature where not).
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "sim/distribution.h"
#include "sim/random.h"

using namespace mvzsim::sim;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Parameter sets of every kind, edge cases included (a mode at an end, shapes below 1, a gamma of
// shape 1, Poisson means on both sides of Boost's switch between inversion and PTRD at 10, one-
// and two-sided truncation).
std::vector<Distribution> parameter_sets() {
    return {Fixed{42.5},
            Uniform{-3.0, 7.0},
            Uniform{0.0, 1.0},
            Uniform{1e5, 1e5 + 1},
            Triangular{700, 880, 1000},
            Triangular{0, 0, 1},
            Triangular{0, 1, 1},
            Pert{10, 13, 25},
            Pert{0, 0.5, 1},
            Pert{580, 760, 950},
            Normal{800, 50, -kInf, kInf},
            Normal{0.02, 0.01, 0.0, 0.05},
            Normal{1, 1, 0, kInf},
            Normal{0, 1, -kInf, 0.5},
            Lognormal{800, 50},
            Lognormal{1, 0.8},
            Beta{2, 3, 600, 1000},
            Beta{0.5, 0.5, 0, 1},
            Beta{1, 1, -1, 1},
            Gamma{16, 50},
            Gamma{0.5, 2},
            Gamma{1, 1},
            Poisson{3.5},
            Poisson{12},
            Poisson{800},
            Discrete{{600, 800}, {1, 3}},
            Discrete{{1, 2, 3, 4}, {0.1, 0.2, 0.3, 0.4}},
            Discrete{{5}, {1}}};
}

// Mean, variance and 4th central moment of a distribution.
struct Moments {
    double mean, variance, mu4;
};

// Of a beta(a, b) on [low, high]: excess kurtosis 6 [(a - b)^2 (a + b + 1) - a b (a + b + 2)] /
// [a b (a + b + 2) (a + b + 3)].
Moments beta_moments(double a, double b, double low, double high) {
    const double n = a + b, range = high - low;
    const double variance = range * range * a * b / (n * n * (n + 1));
    const double excess = 6 * ((a - b) * (a - b) * (n + 1) - a * b * (n + 2)) / (a * b * (n + 2) * (n + 3));
    return {low + range * a / n, variance, (3 + excess) * variance * variance};
}

// Of a normal truncated to [min, max], by Simpson's rule on the density over [max(min, mean -
// 12 sd), min(max, mean + 12 sd)] (the mass outside is below 1e-32).
Moments truncated_normal_moments(const Normal& d) {
    const double lo = std::max(d.min, d.mean - 12 * d.sd), hi = std::min(d.max, d.mean + 12 * d.sd);
    const int steps = 20000;
    const double h = (hi - lo) / steps;
    auto integral = [&](const std::function<double(double)>& g) {
        double sum = 0;
        for (int i = 0; i <= steps; ++i) {
            const double x = lo + i * h;
            const double z = (x - d.mean) / d.sd;
            const double w = (i == 0 || i == steps) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * g(x) * std::exp(-0.5 * z * z);
        }
        return sum * h / 3;
    };
    const double mass = integral([](double) { return 1.0; });
    const double mean = integral([](double x) { return x; }) / mass;
    const double variance = integral([&](double x) { return (x - mean) * (x - mean); }) / mass;
    const double mu4 = integral([&](double x) { return std::pow(x - mean, 4); }) / mass;
    return {mean, variance, mu4};
}

Moments moments(const Distribution& d) {
    if (const auto* u = std::get_if<Uniform>(&d)) {
        const double r = u->high - u->low;
        return {(u->low + u->high) / 2, r * r / 12, std::pow(r, 4) / 80};
    }
    if (const auto* t = std::get_if<Triangular>(&d)) {
        // Excess kurtosis -3/5 whatever the mode.
        const double v = (t->low * t->low + t->mode * t->mode + t->high * t->high - t->low * t->mode -
                          t->low * t->high - t->mode * t->high) /
                         18;
        return {(t->low + t->mode + t->high) / 3, v, 2.4 * v * v};
    }
    if (const auto* p = std::get_if<Pert>(&d)) {
        const double r = p->high - p->low;
        return beta_moments(1 + 4 * (p->mode - p->low) / r, 1 + 4 * (p->high - p->mode) / r, p->low, p->high);
    }
    if (const auto* b = std::get_if<Beta>(&d)) return beta_moments(b->alpha, b->beta, b->min, b->max);
    if (const auto* n = std::get_if<Normal>(&d)) {
        if (std::isinf(n->min) && std::isinf(n->max)) return {n->mean, n->sd * n->sd, 3 * std::pow(n->sd, 4)};
        return truncated_normal_moments(*n);
    }
    if (const auto* l = std::get_if<Lognormal>(&d)) {
        // Excess kurtosis e^(4 s2) + 2 e^(3 s2) + 3 e^(2 s2) - 6 with s2 = ln(1 + sd^2 / mean^2).
        const double s2 = std::log1p(l->sd * l->sd / (l->mean * l->mean));
        const double excess = std::exp(4 * s2) + 2 * std::exp(3 * s2) + 3 * std::exp(2 * s2) - 6;
        const double v = l->sd * l->sd;
        return {l->mean, v, (3 + excess) * v * v};
    }
    if (const auto* g = std::get_if<Gamma>(&d)) {
        const double v = g->shape * g->scale * g->scale;
        return {g->shape * g->scale, v, (3 + 6 / g->shape) * v * v};
    }
    if (const auto* p = std::get_if<Poisson>(&d)) return {p->mean, p->mean, p->mean + 3 * p->mean * p->mean};
    const auto& x = std::get<Discrete>(d);
    double total = 0, mean = 0, variance = 0, mu4 = 0;
    for (double w : x.weights) total += w;
    for (std::size_t i = 0; i < x.values.size(); ++i) mean += x.weights[i] / total * x.values[i];
    for (std::size_t i = 0; i < x.values.size(); ++i) {
        const double e = x.values[i] - mean;
        variance += x.weights[i] / total * e * e;
        mu4 += x.weights[i] / total * e * e * e * e;
    }
    return {mean, variance, mu4};
}

}  // namespace

TEST_CASE("Sampler gives exactly the draws of sample() on the same stream, for every kind", "[sim][sampler]") {
    const auto sets = parameter_sets();
    for (std::size_t k = 0; k < sets.size(); ++k) {
        const Distribution& d = sets[k];
        INFO(describe(d));
        const std::uint64_t key = stream_key("sampler-" + std::to_string(k));
        Rng a(20261201, 3, key), b(20261201, 3, key);
        const Sampler sampler(d);
        std::size_t differences = 0;
        for (int i = 0; i < 5000; ++i) {
            const double x = sample(d, a);
            const double y = sampler(b);
            if (std::bit_cast<std::uint64_t>(x) != std::bit_cast<std::uint64_t>(y)) ++differences;
        }
        CHECK(differences == 0);
        // Both used as many numbers of the stream: the next ones agree.
        CHECK(a() == b());
    }
}

TEST_CASE("a Sampler may be copied and shared: every copy draws alike", "[sim][sampler]") {
    // Models keep one Sampler per input and copy compiled inputs; a copy draws as the original.
    const Sampler original(Gamma{2.5, 3.0});
    const Sampler copy = original;
    Rng a(1, 2, stream_key("copy")), b(1, 2, stream_key("copy"));
    for (int i = 0; i < 1000; ++i) REQUIRE(original(a) == copy(b));
}

TEST_CASE("Sampler's draws have each distribution's mean and variance", "[sim][sampler]") {
    constexpr std::size_t n = 100000;
    const auto sets = parameter_sets();
    for (std::size_t k = 0; k < sets.size(); ++k) {
        const Distribution& d = sets[k];
        INFO(describe(d));
        const Sampler sampler(d);
        Rng rng(777, k, stream_key("moments"));
        std::vector<double> xs(n);
        for (double& x : xs) x = sampler(rng);
        double sum = 0;
        for (double x : xs) sum += x;
        const double mean = sum / n;
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        const double s2 = ss / (n - 1);
        if (is_fixed(d)) {
            CHECK(mean == mvzsim::sim::mean(d));
            CHECK(s2 == 0);
            continue;
        }
        const Moments m = moments(d);
        const double nn = static_cast<double>(n);
        const double se_mean = std::sqrt(m.variance / nn);
        const double se_var = std::sqrt((m.mu4 - m.variance * m.variance * (nn - 3) / (nn - 1)) / nn);
        INFO("mean " << mean << " expected " << m.mean << " (s.e. " << se_mean << "); variance " << s2 << " expected "
                     << m.variance << " (s.e. " << se_var << ")");
        CHECK(std::abs(mean - m.mean) <= 4 * se_mean);
        if (m.variance == 0) {
            CHECK(s2 == 0);  // a discrete distribution of one value
            continue;
        }
        CHECK(se_var > 0);
        CHECK(std::abs(s2 - m.variance) <= 4 * se_var);
        // The closed forms agree with the library's own mean() and variance().
        CHECK(m.mean == Approx(mvzsim::sim::mean(d)).epsilon(1e-9).margin(1e-12));
        CHECK(m.variance == Approx(mvzsim::sim::variance(d)).epsilon(1e-7));
    }
}
