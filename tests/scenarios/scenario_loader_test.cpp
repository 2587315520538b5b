// Valid scenarios: what the loader builds from them.
#include "scenarios/scenario_loader.h"

#include <catch2/catch.hpp>

using namespace mvzsim;

TEST_CASE("the main example loads with its positions, billing and defaults", "[scenarios][load]") {
    const auto s = scenarios::load_scenario(MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml");
    const models::CentreSpec& spec = s.spec;
    CHECK(spec.name == "MVZ Landgemeinde (3 GP positions)");
    CHECK(spec.opening == models::YearMonth{2027, 1});
    CHECK(spec.horizon_years == 10);
    CHECK(spec.default_trials == 20000);
    REQUIRE(spec.doctors.size() == 3);
    CHECK(spec.doctors[2].id == "gp-3");
    CHECK(spec.doctors[2].fte == 0.75);
    CHECK(spec.doctors[2].start == 6);
    CHECK(spec.doctors[2].pay.salary_per_year.stream == "doctors[gp-3].salary_per_year");
    CHECK(std::holds_alternative<sim::Triangular>(spec.doctors[0].pay.salary_per_year.distribution));
    // The raises are drawn once per trial, rank-correlated with the fee growth (5 inputs in 10 pairs).
    CHECK(spec.doctors[0].pay.raise_per_year.draw == models::Draw::per_trial);
    CHECK(spec.correlations.inputs.size() == 5);
    CHECK(spec.billing.gkv.by_points);
    CHECK(spec.premises.by_area);
    REQUIRE(spec.staff.size() == 2);
    CHECK(spec.staff[0].per_doctor);
    CHECK(spec.staff[1].fte == 1.0);
}

TEST_CASE("optional sections take their documented defaults", "[scenarios][load]") {
    const auto spec = scenarios::parse_scenario("min.yaml", R"(
centre: {name: Min, opening: 2027-03, horizon_years: 3}
doctors: [{id: a, fte: 0.5, salary_per_year: 80000, on_cost_rate: 0.2}]
billing: {cases_per_fte_per_quarter: 800, gkv: {eur_per_case: 70}}
premises: {rent_eur_per_month: 1000}
running_costs: {fixed_eur_per_month: 500}
)")
                          .spec;
    CHECK(spec.default_seed == 1);
    CHECK(spec.default_trials == 10000);
    CHECK(spec.doctors[0].specialty == "general_practice");
    CHECK(spec.doctors[0].start == 0);
    CHECK(sim::mean(spec.doctors[0].pay.raise_per_year.distribution) == 0.0);
    CHECK(sim::mean(spec.billing.pkv_share_of_cases.distribution) == 0.0);
    CHECK(sim::mean(spec.billing.other_eur_per_case.distribution) == 0.0);
    CHECK(sim::mean(spec.running_costs.share_of_revenue.distribution) == 0.0);
    CHECK(sim::mean(spec.cost_inflation_per_year.distribution) == 0.0);
    CHECK(spec.staff.empty());
}

TEST_CASE("every distribution form parses", "[scenarios][load]") {
    auto parse_cases = [](const std::string& value) {
        const std::string yaml =
            "centre: {name: D, opening: 2027-01, horizon_years: 1}\n"
            "doctors: [{id: a, fte: 1, salary_per_year: 80000, on_cost_rate: 0.2}]\n"
            "billing: {cases_per_fte_per_quarter: " +
            value +
            ", gkv: {eur_per_case: 70}}\n"
            "premises: {rent_eur_per_month: 1000}\nrunning_costs: {fixed_eur_per_month: 500}\n";
        return scenarios::parse_scenario("d.yaml", yaml).spec.billing.cases_per_fte_per_quarter;
    };
    CHECK(std::holds_alternative<sim::Fixed>(parse_cases("800").distribution));
    CHECK(std::holds_alternative<sim::Uniform>(parse_cases("{uniform: [700, 900]}").distribution));
    CHECK(std::holds_alternative<sim::Pert>(parse_cases("{pert: [700, 800, 900]}").distribution));
    CHECK(std::holds_alternative<sim::Normal>(parse_cases("{normal: {mean: 800, sd: 50, min: 0}}").distribution));
    CHECK(std::holds_alternative<sim::Lognormal>(parse_cases("{lognormal: {mean: 800, sd: 50}}").distribution));
    const auto by_median = parse_cases("{lognormal: {median: 800, p95: 1000}}");
    REQUIRE(std::holds_alternative<sim::Lognormal>(by_median.distribution));
    CHECK(sim::mean(by_median.distribution) > 800);
    // A 90 % range [500, 1280]: median sqrt(500 x 1280) = 800, the same lognormal as {median: 800, p95: 1280}.
    const auto by_range = parse_cases("{lognormal: {p5: 500, p95: 1280}}");
    const auto by_median_p95 = parse_cases("{lognormal: {median: 800, p95: 1280}}");
    CHECK(sim::mean(by_range.distribution) == Approx(sim::mean(by_median_p95.distribution)));
    CHECK(sim::variance(by_range.distribution) == Approx(sim::variance(by_median_p95.distribution)));
    CHECK(std::holds_alternative<sim::Beta>(
        parse_cases("{beta: {alpha: 2, beta: 3, min: 600, max: 1000}}").distribution));
    CHECK(std::holds_alternative<sim::Gamma>(parse_cases("{gamma: {shape: 16, scale: 50}}").distribution));
    CHECK(std::holds_alternative<sim::Poisson>(parse_cases("{poisson: {mean: 800}}").distribution));
    const auto d = parse_cases("{discrete: {values: [600, 800], weights: [1, 3]}, draw: month}");
    CHECK(std::holds_alternative<sim::Discrete>(d.distribution));
    CHECK(d.draw == models::Draw::per_period);
    CHECK(sim::mean(d.distribution) == Approx(750));
}
