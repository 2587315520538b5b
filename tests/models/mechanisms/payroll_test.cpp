// Payroll as employers pay it (models/mechanisms/payroll.h): social security with the contribution
// ceilings, the supplementary pension, an allowance, the yearly special payment in its month, and a
// doctor's bonus on the revenue they generate above a threshold. Without these keys the flat form
// (salary / 12 x (1 + on_cost_rate)) is unchanged.
#include "models/mechanisms/payroll.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

namespace {

// Employer shares 2026 as the tests use them: health and care 10.35 %, pension and unemployment
// 10.6 % (9.3 % + 1.3 %), with the 2026 ceilings 69,750 and 101,400 EUR a year.
models::SocialSecuritySpec social_2026() {
    return {true, 0.1035, 0.106, 69750.0, 101400.0};
}

}  // namespace

TEST_CASE("pay terms: the ceilings make a doctor's effective rate lower than an MFA's", "[models][payroll]") {
    // MFA: salary 38,400, the rest of the on-costs (accident insurance, levies) 1.1 %, a special
    // payment of 65 % of a monthly salary: 0.65 x 3,200 = 2,080. Yearly pay 40,480, below both
    // ceilings: rate 0.011 + 0.1035 + 0.106 = 0.2205; monthly 3,200 x 1.2205 = 3,905.60; special
    // 2,080 x 1.2205 = 2,538.64; a year 12 x 3,905.60 + 2,538.64 = 49,405.84.
    models::PayrollExtrasSpec mfa;
    mfa.special_payment_share = 0.65;
    mfa.social_security = social_2026();
    const models::PayTerms m = models::pay_terms(38400, 0.011, mfa);
    CHECK(m.on_cost_rate == Approx(0.2205));
    CHECK(m.pay_per_year / 12 * (1 + m.on_cost_rate) == Approx(3905.60));
    CHECK(m.special_payment == Approx(2538.64));
    CHECK(m.special_month == 11);
    CHECK(m.marginal_rate == Approx(0.2205));

    // Doctor: salary 108,000 and a medical director's allowance of 500 a month: pay 114,000, above
    // both ceilings. Social security 0.1035 x 69,750 + 0.106 x 101,400 = 7,219.125 + 10,748.40 =
    // 17,967.525, i.e. 15.761 % of pay; with 1.1 % and the VBL employer share 6.45 %: 23.311 %.
    // Monthly 9,500 x 1.23311 = 11,714.54; on a bonus only the uncapped 1.1 % and the pension 6.45 %.
    models::PayrollExtrasSpec doc;
    doc.allowance_eur_per_month = 500;
    doc.pension_rate = 0.0645;
    doc.social_security = social_2026();
    const models::PayTerms d = models::pay_terms(108000, 0.011, doc);
    CHECK(d.pay_per_year == 114000);
    CHECK(d.on_cost_rate == Approx(0.011 + 17967.525 / 114000 + 0.0645));
    CHECK(d.pay_per_year / 12 * (1 + d.on_cost_rate) == Approx(11714.54375));
    CHECK(d.on_cost_rate - doc.pension_rate < m.on_cost_rate);  // social security: 16.86 % against 22.05 %
    CHECK(d.marginal_rate == Approx(0.0755));
    CHECK(d.special_month == 0);

    // Without extras: the flat rate, exactly.
    const models::PayTerms flat = models::pay_terms(85000, 0.21, {});
    CHECK(flat.pay_per_year == 85000);
    CHECK(flat.on_cost_rate == 0.21);
    CHECK(flat.special_payment == 0);
}

TEST_CASE("the special payment is paid in its month, for staff and doctors", "[models][payroll]") {
    // An MFA (1 FTE, salary 36,000, flat on-costs 20 %) with 50 % of a monthly salary in November:
    // 3,000 x 1.2 = 3,600 a month, November + 0.5 x 3,000 x 1.2 = 1,800. The doctor (salary
    // 60,000, on-costs 0) with a full monthly salary in December: 5,000 a month, December 10,000;
    // in 2028 with a 10 % raise 5,500 and 11,000. The same with departures (the walked timeline):
    // the doctor never leaves at p = 1e-9.
    for (const double departures : {0.0, 1e-9}) {
        INFO("departures " << departures);
        models::PayrollExtrasSpec mfa, doc;
        mfa.special_payment_share = 0.5;
        doc.special_payment_share = 1.0;
        doc.special_payment_month = 12;
        const auto spec = testing::one_gp(2, {.salary = 60000, .raise = 0.1, .departures = departures, .payroll = doc})
                              .staff("mfa", 1.0, {.salary = 36000, .on_cost = 0.2, .payroll = mfa})
                              .build();
        const auto m = models::CentreModel(spec).project_months(1, 0);
        CHECK(m[9].staff_costs == Approx(3600));
        CHECK(m[10].staff_costs == Approx(5400));
        CHECK(m[10].doctor_costs == Approx(5000));
        CHECK(m[11].doctor_costs == Approx(10000));
        CHECK(m[12].doctor_costs == Approx(5500));
        CHECK(m[23].doctor_costs == Approx(11000));
    }
}

