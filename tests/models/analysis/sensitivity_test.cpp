// Sensitivity analysis: per-trial input values redrawn from their streams, the tornado, Spearman,
// variance shares and the failure profile, on hand-derived cases.
#include "models/analysis/sensitivity.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "models/draws/input_draw.h"
#include "sim/random.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

namespace {

// A request over synthetic columns: the output y, the failure condition on y itself (column 1),
// and the inputs x_j, as sample_sensitivity lays them out.
struct Synthetic {
    models::SensitivityRequest request;
    sim::TrialMatrix sample;
};

// n trials of X1 ~ U(0, 1), X2 ~ U(0, 10), X3 ~ U(0, 1), y = f(x1, x2, x3).
template <class F>
Synthetic synthetic(std::size_t n, F f, double fail_below) {
    Synthetic s{{}, sim::TrialMatrix(n, 5)};
    for (const char* name : {"x1", "x2", "x3"}) s.request.inputs.push_back({name, {}});
    s.request.failure = {.column = 1, .below = true, .strict = true, .threshold = fail_below, .text = "y < t"};
    sim::Rng rng(11, 0, 5);
    for (std::size_t t = 0; t < n; ++t) {
        const double x1 = rng.uniform01(), x2 = 10.0 * rng.uniform01(), x3 = rng.uniform01();
        const double y = f(x1, x2, x3);
        for (std::size_t k = 0; k < 5; ++k) s.sample.set(t, k, std::array{y, y, x1, x2, x3}[k]);
    }
    return s;
}

const models::InputSensitivity& named(const models::SensitivityResult& r, const std::string& name) {
    for (const auto& i : r.inputs)
        if (i.name == name) return i;
    FAIL("no input " << name);
    throw;
}

}  // namespace

TEST_CASE("tornado: decile means of a linear output, ordered by swing", "[models][sensitivity]") {
    // y = 3 x1 + x2 (x3 unused). For X ~ U(0, w) the lowest decile has mean 0.05 w, the highest
    // 0.95 w; the other inputs average to their means (1.5 from x1, 5 from x2). So:
    //   x1: low 3 x 0.05 + 5 = 5.15, high 3 x 0.95 + 5 = 7.85, swing 2.7;
    //   x2: low 1.5 + 0.5 = 2.0,     high 1.5 + 9.5 = 11.0,    swing 9.0;
    //   x3: swing 0.
    const auto s = synthetic(
        20000, [](double x1, double x2, double) { return 3 * x1 + x2; }, -1e9);
    const auto r = models::analyse_sensitivity(s.request, s.sample, {.resamples = 50, .threads = 1});
    REQUIRE(r.inputs.size() == 3);
    CHECK(r.inputs[0].name == "x2");
    CHECK(r.inputs[1].name == "x1");
    CHECK(r.inputs[2].name == "x3");
    const auto& x1 = named(r, "x1");
    const auto& x2 = named(r, "x2");
    CHECK(x1.low.trials == 2000);
    CHECK(x1.low.mean == Approx(5.15).margin(4 * x1.low.se));
    CHECK(x1.high.mean == Approx(7.85).margin(4 * x1.high.se));
    CHECK(x2.low.mean == Approx(2.0).margin(4 * x2.low.se));
    CHECK(x2.high.mean == Approx(11.0).margin(4 * x2.high.se));
    CHECK(x2.swing == Approx(9.0).margin(4 * std::hypot(x2.low.se, x2.high.se)));
    CHECK(named(r, "x3").swing < 4 * std::hypot(named(r, "x3").low.se, named(r, "x3").high.se));
    // Var(y) = 9/12 + 100/12: x2 explains 100/109 = 0.917, x1 9/109 = 0.083 (less 1/400 by binning).
    CHECK(x2.share.share == Approx(0.917 * 0.9975).margin(4 * x2.share.se));
    CHECK(x1.share.share == Approx(0.083 * 0.9975).margin(4 * x1.share.se));
    CHECK(models::by_share(r)[0] == 0);
}

