// The centre model (models/projection/centre_model.h) against hand-computed figures, and its
// random-stream properties.
#include "models/projection/centre_model.h"

#include <catch2/catch.hpp>

#include "models/projection/projection.h"
#include "tests/support/example_specs.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using testing::CentreBuilder;

namespace {

// Every input fixed: each trial gives the same numbers, which are computed by hand below.
models::CentreSpec hand_centre() {
    return CentreBuilder({2027, 7}, 2)
        .name("Hand")
        .doctor("a", {.fte = 1.0, .salary = 120000, .on_cost = 0.2, .raise = 0.05})
        .doctor("b", {.fte = 0.5, .start = 3, .salary = 96000, .on_cost = 0.25})  // from 2027-10
        .cases_per_fte_per_quarter(900)
        .gkv_points(500, 12)
        .gkv_growth(0.10)
        .pkv(0.1, 100)
        .other_revenue(2)
        .staff_per_doctor("mfa", 2, {.salary = 36000, .on_cost = 0.2})
        .staff("manager", 1, {.salary = 48000, .on_cost = 0.25, .start = 6})  // from 2028-01
        .rent_by_area(200, 10)
        .rent_increase(0.1)
        .running_costs({.fixed = 1000, .per_case = 1, .share_of_revenue = 0.05})
        .cost_inflation(0.1)
        .build();
}

double at(const std::vector<double>& out, int year, Metric m) {
    return out[models::CentreModel::output_index(year, m)];
}

}  // namespace

TEST_CASE("a deterministic centre gives the hand-computed yearly figures", "[models][hand]") {
    const models::CentreModel model(hand_centre());
    REQUIRE(model.calendar().months() == 18);  // Jul 2027 .. Dec 2028
    std::vector<double> out(model.width());
    model.project_years(1, 0, out);

    // 2027, July to December (6 months), all growth indices 1.
    //   doctor a: 6 x 120,000/12 x 1.2 = 72,000; doctor b (from Oct): 3 x 0.5 x 96,000/12 x 1.25 = 15,000
    //   doctor FTE-months: 3 x 1.0 + 3 x 1.5 = 7.5; cases = 7.5 x 900/3 = 2,250
    //   GKV fee 500 points x 0.12 EUR = 60 EUR: 2,250 x 0.9 x 60 = 121,500; PKV 2,250 x 0.1 x 100 = 22,500;
    //   other 2,250 x 2 = 4,500; revenue 148,500
    //   MFA 2 FTE per doctor FTE: 15 FTE-months x 36,000/12 x 1.2 = 54,000; manager starts 2028: 0
    //   rent 200 m2 x 10 x 6 = 12,000
    //   running: fixed 6 x 1,000 + cases 2,250 x 1 + 5 % of 148,500 = 6,000 + 2,250 + 7,425 = 15,675
    //   costs 87,000 + 54,000 + 12,000 + 15,675 = 168,675; result -20,175
    CHECK(at(out, 0, Metric::cases) == Approx(2250));
    CHECK(at(out, 0, Metric::gkv_revenue) == Approx(121500));
    CHECK(at(out, 0, Metric::pkv_revenue) == Approx(22500));
    CHECK(at(out, 0, Metric::other_revenue) == Approx(4500));
    CHECK(at(out, 0, Metric::revenue) == Approx(148500));
    CHECK(at(out, 0, Metric::doctor_costs) == Approx(87000));
    CHECK(at(out, 0, Metric::staff_costs) == Approx(54000));
    CHECK(at(out, 0, Metric::premises_costs) == Approx(12000));
    CHECK(at(out, 0, Metric::running_costs) == Approx(15675));
    CHECK(at(out, 0, Metric::costs) == Approx(168675));
    CHECK(at(out, 0, Metric::annual_result) == Approx(-20175));
    CHECK(at(out, 0, Metric::cumulative_result) == Approx(-20175));

    // 2028, 12 months; January indices: GKV fee x1.1, doctor a's salary x1.05, rent x1.1, running x1.1.
    //   doctor a: 12 x 12,000 x 1.05 = 151,200; doctor b: 12 x 5,000 = 60,000 -> 211,200
    //   cases: 18 FTE-months x 300 = 5,400; GKV 5,400 x 0.9 x 60 x 1.1 = 320,760; PKV 54,000; other 10,800
    //   revenue 385,560
    //   MFA 3 FTE x 12 x 3,600 = 129,600; manager 12 x 48,000/12 x 1.25 = 60,000 -> 189,600
    //   rent 2,000 x 1.1 x 12 = 26,400
    //   running: 12 x 1,100 + 5,400 x 1.1 + 5 % of 385,560 = 13,200 + 5,940 + 19,278 = 38,418
    //   costs 211,200 + 189,600 + 26,400 + 38,418 = 465,618; result -80,058; cumulative -100,233
    CHECK(at(out, 1, Metric::cases) == Approx(5400));
    CHECK(at(out, 1, Metric::gkv_revenue) == Approx(320760));
    CHECK(at(out, 1, Metric::revenue) == Approx(385560));
    CHECK(at(out, 1, Metric::doctor_costs) == Approx(211200));
    CHECK(at(out, 1, Metric::staff_costs) == Approx(189600));
    CHECK(at(out, 1, Metric::premises_costs) == Approx(26400));
    CHECK(at(out, 1, Metric::running_costs) == Approx(38418));
    CHECK(at(out, 1, Metric::costs) == Approx(465618));
    CHECK(at(out, 1, Metric::annual_result) == Approx(-80058));
    CHECK(at(out, 1, Metric::cumulative_result) == Approx(-100233));
}

