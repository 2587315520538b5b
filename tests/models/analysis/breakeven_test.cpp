// Break-even analysis: a hand-computed case, common random numbers, reproducibility.
#include "models/analysis/breakeven.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "tests/support/example_specs.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using testing::CentreBuilder;

namespace {

// Per doctor FTE and month: revenue 900/3 = 300 cases x 30 EUR = 9,000; doctor 60,000/12 = 5,000;
// one MFA per doctor FTE 24,000/12 = 2,000: a contribution of 2,000 EUR per doctor FTE and month.
// Fixed per month: rent 2,600 + running 4,000 = 6,600. Break-even: 2,000 N >= 6,600, N >= 3.3:
// the minimum is 4 FTE in steps of 1 and 3.5 FTE in steps of 0.5.
// Annual result at N FTE: 12 x (2,000 N - 6,600): N = 3: -7,200; N = 3.5: +4,800; N = 4: +16,800.
CentreBuilder hand() {
    CentreBuilder b({2027, 1}, 3);
    b.name("Hand")
        .doctor("gp-1", {.fte = 1.0, .salary = 60000, .on_cost = 0})
        .cases_per_fte_per_quarter(900)
        .gkv_eur_per_case(30)
        .staff_per_doctor("mfa", 1, {.salary = 24000, .on_cost = 0})
        .rent(2600)
        .running_costs({.fixed = 4000});
    return b;
}

models::BreakevenOptions options(double min, double max, double step, std::size_t trials = 200) {
    models::BreakevenOptions o;
    o.min_fte = min;
    o.max_fte = max;
    o.step = step;
    o.confidence = 0.8;
    o.run = {.seed = 1, .trials = trials, .threads = 2};
    return o;
}

}  // namespace

TEST_CASE("breakeven finds the hand-computed minimum doctor count", "[models][breakeven]") {
    const auto spec = hand().build();
    const auto whole = models::breakeven(spec, options(1, 6, 1));
    REQUIRE(whole.counts.size() == 6);
    REQUIRE(whole.minimum);
    CHECK(whole.counts[*whole.minimum].fte == 4.0);
    CHECK(whole.minimum_certain);
    CHECK(whole.year == 2027);  // every position in post from January of the opening year
    CHECK(whole.counts[2].result.mean == Approx(-7200));
    CHECK(whole.counts[2].probability == 0.0);
    CHECK(whole.counts[2].operating_subsidy == Approx(7200));
    CHECK(whole.counts[2].subsidy.mean == Approx(7200));
    CHECK(whole.counts[3].result.mean == Approx(16800));
    CHECK(whole.counts[3].probability == 1.0);
    CHECK(whole.counts[3].operating_subsidy == 0.0);
    // At 1 FTE the centre loses 12 x 4,600 = 55,200 a year and never pays back.
    CHECK(whole.counts[0].first_year.share_never == 1.0);
    CHECK_FALSE(whole.counts[0].first_year.p50);
    CHECK(whole.counts[0].credit_line_p95 == Approx(3 * 55200));
    // The one-off grant for 2027 at 3 FTE covers that year's loss.
    CHECK(whole.counts[2].one_off_grant == Approx(7200));

    const auto halves = models::breakeven(spec, options(3, 4, 0.5));
    REQUIRE(halves.minimum);
    CHECK(halves.counts[*halves.minimum].fte == 3.5);
    CHECK(halves.counts[1].result.mean == Approx(4800));
    // From the first month on the result is positive: the cumulative result never turns negative.
    CHECK(halves.counts[1].payback_month.p50 == 0);
}

