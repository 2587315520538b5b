// Sampling tests for sim/distribution: for every kind, the sample mean and variance of a large
// fixed-seed sample must agree with mean() and variance() within 4 standard errors, and every
// sample must lie in the support.
#include "sim/distribution.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include "sim/random.h"

using namespace mvzsim::sim;

namespace {

constexpr std::size_t kN = 200'000;
constexpr std::uint64_t kSeed = 20240611;
constexpr double kInf = std::numeric_limits<double>::infinity();

struct SampleMoments {
    double mean = 0.0;
    double variance = 0.0;  // divisor n - 1
    double m4 = 0.0;        // 4th central moment (divisor n)
    double min = 0.0, max = 0.0;
};

SampleMoments moments_of(const std::vector<double>& xs) {
    SampleMoments m;
    const double n = static_cast<double>(xs.size());
    double sum = 0.0;
    for (double x : xs) sum += x;
    m.mean = sum / n;
    double s2 = 0.0, s4 = 0.0;
    for (double x : xs) {
        const double d = x - m.mean;
        s2 += d * d;
        s4 += d * d * d * d;
    }
    m.variance = s2 / (n - 1.0);
    m.m4 = s4 / n;
    const auto [mn, mx] = std::minmax_element(xs.begin(), xs.end());
    m.min = *mn;
    m.max = *mx;
    return m;
}

std::vector<double> draw(const Distribution& d, const std::string& stream) {
    Rng rng(kSeed, 0, stream_key(stream));
    std::vector<double> xs(kN);
    for (auto& x : xs) x = sample(d, rng);
    return xs;
}

// Sample mean within 4 se of mean(d); sample variance within 4 se of variance(d), the se of
// the variance estimated from the sample's 4th central moment.
void check_moments(const Distribution& d, const std::vector<double>& xs) {
    const SampleMoments m = moments_of(xs);
    const double n = static_cast<double>(xs.size());
    const double mu = mean(d);
    const double var = variance(d);
    const double se_mean = std::sqrt(var / n);
    const double se_var = std::sqrt((m.m4 - m.variance * m.variance) / n);
    INFO(describe(d));
    INFO("expected mean " << mu << ", sample mean " << m.mean << ", se " << se_mean);
    INFO("expected variance " << var << ", sample variance " << m.variance << ", se " << se_var);
    CHECK(std::isfinite(m.mean));
    CHECK(std::isfinite(m.variance));
    CHECK(var > 0.0);
    CHECK(std::abs(m.mean - mu) <= 4.0 * se_mean);
    CHECK(std::abs(m.variance - var) <= 4.0 * se_var);
}

bool all_within(const std::vector<double>& xs, double lo, double hi) {
    return std::all_of(xs.begin(), xs.end(), [&](double x) { return x >= lo && x <= hi; });
}

// Sample quantile by rule 7 on a sorted copy.
double sample_quantile(std::vector<double> xs, double p) {
    std::sort(xs.begin(), xs.end());
    const double h = static_cast<double>(xs.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= xs.size()) return xs[lo];
    return xs[lo] + (h - static_cast<double>(lo)) * (xs[lo + 1] - xs[lo]);
}

}  // namespace

TEST_CASE("Rng: uniform01 lies in [0, 1) with mean 1/2 and variance 1/12", "[sim][random]") {
    Rng rng(kSeed, 7, stream_key("uniform01"));
    std::vector<double> xs(kN);
    for (auto& x : xs) x = rng.uniform01();
    CHECK(std::all_of(xs.begin(), xs.end(), [](double x) { return x >= 0.0 && x < 1.0; }));
    const SampleMoments m = moments_of(xs);
    const double n = static_cast<double>(kN);
    CHECK(std::abs(m.mean - 0.5) <= 4.0 * std::sqrt(1.0 / 12.0 / n));
    CHECK(std::abs(m.variance - 1.0 / 12.0) <= 4.0 * std::sqrt((m.m4 - m.variance * m.variance) / n));
}

TEST_CASE("Rng: same (seed, trial, key) gives the same stream", "[sim][random]") {
    Rng a(1, 2, stream_key("x")), b(1, 2, stream_key("x"));
    for (int i = 0; i < 100; ++i) REQUIRE(a() == b());
    CHECK(stream_key("x") == stream_key("x"));
    CHECK(stream_key("x") != stream_key("y"));
}

