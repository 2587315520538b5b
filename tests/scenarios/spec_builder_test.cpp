// The test-support builder (tests/support/) against the scenario reader: a centre built in code
// and the same centre read from YAML have the same inputs on the same streams and give the same
// results bit for bit. This is what lets model tests build their specs in code.
#include "tests/support/spec_builder.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "models/projection/centre_model.h"
#include "scenarios/scenario_loader.h"
#include "tests/support/example_specs.h"
#include "tests/support/spec_inputs.h"

using namespace mvzsim;

namespace {

// Each input of the built spec against the read one, in the order of inputs_of: the same
// distribution and draw; the same stream wherever the reader names one (it leaves absent keys'
// fixed defaults unnamed, and a fixed input draws from no stream).
void check_same_inputs(const models::CentreSpec& built, const models::CentreSpec& read) {
    const auto a = testing::inputs_of(built);
    const auto b = testing::inputs_of(read);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("input " << i << ": built " << a[i]->stream << " " << sim::describe(a[i]->distribution) << ", read "
                      << b[i]->stream << " " << sim::describe(b[i]->distribution));
        CHECK(a[i]->distribution.index() == b[i]->distribution.index());
        CHECK(sim::describe(a[i]->distribution) == sim::describe(b[i]->distribution));
        CHECK(sim::mean(a[i]->distribution) == sim::mean(b[i]->distribution));
        CHECK(sim::variance(a[i]->distribution) == sim::variance(b[i]->distribution));
        if (!sim::is_fixed(b[i]->distribution) || !b[i]->stream.empty()) {
            CHECK(a[i]->stream == b[i]->stream);
            CHECK(a[i]->draw == b[i]->draw);
        }
    }
    REQUIRE(built.correlations.inputs.size() == read.correlations.inputs.size());
    for (std::size_t i = 0; i < built.correlations.inputs.size(); ++i)
        CHECK(built.correlations.inputs[i].stream == read.correlations.inputs[i].stream);
    CHECK(built.correlations.rank == read.correlations.rank);
}

// Every output of `trials` trials, bit for bit.
void check_same_results(const models::CentreSpec& built, const models::CentreSpec& read, std::uint64_t trials) {
    const models::CentreModel a(built), b(read);
    REQUIRE(a.width() == b.width());
    std::vector<double> x(a.width()), y(b.width());
    std::size_t differences = 0;
    for (std::uint64_t t = 0; t < trials; ++t) {
        a.project_years(7, t, x);
        b.project_years(7, t, y);
        for (std::size_t j = 0; j < x.size(); ++j)
            if (x[j] != y[j]) ++differences;
    }
    CHECK(differences == 0);
}

// testing::rich_centre() as a scenario file.
const char* const kRichCentre = R"(
centre: {name: Variants, opening: 2027-04, horizon_years: 4}
doctors:
  - {id: gp-1, fte: 1.0, salary_per_year: {uniform: [60000, 90000]}, on_cost_rate: 0.2}
  - id: gp-2
    fte: 0.75
    start: 2027-07
    salary_per_year: 80000
    on_cost_rate: 0.2
    raise_per_year: {uniform: [0.01, 0.04], draw: year}
    recruitment: {time_to_fill_months: {uniform: [0, 9]}, departures_per_year: 0.3, refill_months: {uniform: [2, 8]}, recruiting_cost_eur: 9000}
  - {id: gp-3, fte: 1.0, start: 2028-01, salary_per_year: {uniform: [70000, 95000]}, on_cost_rate: 0.21}
billing:
  cases_per_fte_per_quarter: {triangular: [600, 800, 1000], draw: month}
  gkv: {eur_per_case: {uniform: [60, 80]}, payout_quota: {limit_cases_per_fte_per_quarter: 850, quota: 0.8}}
  private: {share_of_cases: {uniform: [0.05, 0.12]}, eur_per_case: 150, payment_lag_months: 2}
  ramp_up: {quarters: 2, shape: s_curve, start_share: 0.4}
  kv_payment: {advance_share: 0.8, settlement_lag_months: 2}
  surcharges: [{name: ti, eur_per_month: 200, eur_per_case: {uniform: [0.5, 1.5], draw: month}}]
staff:
  - {role: mfa, fte_per_doctor_fte: 2, salary_per_year: 36000, on_cost_rate: 0.2, turnover: {departures_per_year: 0.2, refill_months: 3}}
premises: {area_m2: 200, rent_eur_per_m2_per_month: {uniform: [8, 12]}}
running_costs: {fixed_eur_per_month: {uniform: [3000, 5000], draw: month}, eur_per_month_per_doctor_fte: 300}
investments:
  - {name: fit-out, amount_eur: {uniform: [50000, 90000]}, month: 2027-04, useful_life_years: 10}
