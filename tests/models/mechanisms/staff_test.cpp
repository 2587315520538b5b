// Non-physician staff (models/mechanisms/staff.h): posts per doctor FTE or fixed, pay with its
// raise index, and turnover as the vacancy share d r / (12 + d r), which cuts the cost of every
// role and, for roles per doctor FTE, the case load.
#include "models/mechanisms/staff.h"

#include <catch2/catch.hpp>
#include <vector>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

TEST_CASE("staff: posts, pay and the vacancy share of turnover, by hand", "[models][staff]") {
    // MFA, 2 FTE per doctor FTE, 36,000 a year + 20 % on-costs: 36,000 / 12 x 1.2 = 3,600 per FTE
    // and month; turnover d = 0.2 departures a year, r = 3 months to refill:
    //   v = d r / (12 + d r) = 0.6 / 12.6 = 0.0476190.
    // Manager, 1 FTE from month 2, 48,000 + 25 %: 5,000 a month; d = 0.5, r = 4: v = 2 / 14 = 1/7.
    // Raises: MFA 4 % from the second calendar year; the manager none.
    const auto spec =
        testing::CentreBuilder({2027, 11}, 2)
            .doctor("gp-1")
            .staff_per_doctor("mfa", 2,
                              {.salary = 36000, .on_cost = 0.2, .raise = 0.04, .departures = 0.2, .refill = 3})
            .staff("manager", 1, {.salary = 48000, .on_cost = 0.25, .departures = 0.5, .refill = 4, .start = 2})
            .build();
    const models::Staff staff(spec.staff);
    REQUIRE(staff.size() == 2);
    CHECK(staff.index("manager") == 1);
    CHECK(staff.index("nurse") == -1);
    const auto pay = staff.draw({1, 0}, 2);
    CHECK(pay[0].monthly_full_cost == Approx(3600));
    CHECK(pay[0].vacancy_share == Approx(0.6 / 12.6));
    CHECK(pay[1].monthly_full_cost == Approx(5000));
    CHECK(pay[1].vacancy_share == Approx(1.0 / 7.0));
    CHECK(pay[0].raise[1] == Approx(1.04));

    std::vector<models::Money> role_cost(2);
    // November 2027 (m = 0), 1.5 doctor FTE in post: MFA 3 posts x (1 - 0.047619) x 3,600 =
    // 10,285.71; the manager has not started. The case load is cut by the MFA's share only.
    const auto first = staff.month(pay, {.fte = 1.5}, {0, 0, 11}, role_cost);
    CHECK(role_cost[0] == Approx(3 * (1 - 0.6 / 12.6) * 3600));
    CHECK(role_cost[1] == 0);
    CHECK(first.cost == Approx(10285.714).epsilon(1e-6));
    CHECK(first.shortage == Approx(0.6 / 12.6));
    // January 2028 (m = 2, year 1), 1 doctor FTE: MFA 2 x 0.952381 x 3,600 x 1.04 = 7,131.43;
    // manager 1 x (1 - 1/7) x 5,000 = 4,285.71; together 11,417.14.
    const auto later = staff.month(pay, {.fte = 1.0}, {2, 1, 1}, role_cost);
    CHECK(role_cost[0] == Approx(2 * (1 - 0.6 / 12.6) * 3600 * 1.04));
    CHECK(role_cost[1] == Approx(5000.0 * 6 / 7));
    CHECK(later.cost == Approx(11417.143).epsilon(1e-6));
    // No doctor in post: no MFA post, the fixed post stays.
    staff.month(pay, {.fte = 0.0}, {3, 1, 2}, role_cost);
    CHECK(role_cost[0] == 0);
    CHECK(role_cost[1] == Approx(5000.0 * 6 / 7));
}

