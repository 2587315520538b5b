// Running costs (models/mechanisms/running_costs.h): fixed, per case and per doctor FTE in post,
// all with the cost inflation index, plus a share of the medical revenue (add-ons' revenue not
// included).
#include "models/mechanisms/running_costs.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

TEST_CASE("running costs: fixed, per case, per doctor FTE, inflation, share of revenue", "[models][running_costs]") {
    // Fixed 4,000 a month, 1.50 per case, 250 per doctor FTE in post, 3 % of the medical revenue,
    // inflation 10 % a year. A month with 450 cases, 1.5 doctor FTE and 30,000 EUR revenue:
    //   2027: (4,000 + 450 x 1.5 + 1.5 x 250) x 1 + 0.03 x 30,000 = 4,000 + 675 + 375 + 900 = 5,950
    //   2028: (4,000 + 675 + 375) x 1.1 + 900 = 5,555 + 900 = 6,455 (the share is not inflated:
    //         the revenue already carries its own growth)
    const auto spec =
        testing::one_gp(2)
            .running_costs({.fixed = 4000, .per_case = 1.5, .share_of_revenue = 0.03, .per_doctor_fte = 250})
            .cost_inflation(0.1)
            .build();
    const models::RunningCosts running(spec.running_costs, spec.cost_inflation_per_year);
    const auto trial = running.draw({1, 0}, 24, 2);
    CHECK(running.month(trial, 450, 1.5, 30000, {0, 0, 1}) == Approx(5950));
    CHECK(running.month(trial, 450, 1.5, 30000, {12, 1, 1}) == Approx(6455));
    CHECK(trial.inflation[1] == Approx(1.1));
}

TEST_CASE("the share of revenue is taken of the medical revenue, not of the add-ons'", "[models][running_costs]") {
    // One GP: GKV 9,000 + lump sum 1,000 = 10,000 medical revenue a month; a service line earns
    // 5,000 more and costs nothing. 10 % of the medical revenue: 1,000 (not 1,500). With 2 EUR per
    // case (300 cases) and 100 per doctor FTE: 1,000 + 600 + 100 = 1,700.
    const auto spec = testing::one_gp(1)
                          .surcharge("ti", 0.0, 1000)
                          .service("nurse", 5000, 0.0)
                          .running_costs({.per_case = 2, .share_of_revenue = 0.1, .per_doctor_fte = 100})
                          .build();
    const auto m = models::CentreModel(spec).project_months(1, 0);
    CHECK(m[0].addons_revenue == 5000);
    CHECK(m[0].revenue() == Approx(15000));
    CHECK(m[0].running_costs == Approx(1700));
}
