// The section trainees of a scenario: what it parses into, its streams, and its errors with file,
// place and key path.
#include "scenarios/trainees_reader.h"

#include <catch2/catch.hpp>

#include "sim/distribution.h"
#include "tests/support/section_reader.h"

using namespace mvzsim;

namespace {

using Read = testing::SectionRead<models::CentreSpec>;

// Reads `trainees` of `yaml` for a centre opening in 2027-01 with a 10-year horizon.
Read read(const std::string& yaml) {
    return testing::read_section<models::CentreSpec>("w.yaml", yaml, {true, {2027, 1}, 10}, scenarios::read_trainees);
}

}  // namespace

TEST_CASE("trainees parse, with their defaults and streams", "[scenarios][trainees]") {
    const Read r = read(R"(
trainees:
  - id: wba-1
    start: 2027-07
    months: 24
    fte: 0.75
    salary_per_year: {triangular: [70000, 75000, 80000]}
    on_cost_rate: 0.21
    raise_per_year: 0.03
    funding_eur_per_month: 5800
    top_up_eur_per_month: 250
    case_load_share: 0.5
  - {id: wba-2, months: 12, salary_per_year: 72000, on_cost_rate: 0.2, case_load_share: 0.4}
)");
    REQUIRE(r.errors.empty());
    REQUIRE(r.spec.trainees.size() == 2);
    const auto& t = r.spec.trainees[0];
    CHECK(t.id == "wba-1");
    CHECK(t.start == 6);
    CHECK(t.months == 24);
    CHECK(t.fte == 0.75);
    CHECK(std::holds_alternative<sim::Triangular>(t.pay.salary_per_year.distribution));
    CHECK(t.pay.salary_per_year.stream == "trainees[wba-1].salary_per_year");
    CHECK(t.pay.on_cost_rate.stream == "trainees[wba-1].on_cost_rate");
    CHECK(t.pay.raise_per_year.stream == "trainees[wba-1].raise_per_year");
    CHECK(t.funding_eur_per_month == 5800.0);
    CHECK(t.top_up_eur_per_month == 250.0);
    CHECK(t.case_load_share == 0.5);
    const auto& u = r.spec.trainees[1];
    CHECK(u.start == 0);
    CHECK(u.fte == 1.0);
    CHECK(u.funding_eur_per_month == 0.0);
    CHECK(sim::mean(u.pay.raise_per_year.distribution) == 0.0);
}

TEST_CASE("trainee errors", "[scenarios][trainees]") {
    const Read r = read(R"(
trainees:
  - {id: a, months: 0, salary_per_year: 72000, on_cost_rate: 0.2, case_load_share: 0.5}
  - {id: a, months: 12, salary_per_year: 72000, on_cost_rate: 0.2, case_load_share: 1.5}
  - {id: c, months: 12, on_cost_rate: 0.2, case_load_share: 0.5}
)");
    REQUIRE(r.errors.size() == 4);
    CHECK_THAT(r.errors[0], Catch::Contains("trainees[0].months"));
    CHECK_THAT(r.errors[1], Catch::Contains("trainees[1].id") && Catch::Contains("duplicate"));
    CHECK_THAT(r.errors[2], Catch::Contains("trainees[1].case_load_share"));
    CHECK_THAT(r.errors[3], Catch::Contains("trainees[2]") && Catch::Contains("salary_per_year"));
}
