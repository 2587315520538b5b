#include "tests/support/spec_inputs.h"

#include <algorithm>

#include "models/draws/streams.h"

namespace mvzsim::testing {
namespace {

void add_pay(const models::PaySpec& pay, std::vector<const models::Input*>& out) {
    out.insert(out.end(), {&pay.salary_per_year, &pay.on_cost_rate, &pay.raise_per_year});
}

void add_billing(const models::BillingSpec& b, std::vector<const models::Input*>& out) {
    out.insert(out.end(),
               {&b.cases_per_fte_per_quarter, &b.gkv.eur_per_case, &b.gkv.points_per_case,
                &b.gkv.orientierungswert_ct_per_point, &b.gkv.growth_per_year, &b.pkv_share_of_cases,
                &b.pkv_eur_per_case, &b.pkv_growth_per_year, &b.other_eur_per_case, &b.other_growth_per_year});
    for (const auto& s : b.surcharges) out.insert(out.end(), {&s.eur_per_case, &s.eur_per_month});
}

void add_addons(const models::AddonsSpec& a, std::vector<const models::Input*>& out) {
    if (a.tagespflege.present) {
        const models::TagespflegeSpec& t = a.tagespflege;
        out.insert(out.end(),
                   {&t.opening_days_per_month, &t.occupancy, &t.self_paid_eur_per_day, &t.price_growth_per_year});
        add_pay(t.care_staff_pay, out);
        out.push_back(&t.fixed_eur_per_month);
    }
    for (const auto& t : a.tenants)
        out.insert(out.end(), {&t.rent_eur_per_m2_per_month, &t.loss_probability_per_year, &t.months_to_relet,
                               &t.rent_increase_per_year});
    for (const auto& s : a.services) out.insert(out.end(), {&s.revenue_eur_per_month, &s.costs_eur_per_month});
}

}  // namespace

std::vector<const models::Input*> inputs_of(const models::CentreSpec& spec) {
    std::vector<const models::Input*> out;
    for (const auto& d : spec.doctors) {
        add_pay(d.pay, out);
        out.insert(out.end(), {&d.productivity, &d.recruitment.time_to_fill_months, &d.recruitment.departures_per_year,
                               &d.recruitment.refill_months, &d.recruitment.recruiting_cost_eur});
    }
    add_billing(spec.billing, out);
    for (const auto& s : spec.staff) {
        add_pay(s.pay, out);
        out.insert(out.end(), {&s.departures_per_year, &s.refill_months});
    }
    const models::PremisesSpec& p = spec.premises;
    out.insert(out.end(), {&p.rent_eur_per_m2_per_month, &p.rent_eur_per_month, &p.rent_increase_per_year});
    const models::RunningCostsSpec& r = spec.running_costs;
    out.insert(out.end(),
               {&r.fixed_eur_per_month, &r.eur_per_case, &r.share_of_revenue, &r.eur_per_month_per_doctor_fte});
    out.push_back(&spec.cost_inflation_per_year);
    for (const auto& g : spec.grants.operating) out.push_back(&g.eur_per_year);
    for (const auto& i : spec.finance.investments) out.push_back(&i.amount_eur);
    for (const auto& t : spec.takeovers) out.insert(out.end(), {&t.goodwill_eur, &t.equipment_eur});
    for (const auto& c : spec.selective_contracts)
        out.insert(out.end(), {&c.enrolled_share, &c.eur_per_patient, &c.growth_per_year});
    for (const auto& t : spec.trainees) add_pay(t.pay, out);
    add_addons(spec.addons, out);
    return out;
}

const models::Input* find_input(const models::CentreSpec& spec, const std::string& stream) {
    for (const models::Input* input : inputs_of(spec))
        if (input->stream == stream) return input;
    return nullptr;
}

std::vector<std::string> stream_names(const models::CentreSpec& spec) {
    std::vector<std::string> names;
    for (const models::Input* input : inputs_of(spec))
        if (!input->stream.empty()) names.push_back(input->stream);
    for (const auto& d : spec.doctors) names.push_back(models::streams::departures(d.id));
    for (const auto& t : spec.addons.tenants) names.push_back(models::streams::tenant_losses(t.name));
    // An investment's amount draws from its input's stream, by default the investment's own.
    for (const auto& i : spec.finance.investments)
        if (i.amount_eur.stream.empty()) names.push_back(models::streams::investment_amount(i.name));
    if (!spec.correlations.inputs.empty()) names.emplace_back(models::streams::kCorrelations);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

}  // namespace mvzsim::testing
