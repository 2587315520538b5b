// The catalogue of random streams (models/draws/streams.h): the names it makes, pinned for a rich
// centre so that renaming one shows here; the model drawing from exactly those names; renaming an
// entity leaving every other entity's draws unchanged; and each investment amount drawn once.
#include "models/draws/streams.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "models/draws/correlated_inputs.h"
#include "models/mechanisms/addons.h"
#include "models/mechanisms/finance.h"
#include "models/mechanisms/grants.h"
#include "models/mechanisms/positions.h"
#include "models/mechanisms/staff.h"
#include "models/projection/centre_model.h"
#include "sim/copula.h"
#include "sim/random.h"
#include "tests/support/example_specs.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"
#include "tests/support/spec_inputs.h"

using namespace mvzsim;
namespace streams = models::streams;
using models::Metric;
using models::TrialMetric;

TEST_CASE("the catalogue's names: entities, inputs and events", "[models][streams]") {
    CHECK(streams::doctor("gp-2") == "doctors[gp-2]");
    CHECK(streams::staff("mfa") == "staff[mfa]");
    CHECK(streams::surcharge("ti") == "billing.surcharges[ti]");
    CHECK(streams::tenant("pharmacy") == "addons.tenants[pharmacy]");
    CHECK(streams::service("transport") == "addons.services[transport]");
    CHECK(streams::investment("fit-out") == "finance.investments[fit-out]");
    CHECK(streams::operating_subsidy("county") == "grants.operating[county]");
    CHECK(streams::list_entry("breakeven.copies", "x") == "breakeven.copies[x]");
    CHECK(streams::takeover("mueller") == "takeovers[mueller]");
    CHECK(streams::selective_contract("hzv") == "selective_contracts[hzv]");
    CHECK(streams::trainee("wba-1") == "trainees[wba-1]");
    CHECK(streams::input("billing.gkv", "eur_per_case") == "billing.gkv.eur_per_case");
    CHECK(streams::input("", "cost_inflation_per_year") == "cost_inflation_per_year");
    CHECK(streams::departures("gp-2") == "doctors[gp-2].departure");
    CHECK(streams::tenant_losses("pharmacy") == "addons.tenants[pharmacy].loss_events");
    CHECK(streams::investment_amount("fit-out") == "finance.investments[fit-out].amount_eur");
    CHECK(streams::kCorrelations == "correlations");
    CHECK(streams::key("doctors[gp-2].salary_per_year") == sim::stream_key("doctors[gp-2].salary_per_year"));

    // Drawn anew at each event of its entity: a doctor's refill gap, a tenant's relet gap; not
    // the same keys elsewhere.
    CHECK(streams::drawn_per_event("doctors[gp-1].refill_months"));
    CHECK(streams::drawn_per_event("addons.tenants[cafe].months_to_relet"));
    CHECK_FALSE(streams::drawn_per_event("staff[mfa].refill_months"));
    CHECK_FALSE(streams::drawn_per_event("doctors[gp-1].time_to_fill_months"));
    CHECK_FALSE(streams::drawn_per_event("refill_months"));

    // A copied entity's streams: the prefix replaced, other streams untouched.
    CHECK(streams::renamed("doctors[gp-1].salary_per_year", "doctors[gp-1]", "doctors[gp-1+2]") ==
          "doctors[gp-1+2].salary_per_year");
    CHECK(streams::renamed("staff[mfa].salary_per_year", "doctors[gp-1]", "doctors[gp-1+2]") ==
          "staff[mfa].salary_per_year");
}