TEST_CASE("Fixed: always its value, zero variance", "[sim][distribution]") {
    const Distribution d = Fixed{42.5};
    Rng rng(kSeed, 0, stream_key("fixed"));
    for (int i = 0; i < 1000; ++i) REQUIRE(sample(d, rng) == 42.5);
    CHECK(mean(d) == 42.5);
    CHECK(variance(d) == 0.0);
    CHECK(is_fixed(d));
    CHECK_FALSE(is_fixed(Distribution{Uniform{0.0, 1.0}}));
    CHECK_FALSE(is_fixed(Distribution{Normal{1.0, 1.0, -kInf, kInf}}));
}

TEST_CASE("Uniform: moments and support", "[sim][distribution]") {
    const Uniform u{-3.0, 7.0};
    const Distribution d = u;
    CHECK(mean(d) == Approx(2.0));
    CHECK(variance(d) == Approx(100.0 / 12.0));
    const auto xs = draw(d, "uniform");
    CHECK(all_within(xs, u.low, u.high));
    check_moments(d, xs);
}

TEST_CASE("Triangular: moments and support", "[sim][distribution]") {
    const Triangular t{700.0, 880.0, 1000.0};
    const Distribution d = t;
    CHECK(mean(d) == Approx((700.0 + 880.0 + 1000.0) / 3.0));
    const auto xs = draw(d, "triangular");
    CHECK(all_within(xs, t.low, t.high));
    check_moments(d, xs);
    // The mode side: P(X <= mode) = (mode - low) / (high - low) = 0.6.
    const double below =
        static_cast<double>(std::count_if(xs.begin(), xs.end(), [&](double x) { return x <= t.mode; })) /
        static_cast<double>(kN);
    CHECK(std::abs(below - 0.6) <= 4.0 * std::sqrt(0.6 * 0.4 / static_cast<double>(kN)));
}

TEST_CASE("Pert: moments and support", "[sim][distribution]") {
    const Pert p{10.0, 13.0, 25.0};
    const Distribution d = p;
    CHECK(mean(d) == Approx((10.0 + 4.0 * 13.0 + 25.0) / 6.0));
    const auto xs = draw(d, "pert");
    CHECK(all_within(xs, p.low, p.high));
    check_moments(d, xs);
}

TEST_CASE("Normal, untruncated: moments", "[sim][distribution]") {
    const Distribution d = Normal{100.0, 15.0, -kInf, kInf};
    CHECK(mean(d) == Approx(100.0));
    CHECK(variance(d) == Approx(225.0));
    const auto xs = draw(d, "normal");
    CHECK(std::all_of(xs.begin(), xs.end(), [](double x) { return std::isfinite(x); }));
    check_moments(d, xs);
}

TEST_CASE("Normal, truncated on both sides: moments and support", "[sim][distribution]") {
    // Asymmetric window [-0.5 sd, +2.5 sd]: the mean shifts well away from 100.
    const Normal n{100.0, 20.0, 90.0, 150.0};
    const Distribution d = n;
    CHECK(mean(d) > 100.0 + 5.0);
    CHECK(variance(d) < 400.0);
    const auto xs = draw(d, "normal-two-sided");
    CHECK(all_within(xs, n.min, n.max));
    check_moments(d, xs);
}

TEST_CASE("Normal, truncated on one side: moments and support", "[sim][distribution]") {
    SECTION("lower bound only") {
        const Normal n{10.0, 5.0, 8.0, kInf};
        const Distribution d = n;
        CHECK(mean(d) > 10.0);
        const auto xs = draw(d, "normal-lower");
        CHECK(all_within(xs, n.min, kInf));
        check_moments(d, xs);
    }
    SECTION("upper bound only") {
        const Normal n{0.0, 1.0, -kInf, 0.3};
        const Distribution d = n;
        CHECK(mean(d) < 0.0);
        const auto xs = draw(d, "normal-upper");
        CHECK(all_within(xs, -kInf, n.max));
        check_moments(d, xs);
    }
}

TEST_CASE("Lognormal by mean and sd: moments and support", "[sim][distribution]") {
    const Distribution d = Lognormal{100.0, 30.0};
    CHECK(mean(d) == 100.0);
    CHECK(variance(d) == Approx(900.0));
    const auto xs = draw(d, "lognormal");
    CHECK(all_within(xs, std::numeric_limits<double>::min(), kInf));
    check_moments(d, xs);
}

