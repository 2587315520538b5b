// Interval helpers against values computed by hand.
#include "sim/intervals.h"

#include <catch2/catch.hpp>

using namespace mvzsim;

TEST_CASE("wilson interval and order statistic", "[sim][intervals]") {
    // Wilson at p = 0.5, n = 100: centre (0.5 + 1.96^2/200) / (1 + 1.96^2/100) = 0.5, half width
    // 1.96 sqrt(0.25/100 + 1.96^2/40000) / (1 + 1.96^2/100) = 0.0962.
    const auto ci = sim::wilson_interval(0.5, 100);
    CHECK(ci.low == Approx(0.4038).epsilon(1e-3));
    CHECK(ci.high == Approx(0.5962).epsilon(1e-3));
    CHECK(sim::wilson_interval(1.0, 50).high == 1.0);
    CHECK(sim::order_statistic({5, 1, 4, 2, 3}, 0.8) == 4);  // ceil(0.8 x 5) = 4th smallest
    CHECK(sim::order_statistic({5, 1, 4, 2, 3}, 0.81) == 5);
    CHECK(sim::order_statistic({5, 1, 4, 2, 3}, 0.0) == 1);
}
