// The section takeovers of a scenario: what it parses into, its streams, and its errors with
// file, place and key path.
#include "scenarios/takeover_reader.h"

#include <catch2/catch.hpp>

#include "sim/distribution.h"
#include "tests/support/section_reader.h"

using namespace mvzsim;

namespace {

using Read = testing::SectionRead<models::CentreSpec>;

// Reads `takeovers` of `yaml` for a centre opening in 2027-01 for 10 years with positions gp-1, gp-2.
Read read(const std::string& yaml) {
    models::CentreSpec spec;
    spec.doctors.resize(2);
    spec.doctors[0].id = "gp-1";
    spec.doctors[1].id = "gp-2";
    return testing::read_section("t.yaml", yaml, {true, {2027, 1}, 10}, scenarios::read_takeovers, std::move(spec));
}

}  // namespace

TEST_CASE("takeovers parse, with their defaults and streams", "[scenarios][takeover]") {
    const Read r = read(R"(
takeovers:
  - name: practice-mueller
    position: gp-2
    month: 2027-07
    goodwill_eur: {triangular: [60000, 90000, 120000]}
    goodwill_life_years: 4
    equipment_eur: 25000
    equipment_life_years: 8
    previous_cases_per_quarter: 950
    subsidy_eur: 60000
    subsidy_month: 2027-10
  - {name: small, position: gp-1, month: 2027-01, goodwill_eur: 40000}
)");
    REQUIRE(r.errors.empty());
    REQUIRE(r.spec.takeovers.size() == 2);
    const auto& t = r.spec.takeovers[0];
    CHECK(t.name == "practice-mueller");
    CHECK(t.position == "gp-2");
    CHECK(t.month == 6);
    CHECK(std::holds_alternative<sim::Triangular>(t.goodwill_eur.distribution));
    CHECK(t.goodwill_eur.stream == "takeovers[practice-mueller].goodwill_eur");
    CHECK(t.goodwill_life_years == 4);
    CHECK(sim::mean(t.equipment_eur.distribution) == 25000.0);
    CHECK(t.equipment_eur.stream == "takeovers[practice-mueller].equipment_eur");
    CHECK(t.equipment_life_years == 8);
    CHECK(t.previous_cases_per_quarter == 950.0);
    CHECK(t.subsidy_eur == 60000.0);
    CHECK(t.subsidy_month == 9);
    // Defaults: lives of 5 years, no equipment, nothing inherited, no subsidy, paid at the takeover.
    const auto& s = r.spec.takeovers[1];
    CHECK(s.goodwill_life_years == 5);
    CHECK(s.equipment_life_years == 5);
    CHECK(sim::mean(s.equipment_eur.distribution) == 0.0);
    CHECK(s.previous_cases_per_quarter == 0.0);
    CHECK(s.subsidy_eur == 0.0);
    CHECK(s.subsidy_month == 0);
}

TEST_CASE("takeover errors name the key and suggest the position", "[scenarios][takeover]") {
    const Read r = read(R"(
takeovers:
  - {name: a, position: gp-3, month: 2027-01, goodwill_eur: 1000}
  - {name: b, position: gp-1, month: 2040-01, goodwill_eur: 1000, goodwill_life_years: 0}
  - {name: c, position: gp-1, month: 2027-01}
)");
    REQUIRE(r.errors.size() == 5);
    CHECK_THAT(r.errors[0], Catch::Contains("takeovers[0].position") &&
                                Catch::Contains("expected the id of a doctor position (got gp-3)") &&
                                Catch::Contains("did you mean"));
    CHECK_THAT(r.errors[1], Catch::Contains("takeovers[1].month") && Catch::Contains("must be between the opening"));
    CHECK_THAT(r.errors[2], Catch::Contains("takeovers[1].goodwill_life_years"));
    CHECK_THAT(r.errors[3], Catch::Contains("takeovers[2]") && Catch::Contains("goodwill_eur"));
    CHECK_THAT(r.errors[4], Catch::Contains("takeovers[2].position") && Catch::Contains("one takeover per position"));
}
