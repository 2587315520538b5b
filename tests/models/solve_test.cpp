// Targets and the solver: a known root of a deterministic centre.
#include "models/analysis/solve.h"

#include <catch2/catch.hpp>

#include "scenarios/number_editor.h"

using namespace mvzsim;

namespace {

// One doctor, 900 cases a quarter = 3,600 a year at x EUR each; costs a year: doctor 60,000 +
// rent 24,000 + running 24,000 = 108,000. The annual result 3,600 x - 108,000 is >= 0 from x = 30.
const char* kDeterministic = R"(
centre: {name: Root, opening: 2027-01, horizon_years: 2}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 60000, on_cost_rate: 0}]
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 50}}
premises: {rent_eur_per_month: 2000}
running_costs: {fixed_eur_per_month: 2000}
)";

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
    const auto scenario = scenarios::parse_scenario("root.yaml", kDeterministic);
    scenarios::NumberEditor editor(scenario, "billing.gkv.eur_per_case");
    CHECK(editor.current() == 50);
    const sim::RunOptions run{.seed = 1, .trials = 50, .threads = 1};
    auto spec_at = [&](double x) { return editor.with(x); };
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

TEST_CASE("number paths name plain numbers, list entries by index or id", "[scenarios][solve]") {
    const auto scenario = scenarios::load_scenario(MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml");
    CHECK(scenarios::NumberEditor(scenario, "billing.cases_per_fte_per_quarter.pert[1]").current() == 760);
    CHECK(scenarios::NumberEditor(scenario, "doctors[gp-3].fte").current() == 0.75);
    CHECK(scenarios::NumberEditor(scenario, "doctors[2].fte").current() == 0.75);
    CHECK(scenarios::NumberEditor(scenario, "staff[mfa].fte_per_doctor_fte").current() == 2.2);
    scenarios::NumberEditor area(scenario, "premises.area_m2");
    CHECK(area.with(300).premises.area_m2 == 300);
    CHECK(area.with(280).premises.area_m2 == 280);
    CHECK_THROWS_WITH(scenarios::NumberEditor(scenario, "billing.cases_per_fte_per_quarter"),
                      Catch::Contains("solve varies a plain number"));
    CHECK_THROWS_WITH(scenarios::NumberEditor(scenario, "premises.area_m3"),
                      Catch::Contains("did you mean 'area_m2'?"));
    CHECK_THROWS_WITH(scenarios::NumberEditor(scenario, "doctors[gp-9].fte"), Catch::Contains("no entry with id"));
    CHECK_THROWS_WITH(scenarios::NumberEditor(scenario, "doctors[7].fte"), Catch::Contains("the list has 3 entries"));
    // A value the scenario cannot take is an input error naming the key.
    scenarios::NumberEditor fte(scenario, "doctors[gp-1].fte");
    CHECK_THROWS_WITH(fte.with(1.5), Catch::Contains("doctors[0].fte: must be in (0, 1]"));
}
