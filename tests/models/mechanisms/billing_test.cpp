// Billing (models/mechanisms/billing.h): cases from the doctors' capacity, the GKV fee in EUR or
// as EBM points x Orientierungswert with its growth index, the payout quota, PKV and other
// revenue with their own indices, and the KV's surcharges and lump sums.
#include "models/mechanisms/billing.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "models/projection/projection.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;

TEST_CASE("billing by EUR per case: cases, GKV, PKV, other revenue and their growth", "[models][billing]") {
    // Opening July 2027, 2 years. Capacity 1.5 (doctors' FTE x productivity x ramp), 900 cases per
    // FTE and quarter, staff shortage 0.1: cases 1.5 x 900 / 3 x 0.9 = 405; PKV share 0.2: GKV
    // cases 324, PKV cases 81.
    //   2027: GKV 324 x 60 = 19,440; PKV 81 x 100 = 8,100; other 405 x 2 = 810.
    //   2028 (January indices: GKV x 1.1, PKV x 1.05, other x 1.2): GKV 21,384; PKV 8,505; other 972.
    const auto spec = testing::CentreBuilder({2027, 7}, 2)
                          .doctor("gp-1")
                          .cases_per_fte_per_quarter(900)
                          .gkv_eur_per_case(60)
                          .gkv_growth(0.10)
                          .pkv(0.2, 100, 0.05)
                          .other_revenue(2, 0.2)
                          .build();
    const models::Billing billing(spec.billing);
    const auto trial = billing.draw({1, 0}, 18, 2);
    const auto now = billing.month(trial, 1.5, 1.5, 0.1, {0, 0, 7});
    CHECK(now.cases == Approx(405));
    CHECK(now.gkv_cases == Approx(324));
    CHECK(now.gkv_revenue == Approx(19440));
    CHECK(now.pkv_revenue == Approx(8100));
    CHECK(now.other_revenue == Approx(810));
    CHECK(now.lump_sums == 0);
    const auto next = billing.month(trial, 1.5, 1.5, 0.1, {6, 1, 1});
    CHECK(next.cases == Approx(405));
    CHECK(next.gkv_revenue == Approx(21384));
    CHECK(next.pkv_revenue == Approx(8505));
    CHECK(next.other_revenue == Approx(972));
}

TEST_CASE("the GKV fee by EBM points x Orientierungswert", "[models][billing]") {
    // 500 points x 12.5 ct = 62.50 EUR per case; 300 cases, no PKV: 18,750 EUR; with 3 % growth
    // in the second year 19,312.50.
    const auto spec = testing::one_gp(2).gkv_points(500, 12.5).gkv_growth(0.03).build();
    const models::Billing billing(spec.billing);
    const auto trial = billing.draw({1, 0}, 24, 2);
    CHECK(trial.ow_eur_per_point == Approx(0.125));
    CHECK(billing.month(trial, 1.0, 1.0, 0.0, {0, 0, 1}).gkv_revenue == Approx(18750));
    CHECK(billing.month(trial, 1.0, 1.0, 0.0, {12, 1, 1}).gkv_revenue == Approx(19312.5));
}

TEST_CASE("payout quota: GKV cases above the limit per doctor FTE in post are paid at the quota", "[models][billing]") {
    // Limit 600 cases per FTE per quarter = 200 a month; 300 cases: 200 + 100 x 0.5 = 250 paid,
    // 250 / 300 of 9,000 = 7,500 EUR a month.
    const auto spec = testing::one_gp(1).payout_quota(600, 0.5).build();
    CHECK(models::CentreModel(spec).project_months(1, 0)[0].gkv_revenue == Approx(7500));

    // The limit counts doctor FTE in post, not capacity: 1 FTE at productivity 1.2 has 360 cases,
    // 10 % private: 324 GKV cases against the limit of 200: 200 + 124 x 0.5 = 262 paid, x 30 =
    // 7,860. (The quota applies to GKV cases; PKV cases are not budgeted by the KV.)
    const models::Billing billing(testing::one_gp(1).payout_quota(600, 0.5).pkv(0.1, 100).build().billing);
    const auto trial = billing.draw({1, 0}, 12, 1);
    const auto b = billing.month(trial, 1.2, 1.0, 0.0, {0, 0, 1});
    CHECK(b.gkv_cases == Approx(324));
    CHECK(b.gkv_revenue == Approx(7860));
    CHECK(b.pkv_revenue == Approx(36 * 100));
    // Below the limit all is paid: 0.5 capacity, 150 cases, 135 GKV, x 30 = 4,050.
    CHECK(billing.month(trial, 0.5, 1.0, 0.0, {0, 0, 1}).gkv_revenue == Approx(4050));
}

