// The section selective_contracts of a scenario: what it parses into, its streams, and its errors
// with file, place and key path.
#include "scenarios/selective_contracts_reader.h"

#include <catch2/catch.hpp>

#include "sim/distribution.h"
#include "tests/support/section_reader.h"

using namespace mvzsim;

namespace {

using Read = testing::SectionRead<models::CentreSpec>;

// Reads `selective_contracts` of `yaml` for a centre opening in 2027-01 with a 10-year horizon.
Read read(const std::string& yaml) {
    return testing::read_section<models::CentreSpec>("s.yaml", yaml, {true, {2027, 1}, 10},
                                                     scenarios::read_selective_contracts);
}

}  // namespace

TEST_CASE("selective contracts parse, with their defaults and streams", "[scenarios][selective_contracts]") {
    const Read r = read(R"(
selective_contracts:
  - name: hzv-aok
    enrolled_share: {triangular: [0.15, 0.25, 0.35]}
    eur_per_patient_per_year: 280
    growth_per_year: 0.02
    start: 2027-04
    settlement_lag_months: 2
    kv_billing_replaced: 0.8
  - {name: add-on, enrolled_share: 0.3, eur_per_patient_per_quarter: 12}
)");
    REQUIRE(r.errors.empty());
    REQUIRE(r.spec.selective_contracts.size() == 2);
    const auto& c = r.spec.selective_contracts[0];
    CHECK(c.name == "hzv-aok");
    CHECK(std::holds_alternative<sim::Triangular>(c.enrolled_share.distribution));
    CHECK(c.enrolled_share.stream == "selective_contracts[hzv-aok].enrolled_share");
    CHECK(c.per_year);
    CHECK(sim::mean(c.eur_per_patient.distribution) == 280.0);
    CHECK(c.eur_per_patient.stream == "selective_contracts[hzv-aok].eur_per_patient_per_year");
    CHECK(sim::mean(c.growth_per_year.distribution) == 0.02);
    CHECK(c.growth_per_year.stream == "selective_contracts[hzv-aok].growth_per_year");
    CHECK(c.start == 3);
    CHECK(c.settlement_lag_months == 2);
    CHECK(c.kv_billing_replaced == 0.8);
    const auto& a = r.spec.selective_contracts[1];
    CHECK_FALSE(a.per_year);
    CHECK(a.eur_per_patient.stream == "selective_contracts[add-on].eur_per_patient_per_quarter");
    CHECK(a.start == 0);
    CHECK(a.settlement_lag_months == 0);
    CHECK(a.kv_billing_replaced == 0.0);
}

TEST_CASE("selective contract errors", "[scenarios][selective_contracts]") {
    const Read r = read(R"(
selective_contracts:
  - {name: a, enrolled_share: 1.5, eur_per_patient_per_year: 280}
  - {name: b, enrolled_share: 0.2}
  - {name: c, enrolled_share: 0.2, eur_per_patient_per_year: 280, eur_per_patient_per_quarter: 70}
  - {name: d, enrolled_share: 0.2, eur_per_patient_per_year: 280, kv_billing_replaced: 2}
)");
    REQUIRE(r.errors.size() == 4);
    CHECK_THAT(r.errors[0], Catch::Contains("selective_contracts[0].enrolled_share"));
    CHECK_THAT(r.errors[1], Catch::Contains("selective_contracts[1]") &&
                                Catch::Contains("either eur_per_patient_per_year or eur_per_patient_per_quarter"));
    CHECK_THAT(r.errors[2], Catch::Contains("selective_contracts[2]") && Catch::Contains("not both"));
    CHECK_THAT(r.errors[3], Catch::Contains("selective_contracts[3].kv_billing_replaced"));
}
