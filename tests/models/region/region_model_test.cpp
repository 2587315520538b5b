#include "models/region/region_model.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "models/analysis/doctor_variants.h"
#include "models/draws/streams.h"
#include "models/projection/projection.h"
#include "models/region/region_breakeven.h"
#include "sim/rank_statistics.h"
#include "tests/support/example_specs.h"
#include "tests/support/spec_builder.h"

namespace mvzsim {
namespace {

using models::RegionMetric;
using models::RegionTrialMetric;

models::RegionSpec region_of(std::vector<std::pair<std::string, models::CentreSpec>> sites) {
    models::RegionSpec r;
    r.name = "test region";
    for (std::size_t i = 0; i < sites.size(); ++i) {
        r.sites.push_back({sites[i].first, sites[i].second});
        r.sites.back().spec.site.salt = models::site_salt(i, sites[i].first);
    }
    return r;
}

void share(models::RegionSpec& r, const std::string& stream) {
    for (auto& s : r.sites) s.spec.site.shared.push_back({models::streams::key(stream), models::streams::key(stream)});
}

bool same(const sim::Summary& a, const sim::Summary& b) {
    return a.mean == b.mean && a.sd == b.sd && a.p5 == b.p5 && a.p50 == b.p50 && a.p95 == b.p95 && a.min == b.min &&
           a.max == b.max;
}

// A centre whose only flow is a fixed monthly cost: its year's subsidy need is 12 x the cost.
models::CentreSpec cost_only(const testing::Value& eur_per_month, int years = 1) {
    return testing::CentreBuilder({2027, 1}, years).doctor("gp").running_costs({.fixed = eur_per_month}).build();
}

std::vector<double> column(const sim::TrialMatrix& m, std::size_t c) {
    const auto s = m.column(c);
    return {s.begin(), s.end()};
}

double variance(const std::vector<double>& x) {
    return sim::RunningStats::of(x).variance();
}
// Standard error of a sample variance: sqrt((m4 - s^4) / n), with m4 the fourth central moment.
double variance_se(const std::vector<double>& x) {
    const double mean = sim::RunningStats::of(x).mean(), v = variance(x);
    double m4 = 0.0;
    for (double xi : x) m4 += std::pow(xi - mean, 4);
    m4 /= static_cast<double>(x.size());
    return std::sqrt((m4 - v * v) / static_cast<double>(x.size()));
}

}  // namespace

TEST_CASE("a region of one site is that site's own run, bit for bit", "[models][region]") {
    const models::CentreSpec spec = testing::rich_centre();
    const sim::RunOptions run{.seed = 11, .trials = 1500, .threads = 2};
    const models::Projection alone = models::project(spec, run);
    // Also with a shared input: the first site draws it from the region's stream, which is its own.
    for (const bool shared : {false, true}) {
        models::RegionSpec r = region_of({{"only", spec}});
        if (shared) share(r, "cost_inflation_per_year");
        const models::RegionModel model(r);
        const models::RegionProjection p = models::project_region(model, run);
        REQUIRE(p.blocks.size() == 2);
        REQUIRE(p.first_year == 2027);
        REQUIRE(p.blocks[0].years.size() == alone.years.size());
        for (std::size_t y = 0; y < alone.years.size(); ++y)
            for (const std::size_t b : {0, 1}) {
                CHECK(
                    same(p.blocks[b].at(y, RegionMetric::subsidy_need), alone.years[y][models::Metric::subsidy_need]));
                CHECK(same(p.blocks[b].at(y, RegionMetric::cash_end), alone.years[y][models::Metric::cash_end]));
                CHECK(same(p.blocks[b].at(y, RegionMetric::annual_result),
                           alone.years[y][models::Metric::annual_result]));
            }
        CHECK(same(p.blocks[1].at(RegionTrialMetric::largest_cash_gap), alone[models::TrialMetric::largest_cash_gap]));
        CHECK(same(p.blocks[0].at(RegionTrialMetric::over_ceiling_any),
                   alone[models::TrialMetric::subsidy_over_ceiling]));
    }
}

TEST_CASE("two independent identical sites: the sum's variance is twice one site's", "[models][region]") {
    const models::CentreSpec spec = testing::rural_gp_3();
    const models::RegionModel model(region_of({{"a", spec}, {"b", spec}}));
    const sim::TrialMatrix rows = models::simulate_region(model, {.seed = 5, .trials = 4000, .threads = 2});
    const auto a = column(rows, model.index(0, RegionTrialMetric::subsidy_total));
    const auto b = column(rows, model.index(1, RegionTrialMetric::subsidy_total));
    const auto sum = column(rows, model.index(2, RegionTrialMetric::subsidy_total));
    CHECK(a != b);  // each site draws from its own seed
    for (std::size_t i = 0; i < sum.size(); ++i) REQUIRE(sum[i] == Approx(a[i] + b[i]).epsilon(1e-12));
    // Var(a + b) - 2 Var(a) = (Var(b) - Var(a)) + 2 Cov(a, b): mean 0 when independent, with the
    // standard error of the variances' difference and of 2 Cov (sqrt(Var a Var b / n) each).
    const double n = static_cast<double>(a.size());
    const double se =
        std::sqrt(std::pow(variance_se(a), 2) + std::pow(variance_se(b), 2) + 4.0 * variance(a) * variance(b) / n);
    CHECK(std::abs(variance(sum) - 2.0 * variance(a)) < 4.0 * se);
    CHECK(variance(sum) > 0.0);
}

TEST_CASE("a shared input drawn once gives perfectly rank-correlated site draws", "[models][region]") {
    // Two sites whose only random input is cost inflation, with different ranges: their second
    // year's cost is 12 x 1000 x (1 + r), so its ranks are the ranks of r.
    const auto site = [](double low, double mode, double high) {
        auto s = cost_only(1000.0, 2);
        s.cost_inflation_per_year = {sim::Triangular{low, mode, high}, models::Draw::per_period,
                                     "cost_inflation_per_year"};
        return s;
    };
    for (const bool shared : {true, false}) {
        models::RegionSpec r = region_of({{"a", site(0.01, 0.02, 0.03)}, {"b", site(0.0, 0.04, 0.08)}});
        if (shared) share(r, "cost_inflation_per_year");
        const models::RegionModel model(r);
        const sim::TrialMatrix rows = models::simulate_region(model, {.seed = 3, .trials = 2000, .threads = 2});
        const auto a = column(rows, model.index(0, 1, RegionMetric::subsidy_need));
        const auto b = column(rows, model.index(1, 1, RegionMetric::subsidy_need));
        const double rho = sim::spearman(a, b);
        if (shared)
            CHECK(rho == Approx(1.0).margin(1e-12));
        else
            CHECK(std::abs(rho) < 4.0 / std::sqrt(2000.0));  // independent: rho's se is about 1 / sqrt(n)
        CHECK(model.index(0, 1, RegionMetric::subsidy_need) < model.width());
    }
}

TEST_CASE("the region's P95 is that of each trial's sum, not the sum of the sites' P95", "[models][region]") {
    // Each site's only flow is a monthly cost X ~ U(0, 1000) for one year: its subsidy need is
    // 12 X ~ U(0, 12000), P95 = 11,400. The sum of two independent such needs has the triangular
    // density on [0, 24000]: P(S > q) = (24000 - q)^2 / (2 x 12000^2) = 0.05 gives
    // q = 24000 - 12000 sqrt(0.1) = 20,205.27; adding the sites' P95 gives 22,800, 2,594.73 too much.
    const auto spec = cost_only(testing::Value(sim::Uniform{0.0, 1000.0}));
    const models::RegionModel model(region_of({{"a", spec}, {"b", spec}}));
    const std::size_t n = 20000;
    const models::RegionProjection p = models::project_region(model, {.seed = 9, .trials = n, .threads = 2});
    const double site_p95 = p.blocks[0].at(0, RegionMetric::subsidy_need).p95;
    const double region_p95 = p.blocks[2].at(0, RegionMetric::subsidy_need).p95;
    // Quantile standard errors sqrt(p (1 - p) / n) / f(q): f = 1/12000 for a site, 3794.73 / 12000^2 for the sum.
    const double se_site = std::sqrt(0.95 * 0.05 / n) * 12000.0;
    const double se_region = std::sqrt(0.95 * 0.05 / n) / (3794.733 / (12000.0 * 12000.0));
    CHECK(std::abs(site_p95 - 11400.0) < 4.0 * se_site);
    CHECK(std::abs(region_p95 - 20205.27) < 4.0 * se_region);
    const double error = site_p95 + p.blocks[1].at(0, RegionMetric::subsidy_need).p95 - region_p95;
    CHECK(std::abs(error - 2594.73) < 4.0 * std::sqrt(2.0 * se_site * se_site + se_region * se_region));
}

TEST_CASE("a region run is the same on any number of threads", "[models][region]") {
    const models::RegionModel model(region_of({{"a", testing::rural_gp_3()}, {"b", testing::rich_centre()}}));
    const auto one = models::project_region(model, {.seed = 2, .trials = 1100, .threads = 1});
    const auto three = models::project_region(model, {.seed = 2, .trials = 1100, .threads = 3});
    REQUIRE(one.blocks.size() == 3);
    for (std::size_t b = 0; b < 3; ++b) {
        for (std::size_t y = 0; y < one.blocks[b].years.size(); ++y)
            for (std::size_t m = 0; m < models::kRegionMetricCount; ++m)
                CHECK(same(one.blocks[b].years[y][m], three.blocks[b].years[y][m]));
        for (std::size_t m = 0; m < models::kRegionTrialMetricCount; ++m)
            CHECK(same(one.blocks[b].trial[m], three.blocks[b].trial[m]));
    }
    CHECK(one.shared.co_movement_share == three.shared.co_movement_share);
}

TEST_CASE("a county post costs its draw, grown each January, less its funding cap pro rata", "[models][region]") {
    // 80,000 EUR a year from July 2027, +5 % from 2028, funded up to 50,000 EUR a year for 1 year:
    //   2027: 6 months: 40,000 - min(40,000, 25,000) = 15,000
    //   2028: 84,000; funded January to June: 25,000 -> 59,000
    //   2029: 88,200, no funding -> 88,200
    models::RegionPost post{
        "coordinator", models::fixed_input(80000.0), models::fixed_input(0.05), {2027, 7}, 0, 50000.0, 1};
    const std::vector<models::RegionPost> posts{post};
    const models::RegionPosts costed(posts, 2027, 3);
    std::vector<double> net(3);
    costed.net_cost(1, 0, net);
    CHECK(net[0] == Approx(15000.0));
    CHECK(net[1] == Approx(59000.0));
    CHECK(net[2] == Approx(88200.0));
    // In a region: the posts' net cost adds to the region's subsidy need, not to a site's.
    models::RegionSpec r = region_of({{"a", cost_only(1000.0, 3)}});
    r.posts = posts;
    r.budget_ceiling_eur_per_year = 50000.0;
    const auto p = models::project_region(models::RegionModel(r), {.seed = 1, .trials = 10, .threads = 1});
    CHECK(p.blocks[0].at(0, RegionMetric::subsidy_need).mean == Approx(12000.0));
    CHECK(p.blocks[1].at(0, RegionMetric::subsidy_need).mean == Approx(27000.0));
    CHECK(p.blocks[1].at(0, RegionMetric::posts_net_cost).mean == Approx(15000.0));
    CHECK(p.blocks[1].at(0, RegionMetric::over_ceiling).mean == 0.0);  // 27,000 <= 50,000
    CHECK(p.blocks[1].at(1, RegionMetric::over_ceiling).mean == 1.0);  // 12,000 + 59,000 > 50,000
    CHECK(p.blocks[1].at(RegionTrialMetric::over_ceiling_any).mean == 1.0);
}

}  // namespace mvzsim

