// `source:` on inputs, and the list of a scenario's inputs with their key paths.
#include "scenarios/input_list.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "scenarios/number_editor.h"
#include "scenarios/scenario_loader.h"

using namespace mvzsim;

namespace {

const char* kScenario = R"(
centre: {name: Sources, opening: 2027-01, horizon_years: 2}
doctors:
  - id: gp-1
    fte: 1
    salary_per_year: {triangular: [70000, 85000, 100000], source: "[S3] TV-Ärzte/VKA 2026"}
    on_cost_rate: {value: 0.21, source: GTAI}
    recruitment: {refill_months: 6}
billing:
  cases_per_fte_per_quarter:
    pert: [600, 760, 900]
    draw: month
    source: "KBV Honorarbericht 2024"
  gkv: {eur_per_case: 70}
staff:
  - {role: mfa, fte_per_doctor_fte: 2, salary_per_year: 38000, on_cost_rate: 0.21}
premises: {rent_eur_per_month: 1000}
running_costs: {fixed_eur_per_month: 500}
)";

const scenarios::ListedInput& entry(const std::vector<scenarios::ListedInput>& list, const std::string& path) {
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.path == path; });
    REQUIRE(it != list.end());
    return *it;
}

}  // namespace

TEST_CASE("an input carries its source; {value: X, source: S} is a fixed value", "[scenarios][source]") {
    const auto s = scenarios::parse_scenario("s.yaml", kScenario);
    const auto& pay = s.spec.doctors[0].pay;
    CHECK(pay.salary_per_year.source == "[S3] TV-Ärzte/VKA 2026");
    CHECK(std::holds_alternative<sim::Triangular>(pay.salary_per_year.distribution));
    REQUIRE(std::holds_alternative<sim::Fixed>(pay.on_cost_rate.distribution));
    CHECK(std::get<sim::Fixed>(pay.on_cost_rate.distribution).value == 0.21);
    CHECK(pay.on_cost_rate.source == "GTAI");
    CHECK(pay.on_cost_rate.stream == "doctors[gp-1].on_cost_rate");
    const auto& cases = s.spec.billing.cases_per_fte_per_quarter;
    CHECK(cases.source == "KBV Honorarbericht 2024");
    CHECK(cases.draw == models::Draw::per_period);
    CHECK(pay.raise_per_year.source.empty());
}

TEST_CASE("a source changes no result: the spec draws the same with and without it", "[scenarios][source]") {
    std::string plain = kScenario;
    for (const char* s : {", source: \"[S3] TV-Ärzte/VKA 2026\"", "    source: \"KBV Honorarbericht 2024\"\n"})
        plain.erase(plain.find(s), std::string(s).size());
    plain.replace(plain.find("{value: 0.21, source: GTAI}"), 27, "0.21");
    const auto with = scenarios::parse_scenario("a.yaml", kScenario).spec;
    const auto without = scenarios::parse_scenario("b.yaml", plain).spec;
    CHECK(with.doctors[0].pay.salary_per_year.stream == without.doctors[0].pay.salary_per_year.stream);
    CHECK(sim::describe(with.billing.cases_per_fte_per_quarter.distribution) ==
          sim::describe(without.billing.cases_per_fte_per_quarter.distribution));
    CHECK(without.doctors[0].pay.on_cost_rate.source.empty());
}

