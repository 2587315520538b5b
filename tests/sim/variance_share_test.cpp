// First-order variance shares by binning, with the bootstrap interval.
#include "sim/variance_share.h"

#include <catch2/catch.hpp>

#include "sim/random.h"
#include "sim/rank_statistics.h"

using namespace mvzsim;

namespace {

struct Sample {
    std::vector<double> x1, x2, x3, y;
};

// X1, X2, X3 independent uniform on (0, 1); y = f(x1, x2).
template <class F>
Sample sample(std::size_t n, F f) {
    Sample s;
    sim::Rng rng(7, 0, 3);
    for (std::size_t i = 0; i < n; ++i) {
        s.x1.push_back(rng.uniform01());
        s.x2.push_back(rng.uniform01());
        s.x3.push_back(rng.uniform01());
        s.y.push_back(f(s.x1.back(), s.x2.back()));
    }
    return s;
}

sim::ShareEstimate share(const sim::VarianceShare& v, const std::vector<double>& x) {
    return v.share(sim::rank_bins(x, 20), 20);
}

}  // namespace

TEST_CASE("an output that depends on one input only: its share is near 1, the others' near 0", "[sim][variance]") {
    // y = exp(3 x1) + 1000: non-linear but a function of x1 alone. With 20 bins the share loses the
    // variation of E[y | x1] within a bin, at most a few parts in a thousand for a smooth relation.
    const Sample s = sample(20000, [](double x1, double) { return std::exp(3.0 * x1) + 1000.0; });
    const sim::VarianceShare v(s.y, {.resamples = 100, .seed = 1, .threads = 2});
    const auto a = share(v, s.x1), b = share(v, s.x2), c = share(v, s.x3);
    CHECK(a.share > 0.99);
    CHECK(a.share <= 1.0);
    for (const auto& e : {b, c}) {
        // The bias-corrected share of an input that does not matter is 0 on average; 0 lies in its interval.
        CHECK(e.low <= 0.0);
        CHECK(e.high >= 0.0);
        CHECK(std::abs(e.share) < 0.005);
        CHECK(e.se > 0.0);
    }
}

TEST_CASE("a linear output splits its variance as the squared coefficients do", "[sim][variance]") {
    // y = 2 x1 + x2 with uniform inputs: Var = (4 + 1) / 12, so x1 explains 4/5 and x2 1/5; 20 bins
    // keep 1 - 1/400 of each (the within-bin variance of a uniform is 1/400 of its variance):
    // 0.8 x 0.9975 = 0.798, 0.2 x 0.9975 = 0.1995.
    const Sample s = sample(20000, [](double x1, double x2) { return 2.0 * x1 + x2; });
    const sim::VarianceShare v(s.y, {.resamples = 200, .seed = 3, .threads = 1});
    const auto a = share(v, s.x1), b = share(v, s.x2);
    CHECK(a.share == Approx(0.798).margin(4 * a.se));
    CHECK(b.share == Approx(0.1995).margin(4 * b.se));
    CHECK(a.se < 0.01);
}

TEST_CASE("the bootstrap interval is the same for any thread count and set by its seed", "[sim][variance]") {
    const Sample s = sample(3000, [](double x1, double x2) { return x1 + x2; });
    const auto one = share(sim::VarianceShare(s.y, {.resamples = 50, .seed = 5, .threads = 1}), s.x1);
    const auto two = share(sim::VarianceShare(s.y, {.resamples = 50, .seed = 5, .threads = 2}), s.x1);
    const auto other = share(sim::VarianceShare(s.y, {.resamples = 50, .seed = 6, .threads = 2}), s.x1);
    CHECK(one.share == two.share);
    CHECK(one.se == two.se);
    CHECK(one.share == other.share);  // the estimate itself uses no resampling
    CHECK(one.se != other.se);
}
