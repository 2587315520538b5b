// Targets and the solver: a known root of a deterministic centre.
#include "models/analysis/solve.h"

#include <catch2/catch.hpp>

#include "tests/support/spec_builder.h"

using namespace mvzsim;

namespace {

// One doctor, 900 cases a quarter = 3,600 a year at x EUR each; costs a year: doctor 60,000 +
// rent 24,000 + running 24,000 = 108,000. The annual result 3,600 x - 108,000 is >= 0 from x = 30.
models::CentreSpec root_centre(double eur_per_case) {
    return testing::CentreBuilder({2027, 1}, 2)
        .name("Root")
        .doctor("gp-1", {.fte = 1.0, .salary = 60000, .on_cost = 0})
        .cases_per_fte_per_quarter(900)
        .gkv_eur_per_case(eur_per_case)
        .rent(2000)
        .running_costs({.fixed = 2000})
        .build();
}

}  // namespace

TEST_CASE("targets parse in their documented forms", "[models][target]") {
    const auto p = models::parse_target("P(result[2030] >= 0) >= 0.9");
    CHECK(p.statistic == models::Statistic::probability);
    CHECK(p.metric == models::Metric::annual_result);
    CHECK(p.year == 2030);
    CHECK(p.threshold == 0.9);
    const auto m = models::parse_target(" mean( cumulative[last] ) >= -1e5 ");
    CHECK(m.statistic == models::Statistic::mean);
    CHECK(m.metric == models::Metric::cumulative_result);
    CHECK_FALSE(m.year);
    CHECK(m.threshold == -1e5);
    const auto q = models::parse_target("p5(revenue[2029]) <= 800000");
    CHECK(q.statistic == models::Statistic::quantile);
    CHECK(q.quantile == 0.05);
    CHECK(q.comparison == models::Comparison::at_most);
    CHECK(models::parse_target("median(staff_costs[2028]) >= 1").quantile == 0.5);
    CHECK_THROWS_WITH(models::parse_target("result >= 0"), Catch::Contains("expected e.g."));
    CHECK_THROWS_WITH(models::parse_target("mean(profit[2030]) >= 0"), Catch::Contains("unknown output 'profit'"));
    CHECK_THROWS_WITH(models::parse_target("P(result[2030] >= 0) >= 90"), Catch::Contains("must lie in [0, 1]"));
    CHECK_THROWS_WITH(models::parse_target("p100(result[2030]) >= 0"), Catch::Contains("p1 to p99"));
    const auto strict = models::parse_target("P(result[2030]>=0)>.8");
    CHECK(strict.threshold == 0.8);
    CHECK(models::meets(strict, 0.81));
    CHECK_FALSE(models::meets(strict, 0.8));
    CHECK(models::meets(models::parse_target("P(result[2030] >= 0) >= 0.8"), 0.8));
}

TEST_CASE("solve finds the known root of a deterministic centre", "[models][solve]") {
    // The centre at x EUR per case (as `mvzsim solve` gets it from the scenario's number editor,
    // tested in tests/scenarios/number_editor_test.cpp).
    const sim::RunOptions run{.seed = 1, .trials = 50, .threads = 1};
    auto spec_at = [](double x) { return root_centre(x); };
    for (const char* text : {"mean(result[2027]) >= 0", "P(result[2027] >= 0) >= 0.5", "p50(result[last]) >= 0"}) {
        INFO(text);
        const auto target = models::parse_target(text);
        const auto r = models::solve(spec_at, target, 10, 90, run);
        CHECK(models::meets(target, r.at_answer.value));  // the answer itself meets the target
        CHECK(r.met_at_high);
        CHECK(r.answer == Approx(30).margin(80.0 / 65536 + 1e-9));
        // Without uncertainty the Monte Carlo error leaves no room.
        CHECK(r.open.high - r.open.low <= 2 * 80.0 / 65536 + 1e-9);
    }
    // A target met where the input is low: costs at most a value.
    const auto below = models::solve(spec_at, models::parse_target("mean(revenue[2027]) <= 144000"), 10, 90, run);
    CHECK_FALSE(below.met_at_high);
    CHECK(below.answer == Approx(40).margin(0.01));
    CHECK_THROWS_WITH(models::solve(spec_at, models::parse_target("mean(result[2027]) >= 1e9"), 10, 90, run),
                      Catch::Contains("met nowhere"));
    CHECK_THROWS_WITH(models::solve(spec_at, models::parse_target("mean(result[2027]) >= -1e9"), 10, 90, run),
                      Catch::Contains("met everywhere"));
}
