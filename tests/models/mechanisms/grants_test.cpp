// Grants (models/mechanisms/grants.h): operating subsidies, position funding (doctor and staff),
// the KV turnover guarantee and investment grants, each with the one repayment rule (repay): the
// income brought so far is reversed, the money brought is paid back, and the grant ends.
#include "models/mechanisms/grants.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "models/projection/centre_model.h"
#include "models/projection/projection.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using models::TrialMetric;

namespace {

// The first month with a repayment, or -1.
int first_repaid(const std::vector<models::MonthFlows>& months) {
    for (std::size_t m = 0; m < months.size(); ++m)
        if (months[m].repaid) return static_cast<int>(m);
    return -1;
}

}  // namespace

TEST_CASE("the one repayment rule: income reversed, money paid back, the grant ended", "[models][grants]") {
    // A grant that brought 1,200 of income and 5,000 of money: the month's repayments rise by the
    // income, the flag is set, the state ends and keeps what was brought (the caller pays back the
    // money: for investment grants their cash, for the others the income itself).
    models::GrantState s{.income = 1200, .cash = 5000};
    models::Money repayments = 300;  // another grant's repayment in the same month
    bool repaid = false;
    const models::GrantState& after = models::repay(s, repayments, repaid);
    CHECK(repayments == 1500);
    CHECK(repaid);
    CHECK(after.ended);
    CHECK(after.income == 1200);
    CHECK(after.cash == 5000);
    // A grant that brought nothing yet ends without counting as a repayment.
    models::GrantState empty;
    bool none = false;
    models::Money zero = 0;
    models::repay(empty, zero, none);
    CHECK(empty.ended);
    CHECK_FALSE(none);
    CHECK(zero == 0);
}

TEST_CASE("grants: operating subsidies, position funding and its repayment", "[models][grants]") {
    // A county subsidy of 24,000 EUR a year for 2 years from opening: 24,000 in 2027 and 2028,
    // nothing in 2029.
    const models::CentreModel model(testing::one_gp().operating_subsidy("county", 24000, 0, 2).build());
    const auto out = testing::trial_outputs(model);
    CHECK(testing::year_output(out, 0, Metric::grants) == Approx(24000));
    CHECK(testing::year_output(out, 1, Metric::grants) == Approx(24000));
    CHECK(testing::year_output(out, 2, Metric::grants) == 0);
    CHECK(testing::year_output(out, 2, Metric::annual_result) == Approx(108000));

    // Position funding of at most 60,000 a year and half the doctor's cost (120,000 a year:
    // 5,000 a month). The doctor surely leaves in the first month (p = 1) and the post stays
    // vacant 24 months: after 3 vacant months the funding is repaid: 5,000 received, 5,000 repaid.
    const models::CentreModel funded(testing::one_gp(3, {.salary = 120000, .departures = 1.0, .refill = 24})
                                         .position_funding({.name = "state",
                                                            .position = "gp-1",
                                                            .eur_per_year = 60000,
                                                            .share_of_cost = 0.5,
                                                            .years = 3,
                                                            .max_vacancy_months = 2})
                                         .build());
    const auto months = funded.project_months(1, 0);
    CHECK(months[0].grants == Approx(5000));
    CHECK(months[1].doctor_fte == 0);
    CHECK(months[3].repayments == Approx(5000));
    CHECK(months[3].repaid);
    const auto p = models::project(funded, {.seed = 1, .trials = 50, .threads = 1});
    CHECK(p[TrialMetric::repayment].mean == 1.0);
    // Cash: m0 9,000 - 10,000 + 5,000 = 4,000; m1, m2 nothing; m3 the 5,000 paid back. The funding
    // has ended: when the post is filled again (m25) it brings nothing.
    CHECK(months[0].cash == Approx(4000));
    CHECK(months[3].cash == Approx(-1000));
    CHECK(months[25].doctor_fte == 1.0);
    CHECK(months[25].grants == 0);
}

