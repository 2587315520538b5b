// The `addons` section reader: an addons section parses with its streams and defaults, and its
// errors name file, line, column and key path.
#include "scenarios/addons_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/section_reader.h"

using namespace mvzsim;

namespace {

// Opening January 2027, so that month m falls in year index m / 12.
const scenarios::CentreHeader kHeader{true, {2027, 1}, 10};

// Reads `yaml` (a document with the top-level key `addons`); the errors as "file:line:col: path: message".
models::AddonsSpec read(const std::string& yaml, std::vector<std::string>& errors) {
    auto r = testing::read_section<models::AddonsSpec>("addons.yaml", yaml, kHeader, scenarios::read_addons);
    errors.insert(errors.end(), r.errors.begin(), r.errors.end());
    return r.spec;
}

models::AddonsSpec parse(const std::string& yaml) {
    std::vector<std::string> errors;
    auto spec = read(yaml, errors);
    INFO((errors.empty() ? std::string() : errors.front()));
    REQUIRE(errors.empty());
    return spec;
}

std::vector<std::string> errors_of(const std::string& yaml) {
    std::vector<std::string> errors;
    read(yaml, errors);
    return errors;
}

const char* kTagespflege = R"(
addons:
  tagespflege:
    places: 15
    opening_days_per_month: 21
    occupancy: 0.8
    pflegegrad_mix: {pg2: 7, pg3: 7, pg4: 4, pg5: 2}
    care_eur_per_day: {pg2: 61.36, pg3: 66.83, pg4: 74.14, pg5: 84.22}
    self_paid_eur_per_day: 19.64
    price_growth_per_year: 0.03
    care_staff_fte_per_guest: 0.2
    care_staff: {salary_per_year: 40000, on_cost_rate: 0.21, raise_per_year: 0.03}
    fixed_eur_per_month: 3000
)";

}  // namespace

TEST_CASE("the addons section parses with its streams and defaults", "[scenarios][addons]") {
    const auto spec = parse(R"(
addons:
  tagespflege:
    places: 15
    start: 2027-07
    opening_days_per_month: 21
    occupancy: {triangular: [0.7, 0.85, 0.95]}
    ramp_up_months: 12
    start_occupancy: 0.3
    pflegegrad_mix: {pg2: 0.35, pg3: 0.35, pg4: 0.2, pg5: 0.1}
    care_eur_per_day: {pg2: 61.36, pg3: 66.83, pg4: 74.14, pg5: 84.22}
    self_paid_eur_per_day: 19.64
    price_growth_per_year: 0.03
    care_staff_fte_per_guest: 0.2
    care_staff: {salary_per_year: 40000, on_cost_rate: 0.21, raise_per_year: 0.03}
    fixed_eur_per_month: 3000
  tenants:
    - {name: pharmacy, area_m2: 120, rent_eur_per_m2_per_month: 9, lease_start: 2027-01,
       loss_probability_per_year: 0.03, months_to_relet: {triangular: [3, 9, 24]}, rent_increase_per_year: 0.02}
  services:
    - {name: patient-transport, revenue_eur_per_month: 500, costs_eur_per_month: 2500, start: 2027-01}
)");
    const auto& tp = spec.tagespflege;
    CHECK(tp.present);
    CHECK(tp.places == 15);
    CHECK(tp.start == 6);
    CHECK(tp.ramp_up_months == 12);
    CHECK(tp.start_occupancy == 0.3);
    CHECK(tp.pflegegrad_weights == std::vector<double>{0.35, 0.35, 0.2, 0.1});
    CHECK(tp.care_eur_per_day == std::vector<double>{61.36, 66.83, 74.14, 84.22});
    CHECK(std::holds_alternative<sim::Triangular>(tp.occupancy.distribution));
    CHECK(tp.occupancy.stream == "addons.tagespflege.occupancy");
    CHECK(tp.care_staff_pay.salary_per_year.stream == "addons.tagespflege.care_staff.salary_per_year");
    CHECK(sim::mean(tp.care_staff_pay.raise_per_year.distribution) == 0.03);
    REQUIRE(spec.tenants.size() == 1);
    const auto& t = spec.tenants[0];
    CHECK(t.name == "pharmacy");
    CHECK(t.area_m2 == 120);
    CHECK(t.lease_start == 0);
    CHECK(t.loss_probability_per_year.stream == "addons.tenants[pharmacy].loss_probability_per_year");
    CHECK(t.months_to_relet.stream == "addons.tenants[pharmacy].months_to_relet");
    CHECK(std::holds_alternative<sim::Triangular>(t.months_to_relet.distribution));
    REQUIRE(spec.services.size() == 1);
    CHECK(spec.services[0].name == "patient-transport");
    CHECK(sim::mean(spec.services[0].costs_eur_per_month.distribution) == 2500);
    CHECK(spec.services[0].revenue_eur_per_month.stream == "addons.services[patient-transport].revenue_eur_per_month");

    const auto none = parse("{}\n");
    CHECK_FALSE(none.tagespflege.present);
    CHECK(none.tenants.empty());
    CHECK(none.services.empty());
}

TEST_CASE("addons errors name file, line, column and key path", "[scenarios][addons]") {
    SECTION("an unknown key, with a suggestion") {
        const auto errors = errors_of(std::string(kTagespflege) + "    ramp_up_month: 12\n");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:14:5: addons.tagespflege.ramp_up_month: unknown key 'ramp_up_month' "
              "(did you mean 'ramp_up_months'?)");
    }
    SECTION("a share above 1") {
        const auto errors = errors_of(R"(
addons:
  tenants:
    - {name: dentist, area_m2: 90, rent_eur_per_m2_per_month: 10, loss_probability_per_year: 1.5, months_to_relet: 6}
)");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:4:94: addons.tenants[0].loss_probability_per_year: must be in [0, 1] "
              "(a yearly probability as a fraction: 0.03 = 3 %) (got 1.5); if you mean 1.5 %, write 0.015");
    }
    SECTION("an occupancy above 1") {
        std::string yaml = kTagespflege;
        yaml.replace(yaml.find("occupancy: 0.8"), 14, "occupancy: 1.2");
        const auto errors = errors_of(yaml);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:6:16: addons.tagespflege.occupancy: must be in [0, 1] "
              "(a fraction of places: 0.85 = 85 %) (got 1.2); if you mean 1.2 %, write 0.012");
    }
    SECTION("a duplicate tenant name") {
        const auto errors = errors_of(R"(
addons:
  tenants:
    - {name: physio, area_m2: 80, rent_eur_per_m2_per_month: 8}
    - {name: physio, area_m2: 60, rent_eur_per_m2_per_month: 8}
)");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:5:14: addons.tenants[1].name: duplicate name 'physio': already used by "
              "addons.tenants[0] (each name must be unique)");
    }
    SECTION("a tenant that may leave needs months_to_relet") {
        const auto errors = errors_of(R"(
addons:
  tenants:
    - {name: cafe, area_m2: 40, rent_eur_per_m2_per_month: 6, loss_probability_per_year: 0.2}
)");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:4:7: addons.tenants[0]: missing required key 'months_to_relet': "
              "months the unit stays empty after a loss");
    }
    SECTION("a service line without revenue or costs") {
        const auto errors = errors_of("addons:\n  services:\n    - {name: nurse}\n");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:3:7: addons.services[0]: give revenue_eur_per_month, costs_eur_per_month or both");
    }
}
