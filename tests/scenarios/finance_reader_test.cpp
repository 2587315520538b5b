// The finance sections of a scenario (investments, financing): what they parse into, and their
// errors with file, place and key path.
#include "scenarios/finance_reader.h"

#include <catch2/catch.hpp>

#include "sim/distribution.h"
#include "tests/support/section_reader.h"

using namespace mvzsim;

namespace {

using Read = testing::SectionRead<models::FinanceSpec>;

// Reads the finance sections of `yaml` for a centre opening in 2026-10 with a 10-year horizon.
Read read(const std::string& yaml) {
    return testing::read_section<models::FinanceSpec>("f.yaml", yaml, {true, {2026, 10}, 10}, scenarios::read_finance);
}

const char* const kValid = R"(
investments:
  - {name: building-works, amount_eur: {triangular: [250000, 300000, 400000]}, month: 2026-10, useful_life_years: 25}
  - {name: medical-equipment, amount_eur: 120000, month: 2027-01, useful_life_years: 8}
  - {name: it-and-ti, amount_eur: 25000, month: 2027-01, useful_life_years: 3}
  - {name: goodwill, amount_eur: 80000, month: 2027-01, useful_life_years: 5}
financing:
  equity_eur: 25000
  capital_injections: [{month: 2027-06, amount_eur: 100000}]
  loans:
    - {name: bank, amount_eur: 300000, month: 2027-01, rate_per_year: 0.045, term_years: 20, repayment: annuity}
    - {name: town, amount_eur: 150000, month: 2027-01, rate_per_year: 0.01, term_years: 10, repayment: bullet, from_owner: true}
  credit_line: {limit_eur: 200000, rate_per_year: 0.08}
)";

}  // namespace

TEST_CASE("the finance sections parse", "[scenarios][finance]") {
    const Read r = read(kValid);
    REQUIRE(r.errors.empty());
    const auto& s = r.spec;
    REQUIRE(s.investments.size() == 4);
    CHECK(s.investments[0].name == "building-works");
    CHECK(s.investments[0].month == 0);
    CHECK(s.investments[0].useful_life_years == 25);
    CHECK(std::holds_alternative<sim::Triangular>(s.investments[0].amount_eur.distribution));
    CHECK(s.investments[0].amount_eur.stream == "finance.investments[building-works].amount_eur");
    CHECK(s.investments[1].month == 3);
    CHECK(sim::mean(s.investments[1].amount_eur.distribution) == 120000);
    CHECK(s.equity_eur == 25000);
    REQUIRE(s.capital_injections.size() == 1);
    CHECK(s.capital_injections[0] == std::pair<models::MonthIndex, double>(8, 100000));
    REQUIRE(s.loans.size() == 2);
    CHECK(s.loans[0].name == "bank");
    CHECK(s.loans[0].amount_eur == 300000);
    CHECK(s.loans[0].month == 3);
    CHECK(s.loans[0].rate_per_year == 0.045);
    CHECK(s.loans[0].term_years == 20);
    CHECK(s.loans[0].repayment == models::Repayment::annuity);
    CHECK_FALSE(s.loans[0].from_owner);
    CHECK(s.loans[1].repayment == models::Repayment::bullet);
    CHECK(s.loans[1].from_owner);
    CHECK(s.credit_line_limit_eur == 200000);
    CHECK(s.credit_line_rate_per_year == 0.08);

    // Both sections are optional.
    const Read none = read("{}");
    CHECK(none.errors.empty());
    CHECK(none.spec.investments.empty());
    CHECK(none.spec.loans.empty());
    CHECK(none.spec.equity_eur == 0);
}

TEST_CASE("errors in the finance sections name file, place and key path", "[scenarios][finance]") {
    SECTION("an unknown repayment kind, with a suggestion") {
        const Read r = read(R"(financing:
  loans:
    - {name: bank, amount_eur: 300000, month: 2027-01, rate_per_year: 0.045, term_years: 20, repayment: anuity}
)");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] ==
              "f.yaml:3:105: financing.loans[0].repayment: expected annuity (constant monthly instalments of interest "
              "and principal) or bullet (interest monthly, principal at the end of the term) (got anuity) "
              "(did you mean 'annuity'?)");
    }
    SECTION("a negative amount") {
        const Read r = read(R"(investments:
  - {name: it, amount_eur: -5000, month: 2027-01, useful_life_years: 3}
financing:
  loans: [{name: bank, amount_eur: -1, month: 2027-01, rate_per_year: 0.04, term_years: 5, repayment: bullet}]
)");
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0] == "f.yaml:2:28: investments[0].amount_eur: must be >= 0 (EUR) (got -5000)");
        CHECK(r.errors[1] == "f.yaml:4:36: financing.loans[0].amount_eur: must be > 0 (EUR) (got -1)");
    }
    SECTION("a useful life of 0") {
        const Read r = read("investments:\n  - {name: it, amount_eur: 5000, month: 2027-01, useful_life_years: 0}\n");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] ==
              "f.yaml:2:69: investments[0].useful_life_years: must be in [1, 50] (the useful life in years) (got 0)");
    }
    SECTION("a month before the opening") {
        const Read r = read("financing:\n  capital_injections: [{month: 2026-09, amount_eur: 1000}]\n");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] ==
              "f.yaml:2:32: financing.capital_injections[0].month: must be between the opening 2026-10 "
              "and the end of the horizon 2035-12 (got 2026-09)");
    }
    SECTION("a rate written in percent, a term too long, a duplicate name, an unknown key") {
        const Read r = read(R"(financing:
  loans:
    - {name: bank, amount_eur: 1000, month: 2027-01, rate_per_year: 4.5, term_years: 41, repayment: bullet}
    - {name: bank, amount_eur: 1000, month: 2027-01, rate_per_year: 0.04, term_year: 5, repayment: bullet, from_owner: yes}
)");
        std::string all;
        for (const auto& e : r.errors) all += e + "\n";
        INFO(all);
        REQUIRE(r.errors.size() == 5);
        CHECK(r.errors[0] ==
              "f.yaml:3:69: financing.loans[0].rate_per_year: must be in [0, 0.3] (a yearly rate as a "
              "fraction: 0.045 = 4.5 %) (got 4.5); if you mean 4.5 %, write 0.045");
        CHECK(r.errors[1] ==
              "f.yaml:3:86: financing.loans[0].term_years: must be in [1, 40] (the term in years) (got 41)");
        CHECK(r.errors[2] ==
              "f.yaml:4:14: financing.loans[1].name: duplicate name 'bank': already used by "
              "financing.loans[0] (each name must be unique)");
        // The misspelt key replaces the report of the required key it stands for.
        CHECK(r.errors[3] ==
              "f.yaml:4:75: financing.loans[1].term_year: unknown key 'term_year' (did you mean 'term_years'?)");
        CHECK(r.errors[4] ==
              "f.yaml:4:120: financing.loans[1].from_owner: expected true or false: whether the "
              "shareholder (the council) lends it (got yes)");
    }
}
