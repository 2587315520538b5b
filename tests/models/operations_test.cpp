// Recruitment and turnover, ramp-up, KV payment timing, payout quota, grants: hand-computed
// checks and analytic means.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "models/mechanisms/positions.h"
#include "models/projection/centre_model.h"
#include "models/projection/projection.h"
#include "scenarios/scenario_loader.h"

using namespace mvzsim;
using models::Metric;
using models::TrialMetric;

namespace {

models::CentreSpec parse(const std::string& yaml) {
    return scenarios::parse_scenario("test.yaml", yaml).spec;
}

// One full-time GP at 900 cases a quarter (300 a month) and 30 EUR a case = 9,000 EUR a month;
// no costs unless a test adds them. DOCTOR and BILLING are replaced by each test.
std::string centre(const std::string& doctor_extra, const std::string& billing_extra, const std::string& tail = "",
                   int years = 3) {
    return "centre: {name: Ops, opening: 2027-01, horizon_years: " + std::to_string(years) +
           "}\n"
           "doctors:\n  - {id: gp-1, fte: 1.0, salary_per_year: 0, on_cost_rate: 0" +
           doctor_extra +
           "}\n"
           "billing:\n  cases_per_fte_per_quarter: 900\n  gkv: {eur_per_case: 30}\n" +
           billing_extra + "premises: {rent_eur_per_month: 0}\nrunning_costs: {fixed_eur_per_month: 0}\n" + tail;
}

}  // namespace