TEST_CASE("lognormal_from_median_p95: median and P95 as given", "[sim][distribution]") {
    constexpr double median = 1000.0, p95 = 1800.0;
    const Lognormal l = lognormal_from_median_p95(median, p95);
    const Distribution d = l;

    // Analytically: median = mean / sqrt(1 + cv^2), P95 = median * exp(z95 * sigma).
    const double sigma2 = std::log1p((l.sd * l.sd) / (l.mean * l.mean));
    const double sigma = std::sqrt(sigma2);
    CHECK(l.mean / std::sqrt(1.0 + (l.sd * l.sd) / (l.mean * l.mean)) == Approx(median).epsilon(1e-12));
    CHECK(median * std::exp(1.6448536269514722 * sigma) == Approx(p95).epsilon(1e-12));

    const auto xs = draw(d, "lognormal-median-p95");
    CHECK(all_within(xs, std::numeric_limits<double>::min(), kInf));
    check_moments(d, xs);

    // Sample quantiles within 4 se, se = sqrt(p (1 - p) / N) / f(q) with the lognormal density f.
    const double n = static_cast<double>(kN);
    const auto density = [&](double x, double z) {
        return std::exp(-0.5 * z * z) / (std::sqrt(2.0 * std::numbers::pi) * sigma * x);
    };
    const double se_median = std::sqrt(0.25 / n) / density(median, 0.0);
    const double se_p95 = std::sqrt(0.95 * 0.05 / n) / density(p95, 1.6448536269514722);
    const double q50 = sample_quantile(xs, 0.5);
    const double q95 = sample_quantile(xs, 0.95);
    INFO("sample median " << q50 << " (se " << se_median << "), sample P95 " << q95 << " (se " << se_p95 << ")");
    CHECK(std::abs(q50 - median) <= 4.0 * se_median);
    CHECK(std::abs(q95 - p95) <= 4.0 * se_p95);
}

TEST_CASE("Beta scaled to [min, max]: moments and support", "[sim][distribution]") {
    const Beta b{2.0, 5.0, 10.0, 20.0};
    const Distribution d = b;
    CHECK(mean(d) == Approx(10.0 + 10.0 * 2.0 / 7.0));
    const auto xs = draw(d, "beta");
    CHECK(all_within(xs, b.min, b.max));
    check_moments(d, xs);
}

TEST_CASE("Gamma: moments and support", "[sim][distribution]") {
    SECTION("shape > 1") {
        const Distribution d = Gamma{2.5, 3.0};
        CHECK(mean(d) == Approx(7.5));
        CHECK(variance(d) == Approx(22.5));
        const auto xs = draw(d, "gamma");
        CHECK(all_within(xs, 0.0, kInf));
        check_moments(d, xs);
    }
    SECTION("shape < 1") {
        const Distribution d = Gamma{0.6, 2.0};
        const auto xs = draw(d, "gamma-small-shape");
        CHECK(all_within(xs, 0.0, kInf));
        check_moments(d, xs);
    }
}

TEST_CASE("Poisson: moments, non-negative integers", "[sim][distribution]") {
    // Boost switches algorithm at mean 10: test both sides.
    for (const double lambda : {3.5, 42.0}) {
        const Distribution d = Poisson{lambda};
        CHECK(mean(d) == lambda);
        CHECK(variance(d) == lambda);
        const auto xs = draw(d, "poisson-" + std::to_string(lambda));
        CHECK(std::all_of(xs.begin(), xs.end(), [](double x) { return x >= 0.0 && x == std::floor(x); }));
        check_moments(d, xs);
    }
}

TEST_CASE("Discrete: moments, support and frequencies", "[sim][distribution]") {
    const Discrete disc{{-5.0, 0.0, 2.0, 10.0}, {1.0, 0.0, 3.0, 6.0}};
    const Distribution d = disc;
    CHECK(mean(d) == Approx((-5.0 + 6.0 + 60.0) / 10.0));
    const auto xs = draw(d, "discrete");
    CHECK(std::all_of(xs.begin(), xs.end(), [](double x) { return x == -5.0 || x == 2.0 || x == 10.0; }));
    check_moments(d, xs);
    const double n = static_cast<double>(kN);
    for (std::size_t i = 0; i < disc.values.size(); ++i) {
        const double p = disc.weights[i] / 10.0;
        const double share =
            static_cast<double>(std::count(xs.begin(), xs.end(), disc.values[i])) / static_cast<double>(kN);
        INFO("value " << disc.values[i] << ": share " << share << ", expected " << p);
        CHECK(std::abs(share - p) <= 4.0 * std::sqrt(p * (1.0 - p) / n));
    }
}

