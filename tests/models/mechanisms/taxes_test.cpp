// Income taxes (models/mechanisms/taxes.h): corporate tax 15 % with the solidarity surcharge of
// 5.5 % of it, and trade tax 3.5 % x Hebesatz, on each year's positive result after the losses
// carried forward (in full up to 1 M EUR, 60 % of the profit above), the trade tax on the result plus
// its add-backs (§ 8 Nr. 1 GewStG) with its own carry-forward; none for an exempt centre.
#include "models/mechanisms/taxes.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

TEST_CASE("the combined rate and the loss carried forward", "[models][taxes]") {
    // Hebesatz 400 %: 0.15 x 1.055 + 0.035 x 4 = 0.15825 + 0.14 = 0.29825.
    models::TaxesSpec spec;
    spec.present = true;
    spec.trade_multiplier = 4.0;
    const models::Taxes taxes(spec);
    CHECK(taxes.rate() == Approx(0.29825));

    // Years: -50,000 (carried), +30,000 (all offset: no tax, 20,000 left), +100,000 (20,000 offset,
    // 80,000 taxed: 23,860). Each year booked in December: months are added as 1/12 of the year.
    const models::Calendar calendar({2027, 1}, 3);
    models::Taxes::Run run(taxes);
    const double results[] = {-50000, 30000, 100000};
    double booked[3] = {0, 0, 0};
    for (int m = 0; m < calendar.months(); ++m) {
        const auto at = testing::month_step(calendar, m);
        const double tax = run.month(at, results[at.year] / 12.0);
        if (at.month_of_year != 12) CHECK(tax == 0);
        booked[at.year] += tax;
    }
    CHECK(booked[0] == 0);
    CHECK(booked[1] == Approx(0).margin(1e-6));
    CHECK(booked[2] == Approx(80000 * 0.29825));
    CHECK(run.carried_forward() == Approx(0).margin(1e-6));

    // Minimum taxation: 3 M EUR carried, a profit of 2 M: offset 1 M + 0.6 x 1 M = 1.6 M; taxed
    // 400,000; 1.4 M stay carried.
    models::Taxes::Run big(taxes);
    const models::Calendar two({2027, 1}, 2);
    for (int m = 0; m < 12; ++m) big.month(testing::month_step(two, m), -250000);
    double tax = 0;
    for (int m = 12; m < 24; ++m) tax += big.month(testing::month_step(two, m), 2.0e6 / 12);
    CHECK(tax == Approx(400000 * 0.29825));
    CHECK(big.carried_forward() == Approx(1.4e6));
}

TEST_CASE("trade tax add-backs: a quarter of interest and half the rent above 200,000, own carry-forward",
          "[models][taxes]") {
    // Hebesatz 400 %: corporate 0.15825, trade 0.14 of their bases (each month 1/12 of the year).
    models::TaxesSpec spec;
    spec.present = true;
    spec.trade_multiplier = 4.0;
    const models::Taxes taxes(spec);
    auto year = [&](models::Taxes::Run& run, const models::Calendar& calendar, int first, double result,
                    double interest, double rent) {
        double tax = 0;
        for (int m = first; m < first + 12; ++m)
            tax += run.month(testing::month_step(calendar, m), result / 12, interest / 12, rent / 12);
        return tax;
    };
    const models::Calendar one({2027, 1}, 1), two({2027, 1}, 2);
    // Result 100,000, interest 180,000, rent 100,000: 180,000 + 0.5 x 100,000 = 230,000, above the
    // allowance by 30,000; add-backs 0.25 x 30,000 = 7,500. Corporate 100,000 x 0.15825 = 15,825;
    // trade 107,500 x 0.14 = 15,050; together 30,875.
    models::Taxes::Run above(taxes);
    CHECK(year(above, one, 0, 100000, 180000, 100000) == Approx(30875));
    // Interest 100,000 and rent 100,000: 150,000, below the allowance: no add-back, 29,825.
    models::Taxes::Run below(taxes);
    CHECK(year(below, one, 0, 100000, 100000, 100000) == Approx(29825));
    // A loss of 10,000 with interest 280,000 (add-backs 0.25 x 80,000 = 20,000): no corporate tax,
    // 10,000 carried; the trade base is -10,000 + 20,000 = 10,000: 1,400 of trade tax in the loss
    // year. Next year +10,000 and no interest: corporate offset in full (0), trade 10,000 x 0.14.
    models::Taxes::Run loss(taxes);
    CHECK(year(loss, two, 0, -10000, 280000, 0) == Approx(1400));
    CHECK(loss.carried_forward() == Approx(10000));
    CHECK(loss.trade_carried_forward() == Approx(0).margin(1e-9));
    CHECK(year(loss, two, 12, 10000, 0, 0) == Approx(1400));
    CHECK(loss.carried_forward() == Approx(0).margin(1e-9));
}

TEST_CASE("in the model the tax reduces the annual result and the cash, not for an exempt centre", "[models][taxes]") {
    // One GP earning 9,000 a month against rent 5,000: 48,000 a year before tax; Hebesatz 380 %:
    // rate 0.15825 + 0.133 = 0.29125, tax 13,980 in December; result 34,020; cash 48,000 - 13,980.
    const models::CentreModel taxed(testing::one_gp(1).rent(5000).taxes(380).build());
    const auto out = testing::trial_outputs(taxed);
    CHECK(testing::year_output(out, 0, models::Metric::income_taxes) == Approx(13980));
    CHECK(testing::year_output(out, 0, models::Metric::annual_result) == Approx(34020));
    CHECK(testing::year_output(out, 0, models::Metric::cash_end) == Approx(34020));
    const auto months = taxed.project_months(1, 0);
    CHECK(months[10].income_taxes == 0);
    CHECK(months[11].income_taxes == Approx(13980));

    const models::CentreModel exempt(testing::one_gp(1).rent(5000).taxes(380, true).build());
    const auto free = testing::trial_outputs(exempt);
    CHECK(testing::year_output(free, 0, models::Metric::income_taxes) == 0);
    CHECK(testing::year_output(free, 0, models::Metric::annual_result) == Approx(48000));
}
