// Break-even analysis: a hand-computed case, common random numbers, reproducibility.
#include "models/analysis/breakeven.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "scenarios/scenario_loader.h"

using namespace mvzsim;
using models::Metric;

namespace {

models::CentreSpec parse(const std::string& yaml) {
    return scenarios::parse_scenario("test.yaml", yaml).spec;
}

// Per doctor FTE and month: revenue 900/3 = 300 cases x 30 EUR = 9,000; doctor 60,000/12 = 5,000;
// one MFA per doctor FTE 24,000/12 = 2,000: a contribution of 2,000 EUR per doctor FTE and month.
// Fixed per month: rent 2,600 + running 4,000 = 6,600. Break-even: 2,000 N >= 6,600, N >= 3.3:
// the minimum is 4 FTE in steps of 1 and 3.5 FTE in steps of 0.5.
// Annual result at N FTE: 12 x (2,000 N - 6,600): N = 3: -7,200; N = 3.5: +4,800; N = 4: +16,800.
const char* kHand = R"(
centre: {name: Hand, opening: 2027-01, horizon_years: 3}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 60000, on_cost_rate: 0}]
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 30}}
staff: [{role: mfa, fte_per_doctor_fte: 1, salary_per_year: 24000, on_cost_rate: 0}]
premises: {rent_eur_per_month: 2600}
running_costs: {fixed_eur_per_month: 4000}
)";

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
    const auto spec = parse(kHand);
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
    // kHand plus a fit-out of 240,000 EUR written off over 10 years: depreciation 24,000 a year,
    // so the annual result at N FTE is 12 x (2,000 N - 6,600) - 24,000. A further grant G on the
    // investments is released at G x 24,000 / 240,000 = 0.1 G a year. N = 3: -31,200 would need
    // G = 312,000, more than the 240,000 invested: no grant can do it; N = 4: -7,200, G = 72,000
    // (30 %); N = 5: +16,800, G = 0.
    const auto spec =
        parse(std::string(kHand) +
              "investments: [{name: fit-out, amount_eur: 240000, month: 2027-01, useful_life_years: 10}]\n");
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
        parse(std::string(kHand) +
              "investments: [{name: fit-out, amount_eur: 240000, month: 2027-01, useful_life_years: 10}]\n"
              "grants: {investment: [{name: state, rate: 0.8}]}\n"),
        options(3, 4, 1));
    CHECK(funded.counts[1].result.mean == Approx(12000));
    CHECK(*funded.counts[1].investment_grant == 0.0);
    // At N = 3 the result is -31,200 + 19,200 = -12,000: G = 120,000 > 48,000 left.
    CHECK(funded.counts[0].result.mean == Approx(-12000));
    CHECK_FALSE(funded.counts[0].investment_grant);

    // Without investments there is nothing such a grant could fund.
    const auto none = models::breakeven(parse(kHand), options(3, 3, 1));
    CHECK_FALSE(none.counts[0].has_investments);
    CHECK_FALSE(none.counts[0].investment_grant);

    // An investment written off before the year analysed releases nothing in it: no grant helps.
    const auto early =
        models::breakeven(parse(std::string(kHand) +
                                "investments: [{name: it, amount_eur: 9000, month: 2027-01, useful_life_years: 1}]\n"),
                          [] {
                              auto o = options(3, 3, 1);
                              o.year = 2028;
                              return o;
                          }());
    CHECK(early.counts[0].has_investments);
    CHECK_FALSE(early.counts[0].investment_grant);
}