TEST_CASE("time to fill: vacant months match their analytic mean", "[models][recruitment]") {
    // Uniform time to fill on [0, 24] months, rounded to whole months: mean 12 months vacant
    // (the rounding is symmetric), variance about 24^2 / 12 + 1/12 = 48.08.
    const models::CentreModel model(parse(centre(", recruitment: {time_to_fill_months: {uniform: [0, 24]}}", "")));
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

TEST_CASE("departures: the chance of a vacancy within the first year", "[models][recruitment]") {
    // Yearly probability p = 0.3: monthly h = 1 - 0.7^(1/12). Leaving at the end of month m makes
    // month m + 1 vacant, so a vacancy in the opening year needs a departure in months 0..10:
    // P = 1 - (1 - h)^11 = 1 - 0.7^(11/12) = 0.27909.
    const models::CentreModel model(
        parse(centre(", recruitment: {departures_per_year: 0.3, refill_months: 60}", "", "", 2)));
    const auto p = models::project(model, {.seed = 5, .trials = 20000, .threads = 2});
    const double expected = 1.0 - std::pow(0.7, 11.0 / 12.0);
    const double se = std::sqrt(expected * (1 - expected) / 20000.0);
    CHECK(std::abs(p.years[0][Metric::vacancy].mean - expected) < 4 * se);
}

TEST_CASE("ramp-up: the case load rises quarter by quarter", "[models][rampup]") {
    // Linear over 3 quarters from 25 %: 0.25, 0.5, 0.75, then 1 (x 300 cases a month).
    const models::CentreModel model(parse(centre("", "  ramp_up: {quarters: 3, shape: linear, start_share: 0.25}\n")));
    const auto months = model.project_months(1, 0);
    CHECK(months[0].cases == Approx(75));
    CHECK(months[2].cases == Approx(75));
    CHECK(months[3].cases == Approx(150));
    CHECK(months[6].cases == Approx(225));
    CHECK(months[9].cases == Approx(300));
    // S-curve: 0.25 + 0.75 x smoothstep(q / 3): quarter 1 -> 0.25 + 0.75 x 0.25926 = 0.44444.
    const models::CentreModel s(parse(centre("", "  ramp_up: {quarters: 3, shape: s_curve, start_share: 0.25}\n")));
    CHECK(s.project_months(1, 0)[3].cases == Approx(300 * 0.444444).epsilon(1e-5));
}

TEST_CASE("ramp-up after a departure: the successor starts from refill_start_share", "[models][rampup]") {
    // The doctor surely leaves at the end of the opening month (departures 1.0 a year: the monthly
    // probability is 1) and every successor does too, after a 2-month gap: in post in months 0,
    // 3, 6, 9, ... Ramp: 2 quarters from 50 % for the first doctor; a successor starts at 80 %.
    // Each doctor is in post for one month, so each month in post is the first of a ramp:
    // month 0: 0.5 x 300 = 150 cases; months 3, 6, 9: 0.8 x 300 = 240.
    const std::string doctor = ", recruitment: {departures_per_year: 1.0, refill_months: 2}";
    const models::CentreModel model(
        parse(centre(doctor, "  ramp_up: {quarters: 2, start_share: 0.5, refill_start_share: 0.8}\n")));
    const auto months = model.project_months(1, 0);
    CHECK(months[0].cases == Approx(150));
    CHECK(months[1].cases == 0);
    CHECK(months[3].cases == Approx(240));
    CHECK(months[9].cases == Approx(240));
    // Without refill_start_share a successor starts at the full case load.
    const auto full =
        models::CentreModel(parse(centre(doctor, "  ramp_up: {quarters: 2, start_share: 0.5}\n"))).project_months(1, 0);
    CHECK(full[0].cases == Approx(150));
    CHECK(full[3].cases == Approx(300));
}

TEST_CASE("ramp-up after a refill rises quarter by quarter like the first", "[models][rampup]") {
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

TEST_CASE("KV payment timing: advances and the remainder after the quarter", "[models][kvpayment]") {
    // 9,000 EUR GKV revenue a month. Q1: no previous quarter, no advances; its 27,000 arrive
    // 3 months after March, in June. Q2: advances 0.8 x 27,000 / 3 = 7,200 a month (Apr-Jun);
    // its remainder 27,000 - 21,600 = 5,400 arrives in September.
    const models::CentreModel model(
        parse(centre("", "  kv_payment: {advance_share: 0.8, settlement_lag_months: 3}\n")));
    const auto m = model.project_months(1, 0);
    CHECK(m[0].cash == 0);
    CHECK(m[2].cash == 0);
    CHECK(m[3].cash == Approx(7200));
    CHECK(m[4].cash == Approx(14400));
    CHECK(m[5].cash == Approx(21600 + 27000));
    CHECK(m[8].cash - m[7].cash == Approx(7200 + 5400));
    // The P&L does not wait: the result is 9,000 every month.
    CHECK(m[0].result() == Approx(9000));
}

TEST_CASE("payout quota: cases above the limit are paid at the quota", "[models][quota]") {
    // Limit 600 cases per FTE per quarter = 200 a month; 300 cases: 200 + 100 x 0.5 = 250 paid,
    // 250 / 300 of 9,000 = 7,500 EUR a month.
    const models::CentreModel model(parse(R"(
centre: {name: Quota, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 0, on_cost_rate: 0}]
billing:
  cases_per_fte_per_quarter: 900
  gkv: {eur_per_case: 30, payout_quota: {limit_cases_per_fte_per_quarter: 600, quota: 0.5}}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
)"));
    CHECK(model.project_months(1, 0)[0].gkv_revenue == Approx(7500));
}

TEST_CASE("grants: operating subsidies, position funding and its repayment", "[models][grants]") {
    // A county subsidy of 24,000 EUR a year for 2 years from opening: 24,000 in 2027 and 2028,
    // nothing in 2029.
    const std::string subsidy = "grants:\n  operating: [{name: county, eur_per_year: 24000, years: 2}]\n";
    const models::CentreModel model(parse(centre("", "", subsidy)));
    std::vector<double> out(model.width());
    model.project_years(1, 0, out);
    CHECK(out[models::CentreModel::output_index(0, Metric::grants)] == Approx(24000));
    CHECK(out[models::CentreModel::output_index(1, Metric::grants)] == Approx(24000));
    CHECK(out[models::CentreModel::output_index(2, Metric::grants)] == 0);
    CHECK(out[models::CentreModel::output_index(2, Metric::annual_result)] == Approx(108000));

    // Position funding of at most 60,000 a year and half the doctor's cost (120,000 a year:
    // 5,000 a month). The doctor surely leaves in the first month (p = 1) and the post stays
    // vacant 24 months: after 3 vacant months the funding is repaid: 5,000 received, 5,000 repaid.
    const models::CentreModel funded(parse(
        "centre: {name: Fund, opening: 2027-01, horizon_years: 3}\n"
        "doctors:\n  - {id: gp-1, fte: 1.0, salary_per_year: 120000, on_cost_rate: 0,\n"
        "     recruitment: {departures_per_year: 1.0, refill_months: 24}}\n"
        "billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 30}}\n"
        "premises: {rent_eur_per_month: 0}\nrunning_costs: {fixed_eur_per_month: 0}\n"
        "grants:\n  positions: [{name: state, position: gp-1, eur_per_year: 60000, share_of_cost: 0.5, years: 3,\n"
        "                max_vacancy_months: 2}]\n"));
    const auto months = funded.project_months(1, 0);
    CHECK(months[0].grants == Approx(5000));
    CHECK(months[1].doctor_fte == 0);
    CHECK(months[3].repayments == Approx(5000));
    CHECK(months[3].repaid);
    const auto p = models::project(funded, {.seed = 1, .trials = 50, .threads = 1});
    CHECK(p[TrialMetric::repayment].mean == 1.0);
}

TEST_CASE("turnover guarantee tops GKV revenue up to the reference", "[models][grants]") {
    // Ramp-up from 25 %: 2,250 EUR GKV revenue in the first month; a guarantee of 27,000 a
    // quarter (9,000 a month) for 2 quarters adds 6,750; from month 6 nothing.
    const models::CentreModel model(parse(centre("", "  ramp_up: {quarters: 3, start_share: 0.25}\n",
                                                 "grants:\n  turnover_guarantees: [{name: kv, position: gp-1, "
                                                 "reference_eur_per_quarter: 27000, quarters: 2}]\n")));
    const auto m = model.project_months(1, 0);
    CHECK(m[0].gkv_revenue == Approx(2250));
    CHECK(m[0].grants == Approx(6750));
    CHECK(m[3].grants == Approx(9000 - 4500));
    CHECK(m[6].grants == 0);
}

TEST_CASE("calibration: one employed GP with national averages lands in the published ranges",
          "[models][calibration]") {
    // KBV: about 870-900 cases per GP per quarter (derived from the Honorarbericht 2022/2023) and a
    // GKV Honorarumsatz of about 244,000-251,000 EUR per GP per year (2021-2023). The GP Fallwert
    // 2023 was 72.29 EUR at an OW of 11.4915 ct: 629 points. With 870 cases a quarter and no
    // private patients: 870 x 4 x 629 x 0.114915 = 251,540 EUR a year.
    const models::CentreModel model(parse(R"(
centre: {name: Calibration, opening: 2023-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 0, on_cost_rate: 0}]
billing:
  cases_per_fte_per_quarter: {triangular: [840, 870, 900]}
  gkv: {points_per_case: 629, orientierungswert_ct_per_point: 11.4915}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
)"));
    const auto p = models::project(model, {.seed = 1, .trials = 5000, .threads = 2});
    const double cases_per_quarter = p.years[0][Metric::cases].mean / 4.0;
    CHECK(cases_per_quarter >= 860);
    CHECK(cases_per_quarter <= 900);
    CHECK(p.years[0][Metric::gkv_revenue].mean >= 240000);
    CHECK(p.years[0][Metric::gkv_revenue].mean <= 255000);
}

namespace {

// Spearman rank correlation of two equally long samples (no ties expected).
double spearman(const std::vector<double>& a, const std::vector<double>& b) {
    auto ranks = [](const std::vector<double>& v) {
        std::vector<std::size_t> order(v.size());
        for (std::size_t i = 0; i < v.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return v[x] < v[y]; });
        std::vector<double> r(v.size());
        for (std::size_t i = 0; i < order.size(); ++i) r[order[i]] = static_cast<double>(i);
        return r;
    };
    const auto ra = ranks(a), rb = ranks(b);
    const double n = static_cast<double>(a.size());
    double d2 = 0;
    for (std::size_t i = 0; i < a.size(); ++i) d2 += (ra[i] - rb[i]) * (ra[i] - rb[i]);
    return 1.0 - 6.0 * d2 / (n * (n * n - 1.0));
}

}  // namespace

TEST_CASE("rank correlation between named inputs", "[models][correlation]") {
    // Cases and the private share, both uniform and drawn once per trial, correlated at 0.8.
    // With equal fees, the private share of revenue equals the private share of cases.
    const auto spec = parse(R"(
centre: {name: Corr, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 0, on_cost_rate: 0}]
billing:
  cases_per_fte_per_quarter: {uniform: [700, 1000]}
  gkv: {eur_per_case: 100}
  private: {share_of_cases: {uniform: [0.05, 0.15]}, eur_per_case: 100}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
correlations:
  - {between: [billing.cases_per_fte_per_quarter, billing.private.share_of_cases], rank: 0.8}
)");
    REQUIRE(spec.correlations.inputs.size() == 2);
    const models::CentreModel model(spec);
    const std::size_t n = 20000;
    const auto trials = models::simulate(model, {.seed = 9, .trials = n, .threads = 2});
    std::vector<double> cases(n), share(n);
    for (std::size_t t = 0; t < n; ++t) {
        cases[t] = trials.at(t, models::CentreModel::output_index(0, Metric::cases));
        const double pkv = trials.at(t, models::CentreModel::output_index(0, Metric::pkv_revenue));
        share[t] = pkv / (pkv + trials.at(t, models::CentreModel::output_index(0, Metric::gkv_revenue)));
    }
    // Standard error of a sample Spearman coefficient: at most 1 / sqrt(n - 1).
    CHECK(std::abs(spearman(cases, share) - 0.8) < 4.0 / std::sqrt(n - 1.0));
    // The marginals keep their distributions: mean cases 850 x 4 a year.
    sim::RunningStats c;
    for (double x : cases) c.add(x);
    CHECK(std::abs(c.mean() - 3400) < 4 * c.standard_error());

    // Inputs that cannot be correlated, and inconsistent correlations, are input errors. Key paths
    // with brackets are quoted inside a [...] list.
    const std::string head = R"(
centre: {name: Bad, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: {uniform: [1, 2]}, on_cost_rate: 0}]
billing:
  cases_per_fte_per_quarter: {uniform: [700, 1000], draw: month}
  gkv: {eur_per_case: {uniform: [60, 80]}}
