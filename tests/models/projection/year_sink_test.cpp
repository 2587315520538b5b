// The year sink (models/projection/year_sink.h): yearly sums, averages and year-end values, and the
// whole-trial outputs (payback, largest deficit, cash gap and cash payback, repayment, subsidy over
// the ceiling, investments) from hand-made months.
#include "models/projection/year_sink.h"

#include <catch2/catch.hpp>
#include <vector>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using models::TrialMetric;

namespace {

// Opening November 2027 for 2 years: 14 months, 2 in 2027 and 12 in 2028. Each month's result r
// (as GKV revenue when positive, rent when negative), month-end cash c, doctor FTE, vacancy and
// repayment flags:
//   m:       0      1      2      3     4    5    6 .. 13
//   r:   -3,000 -2,000  1,000  4,000 1,000 -500  1,000 each
//   K:   -3,000 -5,000 -4,000      0 1,000  500  1,500 .. 8,500     (cumulative result)
//   c:   -3,000 -5,000 -4,500   -500   200 -100    900 .. 7,900     (cash, 1,000 more each month)
struct Month {
    double result, cash, fte;
    bool vacancy = false, repaid = false;
};
std::vector<Month> months() {
    std::vector<Month> m = {{-3000, -3000, 1.0}, {-2000, -5000, 0.5, true}, {1000, -4500, 1.0},
                            {4000, -500, 1.0},   {1000, 200, 1.0},          {-500, -100, 1.0, false, true}};
    for (int k = 6; k < 14; ++k) m.push_back({1000, 900.0 + 1000 * (k - 6), 1.0});
    return m;
}

std::vector<double> sink_outputs(double subsidy_ceiling) {
    const models::Calendar calendar({2027, 11}, 2);
    const models::OutputLayout layout{calendar.years()};
    std::vector<double> out(layout.width());
    models::YearSink sink(out, calendar);
    const auto ms = months();
    for (int m = 0; m < calendar.months(); ++m) {
        const Month& x = ms[static_cast<std::size_t>(m)];
        models::MonthFlows f;
        f.cases = 10;
        f.gkv_revenue = x.result > 0 ? x.result : 0;
        f.premises_costs = x.result < 0 ? -x.result : 0;
        f.cash = x.cash;
        f.doctor_fte = x.fte;
        f.vacancy = x.vacancy;
        f.repaid = x.repaid;
        sink.add(testing::month_step(calendar, m), f);
    }
    sink.finish({subsidy_ceiling, 250000, 200000});
    return out;
}

}  // namespace

TEST_CASE("yearly outputs: sums, averages, year-end and lowest cash", "[models][year_sink]") {
    const auto out = sink_outputs(0);
    // 2027: 2 months. Result -5,000; FTE (1.0 + 0.5) / 2 = 0.75; a vacancy in December; cash at
    // year end -5,000, lowest -5,000; the owner's need 5,000.
    CHECK(testing::year_output(out, 0, Metric::cases) == 20);
    CHECK(testing::year_output(out, 0, Metric::revenue) == 0);
    CHECK(testing::year_output(out, 0, Metric::premises_costs) == 5000);
    CHECK(testing::year_output(out, 0, Metric::costs) == 5000);
    CHECK(testing::year_output(out, 0, Metric::annual_result) == -5000);
    CHECK(testing::year_output(out, 0, Metric::cumulative_result) == -5000);
    CHECK(testing::year_output(out, 0, Metric::subsidy_need) == 5000);
    CHECK(testing::year_output(out, 0, Metric::doctor_fte) == Approx(0.75));
    CHECK(testing::year_output(out, 0, Metric::vacancy) == 1.0);
    CHECK(testing::year_output(out, 0, Metric::cash_end) == -5000);
    CHECK(testing::year_output(out, 0, Metric::cash_min) == -5000);
    // 2028: result 1,000 + 4,000 + 1,000 - 500 + 8 x 1,000 = 13,500 (revenue 14,000, rent 500);
    // cumulative 8,500; FTE 1.0; no vacancy; cash at the end 7,900, lowest -4,500 (January).
    CHECK(testing::year_output(out, 1, Metric::cases) == 120);
    CHECK(testing::year_output(out, 1, Metric::gkv_revenue) == 14000);
    CHECK(testing::year_output(out, 1, Metric::ebitda) == 13500);
    CHECK(testing::year_output(out, 1, Metric::annual_result) == 13500);
    CHECK(testing::year_output(out, 1, Metric::cumulative_result) == 8500);
    CHECK(testing::year_output(out, 1, Metric::subsidy_need) == 0);
    CHECK(testing::year_output(out, 1, Metric::doctor_fte) == 1.0);
    CHECK(testing::year_output(out, 1, Metric::vacancy) == 0.0);
    CHECK(testing::year_output(out, 1, Metric::cash_end) == 7900);
    CHECK(testing::year_output(out, 1, Metric::cash_min) == -4500);
}