TEST_CASE("the investment grant released with depreciation, by hand", "[models][breakeven]") {
    // hand() plus a fit-out of 240,000 EUR written off over 10 years: depreciation 24,000 a year,
    // so the annual result at N FTE is 12 x (2,000 N - 6,600) - 24,000. A further grant G on the
    // investments is released at G x 24,000 / 240,000 = 0.1 G a year. N = 3: -31,200 would need
    // G = 312,000, more than the 240,000 invested: no grant can do it; N = 4: -7,200, G = 72,000
    // (30 %); N = 5: +16,800, G = 0.
    const auto spec = hand().investment("fit-out", 240000, 0, 10).build();
    const auto r = models::breakeven(spec, options(3, 5, 1));
    REQUIRE(r.counts.size() == 3);
    CHECK(r.counts[0].result.mean == Approx(-31200));
    for (const auto& c : r.counts) CHECK(c.has_investments);
    CHECK_FALSE(r.counts[0].investment_grant);
    REQUIRE(r.counts[1].investment_grant);
    CHECK(*r.counts[1].investment_grant == Approx(72000));
    CHECK(r.counts[1].investment_grant_share == Approx(0.3));
    REQUIRE(r.counts[2].investment_grant);
    CHECK(*r.counts[2].investment_grant == 0.0);

    // A scenario grant of 80 % leaves 48,000 of the investment: 72,000 is out of reach. (Its own
    // release, 0.8 x 24,000 a year, lifts the result at N = 4 to +12,000: nothing is needed.)
    const auto funded = models::breakeven(
        hand().investment("fit-out", 240000, 0, 10).investment_grant({.name = "state", .rate = 0.8}).build(),
        options(3, 4, 1));
    CHECK(funded.counts[1].result.mean == Approx(12000));
    CHECK(*funded.counts[1].investment_grant == 0.0);
    // At N = 3 the result is -31,200 + 19,200 = -12,000: G = 120,000 > 48,000 left.
    CHECK(funded.counts[0].result.mean == Approx(-12000));
    CHECK_FALSE(funded.counts[0].investment_grant);

    // Without investments there is nothing such a grant could fund.
    const auto none = models::breakeven(hand().build(), options(3, 3, 1));
    CHECK_FALSE(none.counts[0].has_investments);
    CHECK_FALSE(none.counts[0].investment_grant);

    // An investment written off before the year analysed releases nothing in it: no grant helps.
    const auto early = models::breakeven(hand().investment("it", 9000, 0, 1).build(), [] {
        auto o = options(3, 3, 1);
        o.year = 2028;
        return o;
    }());
    CHECK(early.counts[0].has_investments);
    CHECK_FALSE(early.counts[0].investment_grant);
}

TEST_CASE("added doctors copy the template with their own streams and space", "[models][breakeven]") {
    const auto spec = CentreBuilder({2027, 1}, 2)
                          .name("Copies")
                          .doctor("gp-1", {.fte = 1.0,
                                           .salary = sim::Uniform{60000, 90000},
                                           .on_cost = 0.2,
                                           .productivity = sim::Uniform{0.8, 1.0},
                                           .time_to_fill = sim::Uniform{0, 6},
                                           .departures = 0.05,
                                           .refill = sim::Uniform{2, 6},
                                           .recruiting_cost = 5000})
                          .doctor("gp-2", {.fte = 0.5, .start = 6, .salary = 80000, .on_cost = 0.2})  // 2027-07
                          .cases_per_fte_per_quarter(900)
                          .gkv_eur_per_case(70)
                          .rent_by_area(200, 10)
                          .running_costs({.fixed = 4000})
                          .breakeven("gp-1", 60)
                          .build();
    const auto smaller = models::with_doctor_fte(spec, 1.0);
    REQUIRE(smaller.doctors.size() == 1);
    CHECK(smaller.premises.area_m2 == Approx(200 - 0.5 * 60));

    const auto larger = models::with_doctor_fte(spec, 3.25);
    REQUIRE(larger.doctors.size() == 4);
    CHECK(larger.doctors[2].id == "gp-1+1");
    CHECK(larger.doctors[2].fte == 1.0);
    CHECK(larger.doctors[3].id == "gp-1+2");
    CHECK(larger.doctors[3].fte == 0.75);
    CHECK(larger.doctors[3].pay.salary_per_year.stream == "doctors[gp-1+2].salary_per_year");
    // Every input of a copy draws from the copy's own stream, recruitment and productivity too.
    for (const models::Input* input :
         {&larger.doctors[3].pay.on_cost_rate, &larger.doctors[3].pay.raise_per_year, &larger.doctors[3].productivity,
          &larger.doctors[3].recruitment.time_to_fill_months, &larger.doctors[3].recruitment.departures_per_year,
          &larger.doctors[3].recruitment.refill_months, &larger.doctors[3].recruitment.recruiting_cost_eur}) {
        INFO(input->stream);
        CHECK(input->stream.rfind("doctors[gp-1+2].", 0) == 0);
    }
    CHECK(larger.premises.area_m2 == Approx(200 + 1.75 * 60));
    CHECK(models::first_full_year(larger) == 2028);

    const auto cut = models::with_doctor_fte(spec, 1.25);
    REQUIRE(cut.doctors.size() == 2);
    CHECK(cut.doctors[1].fte == 0.25);
}

