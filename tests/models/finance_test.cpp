// Investments, depreciation and financing: schedules checked against hand arithmetic, and the
// finance sections of a scenario.
#include "models/mechanisms/finance.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

#include "models/draws/streams.h"
#include "scenarios/finance_reader.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/yaml_document.h"
#include "sim/distribution.h"
#include "sim/random.h"

using namespace mvzsim;
using models::FinanceSpec;
using models::FinanceTrial;

namespace {

models::LoanSpec loan(double amount, double rate, int term_years, models::Repayment repayment,
                      models::MonthIndex month = 0) {
    return {"l", amount, month, rate, term_years, repayment, false};
}

models::InvestmentSpec investment(std::string name, models::Input amount, models::MonthIndex month, int life) {
    return {std::move(name), std::move(amount), month, life};
}

}  // namespace

TEST_CASE("annuity payment by hand, and the balance reaches 0 at the end of the term", "[models][finance]") {
    // 120,000 EUR at 6 % a year over 12 months: r = 0.06 / 12 = 0.005, 1.005^12 = 1.0616778,
    // 1 - 1.005^-12 = 0.0580947; payment = 120,000 x 0.005 / 0.0580947 = 600 / 0.0580947 = 10,327.97.
    CHECK(models::monthly_annuity(120000, 0.06, 12) == Approx(10327.97).margin(0.01));
    // Without interest the principal is spread evenly: 1,200 / 12 = 100.
    CHECK(models::monthly_annuity(1200, 0.0, 12) == 100.0);

    FinanceSpec spec;
    spec.loans.push_back(loan(120000, 0.06, 1, models::Repayment::annuity, 2));
    const FinanceTrial trial(spec, 1, 0, 24);
    CHECK(trial.month(2).loan_inflow == 120000);
    CHECK(trial.month(2).loan_interest == 0);  // instalments start the month after payout
    // First instalment: interest 120,000 x 0.005 = 600, principal 10,327.97 - 600 = 9,727.97.
    CHECK(trial.month(3).loan_interest == Approx(600.0));
    CHECK(trial.month(3).loan_principal == Approx(9727.97).margin(0.01));
    // Second: balance 110,272.03, interest 551.36.
    CHECK(trial.month(4).loan_interest == Approx(551.36).margin(0.01));
    double balance = 120000;
    for (int m = 3; m <= 14; ++m) {
        const auto& f = trial.month(m);
        CHECK(f.loan_interest + f.loan_principal == Approx(10327.97).margin(0.01));
        balance -= f.loan_principal;
    }
    CHECK(balance == Approx(0.0).margin(1e-6));
    CHECK(trial.month(15).loan_interest == 0);
    CHECK(trial.month(15).loan_principal == 0);
}

TEST_CASE("a bullet loan pays interest monthly and the principal at the end", "[models][finance]") {
    // 150,000 EUR at 1 % over 10 years: 150,000 x 0.01 / 12 = 125 EUR interest in each of the
    // 120 months after payout; the principal falls due in month 120.
    FinanceSpec spec;
    spec.loans.push_back(loan(150000, 0.01, 10, models::Repayment::bullet));
    const FinanceTrial trial(spec, 1, 0, 144);
    CHECK(trial.month(0).loan_inflow == 150000);
    for (int m = 1; m <= 120; ++m) CHECK(trial.month(m).loan_interest == Approx(125.0));
    for (int m = 1; m < 120; ++m) CHECK(trial.month(m).loan_principal == 0);
    CHECK(trial.month(120).loan_principal == 150000);
    CHECK(trial.month(121).loan_interest == 0);

    // Cut by the horizon: the schedule simply stops.
    const FinanceTrial short_trial(spec, 1, 0, 60);
    CHECK(short_trial.months() == 60);
    CHECK(short_trial.month(59).loan_interest == Approx(125.0));
    CHECK(short_trial.month(59).loan_principal == 0);
}

TEST_CASE("straight-line depreciation by hand, cut at the horizon", "[models][finance]") {
    FinanceSpec spec;
    // Medical equipment 120,000 EUR bought in month 3, 8 years: 120,000 / 96 = 1,250 EUR a month
    // in months 3..98. IT 36,000 EUR in month 0, 3 years: 36,000 / 36 = 1,000 a month in months 0..35.
    spec.investments.push_back(investment("medical-equipment", models::fixed_input(120000), 3, 8));
    spec.investments.push_back(investment("it", models::fixed_input(36000), 0, 3));
    const FinanceTrial trial(spec, 1, 0, 120);
    CHECK(trial.investments_total() == 156000);
    CHECK(trial.month(0).investment_outflow == 36000);
    CHECK(trial.month(3).investment_outflow == 120000);
    CHECK(trial.month(0).depreciation == Approx(1000));
    CHECK(trial.month(3).depreciation == Approx(2250));
    CHECK(trial.month(35).depreciation == Approx(2250));
    CHECK(trial.month(36).depreciation == Approx(1250));
    CHECK(trial.month(98).depreciation == Approx(1250));
    CHECK(trial.month(99).depreciation == 0);
    double total = 0;
    for (int m = 0; m < trial.months(); ++m) total += trial.month(m).depreciation;
    CHECK(total == Approx(156000));  // fully written off within 10 years

    // A 5-year horizon (60 months) holds months 3..59 of the equipment: 57 x 1,250 = 71,250,
    // plus all 36,000 of the IT.
    const FinanceTrial cut(spec, 1, 0, 60);
    double within = 0;
    for (int m = 0; m < cut.months(); ++m) within += cut.month(m).depreciation;
    CHECK(within == Approx(71250 + 36000));
    CHECK(cut.investments_total() == 156000);
}