TEST_CASE("a deterministic centre has no Monte Carlo spread", "[models][hand]") {
    const auto projection = models::project(hand_centre(), {.seed = 7, .trials = 3000, .threads = 2});
    REQUIRE(projection.years.size() == 2);
    const sim::Summary& r = projection.years[1][Metric::annual_result];
    CHECK(r.mean == Approx(-80058));
    CHECK(r.standard_error == Approx(0).margin(1e-6));
    CHECK(r.p5 == Approx(r.p95));
    CHECK(r.share_negative == 1.0);
    CHECK(projection.years[0].months == 6);
    CHECK(projection.years[1].months == 12);
}

TEST_CASE("the months of a replayed trial add up to its yearly outputs", "[models][replay]") {
    const auto spec = testing::rural_gp_3();  // examples/rural-gp-3.yaml
    const models::CentreModel model(spec);
    const sim::RunOptions settings{.seed = spec.default_seed, .trials = 40, .threads = 2};
    const auto trials = models::simulate(model, settings);
    for (std::uint64_t k : {0u, 17u, 39u}) {
        const auto months = model.project_months(settings.seed, k);
        REQUIRE(months.size() == static_cast<std::size_t>(model.calendar().months()));
        for (int y = 0; y < model.calendar().years(); ++y) {
            double revenue = 0, costs = 0;
            for (std::size_t m = 0; m < months.size(); ++m) {
                if (model.calendar().year_index(static_cast<int>(m)) != y) continue;
                revenue += months[m].revenue();
                costs += months[m].costs();
            }
            CHECK(revenue == Approx(trials.at(k, models::CentreModel::output_index(y, Metric::revenue))));
            CHECK(costs == Approx(trials.at(k, models::CentreModel::output_index(y, Metric::costs))));
        }
    }
}