TEST_CASE("surcharges and lump sums: per GKV case and per month, growing with the GKV index", "[models][billing]") {
    // Two items: NäPA 4.33 EUR per case, and the TI-Pauschale 237.78 EUR a month. 1 doctor FTE,
    // 300 cases, 10 % private: 270 GKV cases.
    //   2027: 270 x 4.33 + 237.78 = 1,169.10 + 237.78 = 1,406.88
    //   2028, GKV index 1.04: 1,406.88 x 1.04 = 1,463.1552
    // The month's lump sum is paid with doctors in post or not: no doctor, 237.78.
    const auto spec = testing::one_gp(2)
                          .gkv_growth(0.04)
                          .pkv(0.1, 100)
                          .surcharge("naepa", 4.33, 0.0)
                          .surcharge("ti-pauschale", 0.0, 237.78)
                          .build();
    const models::Billing billing(spec.billing);
    const auto trial = billing.draw({1, 0}, 24, 2);
    CHECK(billing.month(trial, 1.0, 1.0, 0.0, {0, 0, 1}).lump_sums == Approx(1406.88));
    CHECK(billing.month(trial, 1.0, 1.0, 0.0, {13, 1, 2}).lump_sums == Approx(1463.1552));
    CHECK(billing.month(trial, 0.0, 0.0, 0.0, {0, 0, 1}).lump_sums == Approx(237.78));
    // Through the whole model: 12 x 1,406.88 = 16,882.56 in 2027, lump sums are revenue.
    const models::CentreModel model(spec);
    const auto out = testing::trial_outputs(model);
    CHECK(testing::year_output(out, 0, Metric::lump_sums) == Approx(16882.56));
    CHECK(testing::year_output(out, 1, Metric::lump_sums) == Approx(16882.56 * 1.04));
    CHECK(testing::year_output(out, 0, Metric::revenue) ==
          Approx(12 * (270 * 30 + 30 * 100) + 16882.56));  // GKV 8,100 + PKV 3,000 a month
}

TEST_CASE("calibration: one employed GP with national averages lands in the published ranges",
          "[models][billing][calibration]") {
    // KBV: about 870-900 cases per GP per quarter (derived from the Honorarbericht 2022/2023) and a
    // GKV Honorarumsatz of about 244,000-251,000 EUR per GP per year (2021-2023). The GP Fallwert
    // 2023 was 72.29 EUR at an OW of 11.4915 ct: 629 points. With 870 cases a quarter and no
    // private patients: 870 x 4 x 629 x 0.114915 = 251,540 EUR a year.
    const models::CentreModel model(testing::CentreBuilder({2023, 1}, 1)
                                        .doctor("gp-1")
                                        .cases_per_fte_per_quarter(sim::Triangular{840, 870, 900})
                                        .gkv_points(629, 11.4915)
                                        .build());
    const auto p = models::project(model, {.seed = 1, .trials = 5000, .threads = 2});
    const double cases_per_quarter = p.years[0][Metric::cases].mean / 4.0;
    CHECK(cases_per_quarter >= 860);
    CHECK(cases_per_quarter <= 900);
    CHECK(p.years[0][Metric::gkv_revenue].mean >= 240000);
    CHECK(p.years[0][Metric::gkv_revenue].mean <= 255000);
}

TEST_CASE("a monthly lump sum that stops without a doctor in post (the TI-Pauschale)", "[models][billing]") {
    // One GP filled after 2 months (time to fill 2); TI-Pauschale 300 a month. Paid regardless
    // (default): 300 in months 0 and 1, when nobody treats a patient. With stops_without_doctor:
    // 0 in months 0 and 1, 300 from month 2 on; the per-case part is 0 without cases anyway.
    for (const bool stops : {false, true}) {
        INFO("stops " << stops);
        const auto m = models::CentreModel(
                           testing::one_gp(1, {.time_to_fill = 2}).surcharge("ti-pauschale", 0.0, 300, stops).build())
                           .project_months(1, 0);
        CHECK(m[0].lump_sums == Approx(stops ? 0 : 300).margin(1e-9));
        CHECK(m[1].lump_sums == Approx(stops ? 0 : 300).margin(1e-9));
        CHECK(m[2].lump_sums == Approx(300));
        CHECK(m[2].gkv_revenue == Approx(9000));
    }
}

TEST_CASE("PKV and other revenue grow by a rate drawn anew each year, as the Orientierungswert's",
          "[models][billing]") {
    // draw: year for the private and the other growth: I(0) = 1, I(y) = I(y-1) x (1 + r_y) with r_y
    // drawn from the rate's own stream each year, so each year's step lies in the range and the
    // steps differ; the GKV index (growth 0) stays 1. A rate drawn once per trial gives equal steps.
    const auto spec = testing::one_gp(4)
                          .pkv(0.2, 100, testing::each_year(sim::Uniform{0.0, 0.06}))
                          .other_revenue(2, testing::each_year(sim::Uniform{0.01, 0.03}))
                          .build();
    const models::Billing billing(spec.billing);
    const auto t = billing.draw({7, 3}, 48, 4);
    CHECK(t.pkv_index[0] == 1.0);
    CHECK(t.other_index[0] == 1.0);
    for (std::size_t y = 1; y < 4; ++y) {
        INFO("year " << y);
        const double pkv_step = t.pkv_index[y] / t.pkv_index[y - 1] - 1.0;
        const double other_step = t.other_index[y] / t.other_index[y - 1] - 1.0;
        CHECK(pkv_step >= 0.0);
        CHECK(pkv_step <= 0.06);
        CHECK(other_step >= 0.01);
        CHECK(other_step <= 0.03);
        CHECK(t.gkv_index[y] == 1.0);
    }
    CHECK(t.pkv_index[2] / t.pkv_index[1] != Approx(t.pkv_index[1]));
    // The month's PKV revenue follows the index: 60 private cases x 100 x I_pkv(y).
    const auto b = billing.month(t, 1.0, 1.0, 0.0, {24, 2, 1});
    CHECK(b.pkv_revenue == Approx(6000 * t.pkv_index[2]));
    const auto fixed = models::Billing(testing::one_gp(3).pkv(0.2, 100, 0.04).build().billing).draw({7, 3}, 36, 3);
    CHECK(fixed.pkv_index[2] == Approx(1.04 * 1.04));
}