TEST_CASE("the complete list of streams of a rich centre is pinned", "[models][streams]") {
    // Every input's stream of testing::rich_centre() (named as the reader names them, checked in
    // tests/scenarios/spec_builder_test.cpp) and every event stream: each doctor's departures, the
    // tenant's losses, the investment's amount and the copula's. A name here is part of the
    // results: changing one changes every draw from it. Update this list only on purpose.
    const std::vector<std::string> expected = {
        "addons.services[transport].costs_eur_per_month",
        "addons.services[transport].revenue_eur_per_month",
        "addons.tagespflege.care_staff.on_cost_rate",
        "addons.tagespflege.care_staff.raise_per_year",
        "addons.tagespflege.care_staff.salary_per_year",
        "addons.tagespflege.fixed_eur_per_month",
        "addons.tagespflege.occupancy",
        "addons.tagespflege.opening_days_per_month",
        "addons.tagespflege.price_growth_per_year",
        "addons.tagespflege.self_paid_eur_per_day",
        "addons.tenants[pharmacy].loss_events",
        "addons.tenants[pharmacy].loss_probability_per_year",
        "addons.tenants[pharmacy].months_to_relet",
        "addons.tenants[pharmacy].rent_eur_per_m2_per_month",
        "addons.tenants[pharmacy].rent_increase_per_year",
        "billing.cases_per_fte_per_quarter",
        "billing.gkv.eur_per_case",
        "billing.gkv.growth_per_year",
        "billing.kv_fee_share",
        "billing.other.eur_per_case",
        "billing.other.growth_per_year",
        "billing.private.billing_fee_share",
        "billing.private.eur_per_case",
        "billing.private.growth_per_year",
        "billing.private.share_of_cases",
        "billing.surcharges[ti].eur_per_case",
        "billing.surcharges[ti].eur_per_month",
        "correlations",
        "cost_inflation_per_year",
        "doctors[gp-1].departure",
        "doctors[gp-1].departures_per_year",
        "doctors[gp-1].on_cost_rate",
        "doctors[gp-1].productivity",
        "doctors[gp-1].raise_per_year",
        "doctors[gp-1].recruiting_cost_eur",
        "doctors[gp-1].refill_months",
        "doctors[gp-1].salary_per_year",
        "doctors[gp-1].time_to_fill_months",
        "doctors[gp-2].departure",
        "doctors[gp-2].departures_per_year",
        "doctors[gp-2].on_cost_rate",
        "doctors[gp-2].productivity",
        "doctors[gp-2].raise_per_year",
        "doctors[gp-2].recruiting_cost_eur",
        "doctors[gp-2].refill_months",
        "doctors[gp-2].salary_per_year",
        "doctors[gp-2].time_to_fill_months",
        "doctors[gp-3].departure",
        "doctors[gp-3].departures_per_year",
        "doctors[gp-3].on_cost_rate",
        "doctors[gp-3].productivity",
        "doctors[gp-3].raise_per_year",
        "doctors[gp-3].recruiting_cost_eur",
        "doctors[gp-3].refill_months",
        "doctors[gp-3].salary_per_year",
        "doctors[gp-3].time_to_fill_months",
        "finance.investments[fit-out].amount_eur",
        "grants.operating[county].eur_per_year",
        "premises.rent_eur_per_m2_per_month",
        "premises.rent_increase_per_year",
        "running_costs.eur_per_case",
        "running_costs.eur_per_month_per_doctor_fte",
        "running_costs.fixed_eur_per_month",
        "running_costs.share_of_revenue",
        "staff[mfa].departures_per_year",
        "staff[mfa].on_cost_rate",
        "staff[mfa].raise_per_year",
        "staff[mfa].refill_months",
        "staff[mfa].salary_per_year",
    };
    const auto spec = testing::rich_centre();
    CHECK(testing::stream_names(spec) == expected);
    // The correlated inputs keep their own streams' names (the copula's values are filed by them).
    std::vector<std::string> correlated;
    for (const auto& input : spec.correlations.inputs) correlated.push_back(input.stream);
    CHECK(correlated == std::vector<std::string>{
                            "doctors[gp-1].salary_per_year", "billing.gkv.eur_per_case", "addons.tagespflege.occupancy",
                            "finance.investments[fit-out].amount_eur", "doctors[gp-2].time_to_fill_months",
                            "addons.services[transport].revenue_eur_per_month"});
    // A GKV fee by points draws from its own two streams (examples/rural-gp-3.yaml bills so).
    const auto points = testing::stream_names(testing::rural_gp_3());
    for (const char* name : {"billing.gkv.points_per_case", "billing.gkv.orientierungswert_ct_per_point"})
        CHECK(std::find(points.begin(), points.end(), name) != points.end());
}

