// The `correlations` section reader: which inputs can be rank-correlated (uncertain, drawn once
// per trial, not drawn anew at each event), and the errors for those that cannot and for
// inconsistent matrices. The copula's draws are tested in tests/models/draws/.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "scenarios/scenario_loader.h"

using namespace mvzsim;

namespace {

models::CentreSpec parse(const std::string& yaml) {
    return scenarios::parse_scenario("test.yaml", yaml).spec;
}

}  // namespace

TEST_CASE("inputs that cannot be correlated and inconsistent correlations are input errors",
          "[scenarios][correlation]") {
    // The pair of the model test (tests/models/draws/correlated_inputs_test.cpp) as written in a
    // scenario: cases and the private share, both uncertain and drawn once per trial.
    const auto spec = parse(R"(
centre: {name: Corr, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 0, on_cost_rate: 0}]
billing:
  cases_per_fte_per_quarter: {uniform: [700, 1000]}
  gkv: {eur_per_case: 100}
  private: {share_of_cases: {uniform: [0.05, 0.15]}, eur_per_case: 100}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
correlations:
  - {between: [billing.cases_per_fte_per_quarter, billing.private.share_of_cases], rank: 0.8}
)");
    REQUIRE(spec.correlations.inputs.size() == 2);
    CHECK(spec.correlations.inputs[0].stream == "billing.cases_per_fte_per_quarter");
    CHECK(spec.correlations.inputs[1].stream == "billing.private.share_of_cases");
    CHECK(spec.correlations.rank == std::vector<double>{1, 0.8, 0.8, 1});

    // Inputs that cannot be correlated, and inconsistent correlations, are input errors. Key paths
    // with brackets are quoted inside a [...] list.
    const std::string head = R"(
centre: {name: Bad, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: {uniform: [1, 2]}, on_cost_rate: 0}]
billing:
  cases_per_fte_per_quarter: {uniform: [700, 1000], draw: month}
  gkv: {eur_per_case: {uniform: [60, 80]}}
premises: {rent_eur_per_month: {uniform: [1, 2]}}
running_costs: {fixed_eur_per_month: 0}
correlations:
)";
    CHECK_THROWS_WITH(
        parse(head + R"(
  - {between: [billing.cases_per_fte_per_quarter, billing.gkv.eur_per_case], rank: 0.5}
  - {between: ["doctors[gp-1].salary_per_year", billing.gkv.eur_per_cas], rank: 0.5}
)"),
        Catch::Contains("drawn anew each period") && Catch::Contains("did you mean 'billing.gkv.eur_per_case'?"));
    CHECK_THROWS_WITH(parse(head + R"(
  - {between: ["doctors[gp-1].salary_per_year", premises.rent_eur_per_month], rank: 0.9}
  - {between: [billing.gkv.eur_per_case, premises.rent_eur_per_month], rank: 0.9}
  - {between: ["doctors[gp-1].salary_per_year", billing.gkv.eur_per_case], rank: -0.9}
)"),
                      Catch::Contains("not positive definite") && Catch::Contains("0 = doctors[gp-1].salary_per_year"));
}

TEST_CASE("inputs drawn anew at each departure cannot be correlated", "[scenarios][correlation]") {
    CHECK_THROWS_WITH(
        parse(R"(
centre: {name: Bad, opening: 2027-01, horizon_years: 1}
doctors:
  - id: gp-1
    fte: 1.0
    salary_per_year: {uniform: [60000, 80000]}
    on_cost_rate: 0
    recruitment: {departures_per_year: 0.1, refill_months: {uniform: [3, 9]}}
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 100}}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
correlations:
  - {between: ["doctors[gp-1].salary_per_year", "doctors[gp-1].refill_months"], rank: 0.5}
)"),
        Catch::Contains("correlations[0].between[1]: this input is drawn anew at each departure or loss"));
    auto with = [](const std::string& relet) {
        return R"(
centre: {name: Bad, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: {uniform: [60000, 80000]}, on_cost_rate: 0}]
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 100}}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
addons:
  tenants: [{name: pharmacy, area_m2: 100, rent_eur_per_m2_per_month: 9, loss_probability_per_year: 0.1, months_to_relet: )" +
               relet + R"(}]
correlations:
  - {between: ["doctors[gp-1].salary_per_year", "addons.tenants[pharmacy].months_to_relet"], rank: 0.5}
)";
    };
    CHECK_THROWS_WITH(parse(with("{uniform: [3, 9]}")), Catch::Contains("drawn anew at each departure or loss"));
    // A fixed number is refused as such.
    CHECK_THROWS_WITH(parse(with("6")), Catch::Contains("this input is a fixed number"));
}