TEST_CASE("position funding of a doctor includes the special payment in its month, up to the monthly cap",
          "[models][grants]") {
    // A GP at 60,000 a year with flat on-costs of 20 % and a special payment of half a monthly
    // salary in November: monthly cost 60,000 / 12 x 1.2 = 6,000; the special payment
    // 0.5 x 5,000 x 1.2 = 3,000, so November costs 9,000 (payroll.h). Funding of the whole cost
    // (share 1) at up to 1,200,000 a year (100,000 a month: never binding): 6,000 in October
    // (m9), 9,000 in November (m10). At up to 84,000 a year (7,000 a month) the cap binds in
    // November only: 7,000; the year brings 11 x 6,000 + 7,000 = 73,000.
    auto centre = [](double eur_per_year) {
        testing::Doctor gp{.fte = 1.0, .salary = 60000, .on_cost = 0.2};
        gp.payroll.special_payment_share = 0.5;
        gp.payroll.special_payment_month = 11;
        return models::CentreModel(
            testing::one_gp(1, gp)
                .position_funding({.name = "post", .position = "gp-1", .eur_per_year = eur_per_year, .years = 1})
                .build());
    };
    const auto m = centre(1200000).project_months(1, 0);
    CHECK(m[9].doctor_costs == Approx(6000));
    CHECK(m[10].doctor_costs == Approx(9000));
    CHECK(m[9].grants == Approx(6000));
    CHECK(m[10].grants == Approx(9000));
    const auto capped = centre(84000);
    const auto c = capped.project_months(1, 0);
    CHECK(c[9].grants == Approx(6000));
    CHECK(c[10].grants == Approx(7000));
    const auto out = testing::trial_outputs(capped);
    CHECK(testing::year_output(out, 0, Metric::grants) == Approx(73000));
}

TEST_CASE("position funding of a staff role: a share of its cost after turnover, up to the yearly amount",
          "[models][grants]") {
    // MFA 2 per doctor FTE at 24,000 (2,000 a month each), turnover v = 0.6 / 12.6 = 0.047619:
    // role cost 4,000 x (1 - v) = 3,809.52 a month. Funding 50 % of it, at most 60,000 a year
    // (5,000 a month): 1,904.76 a month, from April 2027 (m3) for 1 year (to March 2028).
    // With at most 12,000 a year (1,000 a month) the yearly amount binds: 1,000.
    auto centre = [](double eur_per_year) {
        return testing::one_gp(2)
            .staff_per_doctor("mfa", 2, {.salary = 24000, .departures = 0.2, .refill = 3})
            .position_funding({.name = "mfa-funding",
                               .position = "mfa",
                               .eur_per_year = eur_per_year,
                               .share_of_cost = 0.5,
                               .start = 3,
                               .years = 1})
            .build();
    };
    const double cost = 4000 * (1 - 0.6 / 12.6);
    const auto m = models::CentreModel(centre(60000)).project_months(1, 0);
    CHECK(m[0].staff_costs == Approx(cost));
    CHECK(m[2].grants == 0);
    CHECK(m[3].grants == Approx(0.5 * cost));
    CHECK(m[14].grants == Approx(0.5 * cost));
    CHECK(m[15].grants == 0);
    const auto capped = models::CentreModel(centre(12000)).project_months(1, 0);
    CHECK(capped[3].grants == Approx(1000));
}

TEST_CASE("turnover guarantee tops GKV revenue up to the reference", "[models][grants]") {
    // Ramp-up from 25 %: 2,250 EUR GKV revenue in the first month; a guarantee of 27,000 a
    // quarter (9,000 a month) for 2 quarters adds 6,750; from month 6 nothing.
    const models::CentreModel model(
        testing::one_gp()
            .ramp_up(3, 0.25)
            .turnover_guarantee({.name = "kv", .position = "gp-1", .reference_eur_per_quarter = 27000, .quarters = 2})
            .build());
    const auto m = model.project_months(1, 0);
    CHECK(m[0].gkv_revenue == Approx(2250));
    CHECK(m[0].grants == Approx(6750));
    CHECK(m[3].grants == Approx(9000 - 4500));
    CHECK(m[6].grants == 0);
}