TEST_CASE("equity and capital injections are paid in at their months", "[models][finance]") {
    FinanceSpec spec;
    spec.equity_eur = 25000;
    spec.capital_injections = {{5, 100000}, {5, 20000}, {200, 1}};  // the last one beyond the horizon
    const FinanceTrial trial(spec, 1, 0, 24);
    CHECK(trial.month(0).equity_inflow == 25000);
    CHECK(trial.month(5).equity_inflow == 120000);
    CHECK(trial.month(6).equity_inflow == 0);
}

TEST_CASE("credit line interest on an overdraft", "[models][finance]") {
    FinanceSpec spec;
    spec.credit_line_limit_eur = 200000;
    spec.credit_line_rate_per_year = 0.08;
    // 50,000 EUR overdrawn at 8 %: 50,000 x 0.08 / 12 = 333.33 EUR for the month.
    CHECK(models::credit_line_interest(spec, -50000) == Approx(333.333).margin(0.001));
    CHECK(models::credit_line_interest(spec, 10000) == 0);
    CHECK(models::credit_line_interest(spec, 0) == 0);
    // Beyond the limit the whole overdraft bears the rate (250,000 x 0.08 / 12 = 1,666.67); the
    // 50,000 EUR beyond the limit are a shortfall.
    CHECK(models::credit_line_interest(spec, -250000) == Approx(1666.667).margin(0.001));
    CHECK(models::credit_line_shortfall(spec, -250000) == 50000);
    CHECK(models::credit_line_shortfall(spec, -150000) == 0);
}

TEST_CASE("an uncertain investment amount draws from its own stream", "[models][finance]") {
    const models::Input works{sim::Triangular{250000, 300000, 400000}, models::Draw::per_trial,
                              models::streams::investment_amount("building-works")};
    FinanceSpec alone;
    alone.investments.push_back(investment("building-works", works, 0, 25));
    FinanceSpec with_others;
    with_others.investments.push_back(investment(
        "equipment",
        {sim::Uniform{100000, 140000}, models::Draw::per_trial, models::streams::investment_amount("equipment")}, 1,
        8));
    with_others.investments.push_back(investment("it", models::fixed_input(25000), 2, 3));
    with_others.investments.push_back(investment("building-works", works, 0, 25));

    const std::uint64_t seed = 42;
    double first = 0;
    bool varies = false;
    for (std::uint64_t t = 0; t < 20; ++t) {
        const FinanceTrial a(alone, seed, t, 36), b(with_others, seed, t, 36);
        const double amount = a.investments_total();
        CHECK(amount >= 250000);
        CHECK(amount <= 400000);
        CHECK(b.month(0).investment_outflow == amount);
        // The stream is the one its name gives, whatever else the spec holds.
        sim::Rng rng(seed, t, sim::stream_key("finance.investments[building-works].amount_eur"));
        CHECK(sim::sample(works.distribution, rng) == amount);
        if (t == 0) first = amount;
        varies = varies || amount != first;
    }
    CHECK(varies);
    // An input without a stream name gets the investment's own stream.
    FinanceSpec unnamed;
    unnamed.investments.push_back(
        investment("building-works", {works.distribution, models::Draw::per_trial, {}}, 0, 25));
    CHECK(FinanceTrial(unnamed, seed, 3, 12).investments_total() ==
          FinanceTrial(alone, seed, 3, 12).investments_total());
}

namespace {

struct Read {
    models::FinanceSpec spec;
    std::vector<std::string> errors;  // formatted "file:line:col: path: message"
};

// Reads the finance sections of `yaml` for a centre opening in 2026-10 with a 10-year horizon.
Read read(const std::string& yaml) {
    scenarios::SourceMap sources;
    const YAML::Node root = scenarios::parse_document(sources, "f.yaml", yaml);
    scenarios::Context context(sources);
    scenarios::MapReader top(context, root, "", scenarios::keys::kScenario);
    const scenarios::CentreHeader header{true, {2026, 10}, 10};
    Read result;
    scenarios::read_finance(top, header, result.spec);
    top.finish();
    for (const auto& d : context.errors()) result.errors.push_back(scenarios::format(d));
    return result;
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
