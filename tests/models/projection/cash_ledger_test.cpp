// The cash ledger (models/projection/cash_ledger.h): which of a month's flows are payments in the
// month, and the owner's loss compensation paid in December when set.
#include "models/projection/cash_ledger.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

namespace {

// A month's flows with every line set (EUR): revenue 1,720, costs 780, depreciation 60, interest
// 20, grant income 300; its result 1,720 - 780 - 60 - 20 + 300 = 1,160.
models::MonthFlows busy_month() {
    models::MonthFlows f;
    f.gkv_revenue = 1000;
    f.lump_sums = 100;
    f.pkv_revenue = 500;
    f.other_revenue = 50;
    f.addons_revenue = 70;
    f.doctor_costs = 400;
    f.staff_costs = 100;
    f.premises_costs = 200;
    f.running_costs = 50;
    f.addons_costs = 30;
    f.depreciation = 60;
    f.interest = 20;
    f.grants = 300;
    return f;
}

}  // namespace

TEST_CASE("the cash of a month: KV and PKV money by their timing, other flows in the month", "[models][cash]") {
    // Opening November 2027; PKV paid after 1 month; no KV schedule (KV money is cash in its month).
    const models::Calendar calendar({2027, 11}, 2);
    const auto spec = testing::CentreBuilder({2027, 11}, 2).doctor("gp-1").pkv(0.1, 100, 0.0, 1).build();
    models::CashLedger ledger(spec.billing, spec.finance, spec.grants, calendar);

    // m0: of the grant income 300, 120 is an investment grant's release (not a payment); 1,000 go
    // out for an investment (finance cash). Depreciation is no payment; PKV waits a month:
    //   KV 1,100 + other 50 + add-ons 70 - costs 780 - interest 20 + (300 - 120) - 1,000 = -400
    models::MonthFlows f = busy_month();
    CHECK(f.result() == Approx(1160));
    ledger.close(testing::month_step(calendar, 0), {.released = 120}, -1000, f);
    CHECK(f.cash == Approx(-400));
    CHECK(f.loss_compensation == 0);
    // Interest on this overdraft next month, at a 0 % credit line rate: none.
    CHECK(ledger.overdraft_interest() == 0);

    // m1 (December): the investment grant of 5,000 is paid; repayments of 400, of which 150 are
    // the reversal of released investment-grant income (not a payment) and 250 a position
    // funding paid back. PKV of m0 arrives:
    //   KV 1,100 + PKV 500 + 120 - 800 + 180 - (400 - 150) + 5,000 = 5,850; cash -400 + 5,850 = 5,450.
    // The year's result 1,160 + 760 > 0: no loss compensation (and none is set).
    models::MonthFlows g = busy_month();
    g.repayments = 400;
    ledger.close(testing::month_step(calendar, 1), {.released = 120, .reversed = 150, .cash = 5000}, 0, g);
    CHECK(g.cash == Approx(5450));
    CHECK(g.loss_compensation == 0);
}

TEST_CASE("the credit line's interest is on last month's closing cash", "[models][cash]") {
    // Rate 6 % a year: after closing at -20,000, the next month's interest is 0.005 x 20,000 = 100.
    const models::Calendar calendar({2027, 1}, 1);
    auto spec = testing::CentreBuilder().doctor("gp-1").credit_line(50000, 0.06).build();
    models::CashLedger ledger(spec.billing, spec.finance, spec.grants, calendar);
    CHECK(ledger.overdraft_interest() == 0);
    models::MonthFlows f;
    f.premises_costs = 20000;
    ledger.close(testing::month_step(calendar, 0), {}, 0, f);
    CHECK(ledger.overdraft_interest() == Approx(100));
}

TEST_CASE("the owner's loss compensation is paid in December, for that year's loss only", "[models][cash]") {
    // Opening November 2027: a loss of 1,000 every month. December 2027 covers the two months
    // (2,000); December 2028 the twelve of 2028 (12,000); cash is 0 after each December. Without
    // compensation the cash carries every loss: -14,000 at the end of 2028.
    const models::Calendar calendar({2027, 11}, 2);
    const auto spec = testing::CentreBuilder({2027, 11}, 2).doctor("gp-1").build();
    const auto paid_spec = testing::CentreBuilder({2027, 11}, 2).doctor("gp-1").loss_compensation_paid().build();
    models::CashLedger paid(spec.billing, spec.finance, paid_spec.grants, calendar),
        unpaid(spec.billing, spec.finance, spec.grants, calendar);
    for (int m = 0; m < calendar.months(); ++m) {
        INFO("month " << m);
        models::MonthFlows a, b;
        a.premises_costs = b.premises_costs = 1000;
        paid.close(testing::month_step(calendar, m), {}, 0, a);
        unpaid.close(testing::month_step(calendar, m), {}, 0, b);
        CHECK(a.result() == -1000);  // the compensation is cash, not income
        if (m == 1) {
            CHECK(a.loss_compensation == Approx(2000));
            CHECK(a.cash == Approx(0).margin(1e-9));
        } else if (m == 13) {
            CHECK(a.loss_compensation == Approx(12000));
            CHECK(a.cash == Approx(0).margin(1e-9));
            CHECK(b.cash == Approx(-14000));
        } else {
            CHECK(a.loss_compensation == 0);
        }
        CHECK(b.loss_compensation == 0);
    }
    // A profitable year is not compensated.
    models::CashLedger profit(spec.billing, spec.finance, paid_spec.grants, calendar);
    models::MonthFlows f;
    f.gkv_revenue = 500;
    profit.close(testing::month_step(calendar, 0), {}, 0, f);
    f = {};
    f.premises_costs = 100;
    profit.close(testing::month_step(calendar, 1), {}, 0, f);
    CHECK(f.loss_compensation == 0);
    CHECK(f.cash == Approx(400));
}

TEST_CASE("the owner's loss compensation, when paid, refills the cash each December", "[models][cash]") {
    // Revenue 9,000 a month against rent 10,000: a loss of 1,000 a month, 12,000 a year.
    auto months = [](bool paid) {
        return models::CentreModel(testing::one_gp().rent(10000).loss_compensation_paid(paid).build())
            .project_months(1, 0);
    };
    const auto unpaid = months(false);
    CHECK(unpaid[11].cash == Approx(-12000));
    CHECK(unpaid[23].cash == Approx(-24000));
    const auto paid = months(true);
    CHECK(paid[10].cash == Approx(-11000));
    CHECK(paid[11].loss_compensation == Approx(12000));
    CHECK(paid[11].cash == Approx(0).margin(1e-6));
    CHECK(paid[23].cash == Approx(0).margin(1e-6));
    CHECK(paid[11].result() == Approx(-1000));  // compensation is cash, not income
}
