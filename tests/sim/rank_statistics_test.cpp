// Ranks, Spearman's correlation and equal-count bins.
#include "sim/rank_statistics.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "sim/random.h"

using namespace mvzsim;

TEST_CASE("ranks give tied values their average rank", "[sim][ranks]") {
    // 3.0 is the smallest (rank 1); the two 5.0 share ranks 2 and 3: 2.5; 7.0 is rank 4.
    const std::vector<double> x = {5.0, 3.0, 7.0, 5.0};
    CHECK(sim::ranks(x) == std::vector<double>{2.5, 1.0, 4.0, 2.5});
    CHECK(sim::order_by(x) == std::vector<std::uint32_t>{1, 0, 3, 2});  // ties in index order
}

TEST_CASE("Spearman's correlation of a monotone relation is 1 (or -1), Pearson's is not", "[sim][ranks]") {
    sim::Rng rng(1, 0, 1);
    std::vector<double> x(1000), up(1000), down(1000), noise(1000);
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = rng.uniform01() * 10.0;
        up[i] = std::exp(x[i]);  // convex, strictly increasing
        down[i] = -x[i] * x[i] * x[i];
        noise[i] = rng.uniform01();
    }
    CHECK(sim::spearman(x, up) == Approx(1.0).margin(1e-12));
    CHECK(sim::spearman(x, down) == Approx(-1.0).margin(1e-12));
    CHECK(sim::pearson(x, up) < 0.8);
    // Independent: |rho| within 4 s.e. of 0, s.e. about 1 / sqrt(n - 1) = 0.032.
    CHECK(std::abs(sim::spearman(x, noise)) < 4 * 0.032);
    const std::vector<double> constant(1000, 2.0);
    CHECK(sim::spearman(x, constant) == 0.0);
}

TEST_CASE("rank bins hold equal counts in the order of the values", "[sim][ranks]") {
    std::vector<double> x(100);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = static_cast<double>((i * 37) % 100);  // a permutation of 0..99
    const auto bins = sim::rank_bins(x, 20);
    std::vector<int> count(20);
    for (std::size_t i = 0; i < x.size(); ++i) {
        ++count[bins[i]];
        CHECK(bins[i] == static_cast<std::uint16_t>(x[i] / 5.0));  // value v has order position v: bin v * 20 / 100
    }
    CHECK(count == std::vector<int>(20, 5));
}
