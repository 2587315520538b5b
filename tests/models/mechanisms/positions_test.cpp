// Doctor positions (models/mechanisms/positions.h): first fill, departures and refills drawn from
// the position's own streams, ramp-up of a first doctor and of a successor, pay with its raise
// index, productivity and recruiting costs; hand-computed months and analytic means.
#include "models/mechanisms/positions.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "models/projection/centre_model.h"
#include "models/projection/projection.h"
#include "sim/random.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;

namespace {

// The months of one trial of the spec's positions at their own FTE, as the month loop reads them.
std::vector<models::DoctorMonth> doctor_months_of(const models::CentreSpec& spec, std::uint64_t seed,
                                                  std::uint64_t trial) {
    const models::Calendar calendar(spec.opening, spec.horizon_years);
    std::vector<models::CompiledPosition> compiled;
    std::vector<models::PositionTimeline> timelines;
    std::vector<models::Fte> fte;
    const models::TrialKey key{seed, trial};
    for (const auto& d : spec.doctors) {
        compiled.push_back(models::compile_position(d));
        timelines.push_back(models::draw_timeline(compiled.back(), key, calendar.months(), calendar.years()));
        fte.push_back(d.fte);
    }
    const models::RampTable ramp(spec.billing.ramp_up);
    const auto refill = models::RampTable::after_refill(spec.billing.ramp_up);
    models::DoctorsInPost in_post(models::doctor_months(compiled, timelines, fte, calendar, ramp, refill));
    std::vector<models::DoctorMonth> months;
    for (int m = 0; m < calendar.months(); ++m) months.push_back(in_post.next(static_cast<std::size_t>(m)));
    return months;
}

}  // namespace

TEST_CASE("a position is filled after its time to fill, then paid with its raise index", "[models][positions]") {
    // Opening November 2027, 2 years: 14 months, m = 2 is January 2028 (year index 1).
    // Planned start m = 2; time to fill 2.6 months rounds to 3: first fill m = 5 (April 2028).
    // Cost per month in post: 0.5 FTE x 96,000 / 12 x (1 + 0.25) = 5,000 in 2027 prices, x 1.05 in
    // 2028 = 5,250. Capacity 0.5 FTE x productivity 0.8 = 0.4 (no ramp-up). One hire: 8,000 EUR.
    const auto spec = testing::CentreBuilder({2027, 11}, 2)
                          .doctor("gp-1", {.fte = 0.5,
                                           .start = 2,
                                           .salary = 96000,
                                           .on_cost = 0.25,
                                           .raise = 0.05,
                                           .productivity = 0.8,
                                           .time_to_fill = 2.6,
                                           .recruiting_cost = 8000})
                          .build();
    const auto position = models::compile_position(spec.doctors[0]);
    const auto t = models::draw_timeline(position, {1, 0}, 14, 2);
    CHECK(t.contiguous);
    CHECK(t.first_filled == 5);
    CHECK_FALSE(t.filled(4));
    CHECK(t.filled(5));
    CHECK(t.filled(13));
    CHECK(t.months_in_post(4) == -1);
    CHECK(t.months_in_post(7) == 2);
    CHECK(t.monthly_cost(0.5) == Approx(5000));
    CHECK(t.raise[0] == 1.0);
    CHECK(t.raise[1] == Approx(1.05));
    CHECK(t.recruiting(5) == 8000);
    CHECK(t.recruiting(6) == 0);

    const auto months = doctor_months_of(spec, 1, 0);
    REQUIRE(months.size() == 14);
    for (int m : {0, 1}) {  // before the planned start: neither in post nor vacant
        CHECK(months[m].fte == 0);
        CHECK_FALSE(months[m].vacancy);
    }
    for (int m : {2, 3, 4}) {  // vacant after the planned start
        CHECK(months[m].fte == 0);
        CHECK(months[m].cost == 0);
        CHECK(months[m].vacancy);
    }
    CHECK(months[5].fte == 0.5);
    CHECK(months[5].cost == Approx(5250));
    CHECK(months[5].capacity == Approx(0.4));
    CHECK(months[5].recruiting == 8000);
    CHECK_FALSE(months[5].vacancy);
    CHECK(months[13].cost == Approx(5250));
    CHECK(months[13].recruiting == 0);

    // A time to fill beyond the horizon: never filled, vacant from the planned start on.
    auto late = spec;
    late.doctors[0].recruitment.time_to_fill_months = models::fixed_input(20);
    const auto never = models::draw_timeline(models::compile_position(late.doctors[0]), {1, 0}, 14, 2);
    CHECK(never.first_filled == -1);
    CHECK_FALSE(never.filled(13));
    CHECK(doctor_months_of(late, 1, 0)[13].vacancy);
}