TEST_CASE("a doctor's revenue bonus: a share of the revenue above the threshold, in December", "[models][payroll]") {
    // One GP, 9,000 GKV revenue a month = 108,000 a year; bonus 20 % above 60,000 per FTE and year;
    // flat on-costs 20 % (also on the bonus): 0.2 x 48,000 x 1.2 = 11,520 with December's pay.
    models::RevenueBonusSpec bonus{true, 0.2, 60000, false};
    const auto spec = testing::one_gp(1, {.on_cost = 0.2, .bonus = bonus}).build();
    const auto m = models::CentreModel(spec).project_months(1, 0);
    CHECK(m[10].doctor_costs == 0);
    CHECK(m[11].doctor_costs == Approx(11520));

    // Starting in July: 6 months in post, threshold 60,000 x 6 / 12 = 30,000; revenue 54,000:
    // 0.2 x 24,000 x 1.2 = 5,760. A second doctor without a bonus, in post all year, takes half
    // the revenue in the months both are in post: from July the first earns 9,000 of 18,000.
    const auto two = testing::one_gp(1).doctor("gp-2", {.start = 6, .on_cost = 0.2, .bonus = bonus}).build();
    const auto t = models::CentreModel(two).project_months(1, 0);
    CHECK(t[11].doctor_costs == Approx(5760));

    // Private revenue only: 20 % of 300 cases at 100 EUR = 6,000 a month, 72,000 a year; above
    // 60,000: 0.2 x 12,000 x 1.2 = 2,880.
    models::RevenueBonusSpec private_bonus{true, 0.2, 60000, true};
    const auto p =
        models::CentreModel(testing::one_gp(1, {.on_cost = 0.2, .bonus = private_bonus}).pkv(0.2, 100).build())
            .project_months(1, 0);
    CHECK(p[11].doctor_costs == Approx(2880));
}

TEST_CASE("a revenue bonus follows the doctor in post: first doctor's ramp, vacancy, successor's ramp",
          "[models][payroll]") {
    // One position of 1 FTE over one calendar year from January, a ramp-up of 2 quarters from 50 %
    // (linear: 0.5 in the first quarter, 0.75 in the second, then 1) and a successor's ramp from
    // 20 % (0.2, then 0.6, then 1). The first doctor is in post in months 0-3 (own capacity 0.5,
    // 0.5, 0.5, 0.75), the post is vacant in months 4-5, the successor starts in month 6 (0.2, 0.2,
    // 0.2, 0.6, 0.6, 0.6). Private revenue 1,000 a month and a centre capacity of 2: the month's
    // base is 1,000 x own / 2, in all 500 x (0.5 x 3 + 0.75 + 0.2 x 3 + 0.6 x 3) = 2,325.
    // Bonus 10 % above 1,200 per FTE and year, pro rata for the 10 months in post: 1,000; on-cost
    // rate on the bonus 25 %: 0.1 x (2,325 - 1,000) x 1.25 = 165.625, paid in December only.
    models::RampUpSpec ramp_spec{2, models::RampShape::linear, 0.5, 0.2};
    const models::RampTable ramp(ramp_spec);
    const models::RampTable refill = models::RampTable::after_refill(ramp_spec);
    models::DoctorSpec doctor;
    doctor.id = "gp-1";
    doctor.bonus = {true, 0.1, 1200.0, true};
    const std::vector<models::DoctorSpec> doctors{doctor};
    const models::RevenueBonuses bonuses(doctors, ramp, refill);

    models::PositionTimeline t;
    t.contiguous = false;
    t.first_filled = 0;
    t.filled_months = {1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1};
    t.recruiting_months.assign(12, 0.0);
    t.fills = {0, 6};
    t.bonus_on_cost_rate = 0.25;
    const std::vector<models::PositionTimeline> timelines{t};
    const std::vector<models::Fte> fte{1.0};
    const models::PositionsInRun positions{timelines, fte};

    const models::Calendar calendar({2027, 1}, 1);
    std::vector<double> buffer;
    models::RevenueBonuses::Run run(bonuses, positions, calendar.months(), buffer);
    models::MonthFlows f;
    f.pkv_revenue = 1000.0;
    std::vector<models::Money> cost;
    for (models::MonthWalk walk(calendar); !walk.done(); walk.next())
        cost.push_back(run.month(positions, 2.0, f, *walk));
    for (std::size_t m = 0; m < 11; ++m) CHECK(cost[m] == 0.0);
    CHECK(cost[11] == Approx(165.625).epsilon(1e-12));
}
