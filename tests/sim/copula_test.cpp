// Tests for sim/copula: inverse distribution functions against known quantiles and against sampling,
// the tabulated inverse against the exact one, and the Gaussian copula's rank correlations, marginals
// and input checks.
//
// Statistical tolerances are 4 standard errors with fixed seeds. For a sample Spearman correlation the
// standard error is taken as 1 / sqrt(n - 1), its exact value under independence; under correlation
// the true standard error is smaller (about (1 - r^2) / sqrt(n) for moderate r), so the check is
// conservative but still tight (0.013 at n = 100,000).
#include "sim/copula.h"

#include <algorithm>
#include <array>
#include <boost/random/normal_distribution.hpp>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numbers>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "sim/distribution.h"
#include "sim/random.h"

using namespace mvzsim::sim;

namespace {

constexpr std::uint64_t kSeed = 20240612;
constexpr double kInf = std::numeric_limits<double>::infinity();

double normal_cdf(double z) {
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}
double normal_sf(double z) {
    return 0.5 * std::erfc(z / std::numbers::sqrt2);
}

// Ranks 0 .. n-1 of xs (no ties in continuous samples).
std::vector<double> ranks(const std::vector<double>& xs) {
    std::vector<std::size_t> order(xs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return xs[a] < xs[b]; });
    std::vector<double> r(xs.size());
    for (std::size_t i = 0; i < order.size(); ++i) r[order[i]] = static_cast<double>(i);
    return r;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b) {
    const double n = static_cast<double>(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
    return pearson(ranks(a), ranks(b));
}

// n draws of the copula, one column per input.
std::vector<std::vector<double>> draw_columns(const GaussianCopula& copula, std::size_t n, const char* stream) {
    Rng rng(kSeed, 0, stream_key(stream));
    std::vector<std::vector<double>> columns(copula.size(), std::vector<double>(n));
    std::vector<double> u(copula.size());
    for (std::size_t t = 0; t < n; ++t) {
        copula.draw(rng, u);
        for (std::size_t i = 0; i < u.size(); ++i) columns[i][t] = u[i];
    }
    return columns;
}

// One of each continuous kind, including truncated, heavy-tailed and U-shaped ones.
std::vector<Distribution> continuous_kinds() {
    return {
        Uniform{2.0, 6.0},
        Triangular{0.0, 3.0, 10.0},
        Pert{700.0, 880.0, 1000.0},
        Normal{0.0, 1.0, -kInf, kInf},
        Normal{100.0, 15.0, 80.0, 150.0},
        Normal{0.0, 1.0, 2.0, kInf},
        Lognormal{100.0, 150.0},
        Beta{0.5, 0.5, 0.0, 1.0},
        Beta{2.0, 5.0, 10.0, 20.0},
        Gamma{0.5, 2.0},
        Gamma{20.0, 1.0},
    };
}

}  // namespace