TEST_CASE("a doctor who surely leaves is replaced after the refill gap, each hire paid", "[models][positions]") {
    // departures_per_year 1: the monthly probability 1 - (1 - 1)^(1/12) = 1, so each doctor leaves
    // at the end of their first month; refill 2 months: in post in months 0, 3, 6, 9 of 2027,
    // vacant in the others. Each fill, the first and every refill, costs 5,000 EUR: 20,000 a year.
    // Salary 60,000 and no on-costs: 5,000 a month in post, 4 months: 20,000.
    auto spec = testing::one_gp(1, {.salary = 60000, .departures = 1.0, .refill = 2, .recruiting_cost = 5000}).build();
    const auto t = models::draw_timeline(models::compile_position(spec.doctors[0]), {1, 0}, 12, 1);
    CHECK_FALSE(t.contiguous);
    CHECK(t.fills == std::vector<models::MonthIndex>{0, 3, 6, 9});
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m);
        CHECK(t.filled(m) == (m % 3 == 0));
        CHECK(t.recruiting(m) == (m % 3 == 0 ? 5000 : 0));
    }
    const models::CentreModel model(spec);
    const auto months = model.project_months(1, 0);
    CHECK(months[3].recruiting_costs == 5000);  // a refill is a hire
    CHECK(months[4].recruiting_costs == 0);
    CHECK(months[4].vacancy);
    const auto out = testing::trial_outputs(model);
    CHECK(testing::year_output(out, 0, Metric::recruiting_costs) == 20000);
    CHECK(testing::year_output(out, 0, Metric::doctor_costs) == Approx(20000));
    CHECK(testing::year_output(out, 0, Metric::doctor_fte) == Approx(4.0 / 12));
    CHECK(testing::year_output(out, 0, Metric::vacancy) == 1.0);
    CHECK(testing::year_output(out, 0, Metric::cases) == Approx(4 * 300));
}

TEST_CASE("departures and refill gaps come from the position's own streams", "[models][positions]") {
    // The process of docs/model.md section 3.1, replayed by hand: at each fill one uniform u from
    // "doctors[gp-1].departure" gives the months in post K = 1 + floor(ln(1 - u) / ln(1 - q)) with
    // q = 1 - (1 - 0.3)^(1/12), i.e. ln(1 - q) = ln(0.7) / 12; the doctor leaves at the end of the
    // K-th month, and a gap drawn from "doctors[gp-1].refill_months" (uniform 2..8, rounded) later
    // the next one starts.
    const auto spec = testing::one_gp(5, {.departures = 0.3, .refill = sim::Uniform{2, 8}}).build();
    const auto position = models::compile_position(spec.doctors[0]);
    const double log_stay = std::log(0.7) / 12.0;
    int departures = 0;
    for (std::uint64_t trial = 0; trial < 20; ++trial) {
        const auto t = models::draw_timeline(position, {5, trial}, 60, 5);
        sim::Rng leave(5, trial, sim::stream_key("doctors[gp-1].departure"));
        sim::Rng gap(5, trial, sim::stream_key("doctors[gp-1].refill_months"));
        std::vector<bool> filled(60, false);
        for (int fill = 0; fill < 60;) {
            const int k = 1 + static_cast<int>(std::floor(std::log(1.0 - leave.uniform01()) / log_stay));
            for (int m = fill; m < std::min(60, fill + k); ++m) filled[static_cast<std::size_t>(m)] = true;
            if (fill + k >= 60) break;
            ++departures;
            fill = fill + k + static_cast<int>(std::lround(sim::sample(sim::Uniform{2, 8}, gap)));
        }
        for (int m = 0; m < 60; ++m) {
            INFO("trial " << trial << ", month " << m);
            REQUIRE(t.filled(m) == filled[static_cast<std::size_t>(m)]);
        }
    }
    CHECK(departures > 10);  // the replay covered departures and refills
}

TEST_CASE("productivity scales the case load, not the FTE, the pay or the staff", "[models][positions]") {
    // 0.5 FTE at productivity 0.8: capacity 0.4, cases 0.4 x 900 / 3 = 120 a month, GKV revenue
    // 120 x 30 = 3,600. Pay 0.5 x 60,000 / 12 = 2,500 a month whatever the productivity; MFA 2
    // per doctor FTE in post: 1 FTE x 24,000 / 12 = 2,000 a month; running costs 100 per doctor
    // FTE: 50 a month.
    const auto spec = testing::one_gp(1, {.fte = 0.5, .salary = 60000, .productivity = 0.8})
                          .staff_per_doctor("mfa", 2, {.salary = 24000})
                          .running_costs({.per_doctor_fte = 100})
                          .build();
    const auto m = models::CentreModel(spec).project_months(1, 0);
    CHECK(m[0].doctor_fte == 0.5);
    CHECK(m[0].cases == Approx(120));
    CHECK(m[0].gkv_revenue == Approx(3600));
    CHECK(m[0].doctor_costs == Approx(2500));
    CHECK(m[0].staff_costs == Approx(2000));
    CHECK(m[0].running_costs == Approx(50));
}