TEST_CASE("a search in several passes gives each count what a search of that count alone gives",
          "[models][breakeven]") {
    // A 2-year horizon has 2 x kMetricCount + kTrialMetricCount outputs (2 x 28 + 8 = 64), so a pass
    // takes at most 64 / 9 = 7 counts: 1..4 in steps of 0.25 (13 counts) runs in more than one pass.
    const auto spec = CentreBuilder({2027, 1}, 2)
                          .name("Passes")
                          .doctor("gp-1", {.fte = 1.0,
                                           .salary = sim::Uniform{60000, 90000},
                                           .on_cost = 0.2,
                                           .time_to_fill = sim::Uniform{0, 6},
                                           .departures = 0.2,
                                           .refill = 4})
                          .cases_per_fte_per_quarter(sim::Uniform{700, 1000})
                          .gkv_eur_per_case(70)
                          .rent(sim::Uniform{3000, 5000})
                          .running_costs({.fixed = 4000})
                          .build();
    auto o = options(1, 4, 0.25, 500);
    o.year = 2028;
    const auto all = models::breakeven(spec, o);
    REQUIRE(all.counts.size() == 13);
    for (const auto& c : all.counts) {
        INFO("FTE " << c.fte);
        auto one = o;
        one.min_fte = one.max_fte = c.fte;
        const auto alone = models::breakeven(spec, one).counts.at(0);
        CHECK(c.result.mean == alone.result.mean);
        CHECK(c.result.p5 == alone.result.p5);
        CHECK(c.probability == alone.probability);
        CHECK(c.credit_line_p95 == alone.credit_line_p95);
        CHECK(c.first_year.share_never == alone.first_year.share_never);
        CHECK(c.payback_month.p50 == alone.payback_month.p50);
    }
}

TEST_CASE("breakeven is the same on 1 and 2 threads and monotone in the count", "[models][breakeven]") {
    // examples/rural-gp-3.yaml at Leinebergland's case load of about 1,000 per seat
    // (docs/examples.md), where each added doctor earns more than she costs, so the subsidy that
    // reaches the confidence falls with the count; at the example's own 760 a doctor's cases about
    // pay for her and the spread, growing with the count, raises that subsidy.
    auto spec = testing::rural_gp_3();
    spec.billing.cases_per_fte_per_quarter.distribution = sim::Pert{820, 1000, 1190};
    auto one = options(1, 7, 1, 3000);
    one.run.threads = 1;
    auto two = one;
    two.run.threads = 2;
    const auto a = models::breakeven(spec, one);
    const auto b = models::breakeven(spec, two);
    for (std::size_t i = 0; i < a.counts.size(); ++i) {
        CHECK(a.counts[i].result.mean == b.counts[i].result.mean);
        CHECK(a.counts[i].result.p5 == b.counts[i].result.p5);
        CHECK(a.counts[i].probability == b.counts[i].probability);
        CHECK(a.counts[i].credit_line_p95 == b.counts[i].credit_line_p95);
        if (i == 0) continue;
        CHECK(a.counts[i].result.mean > a.counts[i - 1].result.mean);
        CHECK(a.counts[i].probability >= a.counts[i - 1].probability);
        CHECK(a.counts[i].operating_subsidy <= a.counts[i - 1].operating_subsidy);
    }
}

