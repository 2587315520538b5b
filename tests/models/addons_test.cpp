// The add-on services of an RVZ: hand-computed months, the tenant loss/relet process against its
// steady state, stream independence, and the `addons` section reader.
#include "models/mechanisms/addons.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "scenarios/addons_reader.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/yaml_document.h"

using namespace mvzsim;

namespace {

// Opening January 2027, so that month m falls in year index m / 12.
const scenarios::CentreHeader kHeader{true, {2027, 1}, 10};

// Reads `yaml` (a document with the top-level key `addons`); the errors as "file:line:col: path: message".
models::AddonsSpec read(const std::string& yaml, std::vector<std::string>& errors) {
    scenarios::SourceMap sources;
    const YAML::Node root = scenarios::parse_document(sources, "addons.yaml", yaml);
    scenarios::Context context(sources);
    scenarios::MapReader top(context, root, "", scenarios::keys::kScenario);
    models::AddonsSpec spec;
    scenarios::read_addons(top, kHeader, spec);
    top.finish();
    for (const auto& d : context.errors()) errors.push_back(scenarios::format(d));
    return spec;
}

models::AddonsSpec parse(const std::string& yaml) {
    std::vector<std::string> errors;
    auto spec = read(yaml, errors);
    INFO((errors.empty() ? std::string() : errors.front()));
    REQUIRE(errors.empty());
    return spec;
}

std::vector<std::string> errors_of(const std::string& yaml) {
    std::vector<std::string> errors;
    read(yaml, errors);
    return errors;
}

// Months 0 .. months-1 of one trial, with the year index of an opening in January and no inflation.
std::vector<models::AddonMonth> run(const models::AddonsSpec& spec, std::uint64_t trial, int years) {
    models::AddonsTrial t(spec, 7, trial, years);
    std::vector<models::AddonMonth> months;
    for (int m = 0; m < years * 12; ++m) months.push_back(t.month(m, m / 12, 1.0));
    return months;
}

const char* kTagespflege = R"(
addons:
  tagespflege:
    places: 15
    opening_days_per_month: 21
    occupancy: 0.8
    pflegegrad_mix: {pg2: 7, pg3: 7, pg4: 4, pg5: 2}
    care_eur_per_day: {pg2: 61.36, pg3: 66.83, pg4: 74.14, pg5: 84.22}
    self_paid_eur_per_day: 19.64
    price_growth_per_year: 0.03
    care_staff_fte_per_guest: 0.2
    care_staff: {salary_per_year: 40000, on_cost_rate: 0.21, raise_per_year: 0.03}
    fixed_eur_per_month: 3000
)";

}  // namespace

TEST_CASE("a deterministic Tagespflege month gives the hand-computed figures", "[models][addons]") {
    const auto spec = parse(kTagespflege);
    models::AddonsTrial trial(spec, 1, 0, 3);

    // Mix 7:7:4:2 normalises to 0.35/0.35/0.2/0.1 (Ostheim day rates, domain-figures.md §7):
    //   care part 0.35 x 61.36 + 0.35 x 66.83 + 0.2 x 74.14 + 0.1 x 84.22
    //           = 21.476 + 23.3905 + 14.828 + 8.422 = 68.1165 EUR per guest-day
    //   + self-paid 19.64 = 87.7565 EUR per guest-day
    // Guests per day 15 x 0.8 = 12; guest-days 12 x 21 = 252.
    // Month 0 (opening year, all indices 1):
    //   revenue 252 x 87.7565 = 22,114.638
    //   care staff 12 x 0.2 = 2.4 FTE x 40,000 / 12 x 1.21 = 9,680; fixed 3,000; costs 12,680
    const auto first = trial.month(0, 0, 1.0);
    CHECK(first.tagespflege_guests_per_day == Approx(12.0));
    CHECK(first.tagespflege_revenue == Approx(22114.638));
    CHECK(first.tagespflege_costs == Approx(12680.0));
    CHECK(first.tenant_rent == 0.0);
    CHECK(first.service_revenue == 0.0);

    // Month 13 (February of year 1), inflation index 1.1:
    //   revenue 22,114.638 x 1.03 = 22,778.07714
    //   care staff 9,680 x 1.03 = 9,970.4; fixed 3,000 x 1.1 = 3,300; costs 13,270.4
    const auto later = trial.month(13, 1, 1.1);
    CHECK(later.tagespflege_revenue == Approx(22778.07714));
    CHECK(later.tagespflege_costs == Approx(13270.4));
}