TEST_CASE("turnover guarantee: leaving within the binding years repays it", "[models][grants]") {
    // As above with a stay obligation of 1 year; the doctor surely leaves at the end of m0 and the
    // post is refilled after 3 months (m4). m0: GKV 2,250 + top-up 6,750 = 9,000 cash. m1 (vacant
    // 1 month after the first fill, within the 12 months): the 6,750 received are repaid; the
    // guarantee ends, so the successor from m4 gets no top-up.
    const models::CentreModel model(testing::one_gp(1, {.departures = 1.0, .refill = 3})
                                        .ramp_up(3, 0.25)
                                        .turnover_guarantee({.name = "kv",
                                                             .position = "gp-1",
                                                             .reference_eur_per_quarter = 27000,
                                                             .quarters = 2,
                                                             .binding_years = 1})
                                        .build());
    const auto m = model.project_months(1, 0);
    CHECK(m[0].grants == Approx(6750));
    CHECK(m[0].cash == Approx(9000));
    CHECK(first_repaid(m) == 1);
    CHECK(m[1].repayments == Approx(6750));
    CHECK(m[1].grants == 0);
    CHECK(m[1].cash == Approx(9000 - 6750));
    CHECK(m[4].doctor_fte == 1.0);
    CHECK(m[4].grants == 0);
    const auto out = testing::trial_outputs(model);
    CHECK(testing::year_output(out, 0, Metric::grants) == Approx(6750));
    CHECK(testing::year_output(out, 0, Metric::repayments) == Approx(6750));
    CHECK(testing::trial_output(model, out, TrialMetric::repayment) == 1.0);
}

// BUG (reported to the lead): the turnover guarantee estimates the doctor's own GKV revenue with
// the ramp of the position's first doctor counted from the first fill (g_.ramp_(since) in
// Grants::Run::guarantees), while the capacity it divides by follows the successor's own ramp
// (refill_start_share, from the successor's start). docs/model.md section 9.3 defines own(m) =
// R_gkv(m) x f_d pi_d rho(k_d(m)) / Q(m) with the doctor's own ramp, the one in Q(m); for the only
// position of a centre own(m) is then R_gkv(m) itself. So after a gap-free refill within the
// guarantee's quarters (a stay obligation does not end it: the post is never vacant) the guarantee
// pays a top-up although the successor earns the reference.
TEST_CASE("turnover guarantee: a successor's own revenue follows the successor's ramp", "[models][grants]") {
    // Every doctor leaves at the end of their first month and is replaced at once (refill 0): in
    // post every month, each month a successor's first (refill_start_share 1: the full load, 9,000
    // GKV revenue). Reference 27,000 a quarter = 9,000 a month for 2 quarters: from m1 the own
    // revenue is 9,000 and the top-up max(0, 9,000 - 9,000) = 0. (m0, the first doctor at 25 %:
    // 2,250 and a top-up of 6,750.) The model pays 9,000 - 9,000 x 0.25 = 6,750 in m1 and m2 and
    // 9,000 - 9,000 x 0.5 = 4,500 in m3 .. m5.
    const models::CentreModel model(testing::one_gp(1, {.departures = 1.0, .refill = 0})
                                        .ramp_up(3, 0.25)
                                        .turnover_guarantee({.name = "kv",
                                                             .position = "gp-1",
                                                             .reference_eur_per_quarter = 27000,
                                                             .quarters = 2,
                                                             .binding_years = 2})
                                        .build());
    const auto m = model.project_months(1, 0);
    REQUIRE(m[0].grants == Approx(6750));
    REQUIRE(m[1].gkv_revenue == Approx(9000));
    for (int k = 1; k < 6; ++k) {
        INFO("month " << k);
        CHECK(m[k].grants == Approx(0).margin(1e-9));
    }
}