TEST_CASE("common random numbers make neighbouring counts far more precise than independent runs",
          "[models][breakeven][crn]") {
    const auto spec = testing::rural_gp_3();  // examples/rural-gp-3.yaml
    const sim::RunOptions run{.seed = 7, .trials = 4000, .threads = 2};
    const models::CentreModel three(models::with_doctor_fte(spec, 3)), four(models::with_doctor_fte(spec, 4));
    const auto m3 = models::simulate(three, run);
    const auto m4 = models::simulate(four, run);
    auto other_seed = run;
    other_seed.seed = 8;
    const auto m4_independent = models::simulate(four, other_seed);

    const std::size_t column = models::CentreModel::output_index(1, Metric::annual_result);
    sim::RunningStats paired, s3, s4;
    for (std::size_t t = 0; t < run.trials; ++t) {
        paired.add(m4.at(t, column) - m3.at(t, column));
        s3.add(m3.at(t, column));
        s4.add(m4_independent.at(t, column));
    }
    const double independent_se = std::hypot(s3.standard_error(), s4.standard_error());
    INFO("paired s.e. " << paired.standard_error() << ", independent s.e. " << independent_se);
    CHECK(paired.standard_error() < 0.5 * independent_se);
}

TEST_CASE("all counts of a trial run together give exactly what each count's own model gives",
          "[models][breakeven][variants]") {
    // Every part that depends on which positions exist: a turnover guarantee and a position
    // funding on positions that small counts lack, an investment grant with a vacancy condition,
    // departures, ramp-up, KV timing, payout quota, rent per m2, staff per doctor, per-doctor
    // running costs, per-month inputs, an add-on tenant and finance with a credit line
    // (testing::rich_centre(), tests/support/example_specs.cpp).
    const auto spec = testing::rich_centre();
    const std::vector<double> counts = {0.5, 1.0, 1.5, 1.75, 2.5, 2.75, 4.0, 5.5};
    const auto largest = models::with_doctor_fte(spec, counts.back());
    const models::CentreModel model(largest);
    std::vector<models::DoctorVariant> variants;
    for (const double fte : counts) {
        const auto own = models::with_doctor_fte(spec, fte);
        models::DoctorVariant v;
        v.area_m2 = own.premises.area_m2;
        for (const auto& d : own.doctors) v.fte.push_back(d.fte);
        variants.push_back(v);
    }
    const std::size_t w = model.width();
    std::vector<double> together(variants.size() * w), alone(w);
    std::size_t differences = 0;
    for (std::uint64_t trial = 0; trial < 40; ++trial) {
        model.project_variants(11, trial, variants, together);
        for (std::size_t k = 0; k < counts.size(); ++k) {
            const models::CentreModel own(models::with_doctor_fte(spec, counts[k]));
            own.project_years(11, trial, alone);
            for (std::size_t j = 0; j < w; ++j)
                if (together[k * w + j] != alone[j]) ++differences;  // bit for bit
        }
    }
    CHECK(differences == 0);
    // The parts above are in play: some trials repay a grant, and the counts differ.
    const std::size_t repayment = model.output_index(models::TrialMetric::repayment);
    double repaid = 0.0;
    for (std::uint64_t trial = 0; trial < 40; ++trial) {
        model.project_variants(11, trial, variants, together);
        repaid += together[(counts.size() - 1) * w + repayment];
    }
    CHECK(repaid > 0.0);
    CHECK(together[w + models::CentreModel::output_index(1, Metric::annual_result)] !=
          together[2 * w + models::CentreModel::output_index(1, Metric::annual_result)]);

    std::vector<models::DoctorVariant> too_many = {{std::vector<double>(largest.doctors.size() + 1, 1.0), 100.0}};
    std::vector<double> out(w);
    CHECK_THROWS_AS(model.project_variants(11, 0, too_many, out), std::invalid_argument);
}

TEST_CASE("breakeven rejects what it cannot analyse", "[models][breakeven]") {
    const auto spec = hand().build();
    CHECK_THROWS_AS(models::breakeven(spec, options(0, 3, 1)), std::invalid_argument);
    CHECK_THROWS_AS(models::breakeven(spec, options(3, 2, 1)), std::invalid_argument);
    CHECK_THROWS_WITH(models::breakeven(spec, options(1, 2, 0.3)), Catch::Contains("whole number of steps"));
    auto o = options(1, 3, 1);
    o.year = 2040;
    CHECK_THROWS_AS(models::breakeven(spec, o), std::invalid_argument);
}