financing:
  equity_eur: 20000
  credit_line: {limit_eur: 300000, rate_per_year: 0.06}
grants:
  investment:
    - {name: fit-out-grant, rate: 0.8, paid: 2027-06, binding_years: 3, max_vacancy_months: 4}
    - {name: gp-2-grant, rate: 0.1, paid: 2027-04, binding_years: 3, max_vacancy_months: 2, position: gp-2}
  positions: [{name: gp-3-funding, position: gp-3, eur_per_year: 30000, share_of_cost: 0.5, years: 2}]
  turnover_guarantees: [{name: kv-guarantee, position: gp-2, reference_eur_per_quarter: 40000, quarters: 4, binding_years: 2}]
  operating: [{name: county, eur_per_year: {uniform: [20000, 40000]}, start: 2027-07, years: 2}]
  loss_compensation_paid: true
addons:
  tenants: [{name: pharmacy, area_m2: 100, rent_eur_per_m2_per_month: 9, loss_probability_per_year: 0.2, months_to_relet: {uniform: [3, 9]}}]
  services: [{name: transport, revenue_eur_per_month: {uniform: [200, 900]}, costs_eur_per_month: {uniform: [1500, 2500], draw: month}}]
  tagespflege:
    places: 12
    opening_days_per_month: 21
    occupancy: {triangular: [0.6, 0.8, 0.95]}
    pflegegrad_mix: {pg2: 7, pg3: 7, pg4: 4, pg5: 2}
    care_eur_per_day: {pg2: 61.36, pg3: 66.83, pg4: 74.14, pg5: 84.22}
    self_paid_eur_per_day: 19.64
    care_staff_fte_per_guest: 0.2
    care_staff: {salary_per_year: 40000, on_cost_rate: 0.21}
    fixed_eur_per_month: 3000
correlations:
  - {between: ["doctors[gp-1].salary_per_year", billing.gkv.eur_per_case], rank: 0.5}
  - {between: [addons.tagespflege.occupancy, "finance.investments[fit-out].amount_eur"], rank: -0.4}
  - {between: ["doctors[gp-2].time_to_fill_months", "addons.services[transport].revenue_eur_per_month"], rank: 0.3}
breakeven: {template: gp-2, area_m2_per_fte: 60}
)";

}  // namespace

TEST_CASE("the builder's rural-gp-3 is examples/rural-gp-3.yaml", "[scenarios][builder]") {
    const auto built = testing::rural_gp_3();
    const auto read = scenarios::load_scenario(MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml").spec;
    CHECK(built.name == read.name);
    CHECK(built.default_seed == read.default_seed);
    CHECK(built.default_trials == read.default_trials);
    CHECK(built.breakeven.template_id == read.breakeven.template_id);
    CHECK(built.breakeven.area_m2_per_fte == read.breakeven.area_m2_per_fte);
    check_same_inputs(built, read);
    check_same_results(built, read, 30);
}

TEST_CASE("the builder's rich centre is its scenario file", "[scenarios][builder]") {
    const auto built = testing::rich_centre();
    const auto read = scenarios::parse_scenario("rich.yaml", kRichCentre).spec;
    check_same_inputs(built, read);
    REQUIRE(read.correlations.inputs.size() == 6);
    // Every stream the reader names, the builder names alike.
    const auto built_streams = testing::stream_names(built);
    for (const auto& name : testing::stream_names(read)) {
        INFO(name);
        CHECK(std::find(built_streams.begin(), built_streams.end(), name) != built_streams.end());
    }
    check_same_results(built, read, 30);
}

TEST_CASE("the builder's minimal centre is the smallest scenario", "[scenarios][builder]") {
    const auto built = testing::CentreBuilder({2027, 3}, 3)
                           .name("Min")
                           .doctor("a", {.fte = 0.5, .salary = 80000, .on_cost = 0.2})
                           .cases_per_fte_per_quarter(800)
                           .gkv_eur_per_case(70)
                           .rent(1000)
                           .running_costs({.fixed = 500})
                           .build();
    const auto read = scenarios::parse_scenario("min.yaml", R"(
centre: {name: Min, opening: 2027-03, horizon_years: 3}
doctors: [{id: a, fte: 0.5, salary_per_year: 80000, on_cost_rate: 0.2}]
billing: {cases_per_fte_per_quarter: 800, gkv: {eur_per_case: 70}}
premises: {rent_eur_per_month: 1000}
running_costs: {fixed_eur_per_month: 500}
)")
                          .spec;
    CHECK(built.default_seed == read.default_seed);
    CHECK(built.default_trials == read.default_trials);
    CHECK(built.doctors[0].specialty == read.doctors[0].specialty);
    check_same_inputs(built, read);
    check_same_results(built, read, 2);
    CHECK_THROWS_AS(testing::CentreBuilder().build(), std::logic_error);  // no doctor position
}
