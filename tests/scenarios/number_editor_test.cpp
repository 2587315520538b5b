// The number editor of `mvzsim solve`: number paths name plain numbers and list entries by index
// or id, and a value the scenario cannot take is an input error naming the key.
#include "scenarios/number_editor.h"

#include <catch2/catch.hpp>

#include "scenarios/scenario_loader.h"

using namespace mvzsim;

TEST_CASE("the number editor varies one plain number of a scenario", "[scenarios][solve]") {
    // The deterministic centre of the solve test (tests/models/analysis/solve_test.cpp) as a
    // scenario: the editor gives the centre at x EUR per case.
    const auto scenario = scenarios::parse_scenario("root.yaml", R"(
centre: {name: Root, opening: 2027-01, horizon_years: 2}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 60000, on_cost_rate: 0}]
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 50}}
premises: {rent_eur_per_month: 2000}
running_costs: {fixed_eur_per_month: 2000}
)");
    scenarios::NumberEditor editor(scenario, "billing.gkv.eur_per_case");
    CHECK(editor.current() == 50);
    const auto at_30 = editor.with(30);
    CHECK(sim::mean(at_30.billing.gkv.eur_per_case.distribution) == 30);
    CHECK(at_30.billing.gkv.eur_per_case.stream == "billing.gkv.eur_per_case");
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
