// Tests for sim/statistics: Welford moments and their merge, rule-7 quantiles, summarize().
#include "sim/statistics.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "sim/distribution.h"
#include "sim/random.h"

using namespace mvzsim::sim;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> random_values(std::size_t n, std::uint64_t trial, const Distribution& d) {
    Rng rng(777, trial, stream_key("statistics-test"));
    std::vector<double> xs(n);
    for (auto& x : xs) x = sample(d, rng);
    return xs;
}

struct TwoPass {
    double mean, variance;
};

TwoPass two_pass(std::span<const double> xs) {
    const double n = static_cast<double>(xs.size());
    double sum = 0.0;
    for (double x : xs) sum += x;
    const double m = sum / n;
    double s2 = 0.0;
    for (double x : xs) s2 += (x - m) * (x - m);
    return {m, xs.size() < 2 ? 0.0 : s2 / (n - 1.0)};
}

RunningStats stats_of(std::span<const double> xs) {
    RunningStats s;
    for (double x : xs) s.add(x);
    return s;
}

bool close_rel(double a, double b, double rel) {
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

// Rule 7 on a sorted copy: the reference for quantile().
double reference_quantile(std::vector<double> xs, double p) {
    std::sort(xs.begin(), xs.end());
    const double h = static_cast<double>(xs.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= xs.size()) return xs[lo];
    return xs[lo] + (h - static_cast<double>(lo)) * (xs[lo + 1] - xs[lo]);
}

double q(std::vector<double> xs, double p) {
    return quantile(xs, p);
}

}  // namespace

TEST_CASE("RunningStats: empty and single value", "[sim][statistics]") {
    RunningStats s;
    CHECK(s.count() == 0);
    CHECK(s.mean() == 0.0);
    CHECK(s.variance() == 0.0);
    CHECK(s.sd() == 0.0);
    CHECK(s.standard_error() == 0.0);
    s.add(3.25);
    CHECK(s.count() == 1);
    CHECK(s.mean() == 3.25);
    CHECK(s.variance() == 0.0);
    CHECK(s.standard_error() == 0.0);
    s.add(5.25);
    CHECK(s.mean() == 4.25);
    CHECK(s.variance() == 2.0);  // ((-1)^2 + 1^2) / (2 - 1)
}

