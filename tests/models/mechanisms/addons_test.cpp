// The add-on services of an RVZ (models/mechanisms/addons.h): hand-computed months, the tenant
// loss/relet process against its steady state, and stream independence. The `addons` section
// reader is tested in tests/scenarios/addons_reader_test.cpp.
#include "models/mechanisms/addons.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "models/projection/centre_model.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using testing::CentreBuilder;

namespace {

// Months 0 .. months-1 of one trial, with the year index of an opening in January and no inflation.
std::vector<models::AddonMonth> run(const models::AddonsSpec& spec, std::uint64_t trial, int years) {
    models::AddonsTrial t(spec, 7, trial, years);
    std::vector<models::AddonMonth> months;
    for (int m = 0; m < years * 12; ++m) months.push_back(t.month(m, m / 12, 1.0));
    return months;
}

// A Tagespflege of 15 places at the Ostheim day rates (docs/model.md section 12).
const testing::Tagespflege kTagespflege{.places = 15,
                                        .opening_days = 21,
                                        .occupancy = 0.8,
                                        .pflegegrad_weights = {7, 7, 4, 2},
                                        .care_eur_per_day = {61.36, 66.83, 74.14, 84.22},
                                        .self_paid = 19.64,
                                        .price_growth = 0.03,
                                        .care_staff_fte_per_guest = 0.2,
                                        .care_staff = {.salary = 40000, .on_cost = 0.21, .raise = 0.03},
                                        .fixed = 3000};

models::AddonsSpec tagespflege(const testing::Tagespflege& t = kTagespflege) {
    return CentreBuilder().tagespflege(t).spec().addons;
}

}  // namespace

TEST_CASE("a deterministic Tagespflege month gives the hand-computed figures", "[models][addons]") {
    const auto spec = tagespflege();
    models::AddonsTrial trial(spec, 1, 0, 3);

    // Mix 7:7:4:2 normalises to 0.35/0.35/0.2/0.1 (Ostheim day rates, docs/model.md section 12):
    //   care part 0.35 x 61.36 + 0.35 x 66.83 + 0.2 x 74.14 + 0.1 x 84.22
    //           = 21.476 + 23.3905 + 14.828 + 8.422 = 68.1165 EUR per guest-day
    //   + self-paid 19.64 = 87.7565 EUR per guest-day
    // Guests per day 15 x 0.8 = 12; guest-days 12 x 21 = 252.
    // Month 0 (opening year, all indices 1):
    //   revenue 252 x 87.7565 = 22,114.638
    //   care staff 12 x 0.2 = 2.4 FTE x 40,000 / 12 x 1.21 = 9,680; fixed 3,000; costs 12,680
    const auto first = trial.month(0, 0, 1.0);
    CHECK(first.tagespflege_guests_per_day == Approx(12.0));
    CHECK(first.tagespflege_revenue == Approx(22114.638));
    CHECK(first.tagespflege_costs == Approx(12680.0));
    CHECK(first.tenant_rent == 0.0);
    CHECK(first.service_revenue == 0.0);

    // Month 13 (February of year 1), inflation index 1.1:
    //   revenue 22,114.638 x 1.03 = 22,778.07714
    //   care staff 9,680 x 1.03 = 9,970.4; fixed 3,000 x 1.1 = 3,300; costs 13,270.4
    const auto later = trial.month(13, 1, 1.1);
    CHECK(later.tagespflege_revenue == Approx(22778.07714));
    CHECK(later.tagespflege_costs == Approx(13270.4));
}

TEST_CASE("Tagespflege occupancy ramps up linearly from its start", "[models][addons]") {
    auto spec = tagespflege();
    spec.tagespflege.places = 10;
    spec.tagespflege.start = 6;  // July 2027
    spec.tagespflege.ramp_up_months = 12;
    spec.tagespflege.start_occupancy = 0.3;
    spec.tagespflege.occupancy = models::fixed_input(0.9);
    const auto months = run(spec, 0, 3);

    // Before the start: no guests, no revenue, no costs (not even fixed ones).
    CHECK(months[5].tagespflege_guests_per_day == 0.0);
    CHECK(months[5].tagespflege_revenue == 0.0);
    CHECK(months[5].tagespflege_costs == 0.0);
    // k months after the start, k < 12: 10 x (0.3 + (0.9 - 0.3) x k / 12).
    CHECK(months[6].tagespflege_guests_per_day == Approx(3.0));   // k = 0
    CHECK(months[12].tagespflege_guests_per_day == Approx(6.0));  // k = 6: 0.3 + 0.6 x 0.5 = 0.6
    CHECK(months[17].tagespflege_guests_per_day == Approx(8.5));  // k = 11: 0.3 + 0.6 x 11/12 = 0.85
    CHECK(months[18].tagespflege_guests_per_day == Approx(9.0));  // k = 12: the target
    CHECK(months[35].tagespflege_guests_per_day == Approx(9.0));
    // Revenue scales with guests and prices: month 12 (2028, prices x 1.03) has twice the guests of month 6 (2027).
    CHECK(months[12].tagespflege_revenue == Approx(2.0 * 1.03 * months[6].tagespflege_revenue));
}