premises: {rent_eur_per_month: {uniform: [1, 2]}}
running_costs: {fixed_eur_per_month: 0}
correlations:
)";
    CHECK_THROWS_WITH(
        parse(head + R"(
  - {between: [billing.cases_per_fte_per_quarter, billing.gkv.eur_per_case], rank: 0.5}
  - {between: ["doctors[gp-1].salary_per_year", billing.gkv.eur_per_cas], rank: 0.5}
)"),
        Catch::Contains("drawn anew each period") && Catch::Contains("did you mean 'billing.gkv.eur_per_case'?"));
    CHECK_THROWS_WITH(parse(head + R"(
  - {between: ["doctors[gp-1].salary_per_year", premises.rent_eur_per_month], rank: 0.9}
  - {between: [billing.gkv.eur_per_case, premises.rent_eur_per_month], rank: 0.9}
  - {between: ["doctors[gp-1].salary_per_year", billing.gkv.eur_per_case], rank: -0.9}
)"),
                      Catch::Contains("not positive definite") && Catch::Contains("0 = doctors[gp-1].salary_per_year"));
}

TEST_CASE("add-on and investment inputs can be rank-correlated with the centre's", "[models][correlation]") {
    // A tenant's rent per m2 follows the premises' rent (0.9) and the fit-out's amount runs against
    // the case load (-0.6). The tenant pays from the opening and is never lost, so its yearly rent
    // is 12 x 100 m2 x its rent per m2; the depreciation over a 10-year life is amount / 10 a year.
    const auto spec = parse(R"(
centre: {name: Corr, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: 0, on_cost_rate: 0}]
billing: {cases_per_fte_per_quarter: {uniform: [700, 1000]}, gkv: {eur_per_case: 100}}
premises: {area_m2: 100, rent_eur_per_m2_per_month: {uniform: [8, 12]}}
running_costs: {fixed_eur_per_month: 0}
investments: [{name: fit-out, amount_eur: {uniform: [50000, 90000]}, month: 2027-01, useful_life_years: 10}]
grants: {investment: [{name: fit-out-grant, rate: 1}]}
addons:
  tenants: [{name: pharmacy, area_m2: 100, rent_eur_per_m2_per_month: {uniform: [6, 10]}}]
correlations:
  - {between: [premises.rent_eur_per_m2_per_month, "addons.tenants[pharmacy].rent_eur_per_m2_per_month"], rank: 0.9}
  - {between: [billing.cases_per_fte_per_quarter, "finance.investments[fit-out].amount_eur"], rank: -0.6}
)");
    REQUIRE(spec.correlations.inputs.size() == 4);
    const models::CentreModel model(spec);
    const std::size_t n = 20000;
    const auto trials = models::simulate(model, {.seed = 5, .trials = n, .threads = 2});
    std::vector<double> rent(n), tenant(n), cases(n), amount(n);
    sim::RunningStats tenant_rent;
    std::size_t grant_differs = 0;
    for (std::size_t t = 0; t < n; ++t) {
        // The investment grant (rate 1) sees the same correlated amount as the finance: its
        // released income equals the depreciation.
        const double released = trials.at(t, models::CentreModel::output_index(0, Metric::grants));
        if (std::abs(released - trials.at(t, models::CentreModel::output_index(0, Metric::depreciation))) > 1e-6)
            ++grant_differs;
        rent[t] = trials.at(t, models::CentreModel::output_index(0, Metric::premises_costs));
        tenant[t] = trials.at(t, models::CentreModel::output_index(0, Metric::addons_revenue));
        cases[t] = trials.at(t, models::CentreModel::output_index(0, Metric::cases));
        amount[t] = 10 * trials.at(t, models::CentreModel::output_index(0, Metric::depreciation));
        tenant_rent.add(tenant[t] / 1200);
    }
    const double tolerance = 4.0 / std::sqrt(n - 1.0);  // 4 s.e. of a sample Spearman coefficient
    CHECK(std::abs(spearman(rent, tenant) - 0.9) < tolerance);
    CHECK(std::abs(spearman(cases, amount) + 0.6) < tolerance);
    // The marginal keeps its distribution: mean 8 EUR per m2.
    CHECK(std::abs(tenant_rent.mean() - 8.0) < 4 * tenant_rent.standard_error());
    CHECK(grant_differs == 0);
}