TEST_CASE("added doctors copy the template with their own streams and space", "[models][breakeven]") {
    auto spec = parse(R"(
centre: {name: Copies, opening: 2027-01, horizon_years: 2}
doctors:
  - id: gp-1
    fte: 1.0
    salary_per_year: {uniform: [60000, 90000]}
    on_cost_rate: 0.2
    productivity: {uniform: [0.8, 1.0]}
    recruitment: {time_to_fill_months: {uniform: [0, 6]}, departures_per_year: 0.05, refill_months: {uniform: [2, 6]}, recruiting_cost_eur: 5000}
  - {id: gp-2, fte: 0.5, start: 2027-07, salary_per_year: 80000, on_cost_rate: 0.2}
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 70}}
premises: {area_m2: 200, rent_eur_per_m2_per_month: 10}
running_costs: {fixed_eur_per_month: 4000}
breakeven: {template: gp-1, area_m2_per_fte: 60}
)");
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
    // A 2-year horizon has 2 x 26 + 8 = 60 outputs, so a pass takes at most 60 / 9 = 6 counts:
    // 1..4 in steps of 0.25 (13 counts) runs in 3 passes.
    const auto spec = parse(R"(
centre: {name: Passes, opening: 2027-01, horizon_years: 2}
doctors:
  - {id: gp-1, fte: 1.0, salary_per_year: {uniform: [60000, 90000]}, on_cost_rate: 0.2,
     recruitment: {time_to_fill_months: {uniform: [0, 6]}, departures_per_year: 0.2, refill_months: 4}}
billing: {cases_per_fte_per_quarter: {uniform: [700, 1000]}, gkv: {eur_per_case: 70}}
premises: {rent_eur_per_month: {uniform: [3000, 5000]}}
running_costs: {fixed_eur_per_month: 4000}
)");
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
    const auto spec = scenarios::load_scenario(MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml").spec;
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
    const auto spec = scenarios::load_scenario(MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml").spec;
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
    // running costs, per-month inputs, an add-on tenant and finance with a credit line.
    const auto spec = parse(R"(
centre: {name: Variants, opening: 2027-04, horizon_years: 4}
doctors:
  - {id: gp-1, fte: 1.0, salary_per_year: {uniform: [60000, 90000]}, on_cost_rate: 0.2}
  - id: gp-2
    fte: 0.75
    start: 2027-07
    salary_per_year: 80000
    on_cost_rate: 0.2
    raise_per_year: {uniform: [0.01, 0.04], draw: year}
    recruitment: {time_to_fill_months: {uniform: [0, 9]}, departures_per_year: 0.3, refill_months: {uniform: [2, 8]}, recruiting_cost_eur: 9000}
  - {id: gp-3, fte: 1.0, start: 2028-01, salary_per_year: {uniform: [70000, 95000]}, on_cost_rate: 0.21}
billing:
  cases_per_fte_per_quarter: {triangular: [600, 800, 1000], draw: month}
  gkv: {eur_per_case: {uniform: [60, 80]}, payout_quota: {limit_cases_per_fte_per_quarter: 850, quota: 0.8}}
  private: {share_of_cases: {uniform: [0.05, 0.12]}, eur_per_case: 150, payment_lag_months: 2}
  ramp_up: {quarters: 2, shape: s_curve, start_share: 0.4}
  kv_payment: {advance_share: 0.8, settlement_lag_months: 2}
  surcharges: [{name: ti, eur_per_month: 200, eur_per_case: {uniform: [0.5, 1.5], draw: month}}]
staff:
  - {role: mfa, fte_per_doctor_fte: 2, salary_per_year: 36000, on_cost_rate: 0.2, turnover: {departures_per_year: 0.2, refill_months: 3}}
premises: {area_m2: 200, rent_eur_per_m2_per_month: {uniform: [8, 12]}}
running_costs: {fixed_eur_per_month: {uniform: [3000, 5000], draw: month}, eur_per_month_per_doctor_fte: 300}
investments:
  - {name: fit-out, amount_eur: {uniform: [50000, 90000]}, month: 2027-04, useful_life_years: 10}
financing:
  equity_eur: 20000
  credit_line: {limit_eur: 300000, rate_per_year: 0.06}
grants:
  investment:
    - {name: fit-out-grant, rate: 0.8, paid: 2027-06, binding_years: 3, max_vacancy_months: 4}
    - {name: gp-2-grant, rate: 0.1, paid: 2027-04, binding_years: 3, max_vacancy_months: 2, position: gp-2}
  positions: [{name: gp-3-funding, position: gp-3, eur_per_year: 30000, share_of_cost: 0.5, years: 2}]
  turnover_guarantees: [{name: kv-guarantee, position: gp-2, reference_eur_per_quarter: 40000, quarters: 4, binding_years: 2}]
  operating: [{name: county, eur_per_year: {uniform: [20000, 40000]}, start: 2027-07, years: 2}]
  loss_compensation_paid: true
addons:
  tenants: [{name: pharmacy, area_m2: 100, rent_eur_per_m2_per_month: 9, loss_probability_per_year: 0.2, months_to_relet: {uniform: [3, 9]}}]
  services: [{name: transport, revenue_eur_per_month: {uniform: [200, 900]}, costs_eur_per_month: {uniform: [1500, 2500], draw: month}}]
  tagespflege:
    places: 12
    opening_days_per_month: 21
    occupancy: {triangular: [0.6, 0.8, 0.95]}
    pflegegrad_mix: {pg2: 7, pg3: 7, pg4: 4, pg5: 2}
    care_eur_per_day: {pg2: 61.36, pg3: 66.83, pg4: 74.14, pg5: 84.22}
    self_paid_eur_per_day: 19.64
    care_staff_fte_per_guest: 0.2
    care_staff: {salary_per_year: 40000, on_cost_rate: 0.21}
    fixed_eur_per_month: 3000
correlations:
  - {between: ["doctors[gp-1].salary_per_year", billing.gkv.eur_per_case], rank: 0.5}
  - {between: [addons.tagespflege.occupancy, "finance.investments[fit-out].amount_eur"], rank: -0.4}
  - {between: ["doctors[gp-2].time_to_fill_months", "addons.services[transport].revenue_eur_per_month"], rank: 0.3}
breakeven: {template: gp-2, area_m2_per_fte: 60}
)");
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
    const auto spec = parse(kHand);
    CHECK_THROWS_AS(models::breakeven(spec, options(0, 3, 1)), std::invalid_argument);
    CHECK_THROWS_AS(models::breakeven(spec, options(3, 2, 1)), std::invalid_argument);
    CHECK_THROWS_WITH(models::breakeven(spec, options(1, 2, 0.3)), Catch::Contains("whole number of steps"));
    auto o = options(1, 3, 1);
    o.year = 2040;
    CHECK_THROWS_AS(models::breakeven(spec, o), std::invalid_argument);
}