TEST_CASE("a tenant that is never lost pays area x rent x index from its lease start", "[models][addons]") {
    const auto spec =
        CentreBuilder()
            .tenant("pharmacy", {.area_m2 = 120, .rent_per_m2 = 9, .lease_start = 3, .rent_increase = 0.02})
            .spec()
            .addons;
    const auto months = run(spec, 3, 3);
    // 120 m2 x 9 EUR = 1,080 EUR per month in 2027; x 1.02 = 1,101.6 in 2028; x 1.02^2 = 1,123.632 in 2029.
    const double expected[] = {1080.0, 1101.6, 1123.632};
    for (int m = 0; m < 36; ++m) {
        INFO("month " << m);
        if (m < 3) {
            CHECK(months[m].tenant_rent == 0.0);
            CHECK(months[m].tenants_let == 0);
        } else {
            CHECK(months[m].tenant_rent == Approx(expected[m / 12]));
            CHECK(months[m].tenants_let == 1);
        }
    }
}

TEST_CASE("a tenant surely lost each month pays again after the relet gap", "[models][addons]") {
    // Loss probability 1 a year: monthly 1 - (1 - 1)^(1/12) = 1, so the tenant leaves at the end of
    // each month it is let; the unit then stays empty 2 months: let in months 0, 3, 6, 9 of 2027,
    // paying 50 m2 x 10 = 500 EUR each, 2,000 in the year.
    const auto spec =
        CentreBuilder()
            .tenant("cafe", {.area_m2 = 50, .rent_per_m2 = 10, .loss_probability = 1.0, .months_to_relet = 2})
            .spec()
            .addons;
    const auto months = run(spec, 0, 1);
    double year = 0;
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m);
        CHECK(months[m].tenants_let == (m % 3 == 0 ? 1 : 0));
        year += months[m].tenant_rent;
    }
    CHECK(year == Approx(2000));
}

TEST_CASE("the share of months a tenant is let matches the steady state of loss and relet", "[models][addons]") {
    const auto spec = CentreBuilder()
                          .tenant("physio", {.area_m2 = 100,
                                             .rent_per_m2 = 8,
                                             .loss_probability = 0.3,
                                             .months_to_relet = sim::Discrete{{3, 9}, {1, 1}}})
                          .spec()
                          .addons;
    // A renewal process: let for L months (the month of the loss included), L geometric with the
    // monthly loss probability q = 1 - 0.7^(1/12), so E[L] = 1/q ≈ 34.1; then empty for R months,
    // E[R] = 6. Steady-state share let = E[L] / (E[L] + E[R]) ≈ 0.850.
    const double q = 1.0 - std::pow(0.7, 1.0 / 12.0);
    const double steady = (1.0 / q) / (1.0 / q + 6.0);

    // Starting let biases the first months; after 10 years (about 3 cycles) the bias is below
    // 1e-12 (exact Markov-chain computation of the window share), far below the tolerance.
    const int years = 40, burn_in = 120, months = years * 12;
    const int trials = 4000;
    double sum = 0.0, sum_sq = 0.0;
    for (int i = 0; i < trials; ++i) {
        models::AddonsTrial t(spec, 11, static_cast<std::uint64_t>(i), years);
        int let = 0;
        for (int m = 0; m < months; ++m) {
            const auto f = t.month(m, m / 12, 1.0);
            if (m >= burn_in) let += f.tenants_let;
        }
        const double share = static_cast<double>(let) / (months - burn_in);
        sum += share;
        sum_sq += share * share;
    }
    const double mean = sum / trials;
    const double sd = std::sqrt((sum_sq - trials * mean * mean) / (trials - 1));
    const double se = sd / std::sqrt(static_cast<double>(trials));
    INFO("mean " << mean << ", steady state " << steady << ", standard error " << se);
    CHECK(se > 0.0);
    CHECK(std::abs(mean - steady) < 4.0 * se);
}