TEST_CASE("inputs drawn anew at each departure cannot be correlated", "[models][correlation]") {
    CHECK_THROWS_WITH(
        parse(R"(
centre: {name: Bad, opening: 2027-01, horizon_years: 1}
doctors:
  - id: gp-1
    fte: 1.0
    salary_per_year: {uniform: [60000, 80000]}
    on_cost_rate: 0
    recruitment: {departures_per_year: 0.1, refill_months: {uniform: [3, 9]}}
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 100}}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
correlations:
  - {between: ["doctors[gp-1].salary_per_year", "doctors[gp-1].refill_months"], rank: 0.5}
)"),
        Catch::Contains("correlations[0].between[1]: this input is drawn anew at each departure or loss"));
    auto with = [](const std::string& relet) {
        return R"(
centre: {name: Bad, opening: 2027-01, horizon_years: 1}
doctors: [{id: gp-1, fte: 1.0, salary_per_year: {uniform: [60000, 80000]}, on_cost_rate: 0}]
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 100}}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
addons:
  tenants: [{name: pharmacy, area_m2: 100, rent_eur_per_m2_per_month: 9, loss_probability_per_year: 0.1, months_to_relet: )" +
               relet + R"(}]
correlations:
  - {between: ["doctors[gp-1].salary_per_year", "addons.tenants[pharmacy].months_to_relet"], rank: 0.5}
)";
    };
    CHECK_THROWS_WITH(parse(with("{uniform: [3, 9]}")), Catch::Contains("drawn anew at each departure or loss"));
    // A fixed number is refused as such.
    CHECK_THROWS_WITH(parse(with("6")), Catch::Contains("this input is a fixed number"));
}