TEST_CASE("RunningStats agrees with a two-pass computation", "[sim][statistics]") {
    for (const std::size_t n : {2u, 3u, 17u, 1000u, 100'000u}) {
        const auto xs = random_values(n, n, Lognormal{5000.0, 2000.0});
        const RunningStats s = stats_of(xs);
        const TwoPass ref = two_pass(xs);
        INFO("n = " << n);
        CHECK(s.count() == n);
        CHECK(close_rel(s.mean(), ref.mean, 1e-12));
        CHECK(close_rel(s.variance(), ref.variance, 1e-10));
        CHECK(close_rel(s.sd(), std::sqrt(ref.variance), 1e-10));
    }
}

TEST_CASE("RunningStats: standard_error = sd / sqrt(n)", "[sim][statistics]") {
    const auto xs = random_values(12'345, 1, Normal{10.0, 3.0, -kInf, kInf});
    const RunningStats s = stats_of(xs);
    CHECK(s.standard_error() == Approx(s.sd() / std::sqrt(12'345.0)).epsilon(1e-14));
    CHECK(s.sd() == Approx(std::sqrt(s.variance())).epsilon(1e-14));
}

TEST_CASE("RunningStats: merge of parts equals one pass", "[sim][statistics]") {
    const auto xs = random_values(10'001, 2, Normal{-50.0, 400.0, -kInf, kInf});
    const RunningStats whole = stats_of(xs);
    const std::span<const double> all(xs);

    for (const std::size_t split : {std::size_t{1}, std::size_t{5000}, std::size_t{9999}}) {
        RunningStats a = stats_of(all.first(split));
        const RunningStats b = stats_of(all.subspan(split));
        a.merge(b);
        INFO("split at " << split);
        CHECK(a.count() == whole.count());
        CHECK(close_rel(a.mean(), whole.mean(), 1e-9));
        CHECK(close_rel(a.variance(), whole.variance(), 1e-9));
    }

    SECTION("many blocks merged in order") {
        RunningStats merged;
        for (std::size_t start = 0; start < xs.size(); start += 1024)
            merged.merge(stats_of(all.subspan(start, std::min<std::size_t>(1024, xs.size() - start))));
        CHECK(merged.count() == whole.count());
        CHECK(close_rel(merged.mean(), whole.mean(), 1e-9));
        CHECK(close_rel(merged.variance(), whole.variance(), 1e-9));
    }

    SECTION("merging with an empty accumulator is the identity") {
        RunningStats empty;
        empty.merge(whole);
        CHECK(empty.count() == whole.count());
        CHECK(empty.mean() == whole.mean());
        CHECK(empty.variance() == whole.variance());
        RunningStats copy = whole;
        copy.merge(RunningStats{});
        CHECK(copy.count() == whole.count());
        CHECK(copy.mean() == whole.mean());
        CHECK(copy.variance() == whole.variance());
    }
}

TEST_CASE("RunningStats: stable for large values with small spread", "[sim][statistics]") {
    // x_i = 1e9 + (i mod 10) * step: all exactly representable; exact mean 1e9 + 4.5 step and
    // exact sample variance 8.25 step^2 n / (n - 1). The naive sum-of-squares formula loses
    // every digit here (relative error ~ eps (mean / sd)^2 >= 1e2). Welford and the pairwise
    // merge are limited only by storing the mean as a double: relative error of the order of
    // ulp(mean) / sd, which is the tolerance used here.
    constexpr std::size_t n = 100'000;
    const double ulp = std::nextafter(1e9, kInf) - 1e9;
    for (const double step : {1.0, 0.25, 1.0 / 1024.0}) {
        std::vector<double> xs(n);
        for (std::size_t i = 0; i < n; ++i) xs[i] = 1e9 + static_cast<double>(i % 10) * step;
        const double exact_mean = 1e9 + 4.5 * step;
        const double exact_var = 8.25 * step * step * static_cast<double>(n) / static_cast<double>(n - 1);
        const double tol = ulp / std::sqrt(exact_var);

        const RunningStats s = stats_of(xs);
        INFO("step " << step << ": variance " << s.variance() << ", exact " << exact_var << ", rel. error "
                     << (s.variance() - exact_var) / exact_var << ", tolerance " << tol);
        // The mean itself can only be as exact as a few ulps of 1e9.
        CHECK(close_rel(s.mean(), exact_mean, 1e-14));
        CHECK(close_rel(s.variance(), exact_var, tol));

        // The same through the block merge used by summarize().
        RunningStats merged;
        const std::span<const double> all(xs);
        for (std::size_t start = 0; start < n; start += 1024)
            merged.merge(stats_of(all.subspan(start, std::min<std::size_t>(1024, n - start))));
        CHECK(close_rel(merged.mean(), exact_mean, 1e-14));
        CHECK(close_rel(merged.variance(), exact_var, tol));
        // And in two passes over the whole array at once.
        const RunningStats two_pass = RunningStats::of(xs);
        CHECK(close_rel(two_pass.mean(), exact_mean, 1e-14));
        CHECK(close_rel(two_pass.variance(), exact_var, tol));
        for (const std::size_t block : {std::size_t{1}, std::size_t{7}, std::size_t{1024}, n}) {
            const Summary sum = summarize(xs, block);
            INFO("summarize, block size " << block << ": rel. error " << (sum.sd * sum.sd - exact_var) / exact_var);
            CHECK(close_rel(sum.mean, exact_mean, 1e-14));
            CHECK(close_rel(sum.sd * sum.sd, exact_var, tol));
        }
    }
}

TEST_CASE("quantile: rule 7 on hand-computed examples", "[sim][statistics]") {
    const std::vector<double> v{1.0, 2.0, 3.0, 4.0};
    CHECK(q(v, 0.5) == Approx(2.5).epsilon(1e-12));
    CHECK(q(v, 0.05) == Approx(1.15).epsilon(1e-12));
    CHECK(q(v, 0.95) == Approx(3.85).epsilon(1e-12));
    CHECK(q(v, 0.25) == Approx(1.75).epsilon(1e-12));
    CHECK(q(v, 0.0) == 1.0);
    CHECK(q(v, 1.0) == 4.0);

    // Order of the input does not matter.
    CHECK(q({4.0, 1.0, 3.0, 2.0}, 0.5) == Approx(2.5).epsilon(1e-12));
    CHECK(q({4.0, 1.0, 3.0, 2.0}, 0.0) == 1.0);
    CHECK(q({4.0, 1.0, 3.0, 2.0}, 1.0) == 4.0);

    // Single element: every quantile is that element.
    for (const double p : {0.0, 0.05, 0.5, 0.95, 1.0}) CHECK(q({7.5}, p) == 7.5);

    // Two elements, duplicates, negatives.
    CHECK(q({10.0, 20.0}, 0.3) == Approx(13.0).epsilon(1e-12));
    CHECK(q({5.0, 5.0, 5.0}, 0.37) == 5.0);
    CHECK(q({-3.0, -1.0, 0.0, 2.0, 2.0}, 0.5) == 0.0);
    CHECK(q({-3.0, -1.0, 0.0, 2.0, 2.0}, 0.9) == 2.0);
    CHECK(q({-3.0, -1.0, 0.0, 2.0, 2.0}, 0.1) == Approx(-2.2).epsilon(1e-12));
}

TEST_CASE("quantile equals a sort-based reference on random data", "[sim][statistics]") {
    std::vector<double> ps{0.0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0};
    Rng prng(99, 0, stream_key("quantile-p"));
    for (int i = 0; i < 20; ++i) ps.push_back(prng.uniform01());
    for (const std::size_t n : {1u, 2u, 3u, 10u, 101u, 1000u, 4097u}) {
        // With ties (Poisson) and without (normal).
        for (const Distribution& d : {Distribution{Normal{0.0, 1.0, -kInf, kInf}}, Distribution{Poisson{3.0}}}) {
            const auto xs = random_values(n, 100 + n, d);
            for (const double p : ps) {
                INFO("n = " << n << ", p = " << p << ", " << describe(d));
                CHECK(q(xs, p) == reference_quantile(xs, p));
            }
        }
    }
}

TEST_CASE("quantiles by bracket equal a sort-based reference on large samples", "[sim][statistics]") {
    // Large enough for the bracket (at least 8,192 values): continuous, ties, 0/1 outcomes, a
    // constant with outliers, sorted and reverse-sorted data (a biased subsample), and values where
    // the median run of ties straddles the bracket.
    const std::vector<double> ps{0.0, 0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1.0};
    std::vector<std::pair<std::string, std::vector<double>>> cases;
    for (const std::size_t n : {8192u, 10007u, 100000u}) {
        cases.emplace_back("normal", random_values(n, n, Distribution{Normal{1e5, 3e4, -kInf, kInf}}));
        cases.emplace_back("poisson", random_values(n, n + 1, Distribution{Poisson{3.0}}));
        auto share = random_values(n, n + 2, Distribution{Uniform{0.0, 1.0}});
        for (auto& x : share) x = x < 0.3 ? 1.0 : 0.0;
        cases.emplace_back("zero-one", share);
        std::vector<double> flat(n, 42.0);
        flat[n / 3] = -1e9;
        flat[n / 2] = 1e9;
        cases.emplace_back("flat", flat);
        auto sorted = random_values(n, n + 3, Distribution{Uniform{-5.0, 5.0}});
        std::sort(sorted.begin(), sorted.end());
        cases.emplace_back("sorted", sorted);
        cases.emplace_back("reversed", std::vector<double>(sorted.rbegin(), sorted.rend()));
        // Sorted blocks whose stride-sample misses most values of the middle.
        std::vector<double> blocks(n);
        for (std::size_t i = 0; i < n; ++i) blocks[i] = static_cast<double>((i * 7919) % 1024);
        cases.emplace_back("blocks", blocks);
        // A subsample that sees only the largest values (every n/1024-th position holds one): the
        // brackets miss and the exact selection on all values takes over.
        std::vector<double> adversarial(n);
        for (std::size_t i = 0; i < n; ++i) adversarial[i] = static_cast<double>(i % 97);
        for (std::size_t i = 0; i < 1024; ++i) adversarial[i * n / 1024] = 1e6 + static_cast<double>(i);
        cases.emplace_back("adversarial", adversarial);
    }
    std::size_t checked = 0;
    for (const auto& [name, xs] : cases) {
        std::vector<double> got(ps.size());
        quantiles(xs, ps, got);
        for (std::size_t j = 0; j < ps.size(); ++j) {
            INFO(name << ", n = " << xs.size() << ", p = " << ps[j]);
            CHECK(got[j] == reference_quantile(xs, ps[j]));
            ++checked;
        }
    }
    CHECK(checked == 3 * 8 * ps.size());
}

TEST_CASE("summarize: hand-computed example", "[sim][statistics]") {
    // 20 values -10, -9, ..., 9: 10 negative, zero is not negative.
    std::vector<double> xs;
    for (int i = -10; i < 10; ++i) xs.push_back(static_cast<double>(i));
    const Summary s = summarize(xs, 1024);
    CHECK(s.mean == Approx(-0.5));
    CHECK(s.sd == Approx(std::sqrt(35.0)));  // sample variance of 20 consecutive integers: 20*21/12
    CHECK(s.standard_error == Approx(std::sqrt(35.0 / 20.0)));
    CHECK(s.min == -10.0);
    CHECK(s.max == 9.0);
    CHECK(s.p50 == Approx(-0.5));
    CHECK(s.p5 == Approx(-10.0 + 19.0 * 0.05));
    CHECK(s.p95 == Approx(-10.0 + 19.0 * 0.95));
    CHECK(s.share_negative == 0.5);
    CHECK(s.share_negative_se == Approx(std::sqrt(0.25 / 20.0)));
}

TEST_CASE("summarize: moments, quantiles and share negative on random data", "[sim][statistics]") {
    const auto xs = random_values(20'000, 3, Normal{1.0, 2.0, -kInf, kInf});
    const Summary s = summarize(xs, 1024);
    const RunningStats ref = stats_of(xs);
    const double n = static_cast<double>(xs.size());

    CHECK(close_rel(s.mean, ref.mean(), 1e-9));
    CHECK(close_rel(s.sd, ref.sd(), 1e-9));
    CHECK(close_rel(s.standard_error, s.sd / std::sqrt(n), 1e-12));

    const auto negative = static_cast<double>(std::count_if(xs.begin(), xs.end(), [](double x) { return x < 0.0; }));
    const double p = negative / n;
    CHECK(s.share_negative == p);
    CHECK(s.share_negative_se == Approx(std::sqrt(p * (1.0 - p) / n)).epsilon(1e-12));
    // P(N(1, 2) < 0) = Phi(-0.5) = 0.30854.
    CHECK(std::abs(s.share_negative - 0.3085375387) <= 4.0 * s.share_negative_se);

    CHECK(s.p5 == reference_quantile(xs, 0.05));
    CHECK(s.p50 == reference_quantile(xs, 0.50));
    CHECK(s.p95 == reference_quantile(xs, 0.95));
    CHECK(s.min == *std::min_element(xs.begin(), xs.end()));
    CHECK(s.max == *std::max_element(xs.begin(), xs.end()));
    CHECK(s.min <= s.p5);
    CHECK(s.p5 <= s.p50);
    CHECK(s.p50 <= s.p95);
    CHECK(s.p95 <= s.max);
}

TEST_CASE("summarize: no negatives, constant values, empty input", "[sim][statistics]") {
    const std::vector<double> pos{0.0, 1.0, 2.0, 3.0};
    const Summary a = summarize(pos, 2);
    CHECK(a.share_negative == 0.0);
    CHECK(a.share_negative_se == 0.0);

    const std::vector<double> neg{-1.0, -2.0, -3.0};
    const Summary b = summarize(neg, 2);
    CHECK(b.share_negative == 1.0);
    CHECK(b.share_negative_se == 0.0);

    const std::vector<double> constant(500, 12.5);
    const Summary c = summarize(constant, 64);
    CHECK(c.mean == 12.5);
    CHECK(c.sd == 0.0);
    CHECK(c.standard_error == 0.0);
    CHECK(c.p5 == 12.5);
    CHECK(c.p95 == 12.5);
    CHECK(c.min == 12.5);
    CHECK(c.max == 12.5);

    const Summary e = summarize(std::span<const double>{}, 1024);
    CHECK(e.mean == 0.0);
    CHECK(e.sd == 0.0);
    CHECK(e.share_negative == 0.0);
}

TEST_CASE("summarize: independent of block size", "[sim][statistics]") {
    const auto xs = random_values(10'000, 4, Lognormal{1e6, 4e5});
    const std::vector<double> original = xs;
    const Summary ref = summarize(xs, 1024);
    CHECK(xs == original);  // the input is not reordered
    for (const std::size_t block : {std::size_t{1}, std::size_t{7}, std::size_t{1000}, std::size_t{9999},
                                    std::size_t{10'000}, std::size_t{50'000}}) {
        const Summary s = summarize(xs, block);
        INFO("block size " << block);
        CHECK(s.p5 == ref.p5);
        CHECK(s.p50 == ref.p50);
        CHECK(s.p95 == ref.p95);
        CHECK(s.min == ref.min);
        CHECK(s.max == ref.max);
        CHECK(s.share_negative == ref.share_negative);
        CHECK(close_rel(s.mean, ref.mean, 1e-9));
        CHECK(close_rel(s.sd, ref.sd, 1e-9));
        CHECK(close_rel(s.standard_error, ref.standard_error, 1e-9));
    }
}