TEST_CASE("adding a tenant and other add-ons leaves the first tenant's months unchanged", "[models][addons]") {
    const testing::Tenant pharmacy{.area_m2 = 120,
                                   .rent_per_m2 = sim::Triangular{7, 9, 12},
                                   .loss_probability = 0.2,
                                   .months_to_relet = sim::Triangular{3, 9, 24},
                                   .rent_increase = testing::each_year(sim::Normal{0.02, 0.01, 0, 0.05})};
    const testing::Tenant physio{.area_m2 = 80,
                                 .rent_per_m2 = sim::Uniform{6, 10},
                                 .loss_probability = 0.4,
                                 .months_to_relet = sim::Triangular{1, 4, 12}};
    const auto alone = CentreBuilder().tenant("pharmacy", pharmacy).spec().addons;
    const auto other = CentreBuilder().tenant("physio", physio).spec().addons;
    // The new tenant comes first in the list, and a Tagespflege and a noisy service join.
    const auto both = CentreBuilder()
                          .tagespflege(kTagespflege)
                          .tenant("physio", physio)
                          .tenant("pharmacy", pharmacy)
                          .service("transport", testing::each_month(sim::Uniform{0, 900}), 0.0)
                          .spec()
                          .addons;

    int losses = 0;
    for (std::uint64_t trial = 0; trial < 50; ++trial) {
        models::AddonsTrial a(alone, 5, trial, 10), o(other, 5, trial, 10), b(both, 5, trial, 10);
        bool was_let = true;
        for (int m = 0; m < 120; ++m) {
            const auto fa = a.month(m, m / 12, 1.0), fo = o.month(m, m / 12, 1.0);
            const auto fb = b.month(m, m / 12, 1.0);
            INFO("trial " << trial << ", month " << m);
            REQUIRE(b.tenant_let(1) == a.tenant_let(0));
            REQUIRE(b.tenant_let(0) == o.tenant_let(0));
            REQUIRE(fb.tenant_rent == fo.tenant_rent + fa.tenant_rent);
            if (was_let && !a.tenant_let(0)) ++losses;
            was_let = a.tenant_let(0);
        }
    }
    CHECK(losses > 10);  // the comparison covered losses and relets
}

TEST_CASE("service lines count from their start; skipped months still advance the streams", "[models][addons]") {
    const auto spec =
        CentreBuilder()
            .service("community-nurse", 5942, 6500, 2)  // from March 2027
            .service("transport", testing::each_month(sim::Uniform{0, 900}), 2500)
            .tenant("cafe", {.area_m2 = 40, .rent_per_m2 = 6, .loss_probability = 0.5, .months_to_relet = 4})
            .spec()
            .addons;
    const auto months = run(spec, 2, 2);
    CHECK(months[1].service_costs == Approx(2500.0));
    CHECK(months[2].service_costs == Approx(9000.0));  // 2,500 + 6,500 from March
    CHECK(months[2].service_revenue > 5942.0);
    CHECK(months[2].service_revenue < 5942.0 + 900.0);

    // Asking for month 20 directly gives what month 20 gives after asking for every month.
    models::AddonsTrial direct(spec, 7, 2, 2);
    const auto f = direct.month(20, 1, 1.0);
    CHECK(f.service_revenue == months[20].service_revenue);
    CHECK(f.tenant_rent == months[20].tenant_rent);
}

TEST_CASE("the add-ons in the model: revenue and costs, fixed costs with the running-cost inflation",
          "[models][addons]") {
    // A service line (revenue 4,000, costs 1,000 a month) and a tenant (60 m2 x 10 = 600 a month);
    // the Tagespflege above from January 2028 with the centre's inflation of 10 %: its fixed 3,000
    // become 3,300, its revenue 22,114.638 x 1.03 = 22,778.077, its staff 9,680 x 1.03 = 9,970.4.
    auto tp = kTagespflege;
    tp.start = 12;
    const auto model = models::CentreModel(CentreBuilder({2027, 1}, 2)
                                               .doctor("gp-1")
                                               .cost_inflation(0.1)
                                               .service("nurse", 4000, 1000)
                                               .tenant("physio", {.area_m2 = 60, .rent_per_m2 = 10})
                                               .tagespflege(tp)
                                               .build());
    const auto m = model.project_months(1, 0);
    CHECK(m[0].addons_revenue == Approx(4600));
    CHECK(m[0].addons_costs == Approx(1000));
    CHECK(m[12].addons_revenue == Approx(4600 + 22778.07714));
    CHECK(m[12].addons_costs == Approx(1000 + 9970.4 + 3300));
    CHECK(m[12].result() == Approx(4600 + 22778.07714 - 1000 - 9970.4 - 3300));
}