TEST_CASE("the streams of selective contracts and trainees are pinned", "[models][streams]") {
    // Update this list only on purpose: a name here is part of the results.
    testing::SelectiveContract c;
    c.enrolled_share = sim::Uniform{0.2, 0.3};
    c.eur_per_patient = sim::Uniform{250, 300};
    c.per_year = true;
    c.growth = sim::Uniform{0.0, 0.03};
    testing::Trainee t;
    t.salary = sim::Uniform{70000, 80000};
    t.on_cost = sim::Uniform{0.2, 0.22};
    t.raise = sim::Uniform{0.02, 0.04};
    auto b = testing::one_gp();
    b.selective_contract("hzv", c).trainee("wba-1", t);
    const std::vector<std::string> expected = {
        "selective_contracts[hzv].enrolled_share",  "selective_contracts[hzv].eur_per_patient_per_year",
        "selective_contracts[hzv].growth_per_year", "trainees[wba-1].on_cost_rate",
        "trainees[wba-1].raise_per_year",           "trainees[wba-1].salary_per_year",
    };
    // Every stream of these two entities, and no other name of theirs.
    std::vector<std::string> theirs;
    for (const auto& name : testing::stream_names(b.build()))
        if (name.rfind("selective_contracts[", 0) == 0 || name.rfind("trainees[", 0) == 0) theirs.push_back(name);
    CHECK(theirs == expected);
}

TEST_CASE("the streams of takeovers are pinned", "[models][streams]") {
    // A centre with a practice taken over (uncertain goodwill and equipment). Update this list
    // only on purpose: a name here is part of the results.
    testing::Takeover t;
    t.position = "gp-1";
    t.goodwill = sim::Triangular{60000, 90000, 120000};
    t.equipment = sim::Uniform{10000, 30000};
    auto b = testing::one_gp();
    b.takeover("mueller", t);
    const std::vector<std::string> expected = {
        "billing.cases_per_fte_per_quarter", "billing.gkv.eur_per_case",        "doctors[gp-1].departure",
        "takeovers[mueller].equipment_eur",  "takeovers[mueller].goodwill_eur",
    };
    const auto names = testing::stream_names(b.build());
    for (const auto& name : expected) CHECK(std::find(names.begin(), names.end(), name) != names.end());
    CHECK(std::count_if(names.begin(), names.end(),
                        [](const std::string& n) { return n.rfind("takeovers[", 0) == 0; }) == 2);
}