TEST_CASE("investment grants: rate, cap, release with depreciation, repayment on vacancy", "[models][grants]") {
    // Investments 600,000 (eligible, 10 years) + 100,000 (not eligible). 95 % of 600,000 = 570,000,
    // capped at 500,000, paid in March 2027. Released with the eligible depreciation: 500,000 /
    // 120 months = 4,166.67 a month from January 2027 (the month of the investment).
    const std::string base = centre(", recruitment: {departures_per_year: DEP, refill_months: 36}", "", R"(
investments:
  - {name: building, amount_eur: 600000, month: 2027-01, useful_life_years: 10}
  - {name: car, amount_eur: 100000, month: 2027-01, useful_life_years: 5}
grants:
  investment: [{name: state, rate: 0.95, cap_eur: 500000, eligible: [building], paid: 2027-03,
                binding_years: 5, max_vacancy_months: 6}]
)");
    auto with = [&](const char* departures) {
        std::string s = base;
        s.replace(s.find("DEP"), 3, departures);
        return models::CentreModel(parse(s)).project_months(1, 0);
    };
    const auto stay = with("0");
    CHECK(stay[0].grants == Approx(500000.0 / 120));
    CHECK(stay[0].depreciation == Approx(600000.0 / 120 + 100000.0 / 60));
    // Cash: 700,000 invested in January; the grant arrives in March.
    CHECK(stay[2].cash - stay[1].cash == Approx(500000 + 9000));
    CHECK_FALSE(stay.back().repaid);

    // The doctor surely leaves in the first month and the post stays vacant 36 months: in the
    // 7th vacant month (August 2027) the grant is repaid; the 7 months of income released so far
    // (January to July) are reversed and 500,000 leave the cash.
    const auto leave = with("1.0");
    std::size_t month = 0;
    while (month < leave.size() && !leave[month].repaid) ++month;
    REQUIRE(month == 7);
    CHECK(leave[month].repayments == Approx(7 * 500000.0 / 120));
    CHECK(leave[month].grants == 0);
    CHECK(leave[month].cash - leave[month - 1].cash == Approx(-500000));
}