TEST_CASE("list_inputs names every input by its key path and says which the file gives", "[scenarios][inputs]") {
    const auto s = scenarios::parse_scenario("s.yaml", kScenario);
    const auto list = scenarios::list_inputs(s);
    // Doctors first (3 pay, productivity, 4 recruitment), then billing, staff, premises, running costs.
    REQUIRE(list.size() >= 8);
    CHECK(list[0].path == "doctors[gp-1].salary_per_year");
    CHECK(list[0].key == "doctors[].salary_per_year");
    CHECK(list[0].owner == "gp-1");
    CHECK(list[0].given);
    CHECK(list[0].input.source == "[S3] TV-Ärzte/VKA 2026");
    CHECK(entry(list, "doctors[gp-1].recruitment.refill_months").given);
    CHECK_FALSE(entry(list, "doctors[gp-1].recruitment.time_to_fill_months").given);  // default 0
    CHECK_FALSE(entry(list, "doctors[gp-1].raise_per_year").given);
    CHECK(entry(list, "billing.cases_per_fte_per_quarter").given);
    CHECK(entry(list, "billing.gkv.eur_per_case").given);
    CHECK_FALSE(entry(list, "billing.private.share_of_cases").given);
    CHECK(entry(list, "staff[mfa].salary_per_year").key == "staff[].salary_per_year");
    CHECK(entry(list, "premises.rent_eur_per_month").given);
    CHECK_FALSE(entry(list, "cost_inflation_per_year").given);
    // Keys the scenario's choices leave unused are not listed.
    for (const auto& e : list) {
        CHECK(e.path != "billing.gkv.points_per_case");
        CHECK(e.path != "premises.rent_eur_per_m2_per_month");
        CHECK(e.path.rfind("addons.", 0) != 0);
    }
}

TEST_CASE("list_inputs covers the add-ons, investments and subsidies of the examples", "[scenarios][inputs]") {
    const auto s = scenarios::load_scenario(MVZSIM_SOURCE_DIR "/examples/rvz-leinebergland.yaml");
    const auto list = scenarios::list_inputs(s);
    CHECK(entry(list, "addons.tagespflege.occupancy").given);
    CHECK(entry(list, "addons.tagespflege.care_staff.salary_per_year").given);
    CHECK(entry(list, "addons.tenants[pharmacy].months_to_relet").key == "addons.tenants[].months_to_relet");
    CHECK(entry(list, "investments[building-works].amount_eur").given);
    CHECK(entry(list, "billing.surcharges[ti-pauschale].eur_per_month").given);
    CHECK_FALSE(entry(list, "billing.surcharges[ti-pauschale].eur_per_case").given);
    // Every listed input's stream is that of the spec (the model draws it from there).
    CHECK(entry(list, "investments[building-works].amount_eur").input.stream ==
          "finance.investments[building-works].amount_eur");
}

TEST_CASE("solve's number editor varies a {value: X, source: S} through its value", "[scenarios][source]") {
    const auto s = scenarios::parse_scenario("s.yaml", kScenario);
    for (const char* path : {"doctors[gp-1].on_cost_rate", "doctors[gp-1].on_cost_rate.value"}) {
        INFO(path);
        scenarios::NumberEditor editor(s, path);
        CHECK(editor.current() == 0.21);
        const auto spec = editor.with(0.25);
        CHECK(std::get<sim::Fixed>(spec.doctors[0].pay.on_cost_rate.distribution).value == 0.25);
        CHECK(spec.doctors[0].pay.on_cost_rate.source == "GTAI");
    }
}

TEST_CASE("list_inputs marks the yearly rates, whose `draw: year` redraws them each January", "[scenarios][inputs]") {
    // The yearly rates are the keys named ..._raise_per_year, ..._growth_per_year,
    // ..._increase_per_year and cost_inflation_per_year (docs/scenario-reference.md, "draw");
    // every other input is a monthly flow or a level set once.
    const auto ends = [](const std::string& s, const std::string& tail) {
        return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
    };
    std::size_t yearly = 0;
    for (const char* file : {"rural-gp-3.yaml", "rvz-leinebergland.yaml", "port-care-centre.yaml",
                             "saxony-county-mvz.yaml", "variants/rural-gp-3-with-tagespflege.yaml"}) {
        const auto s = scenarios::load_scenario(std::string(MVZSIM_SOURCE_DIR "/examples/") + file);
        for (const auto& i : scenarios::list_inputs(s)) {
            const bool rate = ends(i.key, "raise_per_year") || ends(i.key, "growth_per_year") ||
                              ends(i.key, "increase_per_year") || i.key == "cost_inflation_per_year";
            INFO(file << ": " << i.path);
            CHECK(i.yearly == rate);
            yearly += i.yearly ? 1 : 0;
        }
    }
    CHECK(yearly > 20);
}