TEST_CASE("the model draws from the streams of those names", "[models][streams]") {
    const auto spec = testing::rich_centre();
    const models::Calendar calendar(spec.opening, spec.horizon_years);
    const models::CorrelatedInputs copula(spec.correlations);
    for (std::uint64_t trial = 0; trial < 10; ++trial) {
        INFO("trial " << trial);
        const std::uint64_t seed = 21;
        models::CorrelatedValues values;
        copula.draw(seed, trial, values);
        const models::TrialKey key{seed, trial, &values};

        // An input drawn once per trial: its first draw from its own stream.
        sim::Rng salary(seed, trial, sim::stream_key("doctors[gp-3].salary_per_year"));
        const auto gp3 =
            models::draw_timeline(models::compile_position(spec.doctors[2]), key, calendar.months(), calendar.years());
        CHECK(gp3.salary_per_year == sim::sample(sim::Uniform{70000, 95000}, salary));

        // The correlated inputs: the copula's normals from "correlations", each input at its own
        // quantile of its uniform, filed by its stream key; the fit-out's amount is that value.
        const sim::GaussianCopula gauss(spec.correlations.rank, 6);
        std::vector<double> u(6);
        sim::Rng normals(seed, trial, sim::stream_key("correlations"));
        gauss.draw(normals, u);
        REQUIRE(values.size() == 6);
        for (std::size_t i = 0; i < 6; ++i) {
            CHECK(values[i].first == sim::stream_key(spec.correlations.inputs[i].stream));
            CHECK(values[i].second == sim::QuantileTable(spec.correlations.inputs[i].distribution)(u[i]));
        }
        const models::FinanceTrial finance(spec.finance, models::compile_investment_amounts(spec.finance), key,
                                           calendar.months());
        CHECK(finance.amount(0) == values[3].second);

        // The tenant's losses: one uniform from "addons.tenants[pharmacy].loss_events" at the start
        // of each letting gives its months until the loss K = 1 + floor(ln(1 - u) / ln(1 - q)), with
        // ln(1 - q) = ln(0.8) / 12 (q = 1 - 0.8^(1/12)); the gap from ".months_to_relet" (uniform 3..9).
        models::AddonsTrial addons(spec.addons, key, calendar.years());
        sim::Rng losses(seed, trial, sim::stream_key("addons.tenants[pharmacy].loss_events"));
        sim::Rng relet(seed, trial, sim::stream_key("addons.tenants[pharmacy].months_to_relet"));
        const double log_stay = std::log(0.8) / 12.0;
        int let_from = 0, last_let = -1;
        for (int m = 0; m < calendar.months(); ++m) {
            addons.month(m, calendar.year_index(m), 1.0);
            const bool let = m >= let_from;
            REQUIRE(addons.tenant_let(0) == let);
            if (!let) continue;
            if (last_let < m)
                last_let = m + static_cast<int>(std::floor(std::log(1.0 - losses.uniform01()) / log_stay));
            if (m == last_let) let_from = m + 1 + static_cast<int>(std::lround(sim::sample(sim::Uniform{3, 9}, relet)));
        }
    }
}

namespace {

// The spec with doctor position `from` renamed `to` everywhere a scenario would name it: its id,
// its streams, the grants and correlations that refer to it, the break-even template.
models::CentreSpec rename_doctor(models::CentreSpec spec, const std::string& from, const std::string& to) {
    const std::string a = streams::doctor(from), b = streams::doctor(to);
    for (auto& d : spec.doctors) {
        if (d.id != from) continue;
        d.id = to;
        for (models::Input* input :
             {&d.pay.salary_per_year, &d.pay.on_cost_rate, &d.pay.raise_per_year, &d.productivity,
              &d.recruitment.time_to_fill_months, &d.recruitment.departures_per_year, &d.recruitment.refill_months,
              &d.recruitment.recruiting_cost_eur})
            input->stream = streams::renamed(input->stream, a, b);
    }
    for (auto& input : spec.correlations.inputs) input.stream = streams::renamed(input.stream, a, b);
    for (auto& g : spec.grants.investment)
        if (g.position == from) g.position = to;
    for (auto& g : spec.grants.turnover_guarantees)
        if (g.position == from) g.position = to;
    for (auto& g : spec.grants.positions)
        if (g.position == from) g.position = to;
    if (spec.breakeven.template_id == from) spec.breakeven.template_id = to;
    return spec;
}

// Outputs of one trial of every variant, laid out variant by variant.
std::vector<double> variants_of(const models::CentreSpec& spec, std::uint64_t trial,
                                const std::vector<models::DoctorVariant>& variants) {
    const models::CentreModel model(spec);
    std::vector<double> out(variants.size() * model.width());
    model.project_variants(3, trial, variants, out);
    return out;
}

}  // namespace