TEST_CASE("staff turnover cuts staff costs and, for staff per doctor FTE, the cases", "[models][staff]") {
    // One GP (300 cases a month at 30 EUR). MFA 2 per doctor FTE at 24,000 (2,000 a month each)
    // with d = 0.19, r = 3: v = 0.57 / 12.57 = 0.0453461 (docs/model.md section 6.1). Cases
    // 300 x (1 - v) = 286.396, GKV revenue x 30 = 8,591.89; MFA cost 2 x 2,000 x (1 - v) = 3,818.62.
    // A receptionist (fixed, 1 FTE at 24,000) with much higher turnover (d = 1, r = 6: v = 1/3)
    // costs 2,000 x 2/3 = 1,333.33 but does not cut the cases: only staff per doctor FTE do.
    const double v = 0.57 / 12.57;
    const auto spec = testing::one_gp(1)
                          .staff_per_doctor("mfa", 2, {.salary = 24000, .departures = 0.19, .refill = 3})
                          .staff("reception", 1, {.salary = 24000, .departures = 1.0, .refill = 6})
                          .build();
    const auto m = models::CentreModel(spec).project_months(1, 0);
    CHECK(m[0].cases == Approx(300 * (1 - v)));
    CHECK(m[0].gkv_revenue == Approx(9000 * (1 - v)));
    CHECK(m[0].staff_costs == Approx(4000 * (1 - v) + 2000.0 * 2 / 3));

    // Without turnover nothing is cut.
    const auto full = models::CentreModel(testing::one_gp(1).staff_per_doctor("mfa", 2, {.salary = 24000}).build())
                          .project_months(1, 0);
    CHECK(full[0].cases == Approx(300));
    CHECK(full[0].staff_costs == Approx(4000));
}

TEST_CASE("the cases are cut by the largest vacancy share of the roles per doctor FTE", "[models][staff]") {
    // MFA v = 0.6 / 12.6 = 0.047619, nurse (d = 0.5, r = 6) v = 3 / 15 = 0.2: the larger cuts the
    // case load, 300 x 0.8 = 240 cases; the shares do not multiply.
    const auto spec = testing::one_gp(1)
                          .staff_per_doctor("mfa", 2, {.departures = 0.2, .refill = 3})
                          .staff_per_doctor("nurse", 0.5, {.departures = 0.5, .refill = 6})
                          .build();
    CHECK(models::CentreModel(spec).project_months(1, 0)[0].cases == Approx(240));
}

TEST_CASE("staff per doctor FTE follow the doctors in post, or the planned positions", "[models][staff]") {
    // One GP planned from opening, filled after 3 months (time to fill 3); MFA 2 per doctor FTE at
    // 24,000 a year (2,000 a month each, no on-costs).
    //   doctors_in_post (default): months 0-2 no MFA (0), from month 3 2 x 2,000 = 4,000.
    //   planned_positions: the centre keeps its MFA from the planned start: 4,000 from month 0.
    //   A second position planned for month 6 (0.5 FTE, never filled within the year: time to fill
    //   12) adds 0.5 x 2 x 2,000 = 2,000 from month 6 when planned, nothing when in post.
    for (const bool planned : {false, true}) {
        INFO("planned " << planned);
        const auto spec = testing::one_gp(1, {.time_to_fill = 3})
                              .doctor("gp-2", {.fte = 0.5, .start = 6, .time_to_fill = 12})
                              .staff_per_doctor("mfa", 2.0, {.salary = 24000, .follows_planned = planned})
                              .build();
        const auto m = models::CentreModel(spec).project_months(1, 0);
        CHECK(m[0].staff_costs == Approx(planned ? 4000 : 0).margin(1e-9));
        CHECK(m[2].staff_costs == Approx(planned ? 4000 : 0).margin(1e-9));
        CHECK(m[3].staff_costs == Approx(4000));
        CHECK(m[6].staff_costs == Approx(planned ? 6000 : 4000));
        CHECK(m[11].staff_costs == Approx(planned ? 6000 : 4000));
        CHECK(m[6].doctor_fte == 1.0);  // the doctors in post are the same either way
    }
}