namespace mvzsim {

TEST_CASE("a region's break-even of one site has the site's own probabilities at each FTE", "[models][region]") {
    const models::CentreSpec spec = testing::rural_gp_3();
    const models::RegionSpec r = region_of({{"only", spec}});
    models::RegionBreakevenOptions o;
    o.levels = {{1.0, 2.0, 3.0}};
    o.year = 2030;
    o.confidence = 0.5;
    o.run = {.seed = 4, .trials = 1500, .threads = 2};
    const auto result = models::region_breakeven(r, o);
    CHECK(result.placements == 3);
    REQUIRE(result.best.size() == 3);
    for (std::size_t k = 0; k < 3; ++k) {
        const models::Projection alone = models::project(models::with_doctor_fte(spec, o.levels[0][k]), o.run);
        const sim::Summary& s = alone.years[2030 - 2027][models::Metric::annual_result];
        CHECK(result.best[k].total == o.levels[0][k]);
        CHECK(result.best[k].p_carry == Approx(1.0 - s.share_negative).epsilon(1e-12));
        CHECK(result.best[k].mean_result == Approx(s.mean).epsilon(1e-12));
    }
    // The answer is the smallest total that reaches the confidence.
    for (std::size_t k = 0; k < 3; ++k)
        if (result.answer && k < *result.answer) CHECK(result.best[k].p_carry < 0.5);
    if (result.answer) CHECK(result.best[*result.answer].p_carry >= 0.5);
}

TEST_CASE("a region's break-even compares every placement and keeps the best per total", "[models][region]") {
    const models::CentreSpec spec = testing::rural_gp_3();
    const models::RegionSpec r = region_of({{"a", spec}, {"b", spec}});
    models::RegionBreakevenOptions o;
    o.levels = {{1.0, 2.0}, {1.0, 2.0, 3.0}};
    o.year = 2029;
    o.run = {.seed = 4, .trials = 600, .threads = 2};
    const auto result = models::region_breakeven(r, o);
    CHECK(result.placements == 6);
    REQUIRE(result.best.size() == 4);  // totals 2, 3, 4, 5
    for (std::size_t k = 0; k < 4; ++k) {
        CHECK(result.best[k].total == 2.0 + static_cast<double>(k));
        CHECK(result.best[k].fte[0] + result.best[k].fte[1] == result.best[k].total);
    }
    o.levels = {{}, {1.0}};
    CHECK_THROWS_AS(models::region_breakeven(r, o), std::invalid_argument);
}

}  // namespace mvzsim