TEST_CASE("renaming a doctor position leaves every other entity's draws unchanged", "[models][streams]") {
    // gp-2 of the rich centre becomes dr-mueller. The centre run with gp-1 alone (a variant of
    // the same trial's draws) depends on gp-1, the staff, billing, premises, add-ons, finance and
    // grants, not on gp-2: bit for bit the same. With all positions gp-2's own draws (its raise,
    // its departures) change the results.
    const auto spec = testing::rich_centre();
    const auto renamed = rename_doctor(spec, "gp-2", "dr-mueller");
    const models::Fte fte2 = spec.doctors[1].fte, fte3 = spec.doctors[2].fte;
    const std::vector<models::DoctorVariant> variants = {{{1.0}, spec.premises.area_m2},
                                                         {{1.0, fte2, fte3}, spec.premises.area_m2}};
    const std::size_t w = models::CentreModel(spec).width();
    std::size_t differences_alone = 0, trials_changed = 0;
    for (std::uint64_t trial = 0; trial < 30; ++trial) {
        const auto a = variants_of(spec, trial, variants), b = variants_of(renamed, trial, variants);
        for (std::size_t j = 0; j < w; ++j)
            if (a[j] != b[j]) ++differences_alone;
        for (std::size_t j = w; j < 2 * w; ++j)
            if (a[j] != b[j]) {
                ++trials_changed;
                break;
            }
    }
    CHECK(differences_alone == 0);
    CHECK(trials_changed > 20);
}

TEST_CASE("renaming a tenant leaves every other entity's draws unchanged", "[models][streams]") {
    // The rich centre's pharmacy becomes apotheke: only the add-ons' revenue (and what follows
    // from cash: interest, results, cash) may change; every flow of the other entities stays.
    const auto spec = testing::rich_centre();
    auto renamed = spec;
    renamed.addons.tenants[0].name = "apotheke";
    for (models::Input* input :
         {&renamed.addons.tenants[0].rent_eur_per_m2_per_month, &renamed.addons.tenants[0].loss_probability_per_year,
          &renamed.addons.tenants[0].months_to_relet, &renamed.addons.tenants[0].rent_increase_per_year})
        input->stream = streams::renamed(input->stream, streams::tenant("pharmacy"), streams::tenant("apotheke"));
    const models::CentreModel a(spec), b(renamed);
    std::size_t differences = 0, addons_changed = 0;
    for (std::uint64_t trial = 0; trial < 30; ++trial) {
        const auto x = a.project_months(3, trial), y = b.project_months(3, trial);
        bool changed = false;
        for (std::size_t m = 0; m < x.size(); ++m) {
            for (double models::MonthFlows::*flow :
                 {&models::MonthFlows::cases, &models::MonthFlows::gkv_revenue, &models::MonthFlows::pkv_revenue,
                  &models::MonthFlows::lump_sums, &models::MonthFlows::doctor_costs, &models::MonthFlows::staff_costs,
                  &models::MonthFlows::premises_costs, &models::MonthFlows::running_costs,
                  &models::MonthFlows::recruiting_costs, &models::MonthFlows::addons_costs,
                  &models::MonthFlows::depreciation, &models::MonthFlows::grants, &models::MonthFlows::repayments})
                if (x[m].*flow != y[m].*flow) ++differences;
            changed = changed || x[m].addons_revenue != y[m].addons_revenue;
        }
        if (changed) ++addons_changed;
    }
    CHECK(differences == 0);
    CHECK(addons_changed > 5);  // the tenant's losses follow its name
}