TEST_CASE("inverse_cdf: known quantiles of every kind", "[sim][copula]") {
    CHECK(inverse_cdf(Fixed{7.5}, 0.3) == 7.5);

    CHECK(inverse_cdf(Uniform{2.0, 6.0}, 0.25) == Approx(3.0).epsilon(1e-12));

    // Triangular(a, c, b): a + sqrt(u (b - a)(c - a)) below F(c) = (c - a) / (b - a), else
    // b - sqrt((1 - u)(b - a)(b - c)).
    const Triangular tri{0.0, 3.0, 10.0};
    CHECK(inverse_cdf(tri, 0.1) == Approx(std::sqrt(0.1 * 10.0 * 3.0)).epsilon(1e-12));
    CHECK(inverse_cdf(tri, 0.3) == Approx(3.0).epsilon(1e-12));
    CHECK(inverse_cdf(tri, 0.8) == Approx(10.0 - std::sqrt(0.2 * 10.0 * 7.0)).epsilon(1e-12));

    // PERT with the mode in the middle is symmetric; otherwise it is the scaled beta.
    CHECK(inverse_cdf(Pert{0.0, 5.0, 10.0}, 0.5) == Approx(5.0).epsilon(1e-12));
    CHECK(inverse_cdf(Pert{700.0, 880.0, 1000.0}, 0.3) ==
          Approx(inverse_cdf(Beta{1.0 + 4.0 * 180.0 / 300.0, 1.0 + 4.0 * 120.0 / 300.0, 700.0, 1000.0}, 0.3))
              .epsilon(1e-12));

    CHECK(inverse_cdf(Normal{0.0, 1.0, -kInf, kInf}, 0.975) == Approx(1.959964).margin(1e-6));
    CHECK(inverse_cdf(Normal{10.0, 2.0, -kInf, kInf}, 0.025) == Approx(10.0 - 2.0 * 1.959964).margin(2e-6));
    // Half-normal: Phi^-1((1 + u) / 2); its median is the upper quartile of the normal.
    CHECK(inverse_cdf(Normal{0.0, 1.0, 0.0, kInf}, 0.5) == Approx(0.6744897502).margin(1e-9));
    CHECK(inverse_cdf(Normal{0.0, 1.0, -1.0, 1.0}, 0.5) == Approx(0.0).margin(1e-12));
    // Far tails: the quantile returns u through the truncated distribution function.
    for (double u : {1e-6, 0.5, 0.999999}) {
        const double x = inverse_cdf(Normal{0.0, 1.0, 3.0, kInf}, u);
        CHECK(1.0 - normal_sf(x) / normal_sf(3.0) == Approx(u).epsilon(1e-9));
        const double y = inverse_cdf(Normal{0.0, 1.0, -kInf, -3.0}, u);
        CHECK(normal_cdf(y) / normal_cdf(-3.0) == Approx(u).epsilon(1e-9));
    }

    const Lognormal logn = lognormal_from_median_p95(100.0, 200.0);
    CHECK(inverse_cdf(logn, 0.5) == Approx(100.0).epsilon(1e-9));
    CHECK(inverse_cdf(logn, 0.95) == Approx(200.0).epsilon(1e-9));

    CHECK(inverse_cdf(Beta{2.0, 2.0, 0.0, 1.0}, 0.5) == Approx(0.5).epsilon(1e-12));
    // Beta(2, 1) has F(x) = x^2, so the quantile is sqrt(u); scaled to [10, 20].
    CHECK(inverse_cdf(Beta{2.0, 1.0, 10.0, 20.0}, 0.25) == Approx(15.0).epsilon(1e-12));

    // Gamma(1, scale) is exponential: -scale ln(1 - u).
    CHECK(inverse_cdf(Gamma{1.0, 2.0}, 0.5) == Approx(2.0 * std::numbers::ln2).epsilon(1e-12));
    CHECK(inverse_cdf(Gamma{1.0, 2.0}, 0.9) == Approx(-2.0 * std::log(0.1)).epsilon(1e-12));

    // Poisson(3): CDF 0.0498, 0.1991, 0.4232, 0.6472, 0.8153 at 0 .. 4.
    const Poisson p3{3.0};
    CHECK(inverse_cdf(p3, 0.04) == 0.0);
    CHECK(inverse_cdf(p3, 0.05) == 1.0);
    CHECK(inverse_cdf(p3, 0.1991) == 1.0);
    CHECK(inverse_cdf(p3, 0.1992) == 2.0);
    CHECK(inverse_cdf(p3, 0.5) == 3.0);
    CHECK(inverse_cdf(p3, 0.8) == 4.0);
    // Poisson(0.5): P(0) = exp(-0.5) = 0.60653.
    CHECK(inverse_cdf(Poisson{0.5}, 0.6065) == 0.0);
    CHECK(inverse_cdf(Poisson{0.5}, 0.6066) == 1.0);
    // The median of a Poisson lies in [mean - ln 2, mean + 1/3) (Choi 1994).
    CHECK(inverse_cdf(Poisson{1000.0}, 0.5) == 1000.0);

    // Discrete: values in any order, taken in ascending order; the first whose cumulative weight
    // reaches u.
    const Discrete disc{{3.0, 1.0, 2.0}, {1.0, 1.0, 2.0}};  // 1: 0.25, 2: 0.5, 3: 0.25
    CHECK(inverse_cdf(disc, 0.1) == 1.0);
    CHECK(inverse_cdf(disc, 0.25) == 1.0);
    CHECK(inverse_cdf(disc, 0.26) == 2.0);
    CHECK(inverse_cdf(disc, 0.75) == 2.0);
    CHECK(inverse_cdf(disc, 0.76) == 3.0);
    CHECK(inverse_cdf(disc, 1.0 - 1e-16) == 3.0);
    // A value of weight 0 is never returned.
    const Discrete gap{{1.0, 2.0, 3.0}, {1.0, 0.0, 1.0}};
    CHECK(inverse_cdf(gap, 0.5) == 1.0);
    CHECK(inverse_cdf(gap, 0.5000001) == 3.0);
}