TEST_CASE("whole-trial outputs: payback, largest deficit, cash gap, cash payback, repayment, ceiling",
          "[models][year_sink]") {
    const models::OutputLayout layout{2};
    auto trial = [&](const std::vector<double>& out, TrialMetric m) { return out[layout.index(m)]; };
    const auto out = sink_outputs(4999);
    // The cumulative result is last negative in m2 (-4,000; 0 in m3 is not a loss): payback after
    // 3 months. Its lowest value -5,000 (m1): the largest deficit 5,000.
    CHECK(trial(out, TrialMetric::payback_month) == 3);
    CHECK(trial(out, TrialMetric::largest_deficit) == 5000);
    // Cash is last negative in m5 (-100): it stays >= 0 after 6 months; its lowest -5,000.
    CHECK(trial(out, TrialMetric::cash_payback_month) == 6);
    CHECK(trial(out, TrialMetric::largest_cash_gap) == 5000);
    CHECK(trial(out, TrialMetric::repayment) == 1.0);
    // 2027's need of 5,000 exceeds a ceiling of 4,999 (the partial first year counts) ...
    CHECK(trial(out, TrialMetric::subsidy_over_ceiling) == 1.0);
    CHECK(trial(out, TrialMetric::investments) == 250000);
    CHECK(trial(out, TrialMetric::investment_grants) == 200000);
    // ... but not one of 5,000, and no ceiling (0) is never exceeded.
    CHECK(trial(sink_outputs(5000), TrialMetric::subsidy_over_ceiling) == 0.0);
    CHECK(trial(sink_outputs(0), TrialMetric::subsidy_over_ceiling) == 0.0);
}

TEST_CASE("whole-trial outputs of a centre that never pays back", "[models][year_sink]") {
    // Rent 10,000 against 9,000 revenue: -1,000 a month for 24 months. The cumulative result and
    // the cash are negative in the last month: both paybacks are the horizon's 24 months; the
    // largest deficit and cash gap are 24,000.
    const models::CentreModel model(testing::one_gp(2).rent(10000).build());
    const auto out = testing::trial_outputs(model);
    CHECK(testing::trial_output(model, out, TrialMetric::payback_month) == 24);
    CHECK(testing::trial_output(model, out, TrialMetric::cash_payback_month) == 24);
    CHECK(testing::trial_output(model, out, TrialMetric::largest_deficit) == Approx(24000));
    CHECK(testing::trial_output(model, out, TrialMetric::largest_cash_gap) == Approx(24000));
    CHECK(testing::year_output(out, 1, Metric::cash_min) == Approx(-24000));
    CHECK(testing::year_output(out, 1, Metric::cash_end) == Approx(-24000));
    // A profitable centre pays back at once: 0 months, no deficit, no gap.
    const models::CentreModel good(testing::one_gp(2).rent(1000).build());
    const auto g = testing::trial_outputs(good);
    CHECK(testing::trial_output(good, g, TrialMetric::payback_month) == 0);
    CHECK(testing::trial_output(good, g, TrialMetric::largest_deficit) == 0);
    CHECK(testing::trial_output(good, g, TrialMetric::cash_payback_month) == 0);
    CHECK(testing::year_output(g, 0, Metric::cash_min) == Approx(8000));  // January's cash
}
