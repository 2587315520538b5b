// The owner's loss compensation (models/mechanisms/loss_compensation.h): in December of the loss
// year (the default), or in a chosen month of the following year, so that the cash shows the gap
// until the annual accounts are settled.
#include "models/mechanisms/loss_compensation.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

TEST_CASE("the loss compensation is paid in December, or in the chosen month of the next year",
          "[models][loss_compensation]") {
    // Opening November 2027, 3 years: a loss of 1,000 in every month.
    //   December: 2027's 2,000 in m = 1, 2028's 12,000 in m = 13, 2029's 12,000 in m = 25.
    //   Month 6 (June) of the following year: 2027's 2,000 in June 2028 (m = 7), 2028's 12,000 in
    //   June 2029 (m = 19); 2029's is due in June 2030, after the horizon: not paid.
    const models::Calendar calendar({2027, 11}, 3);
    models::LossCompensation december(true, 0), june(true, 6), none(false, 6);
    double paid_december = 0, paid_june = 0;
    for (int m = 0; m < calendar.months(); ++m) {
        INFO("month " << m);
        const auto at = testing::month_step(calendar, m);
        const double d = december.month(at, -1000), j = june.month(at, -1000);
        CHECK(d == (m == 1 ? 2000 : m == 13 || m == 25 ? 12000 : 0));
        CHECK(j == (m == 7 ? 2000 : m == 19 ? 12000 : 0));
        CHECK(none.month(at, -1000) == 0);
        paid_december += d;
        paid_june += j;
    }
    CHECK(paid_december == 26000);
    CHECK(paid_june == 14000);
    // A year with a profit owes nothing; a December payment month pays last year's loss then.
    models::LossCompensation dec_next(true, 12);
    const models::Calendar one({2027, 1}, 2);
    for (int m = 0; m < 12; ++m) CHECK(dec_next.month(testing::month_step(one, m), -500) == 0);
    for (int m = 12; m < 23; ++m) CHECK(dec_next.month(testing::month_step(one, m), 1000) == 0);
    CHECK(dec_next.month(testing::month_step(one, 23), 1000) == 6000);  // 2027's 12 x 500
}

TEST_CASE("paid the next year, the loss compensation widens the cash gap", "[models][loss_compensation]") {
    // One GP: 9,000 revenue against rent 10,000: a loss of 1,000 a month, 12,000 a year, over 2 years.
    //   December: cash -11,000 in November 2027, 0 after each December: largest gap 11,000.
    //   March of the next year: -12,000 at the end of 2027, -14,000 in February 2028 (m = 13); in
    //   March (m = 14) -15,000 + 2027's 12,000 = -3,000; December 2028 -3,000 - 9 x 1,000 = -12,000
    //   (2028's loss is due after the horizon). Largest gap 14,000.
    auto run = [](int month) {
        return models::CentreModel(
                   testing::one_gp(2).rent(10000).loss_compensation_paid().loss_compensation_month(month).build())
            .project_months(1, 0);
    };
    const auto dec = run(0), march = run(3);
    CHECK(dec[10].cash == Approx(-11000));
    CHECK(dec[11].cash == Approx(0).margin(1e-9));
    CHECK(dec[23].cash == Approx(0).margin(1e-9));
    CHECK(march[11].cash == Approx(-12000));
    CHECK(march[13].cash == Approx(-14000));
    CHECK(march[14].loss_compensation == Approx(12000));
    CHECK(march[14].cash == Approx(-3000));
    CHECK(march[23].cash == Approx(-12000));
    // The result is the same either way: the compensation is cash, not income.
    CHECK(march[5].result() == Approx(dec[5].result()));

    const models::CentreModel later(
        testing::one_gp(2).rent(10000).loss_compensation_paid().loss_compensation_month(3).build());
    const auto out = testing::trial_outputs(later);
    CHECK(testing::trial_output(later, out, models::TrialMetric::largest_cash_gap) == Approx(14000));
    CHECK(testing::year_output(out, 0, models::Metric::subsidy_need) == Approx(12000));
}