TEST_CASE("renaming a staff role leaves the other roles' draws unchanged", "[models][streams]") {
    // Two roles with uncertain pay and turnover; the manager becomes practice_manager: the MFA's
    // payroll (monthly cost, raise index, vacancy share) is drawn alike, the manager's is not.
    auto centre = [](const std::string& manager) {
        return testing::CentreBuilder({2027, 1}, 3)
            .doctor("gp-1")
            .staff_per_doctor("mfa", 2,
                              {.salary = sim::Uniform{34000, 40000},
                               .on_cost = 0.21,
                               .raise = testing::each_year(sim::Uniform{0.02, 0.05}),
                               .departures = sim::Uniform{0.1, 0.3},
                               .refill = sim::Uniform{2, 4}})
            .staff(manager, 1,
                   {.salary = sim::Uniform{40000, 46000},
                    .on_cost = 0.21,
                    .departures = sim::Uniform{0, 0.2},
                    .refill = 3})
            .build();
    };
    const models::Staff a(centre("manager").staff), b(centre("practice_manager").staff);
    int manager_changed = 0;
    for (std::uint64_t trial = 0; trial < 20; ++trial) {
        const auto x = a.draw({4, trial}, 3), y = b.draw({4, trial}, 3);
        CHECK(x[0].monthly_full_cost == y[0].monthly_full_cost);
        CHECK(x[0].vacancy_share == y[0].vacancy_share);
        for (std::size_t year = 0; year < 3; ++year) CHECK(x[0].raise[year] == y[0].raise[year]);
        if (x[1].monthly_full_cost != y[1].monthly_full_cost) ++manager_changed;
    }
    CHECK(manager_changed == 20);
}

TEST_CASE("each investment amount is drawn once: the grants read the finance's amount", "[models][streams]") {
    // An investment grant of rate 1 without a cap is the drawn amount itself, whichever stream the
    // amount draws from: here a stream of another name than the investment's default, which a
    // grant drawing the amount again (from the investment's name) would not see.
    auto spec = testing::CentreBuilder({2027, 1}, 2)
                    .doctor("gp-1")
                    .investment("fit-out", sim::Uniform{50000, 90000}, 0, 10)
                    .investment("it", sim::Triangular{10000, 15000, 25000}, 3, 3)
                    .investment_grant({.name = "all", .rate = 1})
                    .investment_grant({.name = "it-only", .rate = 1, .eligible = {"it"}})
                    .build();
    spec.finance.investments[0].amount_eur.stream = "finance.investments[fit-out].quote";
    const models::Calendar calendar(spec.opening, spec.horizon_years);
    const auto amounts = models::compile_investment_amounts(spec.finance);
    const models::Grants grants(spec.grants, spec.doctors, spec.staff, spec.finance, spec.billing.ramp_up);
    const models::CentreModel model(spec);
    for (std::uint64_t trial = 0; trial < 20; ++trial) {
        INFO("trial " << trial);
        const models::TrialKey key{8, trial};
        const models::FinanceTrial finance(spec.finance, amounts, key, calendar.months());
        // Each amount is the first draw of its own stream.
        sim::Rng quote(8, trial, sim::stream_key("finance.investments[fit-out].quote"));
        sim::Rng it(8, trial, sim::stream_key("finance.investments[it].amount_eur"));
        CHECK(finance.amount(0) == sim::sample(sim::Uniform{50000, 90000}, quote));
        CHECK(finance.amount(1) == sim::sample(sim::Triangular{10000, 15000, 25000}, it));
        const auto drawn = grants.draw(key, calendar.months(), &finance);
        CHECK(drawn.investment[0].amount == finance.amount(0) + finance.amount(1));
        CHECK(drawn.investment[1].amount == finance.amount(1));
        // The trial's outputs: the investment volume is the sum of the amounts, the grants that
        // of the grants (the first covers everything, the second the IT once more).
        const auto out = testing::trial_outputs(model, 8, trial);
        CHECK(testing::trial_output(model, out, TrialMetric::investments) == finance.investments_total());
        CHECK(finance.investments_total() == finance.amount(0) + finance.amount(1));
        CHECK(testing::trial_output(model, out, TrialMetric::investment_grants) ==
              Approx(finance.investments_total() + finance.amount(1)));
        // The first grant releases exactly the depreciation of everything it funds.
        const auto months = model.project_months(8, trial);
        CHECK(months[5].depreciation == Approx(finance.amount(0) / 120 + finance.amount(1) / 36));
        CHECK(months[5].grants == Approx(months[5].depreciation + finance.amount(1) / 36));
    }
}