TEST_CASE("time to fill: vacant months match their analytic mean", "[models][positions]") {
    // Uniform time to fill on [0, 24] months, rounded to whole months: mean 12 months vacant
    // (the rounding is symmetric), variance about 24^2 / 12 + 1/12 = 48.08.
    const models::CentreModel model(testing::one_gp(3, {.time_to_fill = sim::Uniform{0, 24}}).build());
    const auto trials = models::simulate(model, {.seed = 3, .trials = 20000, .threads = 2});
    sim::RunningStats vacant;
    for (std::size_t t = 0; t < trials.trials(); ++t) {
        double fte_months = 0;
        for (int y = 0; y < 3; ++y)
            fte_months += 12 * trials.at(t, models::CentreModel::output_index(y, Metric::doctor_fte));
        vacant.add(36 - fte_months);
    }
    const double se = std::sqrt(48.08 / 20000.0);
    CHECK(std::abs(vacant.mean() - 12.0) < 4 * se);
}

TEST_CASE("departures: the chance of a vacancy within the first year", "[models][positions]") {
    // Yearly probability p = 0.3: monthly h = 1 - 0.7^(1/12). Leaving at the end of month m makes
    // month m + 1 vacant, so a vacancy in the opening year needs a departure in months 0..10:
    // P = 1 - (1 - h)^11 = 1 - 0.7^(11/12) = 0.27909.
    const models::CentreModel model(testing::one_gp(2, {.departures = 0.3, .refill = 60}).build());
    const auto p = models::project(model, {.seed = 5, .trials = 20000, .threads = 2});
    const double expected = 1.0 - std::pow(0.7, 11.0 / 12.0);
    const double se = std::sqrt(expected * (1 - expected) / 20000.0);
    CHECK(std::abs(p.years[0][Metric::vacancy].mean - expected) < 4 * se);
}

TEST_CASE("ramp-up: the case load rises quarter by quarter", "[models][positions]") {
    // Linear over 3 quarters from 25 %: 0.25, 0.5, 0.75, then 1 (x 300 cases a month).
    const models::CentreModel model(testing::one_gp().ramp_up(3, 0.25, models::RampShape::linear).build());
    const auto months = model.project_months(1, 0);
    CHECK(months[0].cases == Approx(75));
    CHECK(months[2].cases == Approx(75));
    CHECK(months[3].cases == Approx(150));
    CHECK(months[6].cases == Approx(225));
    CHECK(months[9].cases == Approx(300));
    // S-curve: 0.25 + 0.75 x smoothstep(q / 3): quarter 1 -> 0.25 + 0.75 x 0.25926 = 0.44444.
    const models::CentreModel s(testing::one_gp().ramp_up(3, 0.25, models::RampShape::s_curve).build());
    CHECK(s.project_months(1, 0)[3].cases == Approx(300 * 0.444444).epsilon(1e-5));
}

TEST_CASE("ramp-up after a departure: the successor starts from refill_start_share", "[models][positions]") {
    // The doctor surely leaves at the end of the opening month (departures 1.0 a year: the monthly
    // probability is 1) and every successor does too, after a 2-month gap: in post in months 0,
    // 3, 6, 9, ... Ramp: 2 quarters from 50 % for the first doctor; a successor starts at 80 %.
    // Each doctor is in post for one month, so each month in post is the first of a ramp:
    // month 0: 0.5 x 300 = 150 cases; months 3, 6, 9: 0.8 x 300 = 240.
    const testing::Doctor doctor{.departures = 1.0, .refill = 2};
    const models::CentreModel model(testing::one_gp(3, doctor).ramp_up(2, 0.5, models::RampShape::linear, 0.8).build());
    const auto months = model.project_months(1, 0);
    CHECK(months[0].cases == Approx(150));
    CHECK(months[1].cases == 0);
    CHECK(months[3].cases == Approx(240));
    CHECK(months[9].cases == Approx(240));
    // Without refill_start_share a successor starts at the full case load.
    const auto full = models::CentreModel(testing::one_gp(3, doctor).ramp_up(2, 0.5).build()).project_months(1, 0);
    CHECK(full[0].cases == Approx(150));
    CHECK(full[3].cases == Approx(300));
}

TEST_CASE("ramp-up after a refill rises quarter by quarter like the first", "[models][positions]") {
    // A successor's ramp, linear over 2 quarters from 0.6: 0.6 in its first quarter, 0.8 in its
    // second, then 1. The first doctor's, from 0.25: 0.25, 0.625, then 1.
    const models::RampUpSpec spec{2, models::RampShape::linear, 0.25, 0.6};
    const auto refill = models::RampTable::after_refill(spec);
    CHECK(refill(0) == Approx(0.6));
    CHECK(refill(2) == Approx(0.6));
    CHECK(refill(3) == Approx(0.8));
    CHECK(refill(6) == 1.0);
    const models::RampTable first(spec);
    CHECK(first(0) == Approx(0.25));
    CHECK(first(3) == Approx(0.625));
}
