// Revenue cash timing (models/mechanisms/revenue_cash.h): the KV's advances on the previous
// quarter and the settlement after the lag, in calendar quarters (also from an opening in
// mid-quarter), and the PKV payment lag; what falls due after the horizon is not received.
#include "models/mechanisms/revenue_cash.h"

#include <catch2/catch.hpp>
#include <vector>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

TEST_CASE("KV cash from an opening in mid-quarter: advances, settlement after the lag", "[models][revenue_cash]") {
    // Opening May 2027, 1 year: 8 months (May .. December), advances 80 %, settlement 2 months
    // after the quarter's end. KV money earned: 1,000 x (m + 1) in month m.
    //   Q2 (May, June; the opening quarter has no previous quarter): no advances; its 1,000 +
    //     2,000 = 3,000 are settled in August (m = 3).
    //   Q3 (July .. September: 3,000 + 4,000 + 5,000 = 12,000): advances 0.8 x 3,000 / 3 = 800 a
    //     month; remainder 12,000 - 2,400 = 9,600 in November (m = 6).
    //   Q4 (October .. December: 6,000 + 7,000 + 8,000 = 21,000): advances 0.8 x 12,000 / 3 =
    //     3,200 a month; its remainder is due in February 2028, after the horizon: not received.
    const models::Calendar calendar({2027, 5}, 1);
    REQUIRE(calendar.months() == 8);
    models::KvCash kv({true, 0.8, 2}, calendar);
    const std::vector<double> expected = {0, 0, 800, 800 + 3000, 800, 3200, 3200 + 9600, 3200};
    double received = 0;
    for (int m = 0; m < 8; ++m) {
        INFO("month " << m);
        const double cash = kv.receive(m, 1000.0 * (m + 1));
        CHECK(cash == Approx(expected[static_cast<std::size_t>(m)]));
        received += cash;
    }
    // Earned 36,000; received 36,000 - (21,000 - 9,600) = 24,600.
    CHECK(received == Approx(24600));

    // Advances larger than the quarter's revenue give a negative settlement: Q1 earns 9,000
    // (from January), Q2 only 300; advances in Q2 0.8 x 9,000 / 3 = 2,400 a month; remainder
    // 300 - 7,200 = -6,900 paid back with the lag 0 in June.
    models::KvCash back({true, 0.8, 0}, models::Calendar({2027, 1}, 1));
    for (int m = 0; m < 3; ++m) CHECK(back.receive(m, 3000) == (m == 2 ? Approx(9000) : Approx(0)));
    CHECK(back.receive(3, 100) == Approx(2400));
    CHECK(back.receive(4, 100) == Approx(2400));
    CHECK(back.receive(5, 100) == Approx(2400 - 6900));

    // Without a payment schedule the KV money is cash in its month.
    models::KvCash direct({}, calendar);
    CHECK(direct.receive(0, 1234.5) == 1234.5);
}

TEST_CASE("PKV invoices are paid after their lag", "[models][revenue_cash]") {
    // Lag 2 over 6 months, PKV revenue 100 x (m + 1): received 0, 0, 100, 200, 300, 400; the last
    // two months' 500 + 600 fall due after the horizon.
    models::PkvCash pkv(2, 6);
    const std::vector<double> expected = {0, 0, 100, 200, 300, 400};
    for (int m = 0; m < 6; ++m) CHECK(pkv.receive(m, 100.0 * (m + 1)) == expected[static_cast<std::size_t>(m)]);
    models::PkvCash now(0, 6);
    CHECK(now.receive(0, 55) == 55);
}

TEST_CASE("KV payment timing in the model: advances and the remainder after the quarter", "[models][revenue_cash]") {
    // 9,000 EUR GKV revenue a month. Q1: no previous quarter, no advances; its 27,000 arrive
    // 3 months after March, in June. Q2: advances 0.8 x 27,000 / 3 = 7,200 a month (Apr-Jun);
    // its remainder 27,000 - 21,600 = 5,400 arrives in September.
    const models::CentreModel model(testing::one_gp().kv_payment(0.8, 3).build());
    const auto m = model.project_months(1, 0);
    CHECK(m[0].cash == 0);
    CHECK(m[2].cash == 0);
    CHECK(m[3].cash == Approx(7200));
    CHECK(m[4].cash == Approx(14400));
    CHECK(m[5].cash == Approx(21600 + 27000));
    CHECK(m[8].cash - m[7].cash == Approx(7200 + 5400));
    // The P&L does not wait: the result is 9,000 every month.
    CHECK(m[0].result() == Approx(9000));
}

TEST_CASE("in the model the KV pays GKV revenue and lump sums, PKV money waits for its lag", "[models][revenue_cash]") {
    // 300 cases, 20 % private at 50 EUR: GKV 240 x 30 = 7,200, PKV 60 x 50 = 3,000, other 300 x 1 =
    // 300, a lump sum of 500 a month. No KV schedule: the KV money 7,700 is cash in its month;
    // PKV after 1 month; other revenue in its month. Cash: month 0 8,000, then 11,000 a month.
    const auto spec = testing::one_gp(1).pkv(0.2, 50, 0.0, 1).other_revenue(1).surcharge("ti", 0.0, 500).build();
    const auto m = models::CentreModel(spec).project_months(1, 0);
    CHECK(m[0].revenue() == Approx(11000));
    CHECK(m[0].cash == Approx(8000));
    CHECK(m[1].cash - m[0].cash == Approx(11000));
    CHECK(m[11].cash == Approx(8000 + 11 * 11000));  // December's PKV money is due after the horizon
}