TEST_CASE("describe(): readable forms", "[sim][distribution]") {
    CHECK(describe(Fixed{42.0}) == "42");
    CHECK(describe(Uniform{1.0, 2.5}) == "uniform(1, 2.5)");
    CHECK(describe(Triangular{700.0, 880.0, 1000.0}) == "triangular(700, 880, 1000)");
    CHECK(describe(Pert{1.0, 2.0, 4.0}) == "pert(1, 2, 4)");
    CHECK(describe(Normal{0.0, 1.0, -kInf, kInf}) == "normal(mean 0, sd 1)");
    CHECK(describe(Normal{0.0, 1.0, -1.0, kInf}) == "normal(mean 0, sd 1, min -1)");
    CHECK(describe(Normal{0.0, 1.0, -kInf, 2.0}) == "normal(mean 0, sd 1, max 2)");
    CHECK(describe(Normal{5.0, 2.0, 1.0, 9.0}) == "normal(mean 5, sd 2, min 1, max 9)");
    CHECK(describe(Lognormal{100.0, 30.0}) == "lognormal(mean 100, sd 30)");
    CHECK(describe(Beta{2.0, 5.0, 10.0, 20.0}) == "beta(2, 5 on [10, 20])");
    CHECK(describe(Gamma{2.5, 3.0}) == "gamma(shape 2.5, scale 3)");
    CHECK(describe(Poisson{3.5}) == "poisson(3.5)");
    CHECK(describe(Discrete{{1.0, 2.0, 3.0}, {1.0, 1.0, 1.0}}) == "discrete(3 values)");
}

TEST_CASE("sample() is reproducible for a given stream", "[sim][distribution]") {
    const std::vector<Distribution> all = {Fixed{1.0},
                                           Uniform{0.0, 1.0},
                                           Triangular{0.0, 1.0, 3.0},
                                           Pert{0.0, 1.0, 3.0},
                                           Normal{0.0, 1.0, -1.0, 1.0},
                                           Lognormal{1.0, 0.5},
                                           Beta{2.0, 3.0, 0.0, 1.0},
                                           Gamma{2.0, 1.0},
                                           Poisson{4.0},
                                           Discrete{{1.0, 2.0}, {1.0, 3.0}}};
    for (const auto& d : all) {
        Rng a(kSeed, 3, stream_key("repro")), b(kSeed, 3, stream_key("repro"));
        for (int i = 0; i < 100; ++i) REQUIRE(sample(d, a) == sample(d, b));
    }
}

TEST_CASE("a distribution Boost cannot sample is refused before any library call", "[sim][distribution]") {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<Distribution> bad = {
        Fixed{nan},
        Uniform{1, 1},
        Uniform{-1.5e308, 1.5e308},  // high - low overflows
        Triangular{0, 2, 1},
        Pert{0, 0, 0},
        Normal{0, 0, -inf, inf},
        Normal{0, 1, 50, 60},  // no mass in double precision between 50 and 60 sd
        Lognormal{0, 1},
        Lognormal{1, inf},
        Beta{0, 1, 0, 1},
        Beta{1, 1, 1, 0},
        Gamma{1, 0},
        Poisson{0},
        Poisson{1e30},  // Boost's sampler would overflow its long
        Poisson{nan},
        Discrete{{}, {}},
        Discrete{{1, 2}, {1}},
        Discrete{{1, 2}, {1, -1}},
        Discrete{{1, 2}, {0, 0}},
    };
    for (const Distribution& d : bad) {
        INFO(describe(d));
        CHECK_FALSE(invalid_parameters(d).empty());
        CHECK_THROWS_AS(Sampler(d), std::invalid_argument);
    }
    CHECK_THROWS_WITH(Sampler(Poisson{1e30}), "cannot sample poisson(1e+30): needs 0 < mean <= 1e15");
    const std::vector<Distribution> good = {Fixed{1},        Uniform{0, 1},           Triangular{0, 0, 1},
                                            Pert{0, 1, 1},   Normal{0, 1, -inf, inf}, Normal{0, 1, 0, inf},
                                            Lognormal{1, 0}, Beta{0.5, 2, -1, 1},     Gamma{0.01, 1},
                                            Poisson{1e9},    Discrete{{1, 2}, {0, 1}}};
    for (const Distribution& d : good) {
        INFO(describe(d));
        CHECK(invalid_parameters(d) == "");
        Rng rng(1, 0, stream_key("x"));
        CHECK(std::isfinite(Sampler(d)(rng)));
    }
}