TEST_CASE("an investment grant's condition can watch one named position", "[models][grants]") {
    // gp-1 is in post from the opening; gp-2 (planned from January 2027) takes 10 months to fill.
    // A grant paid in January with a 4-month vacancy limit is repaid in May 2027 (the 5th vacant
    // month) when it watches any position or gp-2, and never when it watches gp-1.
    const std::string base = R"(
centre: {name: Named, opening: 2027-01, horizon_years: 2}
doctors:
  - {id: gp-1, fte: 1.0, salary_per_year: 0, on_cost_rate: 0}
  - {id: gp-2, fte: 1.0, salary_per_year: 0, on_cost_rate: 0, recruitment: {time_to_fill_months: 10}}
billing: {cases_per_fte_per_quarter: 900, gkv: {eur_per_case: 30}}
premises: {rent_eur_per_month: 0}
running_costs: {fixed_eur_per_month: 0}
investments: [{name: building, amount_eur: 120000, month: 2027-01, useful_life_years: 10}]
grants:
  investment: [{name: state, rate: 1, paid: 2027-01, binding_years: 5, max_vacancy_months: 4WATCH}]
)";
    auto first_repaid = [&](const std::string& watch) {
        std::string s = base;
        s.replace(s.find("WATCH"), 5, watch);
        const auto months = models::CentreModel(parse(s)).project_months(1, 0);
        for (std::size_t m = 0; m < months.size(); ++m)
            if (months[m].repaid) return static_cast<int>(m);
        return -1;
    };
    CHECK(first_repaid("") == 4);
    CHECK(first_repaid(", position: gp-2") == 4);
    CHECK(first_repaid(", position: gp-1") == -1);

    // A centre without the named position (a smaller count of a break-even search) has nothing
    // the condition could watch: the grant stays.
    auto spec = parse([&] {
        std::string s = base;
        s.replace(s.find("WATCH"), 5, ", position: gp-2");
        return s;
    }());
    spec.doctors.pop_back();
    const auto months = models::CentreModel(spec).project_months(1, 0);
    CHECK(std::none_of(months.begin(), months.end(), [](const models::MonthFlows& f) { return f.repaid; }));
}

TEST_CASE("the owner's loss compensation, when paid, refills the cash each December", "[models][grants]") {
    // Revenue 9,000 a month against rent 10,000: a loss of 1,000 a month, 12,000 a year.
    const std::string yaml = centre("", "", "grants: {loss_compensation_paid: PAID}\n");
    auto months = [&](const char* paid) {
        std::string s = yaml;
        s.replace(s.find("PAID"), 4, paid);
        s.replace(s.find("rent_eur_per_month: 0"), 21, "rent_eur_per_month: 10000");
        return models::CentreModel(parse(s)).project_months(1, 0);
    };
    const auto unpaid = months("false");
    CHECK(unpaid[11].cash == Approx(-12000));
    CHECK(unpaid[23].cash == Approx(-24000));
    const auto paid = months("true");
    CHECK(paid[10].cash == Approx(-11000));
    CHECK(paid[11].loss_compensation == Approx(12000));
    CHECK(paid[11].cash == Approx(0).margin(1e-6));
    CHECK(paid[23].cash == Approx(0).margin(1e-6));
    CHECK(paid[11].result() == Approx(-1000));  // compensation is cash, not income
}