TEST_CASE("inverse_cdf agrees with sampling for every continuous kind", "[sim][copula]") {
    // The fraction of samples at or below the u-quantile is u within 4 binomial standard errors.
    constexpr std::size_t kN = 50'000;
    const auto kinds = continuous_kinds();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        INFO(describe(kinds[k]));
        Rng rng(kSeed, k, stream_key("copula-test.sampling"));
        std::vector<double> xs(kN);
        for (double& x : xs) x = sample(kinds[k], rng);
        std::sort(xs.begin(), xs.end());
        for (double u : {0.05, 0.25, 0.5, 0.75, 0.95}) {
            INFO("u = " << u);
            const double q = inverse_cdf(kinds[k], u);
            const double below =
                static_cast<double>(std::upper_bound(xs.begin(), xs.end(), q) - xs.begin()) / static_cast<double>(kN);
            CHECK(std::abs(below - u) <= 4.0 * std::sqrt(u * (1.0 - u) / static_cast<double>(kN)));
        }
    }
}

TEST_CASE("QuantileTable is within 1e-3 relative of inverse_cdf, exact for discrete kinds", "[sim][copula]") {
    // The grid: evenly spaced u, plus tails down to 1e-12 on a log scale (crossing the exact tails at 1e-6).
    std::vector<double> grid;
    for (int i = 0; i < 3000; ++i) grid.push_back((i + 0.5) / 3000.0);
    for (double e = 1.0; e <= 12.0; e += 0.01) {
        grid.push_back(std::pow(10.0, -e));
        grid.push_back(1.0 - std::pow(10.0, -e));
    }

    SECTION("continuous kinds: relative to the value, or to the interquartile range near 0") {
        for (const Distribution& d : continuous_kinds()) {
            INFO(describe(d));
            const QuantileTable table(d);
            const double iqr = inverse_cdf(d, 0.75) - inverse_cdf(d, 0.25);
            double worst = 0.0;
            for (double u : grid) {
                const double exact = inverse_cdf(d, u);
                worst = std::max(worst, std::abs(table(u) - exact) / std::max(std::abs(exact), iqr));
            }
            CHECK(worst <= 1e-3);
        }
    }
    SECTION("discrete kinds: identical") {
        const std::vector<Distribution> kinds = {Fixed{4.0}, Poisson{0.5}, Poisson{3.0}, Poisson{1000.0},
                                                 Discrete{{3.0, 1.0, 2.0, 5.0}, {1.0, 1.0, 2.0, 0.0}}};
        for (const Distribution& d : kinds) {
            INFO(describe(d));
            const QuantileTable table(d);
            for (double u : grid) {
                INFO("u = " << u);
                REQUIRE(table(u) == inverse_cdf(d, u));
            }
        }
    }
}