TEST_CASE("adding a doctor leaves the other inputs' draws unchanged", "[models][streams]") {
    auto base = [] {
        CentreBuilder b({2027, 1}, 2);
        b.name("Streams")
            .doctor("gp-1", {.fte = 1.0, .salary = sim::Uniform{60000, 100000}, .on_cost = 0.2})
            .cases_per_fte_per_quarter(testing::each_month(sim::Triangular{600, 800, 1000}))
            .gkv_eur_per_case(sim::Uniform{60, 80})
            .rent(2000)
            .running_costs({.fixed = testing::each_month(sim::Uniform{1000, 3000})});
        return b;
    };
    // A second doctor who starts in the last month: every earlier month can be compared.
    const models::CentreModel one(base().build()),
        two(base()
                .doctor("gp-2", {.fte = 1.0, .start = 23, .salary = sim::Uniform{60000, 100000}, .on_cost = 0.2})
                .build());
    for (std::uint64_t trial = 0; trial < 20; ++trial) {
        const auto a = one.project_months(99, trial);
        const auto b = two.project_months(99, trial);
        for (std::size_t m = 0; m + 1 < a.size(); ++m) {
            CHECK(a[m].doctor_costs == b[m].doctor_costs);
            CHECK(a[m].cases == b[m].cases);
            CHECK(a[m].gkv_revenue == b[m].gkv_revenue);
            CHECK(a[m].running_costs == b[m].running_costs);
        }
        CHECK(b.back().doctor_fte == 2.0);
    }
}

TEST_CASE("draw: month redraws each month, draw: trial once per trial", "[models][streams]") {
    auto with = [](const testing::Value& cases) {
        return models::CentreModel(CentreBuilder({2027, 1}, 1)
                                       .name("Draws")
                                       .doctor("gp-1", {.fte = 1.0, .salary = 80000, .on_cost = 0.2})
                                       .cases_per_fte_per_quarter(cases)
                                       .gkv_eur_per_case(70)
                                       .rent(2000)
                                       .running_costs({.fixed = 1000})
                                       .build())
            .project_months(5, 3);
    };
    const auto per_trial = with(sim::Triangular{600, 800, 1000});
    const auto per_month = with(testing::each_month(sim::Triangular{600, 800, 1000}));
    for (std::size_t m = 1; m < per_trial.size(); ++m) {
        CHECK(per_trial[m].cases == per_trial[0].cases);
        CHECK(per_month[m].cases != per_month[m - 1].cases);
    }
}

TEST_CASE("yearly growth drawn per year compounds year by year", "[models][growth]") {
    const models::CentreModel model(
        CentreBuilder({2027, 1}, 4)
            .name("Growth")
            .doctor("gp-1",
                    {.fte = 1.0, .salary = 120000, .on_cost = 0.0, .raise = testing::each_year(sim::Uniform{0.0, 0.1})})
            .cases_per_fte_per_quarter(0)
            .gkv_eur_per_case(70)
            .build());
    std::vector<double> out(model.width());
    model.project_years(11, 4, out);
    double previous_rate = -1;
    for (int y = 1; y < 4; ++y) {
        const double ratio = at(out, y, Metric::doctor_costs) / at(out, y - 1, Metric::doctor_costs);
        CHECK(ratio >= 1.0);
        CHECK(ratio <= 1.1);
        CHECK(ratio - 1.0 != previous_rate);  // a fresh draw each year
        previous_rate = ratio - 1.0;
    }
}

TEST_CASE("a projection that overflows names the output and the trial, stored or bounded", "[models][finite]") {
    // Built in C++, past the reader's limit of 1e9: a salary of 1e308 with on-costs of 100 % costs
    // 2e308 EUR a year, more than a double holds (1.8e308): inf in 2027. doctor_costs is the first
    // output of the row that overflows (cases, FTE, vacancy and revenue come before it and are finite).
    const models::CentreSpec spec =
        CentreBuilder({2027, 1}, 2).doctor("a", {.fte = 1.0, .salary = 1e308, .on_cost = 1.0}).build();
    const std::string message =
        "the projection overflowed (doctor_costs[2027] is inf in trial 0): a number grew beyond what double "
        "arithmetic holds; check for implausibly large inputs";
    CHECK_THROWS_WITH(models::project(spec, {.seed = 1, .trials = 3, .threads = 1}), message);
    const models::CentreModel model(spec);
    CHECK_THROWS_WITH(models::project_bounded(model, {.seed = 1, .trials = 3, .threads = 2}), message);
    CHECK(models::output_name(model, model.output_index(models::TrialMetric::largest_cash_gap)) == "largest_cash_gap");
    CHECK(models::output_name(model, models::CentreModel::output_index(1, Metric::cash_end)) == "cash_end[2028]");
}