TEST_CASE("Tagespflege occupancy ramps up linearly from its start", "[models][addons]") {
    auto spec = parse(kTagespflege);
    spec.tagespflege.places = 10;
    spec.tagespflege.start = 6;  // July 2027
    spec.tagespflege.ramp_up_months = 12;
    spec.tagespflege.start_occupancy = 0.3;
    spec.tagespflege.occupancy = models::fixed_input(0.9);
    const auto months = run(spec, 0, 3);

    // Before the start: no guests, no revenue, no costs (not even fixed ones).
    CHECK(months[5].tagespflege_guests_per_day == 0.0);
    CHECK(months[5].tagespflege_revenue == 0.0);
    CHECK(months[5].tagespflege_costs == 0.0);
    // k months after the start, k < 12: 10 x (0.3 + (0.9 - 0.3) x k / 12).
    CHECK(months[6].tagespflege_guests_per_day == Approx(3.0));   // k = 0
    CHECK(months[12].tagespflege_guests_per_day == Approx(6.0));  // k = 6: 0.3 + 0.6 x 0.5 = 0.6
    CHECK(months[17].tagespflege_guests_per_day == Approx(8.5));  // k = 11: 0.3 + 0.6 x 11/12 = 0.85
    CHECK(months[18].tagespflege_guests_per_day == Approx(9.0));  // k = 12: the target
    CHECK(months[35].tagespflege_guests_per_day == Approx(9.0));
    // Revenue scales with guests and prices: month 12 (2028, prices x 1.03) has twice the guests of month 6 (2027).
    CHECK(months[12].tagespflege_revenue == Approx(2.0 * 1.03 * months[6].tagespflege_revenue));
}

TEST_CASE("a tenant that is never lost pays area x rent x index from its lease start", "[models][addons]") {
    const auto spec = parse(R"(
addons:
  tenants:
    - {name: pharmacy, area_m2: 120, rent_eur_per_m2_per_month: 9, lease_start: 2027-04, rent_increase_per_year: 0.02}
)");
    const auto months = run(spec, 3, 3);
    // 120 m2 x 9 EUR = 1,080 EUR per month in 2027; x 1.02 = 1,101.6 in 2028; x 1.02^2 = 1,123.632 in 2029.
    const double expected[] = {1080.0, 1101.6, 1123.632};
    for (int m = 0; m < 36; ++m) {
        INFO("month " << m);
        if (m < 3) {
            CHECK(months[m].tenant_rent == 0.0);
            CHECK(months[m].tenants_let == 0);
        } else {
            CHECK(months[m].tenant_rent == Approx(expected[m / 12]));
            CHECK(months[m].tenants_let == 1);
        }
    }
}

TEST_CASE("the share of months a tenant is let matches the steady state of loss and relet", "[models][addons]") {
    const auto spec = parse(R"(
addons:
  tenants:
    - {name: physio, area_m2: 100, rent_eur_per_m2_per_month: 8,
       loss_probability_per_year: 0.3, months_to_relet: {discrete: {values: [3, 9], weights: [1, 1]}}}
)");
    // A renewal process: let for L months (the month of the loss included), L geometric with the
    // monthly loss probability q = 1 - 0.7^(1/12), so E[L] = 1/q ≈ 34.1; then empty for R months,
    // E[R] = 6. Steady-state share let = E[L] / (E[L] + E[R]) ≈ 0.850.
    const double q = 1.0 - std::pow(0.7, 1.0 / 12.0);
    const double steady = (1.0 / q) / (1.0 / q + 6.0);

    // Starting let biases the first months; after 10 years (about 3 cycles) the bias is below
    // 1e-12 (exact Markov-chain computation of the window share), far below the tolerance.
    const int years = 40, burn_in = 120, months = years * 12;
    const int trials = 4000;
    double sum = 0.0, sum_sq = 0.0;
    for (int i = 0; i < trials; ++i) {
        models::AddonsTrial t(spec, 11, static_cast<std::uint64_t>(i), years);
        int let = 0;
        for (int m = 0; m < months; ++m) {
            const auto f = t.month(m, m / 12, 1.0);
            if (m >= burn_in) let += f.tenants_let;
        }
        const double share = static_cast<double>(let) / (months - burn_in);
        sum += share;
        sum_sq += share * share;
    }
    const double mean = sum / trials;
    const double sd = std::sqrt((sum_sq - trials * mean * mean) / (trials - 1));
    const double se = sd / std::sqrt(static_cast<double>(trials));
    INFO("mean " << mean << ", steady state " << steady << ", standard error " << se);
    CHECK(se > 0.0);
    CHECK(std::abs(mean - steady) < 4.0 * se);
}