TEST_CASE("investment grants: rate, cap, release with depreciation, repayment on vacancy", "[models][grants]") {
    // Investments 600,000 (eligible, 10 years) + 100,000 (not eligible). 95 % of 600,000 = 570,000,
    // capped at 500,000, paid in March 2027. Released with the eligible depreciation: 500,000 /
    // 120 months = 4,166.67 a month from January 2027 (the month of the investment).
    auto with = [](double departures) {
        return models::CentreModel(testing::one_gp(3, {.departures = departures, .refill = 36})
                                       .investment("building", 600000, 0, 10)
                                       .investment("car", 100000, 0, 5)
                                       .investment_grant({.name = "state",
                                                          .rate = 0.95,
                                                          .eligible = {"building"},
                                                          .cap_eur = 500000,
                                                          .paid = 2,
                                                          .binding_years = 5,
                                                          .max_vacancy_months = 6})
                                       .build())
            .project_months(1, 0);
    };
    const auto stay = with(0);
    CHECK(stay[0].grants == Approx(500000.0 / 120));
    CHECK(stay[0].depreciation == Approx(600000.0 / 120 + 100000.0 / 60));
    // Cash: 700,000 invested in January; the grant arrives in March.
    CHECK(stay[2].cash - stay[1].cash == Approx(500000 + 9000));
    CHECK_FALSE(stay.back().repaid);

    // The doctor surely leaves in the first month and the post stays vacant 36 months: in the
    // 7th vacant month (August 2027) the grant is repaid; the 7 months of income released so far
    // (January to July) are reversed and 500,000 leave the cash.
    const auto leave = with(1.0);
    const int month = first_repaid(leave);
    REQUIRE(month == 7);
    CHECK(leave[month].repayments == Approx(7 * 500000.0 / 120));
    CHECK(leave[month].grants == 0);
    CHECK(leave[month].cash - leave[month - 1].cash == Approx(-500000));
    // Ended: nothing more is released.
    CHECK(leave[month + 1].grants == 0);
}

TEST_CASE("an investment grant's condition can watch one named position", "[models][grants]") {
    // gp-1 is in post from the opening; gp-2 (planned from January 2027) takes 10 months to fill.
    // A grant paid in January with a 4-month vacancy limit is repaid in May 2027 (the 5th vacant
    // month) when it watches any position or gp-2, and never when it watches gp-1.
    auto spec_watching = [](const std::string& position) {
        return testing::CentreBuilder({2027, 1}, 2)
            .doctor("gp-1")
            .doctor("gp-2", {.time_to_fill = 10})
            .cases_per_fte_per_quarter(900)
            .gkv_eur_per_case(30)
            .investment("building", 120000, 0, 10)
            .investment_grant({.name = "state",
                               .rate = 1,
                               .paid = 0,
                               .binding_years = 5,
                               .max_vacancy_months = 4,
                               .position = position})
            .build();
    };
    auto repaid_in = [&](const std::string& position) {
        return first_repaid(models::CentreModel(spec_watching(position)).project_months(1, 0));
    };
    CHECK(repaid_in("") == 4);
    CHECK(repaid_in("gp-2") == 4);
    CHECK(repaid_in("gp-1") == -1);

    // A centre without the named position (a smaller count of a break-even search) has nothing
    // the condition could watch: the grant stays.
    auto spec = spec_watching("gp-2");
    spec.doctors.pop_back();
    const auto months = models::CentreModel(spec).project_months(1, 0);
    CHECK(std::none_of(months.begin(), months.end(), [](const models::MonthFlows& f) { return f.repaid; }));
}

TEST_CASE("the subsidy ceiling: a year whose loss exceeds it counts", "[models][grants]") {
    // Rent 10,000 against 9,000 revenue: a loss of 12,000 a year. A ceiling of 11,999 is exceeded,
    // one of 12,000 is not (the need must be above it), and 0 means no ceiling.
    auto over = [](double ceiling) {
        const models::CentreModel model(testing::one_gp(2).rent(10000).subsidy_ceiling(ceiling).build());
        const auto out = testing::trial_outputs(model);
        CHECK(testing::year_output(out, 1, Metric::subsidy_need) == Approx(12000));
        return testing::trial_output(model, out, TrialMetric::subsidy_over_ceiling);
    };
    CHECK(over(11999) == 1.0);
    CHECK(over(12000) == 0.0);
    CHECK(over(0) == 0.0);
}