TEST_CASE("given failure: the inputs' percentiles among failing trials on a known threshold", "[models][sensitivity]") {
    // y = x1, failing when y < 0.3: 30 % of trials, in which x1 ~ U(0, 0.3): P10 0.03, P50 0.15,
    // P90 0.27; x2 is independent of failing: its percentiles there are those of all trials, 1 / 5 / 9.
    const auto s = synthetic(
        20000, [](double x1, double, double) { return x1; }, 0.3);
    const auto r = models::analyse_sensitivity(s.request, s.sample, {.resamples = 0, .threads = 2});
    CHECK(r.failing_share == Approx(0.3).margin(4 * r.failing_share_se));
    const auto& x1 = named(r, "x1");
    CHECK(x1.failing[0] == Approx(0.03).margin(0.005));
    CHECK(x1.failing[1] == Approx(0.15).margin(0.01));
    CHECK(x1.failing[2] == Approx(0.27).margin(0.005));
    CHECK(x1.all[1] == Approx(0.5).margin(0.02));
    const auto& x2 = named(r, "x2");
    CHECK(x2.failing[1] == Approx(5.0).margin(0.25));
    // x1's failing median sits (0.15 - 0.5) / 0.8 = -0.44 P10..P90 ranges below; x2's near 0.
    CHECK(models::failure_shift(x1) == Approx(-0.4375).margin(0.02));
    CHECK(std::abs(models::failure_shift(x2)) < 0.04);
    CHECK(r.inputs[models::by_failure_shift(r)[0]].name == "x1");
    CHECK(x1.spearman == Approx(1.0).margin(1e-12));
}

TEST_CASE("the analysis is the same for any thread count", "[models][sensitivity]") {
    const auto s = synthetic(
        5000, [](double x1, double x2, double x3) { return x1 * x2 - x3; }, 0.5);
    const auto a = models::analyse_sensitivity(s.request, s.sample, {.resamples = 30, .threads = 1});
    const auto b = models::analyse_sensitivity(s.request, s.sample, {.resamples = 30, .threads = 2});
    REQUIRE(a.inputs.size() == b.inputs.size());
    for (std::size_t i = 0; i < a.inputs.size(); ++i) {
        CHECK(a.inputs[i].name == b.inputs[i].name);
        CHECK(a.inputs[i].swing == b.inputs[i].swing);
        CHECK(a.inputs[i].spearman == b.inputs[i].spearman);
        CHECK(a.inputs[i].share.share == b.inputs[i].share.share);
        CHECK(a.inputs[i].share.se == b.inputs[i].share.se);
        CHECK(a.inputs[i].failing == b.inputs[i].failing);
    }
}

namespace {

// One doctor from the opening; cases uncertain once per trial; salary, rent and running costs
// uncertain too, but they do not change the case count: the year's cases depend on the case load
// alone (1 FTE x cases per quarter x 4 quarters, no ramp-up).
models::CentreSpec cases_centre() {
    return testing::CentreBuilder({2027, 1}, 2)
        .doctor("gp-1", {.fte = 1.0, .salary = sim::Triangular{70000, 85000, 100000}})
        .cases_per_fte_per_quarter(sim::Pert{580, 760, 950})
        .gkv_eur_per_case(70)
        .rent(sim::Uniform{1500, 2500})
        .running_costs({.fixed = sim::Triangular{7000, 9000, 12000}})
        .cost_inflation(testing::each_year(sim::Uniform{0.01, 0.04}))
        .build();
}

models::SensitivityRequest cases_request(const models::CentreModel& model, const models::CentreSpec& spec) {
    models::SensitivityRequest q;
    q.inputs = {{"cases", {spec.billing.cases_per_fte_per_quarter, false}},
                {"salary", {spec.doctors[0].pay.salary_per_year, false}},
                {"rent", {spec.premises.rent_eur_per_month, false}},
                {"fixed", {spec.running_costs.fixed_eur_per_month, false}},
                {"inflation", {spec.cost_inflation_per_year, true}}};
    q.output = models::CentreModel::output_index(0, models::Metric::cases);
    q.failure = models::parse_condition(model, "annual_result[2027] < 0");
    return q;
}

}  // namespace

TEST_CASE("an output of one input only: its share is near 1, Spearman 1; the others near 0", "[models][sensitivity]") {
    const auto spec = cases_centre();
    const models::CentreModel model(spec);
    const auto q = cases_request(model, spec);
    const auto sample = models::sample_sensitivity(model, q, {.seed = 3, .trials = 4000, .threads = 2});
    const auto r = models::analyse_sensitivity(q, sample, {.resamples = 100, .threads = 2});
    const auto& cases = named(r, "cases");
    // The input values redrawn from the streams are those the projection drew: cases = 4 x value.
    for (std::size_t t = 0; t < 50; ++t) CHECK(sample.at(t, 0) == Approx(4.0 * sample.at(t, 2)).epsilon(1e-12));
    CHECK(cases.spearman == Approx(1.0).margin(1e-12));
    CHECK(cases.share.share > 0.99);
    CHECK(cases.share.low <= 1.0);
    CHECK(r.inputs[0].name == "cases");
    for (const char* other : {"salary", "rent", "fixed", "inflation"}) {
        const auto& o = named(r, other);
        CHECK(o.share.low <= 0.0);
        CHECK(o.share.high >= 0.0);
        CHECK(std::abs(o.spearman) < 4.0 / std::sqrt(4000.0));
    }
    // The same sample on one thread.
    const auto one = models::sample_sensitivity(model, q, {.seed = 3, .trials = 4000, .threads = 1});
    for (std::size_t k = 0; k < sample.width(); ++k)
        CHECK(std::equal(one.column(k).begin(), one.column(k).end(), sample.column(k).begin()));
}