TEST_CASE("adding a tenant and other add-ons leaves the first tenant's months unchanged", "[models][addons]") {
    const std::string pharmacy =
        "    - {name: pharmacy, area_m2: 120, rent_eur_per_m2_per_month: {triangular: [7, 9, 12]},\n"
        "       loss_probability_per_year: 0.2, months_to_relet: {triangular: [3, 9, 24]},\n"
        "       rent_increase_per_year: {normal: {mean: 0.02, sd: 0.01, min: 0, max: 0.05}, draw: year}}\n";
    const std::string physio =
        "    - {name: physio, area_m2: 80, rent_eur_per_m2_per_month: {uniform: [6, 10]},\n"
        "       loss_probability_per_year: 0.4, months_to_relet: {triangular: [1, 4, 12]}}\n";
    const auto alone = parse("addons:\n  tenants:\n" + pharmacy);
    const auto other = parse("addons:\n  tenants:\n" + physio);
    // The new tenant comes first in the list, and a Tagespflege and a noisy service join.
    auto both =
        parse(std::string(kTagespflege) + "  tenants:\n" + physio + pharmacy +
              "  services:\n    - {name: transport, revenue_eur_per_month: {uniform: [0, 900], draw: month}}\n");

    int losses = 0;
    for (std::uint64_t trial = 0; trial < 50; ++trial) {
        models::AddonsTrial a(alone, 5, trial, 10), o(other, 5, trial, 10), b(both, 5, trial, 10);
        bool was_let = true;
        for (int m = 0; m < 120; ++m) {
            const auto fa = a.month(m, m / 12, 1.0), fo = o.month(m, m / 12, 1.0);
            const auto fb = b.month(m, m / 12, 1.0);
            INFO("trial " << trial << ", month " << m);
            REQUIRE(b.tenant_let(1) == a.tenant_let(0));
            REQUIRE(b.tenant_let(0) == o.tenant_let(0));
            REQUIRE(fb.tenant_rent == fo.tenant_rent + fa.tenant_rent);
            if (was_let && !a.tenant_let(0)) ++losses;
            was_let = a.tenant_let(0);
        }
    }
    CHECK(losses > 10);  // the comparison covered losses and relets
}

TEST_CASE("service lines count from their start; skipped months still advance the streams", "[models][addons]") {
    const auto spec = parse(R"(
addons:
  services:
    - {name: community-nurse, revenue_eur_per_month: 5942, costs_eur_per_month: 6500, start: 2027-03}
    - {name: transport, revenue_eur_per_month: {uniform: [0, 900], draw: month}, costs_eur_per_month: 2500}
  tenants:
    - {name: cafe, area_m2: 40, rent_eur_per_m2_per_month: 6, loss_probability_per_year: 0.5, months_to_relet: 4}
)");
    const auto months = run(spec, 2, 2);
    CHECK(months[1].service_costs == Approx(2500.0));
    CHECK(months[2].service_costs == Approx(9000.0));  // 2,500 + 6,500 from March
    CHECK(months[2].service_revenue > 5942.0);
    CHECK(months[2].service_revenue < 5942.0 + 900.0);

    // Asking for month 20 directly gives what month 20 gives after asking for every month.
    models::AddonsTrial direct(spec, 7, 2, 2);
    const auto f = direct.month(20, 1, 1.0);
    CHECK(f.service_revenue == months[20].service_revenue);
    CHECK(f.tenant_rent == months[20].tenant_rent);
}