TEST_CASE("GaussianCopula gives the requested rank correlations and uniform marginals", "[sim][copula]") {
    constexpr std::size_t kN = 100'000;
    const std::vector<double> r = {1.0,  0.6, -0.3,  //
                                   0.6,  1.0, 0.2,   //
                                   -0.3, 0.2, 1.0};
    const GaussianCopula copula(r, 3);
    REQUIRE(copula.size() == 3);
    const auto columns = draw_columns(copula, kN, "copula-test.correlated");

    const double n = static_cast<double>(kN);
    const double se_spearman = 1.0 / std::sqrt(n - 1.0);
    for (std::size_t i = 0; i < 3; ++i) {
        for (std::size_t j = i + 1; j < 3; ++j) {
            INFO("pair (" << i << ", " << j << ")");
            CHECK(std::abs(spearman(columns[i], columns[j]) - r[i * 3 + j]) <= 4.0 * se_spearman);
        }
    }
    // Uniform marginals: mean 1/2 (se sqrt(1/12 / n)), variance 1/12 (se sqrt((mu4 - sigma^4) / n) with
    // mu4 = 1/80, sigma^4 = 1/144, i.e. sqrt(1/180 / n)); every draw strictly inside (0, 1).
    for (const auto& col : columns) {
        const double mean = std::accumulate(col.begin(), col.end(), 0.0) / n;
        double ss = 0.0;
        for (double u : col) ss += (u - mean) * (u - mean);
        const double var = ss / (n - 1.0);
        CHECK(std::abs(mean - 0.5) <= 4.0 * std::sqrt(1.0 / 12.0 / n));
        CHECK(std::abs(var - 1.0 / 12.0) <= 4.0 * std::sqrt(1.0 / 180.0 / n));
        CHECK(*std::min_element(col.begin(), col.end()) > 0.0);
        CHECK(*std::max_element(col.begin(), col.end()) < 1.0);
    }
}

TEST_CASE("GaussianCopula with the identity matrix gives uncorrelated draws", "[sim][copula]") {
    constexpr std::size_t kN = 100'000;
    const GaussianCopula copula({1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0}, 3);
    const auto columns = draw_columns(copula, kN, "copula-test.identity");
    const double se_spearman = 1.0 / std::sqrt(static_cast<double>(kN) - 1.0);
    CHECK(std::abs(spearman(columns[0], columns[1])) <= 4.0 * se_spearman);
    CHECK(std::abs(spearman(columns[0], columns[2])) <= 4.0 * se_spearman);
    CHECK(std::abs(spearman(columns[1], columns[2])) <= 4.0 * se_spearman);
}

TEST_CASE("GaussianCopula draws Phi of Boost normals from one stream, reproducibly", "[sim][copula]") {
    // Identity: u_i = Phi(x_i) with x_i the i-th Boost standard normal of the stream.
    const GaussianCopula identity({1.0, 0.0, 0.0, 1.0}, 2);
    Rng a(kSeed, 3, stream_key("copula-test.pinned"));
    Rng b(kSeed, 3, stream_key("copula-test.pinned"));
    std::array<double, 2> u{};
    identity.draw(a, u);
    boost::random::normal_distribution<double> normal(0.0, 1.0);
    const double x0 = normal(b);
    const double x1 = normal(b);
    CHECK(u[0] == Approx(normal_cdf(x0)).epsilon(1e-15));
    CHECK(u[1] == Approx(normal_cdf(x1)).epsilon(1e-15));
    CHECK(a() == b());  // exactly k normals consumed

    // Correlated: z_1 = rho x_0 + sqrt(1 - rho^2) x_1 with rho = 2 sin(pi r / 6).
    const double r = 0.5;
    const double rho = 2.0 * std::sin(std::numbers::pi * r / 6.0);
    const GaussianCopula pair({1.0, r, r, 1.0}, 2);
    Rng c(kSeed, 4, stream_key("copula-test.pinned"));
    Rng d(kSeed, 4, stream_key("copula-test.pinned"));
    pair.draw(c, u);
    const double y0 = normal(d);
    const double y1 = normal(d);
    CHECK(u[0] == Approx(normal_cdf(y0)).epsilon(1e-15));
    CHECK(u[1] == Approx(normal_cdf(rho * y0 + std::sqrt(1.0 - rho * rho) * y1)).epsilon(1e-12));
}

