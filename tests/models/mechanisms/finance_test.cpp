// Investments, depreciation and financing (models/mechanisms/finance.h): schedules checked
// against hand arithmetic, the credit line's interest on last month's overdraft and the loan's
// cash inside the month. The finance sections' reader is tested in
// tests/scenarios/finance_reader_test.cpp.
#include "models/mechanisms/finance.h"

#include <catch2/catch.hpp>

#include "models/draws/streams.h"
#include "models/projection/centre_model.h"
#include "sim/distribution.h"
#include "sim/random.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

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

TEST_CASE("the credit line charges interest on last month's overdraft; a loan is cash in its month",
          "[models][finance]") {
    // No revenue, rent 10,000 a month, a credit line at 12 % a year (1 % a month):
    //   m0: no overdraft before: interest 0, cash -10,000
    //   m1: interest 1 % x 10,000 = 100, cash -10,000 - 10,000 - 100 = -20,100
    //   m2: interest 201, cash -30,301;  m3: interest 303.01, cash -40,604.01
    auto centre = [] {
        testing::CentreBuilder b({2027, 1}, 1);
        b.doctor("gp-1").rent(10000).credit_line(50000, 0.12);
        return b;
    };
    const auto m = models::CentreModel(centre().build()).project_months(1, 0);
    CHECK(m[0].interest == 0);
    CHECK(m[0].cash == Approx(-10000));
    CHECK(m[1].interest == Approx(100));
    CHECK(m[1].cash == Approx(-20100));
    CHECK(m[1].result() == Approx(-10100));  // interest is an expense
    CHECK(m[2].interest == Approx(201));
    CHECK(m[3].interest == Approx(303.01));
    CHECK(m[3].cash == Approx(-40604.01));

    // A loan of 60,000 at 6 % over 1 year (annuity) paid out in m2. It arrives within m2, after
    // m2's interest on m1's overdraft (201): cash m2 = -20,100 - 10,000 - 201 + 60,000 = 29,699.
    // m3: no overdraft; the first instalment 60,000 x 0.005 / (1 - 1.005^-12) = 5,163.985, of which
    // interest 300 (an expense) and principal 4,863.985 (cash only):
    //   cash m3 = 29,699 - 10,000 - 5,163.985 = 14,535.015; result m3 = -10,300.
    const auto l =
        models::CentreModel(centre().loan("bank", {.amount_eur = 60000, .month = 2, .rate_per_year = 0.06}).build())
            .project_months(1, 0);
    CHECK(l[2].interest == Approx(201));
    CHECK(l[2].cash == Approx(29699));
    CHECK(l[2].result() == Approx(-10201));  // the payout is no income
    CHECK(l[3].interest == Approx(300));
    CHECK(l[3].cash == Approx(14535.015).margin(0.01));
    CHECK(l[3].result() == Approx(-10300));
}

TEST_CASE("investments, equity and depreciation in the model: cash in their months, depreciation in the result",
          "[models][finance]") {
    // Equity 50,000 at opening; an investment of 36,000 in m1 written off over 3 years (1,000 a
    // month from m1); a capital injection of 10,000 in m2. No revenue or costs otherwise.
    //   cash: m0 50,000; m1 14,000; m2 24,000. result: m0 0, m1 and m2 -1,000 (depreciation).
    const auto spec = testing::CentreBuilder({2027, 1}, 1)
                          .doctor("gp-1")
                          .equity(50000)
                          .investment("it", 36000, 1, 3)
                          .capital_injection(2, 10000)
                          .build();
    const models::CentreModel model(spec);
    const auto m = model.project_months(1, 0);
    CHECK(m[0].cash == Approx(50000));
    CHECK(m[0].result() == 0);
    CHECK(m[1].cash == Approx(14000));
    CHECK(m[1].depreciation == Approx(1000));
    CHECK(m[1].result() == Approx(-1000));
    CHECK(m[2].cash == Approx(24000));
    const auto out = testing::trial_outputs(model);
    CHECK(testing::year_output(out, 0, models::Metric::depreciation) == Approx(11000));
    CHECK(testing::trial_output(model, out, models::TrialMetric::investments) == 36000);
}

TEST_CASE("a credit line with a rate alone charges interest on the overdraft", "[models][finance]") {
    // docs/model.md section 9.2: the credit-line interest is charged when the scenario has a credit
    // line with a limit or a rate > 0. Rent 10,000 a month, nothing else; limit 0 at 12 %: m1 pays
    // 1 % of m0's overdraft of 10,000 = 100. Without a rate and a limit: no interest.
    auto m1_interest = [](double rate) {
        return models::CentreModel(
                   testing::CentreBuilder({2027, 1}, 1).doctor("gp-1").rent(10000).credit_line(0, rate).build())
            .project_months(1, 0)[1]
            .interest;
    };
    CHECK(m1_interest(0.12) == Approx(100));
    CHECK(m1_interest(0.0) == 0);
}