TEST_CASE("the addons section parses with its streams and defaults", "[scenarios][addons]") {
    const auto spec = parse(R"(
addons:
  tagespflege:
    places: 15
    start: 2027-07
    opening_days_per_month: 21
    occupancy: {triangular: [0.7, 0.85, 0.95]}
    ramp_up_months: 12
    start_occupancy: 0.3
    pflegegrad_mix: {pg2: 0.35, pg3: 0.35, pg4: 0.2, pg5: 0.1}
    care_eur_per_day: {pg2: 61.36, pg3: 66.83, pg4: 74.14, pg5: 84.22}
    self_paid_eur_per_day: 19.64
    price_growth_per_year: 0.03
    care_staff_fte_per_guest: 0.2
    care_staff: {salary_per_year: 40000, on_cost_rate: 0.21, raise_per_year: 0.03}
    fixed_eur_per_month: 3000
  tenants:
    - {name: pharmacy, area_m2: 120, rent_eur_per_m2_per_month: 9, lease_start: 2027-01,
       loss_probability_per_year: 0.03, months_to_relet: {triangular: [3, 9, 24]}, rent_increase_per_year: 0.02}
  services:
    - {name: patient-transport, revenue_eur_per_month: 500, costs_eur_per_month: 2500, start: 2027-01}
)");
    const auto& tp = spec.tagespflege;
    CHECK(tp.present);
    CHECK(tp.places == 15);
    CHECK(tp.start == 6);
    CHECK(tp.ramp_up_months == 12);
    CHECK(tp.start_occupancy == 0.3);
    CHECK(tp.pflegegrad_weights == std::vector<double>{0.35, 0.35, 0.2, 0.1});
    CHECK(tp.care_eur_per_day == std::vector<double>{61.36, 66.83, 74.14, 84.22});
    CHECK(std::holds_alternative<sim::Triangular>(tp.occupancy.distribution));
    CHECK(tp.occupancy.stream == "addons.tagespflege.occupancy");
    CHECK(tp.care_staff_pay.salary_per_year.stream == "addons.tagespflege.care_staff.salary_per_year");
    CHECK(sim::mean(tp.care_staff_pay.raise_per_year.distribution) == 0.03);
    REQUIRE(spec.tenants.size() == 1);
    const auto& t = spec.tenants[0];
    CHECK(t.name == "pharmacy");
    CHECK(t.area_m2 == 120);
    CHECK(t.lease_start == 0);
    CHECK(t.loss_probability_per_year.stream == "addons.tenants[pharmacy].loss_probability_per_year");
    CHECK(t.months_to_relet.stream == "addons.tenants[pharmacy].months_to_relet");
    CHECK(std::holds_alternative<sim::Triangular>(t.months_to_relet.distribution));
    REQUIRE(spec.services.size() == 1);
    CHECK(spec.services[0].name == "patient-transport");
    CHECK(sim::mean(spec.services[0].costs_eur_per_month.distribution) == 2500);
    CHECK(spec.services[0].revenue_eur_per_month.stream == "addons.services[patient-transport].revenue_eur_per_month");

    const auto none = parse("{}\n");
    CHECK_FALSE(none.tagespflege.present);
    CHECK(none.tenants.empty());
    CHECK(none.services.empty());
}

TEST_CASE("addons errors name file, line, column and key path", "[scenarios][addons]") {
    SECTION("an unknown key, with a suggestion") {
        const auto errors = errors_of(std::string(kTagespflege) + "    ramp_up_month: 12\n");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:14:5: addons.tagespflege.ramp_up_month: unknown key 'ramp_up_month' "
              "(did you mean 'ramp_up_months'?)");
    }
    SECTION("a share above 1") {
        const auto errors = errors_of(R"(
addons:
  tenants:
    - {name: dentist, area_m2: 90, rent_eur_per_m2_per_month: 10, loss_probability_per_year: 1.5, months_to_relet: 6}
)");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:4:94: addons.tenants[0].loss_probability_per_year: must be in [0, 1] "
              "(a yearly probability as a fraction: 0.03 = 3 %) (got 1.5); if you mean 1.5 %, write 0.015");
    }
    SECTION("an occupancy above 1") {
        std::string yaml = kTagespflege;
        yaml.replace(yaml.find("occupancy: 0.8"), 14, "occupancy: 1.2");
        const auto errors = errors_of(yaml);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:6:16: addons.tagespflege.occupancy: must be in [0, 1] "
              "(a fraction of places: 0.85 = 85 %) (got 1.2); if you mean 1.2 %, write 0.012");
    }
    SECTION("a duplicate tenant name") {
        const auto errors = errors_of(R"(
addons:
  tenants:
    - {name: physio, area_m2: 80, rent_eur_per_m2_per_month: 8}
    - {name: physio, area_m2: 60, rent_eur_per_m2_per_month: 8}
)");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:5:14: addons.tenants[1].name: duplicate name 'physio': already used by "
              "addons.tenants[0] (each name must be unique)");
    }
    SECTION("a tenant that may leave needs months_to_relet") {
        const auto errors = errors_of(R"(
addons:
  tenants:
    - {name: cafe, area_m2: 40, rent_eur_per_m2_per_month: 6, loss_probability_per_year: 0.2}
)");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:4:7: addons.tenants[0]: missing required key 'months_to_relet': "
              "months the unit stays empty after a loss");
    }
    SECTION("a service line without revenue or costs") {
        const auto errors = errors_of("addons:\n  services:\n    - {name: nurse}\n");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] ==
              "addons.yaml:3:7: addons.services[0]: give revenue_eur_per_month, costs_eur_per_month or both");
    }
}