TEST_CASE("a rank-correlated input is traced by the copula's value", "[models][sensitivity]") {
    // The case load correlated with the rent: the year's cases still depend on the case load alone,
    // so Spearman is exactly 1 only if the traced values are the copula's, not the input's own stream's.
    auto builder = testing::CentreBuilder({2027, 1}, 2)
                       .doctor("gp-1", {.fte = 1.0, .salary = 80000})
                       .cases_per_fte_per_quarter(sim::Pert{580, 760, 950})
                       .gkv_eur_per_case(70)
                       .rent(sim::Uniform{1500, 2500});
    builder.correlate("billing.cases_per_fte_per_quarter", "premises.rent_eur_per_month", 0.7);
    const auto spec = builder.build();
    const models::CentreModel model(spec);
    models::SensitivityRequest q;
    q.inputs = {{"cases", {spec.billing.cases_per_fte_per_quarter, false}},
                {"rent", {spec.premises.rent_eur_per_month, false}}};
    q.output = models::CentreModel::output_index(0, models::Metric::cases);
    q.failure = models::parse_condition(model, "annual_result[2027] < 0");
    const auto sample = models::sample_sensitivity(model, q, {.seed = 5, .trials = 2000, .threads = 2});
    const auto r = models::analyse_sensitivity(q, sample, {.resamples = 0, .threads = 2});
    CHECK(named(r, "cases").spearman == Approx(1.0).margin(1e-12));
    // The rent shares the case load's ranks to about 0.7 (4 s.e. of a rank correlation: 4 / sqrt(2000)).
    CHECK(named(r, "rent").spearman == Approx(0.7).margin(0.09));
}

TEST_CASE("an input drawn each period enters by the mean of the trial's draws", "[models][sensitivity]") {
    // Monthly: the mean of MonthlySeries over the horizon's months; yearly: of the rates that
    // growth_index applies, index[y] / index[y - 1] - 1 for y = 1 .. years - 1.
    const models::Calendar calendar({2027, 4}, 3);  // 33 months, 3 calendar years
    const models::Input monthly{sim::Uniform{10, 20}, models::Draw::per_period, "billing.cases_per_fte_per_quarter"};
    const models::Input yearly{sim::Uniform{0.0, 0.1}, models::Draw::per_period, "cost_inflation_per_year"};
    const std::vector<models::TracedInput> traced = {{monthly, false}, {yearly, true}};
    const models::TrialValues values(traced, {}, calendar);
    for (std::uint64_t trial : {0u, 5u}) {
        std::vector<double> v(2);
        values.values(9, trial, v);
        const auto m = models::compile(monthly), y = models::compile(yearly);
        const models::MonthlySeries series(m, {9, trial}, calendar.months());
        double sum = 0.0;
        for (int k = 0; k < calendar.months(); ++k) sum += series[static_cast<std::size_t>(k)];
        CHECK(v[0] == Approx(sum / calendar.months()).epsilon(1e-14));
        const auto index = models::growth_index(y, 9, trial, calendar.years());
        const double rates = (index[1] - 1.0) + (index[2] / index[1] - 1.0);
        CHECK(v[1] == Approx(rates / 2.0).epsilon(1e-12));
    }
}

TEST_CASE("conditions and which side of an output is better", "[models][sensitivity]") {
    const models::CentreModel model(cases_centre());
    const auto c = models::parse_condition(model, "cumulative_result[last] <= -5e4");
    CHECK(c.column == models::CentreModel::output_index(1, models::Metric::cumulative_result));
    CHECK(c.below);
    CHECK_FALSE(c.strict);
    CHECK(c.threshold == -50000.0);
    CHECK(c.holds(-50000.0));
    CHECK_FALSE(models::parse_condition(model, "largest_cash_gap > 0").holds(0.0));
    CHECK_THROWS_AS(models::parse_condition(model, "annual_result[2027] = 0"), std::invalid_argument);
    CHECK_THROWS_AS(models::parse_condition(model, "annual_result[2027] < x"), std::invalid_argument);
    CHECK(models::higher_is_better("cumulative_result[last]"));
    CHECK_FALSE(models::higher_is_better("subsidy_need[2030]"));
    CHECK_FALSE(models::higher_is_better("largest_cash_gap"));
}