TEST_CASE("GaussianCopula with tabulated marginals keeps the rank correlation", "[sim][copula]") {
    // Ranks survive monotone maps: skewed and discrete marginals keep the requested Spearman correlation
    // up to ties, and each marginal keeps its mean.
    constexpr std::size_t kN = 50'000;
    const GaussianCopula copula({1.0, 0.7, 0.7, 1.0}, 2);
    const auto columns = draw_columns(copula, kN, "copula-test.marginals");
    const Gamma gamma{2.0, 3.0};
    const QuantileTable table(gamma);
    std::vector<double> g(kN);
    for (std::size_t t = 0; t < kN; ++t) g[t] = table(columns[0][t]);
    const double n = static_cast<double>(kN);
    const double se_spearman = 1.0 / std::sqrt(n - 1.0);
    CHECK(std::abs(spearman(g, columns[1]) - 0.7) <= 4.0 * se_spearman);
    const double g_mean = std::accumulate(g.begin(), g.end(), 0.0) / n;
    CHECK(std::abs(g_mean - mean(gamma)) <= 4.0 * std::sqrt(variance(gamma) / n));
}

TEST_CASE("GaussianCopula rejects invalid matrices, saying why", "[sim][copula]") {
    using Catch::Contains;
    CHECK_THROWS_AS(GaussianCopula({1.0, 0.0, 0.0}, 2), std::invalid_argument);
    CHECK_THROWS_WITH(GaussianCopula({1.0, 0.0, 0.0}, 2),
                      "the rank-correlation matrix is not square: 2 inputs need 2 x 2 = 4 entries, but there are 3");
    CHECK_THROWS_WITH(GaussianCopula({1.0, 0.5, 0.4, 1.0}, 2),
                      "the rank-correlation matrix is not symmetric: entry (0, 1) is 0.5 but entry (1, 0) is 0.4");
    CHECK_THROWS_WITH(GaussianCopula({1.0, 0.2, 0.2, 0.9}, 2),
                      "the rank-correlation matrix has 0.9 on its diagonal at (1, 1); every input has rank "
                      "correlation 1 with itself");
    CHECK_THROWS_WITH(GaussianCopula({1.0, 1.5, 1.5, 1.0}, 2),
                      "the rank correlation at (0, 1) is 1.5, outside [-1, 1]");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_WITH(GaussianCopula({1.0, nan, nan, 1.0}, 2), Contains("outside [-1, 1]"));

    // a with b 0.9, b with c 0.9 forces a with c well above 0; -0.9 is impossible.
    const std::string inconsistent =
        "the rank correlations are inconsistent: the matrix is not positive definite (e.g. a with b 0.9, b with c "
        "0.9, a with c -0.9)";
    CHECK_THROWS_WITH(GaussianCopula({1.0, 0.9, -0.9, 0.9, 1.0, 0.9, -0.9, 0.9, 1.0}, 3), inconsistent);
    // Two distinct inputs with rank correlation 1 are the same input: singular, rejected.
    CHECK_THROWS_WITH(GaussianCopula({1.0, 1.0, 1.0, 1.0}, 2), inconsistent);
    // Positive definite as rank correlations (determinant 0.044) but not after rho = 2 sin(pi r / 6).
    CHECK_THROWS_WITH(GaussianCopula({1.0, 0.49, -0.49, 0.49, 1.0, 0.49, -0.49, 0.49, 1.0}, 3),
                      Contains("not positive definite once converted"));

    // Valid edge cases: nearly perfect correlation, and a single input.
    CHECK_NOTHROW(GaussianCopula({1.0, 0.999, 0.999, 1.0}, 2));
    CHECK_NOTHROW(GaussianCopula({1.0}, 1));
}
