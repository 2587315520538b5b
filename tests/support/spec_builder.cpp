#include "tests/support/spec_builder.h"

#include <algorithm>
#include <stdexcept>

#include "models/draws/streams.h"
#include "tests/support/spec_inputs.h"

namespace mvzsim::testing {
namespace {

namespace streams = models::streams;

// The reader's stream of key `key` in the section or entity `at`: "AT.KEY".
std::string key_path(const std::string& at, const std::string& key) {
    return streams::input(at, key);
}

models::PaySpec pay_of(const std::string& at, const Value& salary, const Value& on_cost, const Value& raise) {
    return {salary.input(key_path(at, "salary_per_year")), on_cost.input(key_path(at, "on_cost_rate")),
            raise.input(key_path(at, "raise_per_year"))};
}

}  // namespace

CentreBuilder::CentreBuilder(models::YearMonth opening, int horizon_years) {
    spec_.name = "Test";
    spec_.opening = opening;
    spec_.horizon_years = horizon_years;
    cases_per_fte_per_quarter(0.0);
    gkv_eur_per_case(0.0);
    gkv_growth(0.0);
    pkv(0.0, 0.0);
    other_revenue(0.0);
    rent(0.0);
    rent_increase(0.0);
    running_costs({});
    cost_inflation(0.0);
}

CentreBuilder& CentreBuilder::name(std::string name) {
    spec_.name = std::move(name);
    return *this;
}
CentreBuilder& CentreBuilder::horizon(int years) {
    spec_.horizon_years = years;
    return *this;
}
CentreBuilder& CentreBuilder::seed(std::uint64_t seed) {
    spec_.default_seed = seed;
    return *this;
}
CentreBuilder& CentreBuilder::trials(std::size_t trials) {
    spec_.default_trials = trials;
    return *this;
}

CentreBuilder& CentreBuilder::doctor(const std::string& id, const Doctor& d) {
    const std::string at = streams::doctor(id);
    models::DoctorSpec s;
    s.id = id;
    s.specialty = d.specialty;
    s.fte = d.fte;
    s.start = d.start;
    s.pay = pay_of(at, d.salary, d.on_cost, d.raise);
    s.productivity = d.productivity.input(key_path(at, "productivity"));
    s.recruitment = {d.time_to_fill.input(key_path(at, "time_to_fill_months")),
                     d.departures.input(key_path(at, "departures_per_year")),
                     d.refill.input(key_path(at, "refill_months")),
                     d.recruiting_cost.input(key_path(at, "recruiting_cost_eur"))};
    spec_.doctors.push_back(std::move(s));
    return *this;
}

CentreBuilder& CentreBuilder::cases_per_fte_per_quarter(const Value& v) {
    spec_.billing.cases_per_fte_per_quarter = v.input(key_path("billing", "cases_per_fte_per_quarter"));
    return *this;
}
CentreBuilder& CentreBuilder::gkv_eur_per_case(const Value& v) {
    spec_.billing.gkv.by_points = false;
    spec_.billing.gkv.eur_per_case = v.input(key_path("billing.gkv", "eur_per_case"));
    return *this;
}
CentreBuilder& CentreBuilder::gkv_points(const Value& points_per_case, const Value& orientierungswert_ct_per_point) {
    models::GkvFeeSpec& g = spec_.billing.gkv;
    g.by_points = true;
    g.eur_per_case = {};
    g.points_per_case = points_per_case.input(key_path("billing.gkv", "points_per_case"));
    g.orientierungswert_ct_per_point =
        orientierungswert_ct_per_point.input(key_path("billing.gkv", "orientierungswert_ct_per_point"));
    return *this;
}
CentreBuilder& CentreBuilder::gkv_growth(const Value& v) {
    spec_.billing.gkv.growth_per_year = v.input(key_path("billing.gkv", "growth_per_year"));
    return *this;
}
CentreBuilder& CentreBuilder::payout_quota(double limit_cases_per_fte_per_quarter, double quota) {
    spec_.billing.gkv.payout_quota = {true, limit_cases_per_fte_per_quarter, quota};
    return *this;
}
CentreBuilder& CentreBuilder::ramp_up(int quarters, double start_share, models::RampShape shape,
                                      double refill_start_share) {
    spec_.billing.ramp_up = {quarters, shape, start_share, refill_start_share};
    return *this;
}
CentreBuilder& CentreBuilder::kv_payment(double advance_share, int settlement_lag_months) {
    spec_.billing.kv_payment = {true, advance_share, settlement_lag_months};
    return *this;
}
CentreBuilder& CentreBuilder::surcharge(const std::string& name, const Value& eur_per_case,
                                        const Value& eur_per_month) {
    const std::string at = streams::surcharge(name);
    spec_.billing.surcharges.push_back(
        {name, eur_per_case.input(key_path(at, "eur_per_case")), eur_per_month.input(key_path(at, "eur_per_month"))});
    return *this;
}
CentreBuilder& CentreBuilder::pkv(const Value& share_of_cases, const Value& eur_per_case, const Value& growth,
                                  int payment_lag_months) {
    models::BillingSpec& b = spec_.billing;
    b.pkv_share_of_cases = share_of_cases.input(key_path("billing.private", "share_of_cases"));
    b.pkv_eur_per_case = eur_per_case.input(key_path("billing.private", "eur_per_case"));
    b.pkv_growth_per_year = growth.input(key_path("billing.private", "growth_per_year"));
    b.pkv_payment_lag_months = payment_lag_months;
    return *this;
}
CentreBuilder& CentreBuilder::other_revenue(const Value& eur_per_case, const Value& growth) {
    spec_.billing.other_eur_per_case = eur_per_case.input(key_path("billing.other", "eur_per_case"));
    spec_.billing.other_growth_per_year = growth.input(key_path("billing.other", "growth_per_year"));
    return *this;
}

namespace {

models::StaffSpec staff_spec(const std::string& role, bool per_doctor, models::Fte fte, const Staff& s) {
    const std::string at = streams::staff(role);
    models::StaffSpec spec;
    spec.role = role;
    spec.per_doctor = per_doctor;
    spec.fte = fte;
    spec.start = per_doctor ? 0 : s.start;
    spec.pay = pay_of(at, s.salary, s.on_cost, s.raise);
    spec.departures_per_year = s.departures.input(key_path(at, "departures_per_year"));
    spec.refill_months = s.refill.input(key_path(at, "refill_months"));
    return spec;
}

}  // namespace

CentreBuilder& CentreBuilder::staff_per_doctor(const std::string& role, models::Fte fte_per_doctor_fte,
                                               const Staff& s) {
    spec_.staff.push_back(staff_spec(role, true, fte_per_doctor_fte, s));
    return *this;
}
CentreBuilder& CentreBuilder::staff(const std::string& role, models::Fte fte, const Staff& s) {
    spec_.staff.push_back(staff_spec(role, false, fte, s));
    return *this;
}

CentreBuilder& CentreBuilder::rent(const Value& eur_per_month) {
    models::PremisesSpec& p = spec_.premises;
    p.by_area = false;
    p.area_m2 = 0.0;
    p.rent_eur_per_m2_per_month = {};
    p.rent_eur_per_month = eur_per_month.input(key_path("premises", "rent_eur_per_month"));
    return *this;
}
CentreBuilder& CentreBuilder::rent_by_area(double area_m2, const Value& eur_per_m2_per_month) {
    models::PremisesSpec& p = spec_.premises;
    p.by_area = true;
    p.area_m2 = area_m2;
    p.rent_eur_per_m2_per_month = eur_per_m2_per_month.input(key_path("premises", "rent_eur_per_m2_per_month"));
    p.rent_eur_per_month = {};
    return *this;
}
CentreBuilder& CentreBuilder::rent_increase(const Value& v) {
    spec_.premises.rent_increase_per_year = v.input(key_path("premises", "rent_increase_per_year"));
    return *this;
}
CentreBuilder& CentreBuilder::running_costs(const RunningCosts& r) {
    spec_.running_costs = {r.fixed.input(key_path("running_costs", "fixed_eur_per_month")),
                           r.per_case.input(key_path("running_costs", "eur_per_case")),
                           r.share_of_revenue.input(key_path("running_costs", "share_of_revenue")),
                           r.per_doctor_fte.input(key_path("running_costs", "eur_per_month_per_doctor_fte"))};
    return *this;
}
CentreBuilder& CentreBuilder::cost_inflation(const Value& v) {
    spec_.cost_inflation_per_year = v.input(key_path("", "cost_inflation_per_year"));
    return *this;
}
CentreBuilder& CentreBuilder::breakeven(const std::string& template_id, double area_m2_per_fte) {
    spec_.breakeven = {template_id, area_m2_per_fte};
    return *this;
}

CentreBuilder& CentreBuilder::investment(const std::string& name, const Value& amount_eur, models::MonthIndex month,
                                         int useful_life_years) {
    spec_.finance.investments.push_back(
        {name, amount_eur.input(streams::investment_amount(name)), month, useful_life_years});
    return *this;
}
CentreBuilder& CentreBuilder::equity(double eur) {
    spec_.finance.equity_eur = eur;
    return *this;
}
CentreBuilder& CentreBuilder::capital_injection(models::MonthIndex month, double eur) {
    spec_.finance.capital_injections.emplace_back(month, eur);
    return *this;
}
CentreBuilder& CentreBuilder::loan(const std::string& name, const Loan& l) {
    spec_.finance.loans.push_back(
        {name, l.amount_eur, l.month, l.rate_per_year, l.term_years, l.repayment, l.from_owner});
    return *this;
}
CentreBuilder& CentreBuilder::credit_line(double limit_eur, double rate_per_year) {
    spec_.finance.credit_line_limit_eur = limit_eur;
    spec_.finance.credit_line_rate_per_year = rate_per_year;
    return *this;
}

CentreBuilder& CentreBuilder::takeover(const std::string& name, const Takeover& t) {
    const std::string entity = streams::takeover(name);
    spec_.takeovers.push_back({name, t.position, t.month, t.goodwill.input(key_path(entity, "goodwill_eur")),
                               t.goodwill_life_years, t.equipment.input(key_path(entity, "equipment_eur")),
                               t.equipment_life_years, t.previous_cases_per_quarter, t.subsidy_eur, t.subsidy_month});
    return *this;
}

CentreBuilder& CentreBuilder::selective_contract(const std::string& name, const SelectiveContract& c) {
    const std::string entity = streams::selective_contract(name);
    const std::string fee = c.per_year ? "eur_per_patient_per_year" : "eur_per_patient_per_quarter";
    spec_.selective_contracts.push_back({name, c.enrolled_share.input(key_path(entity, "enrolled_share")),
                                         c.eur_per_patient.input(key_path(entity, fee)), c.per_year,
                                         c.growth.input(key_path(entity, "growth_per_year")), c.start,
                                         c.settlement_lag_months, c.kv_billing_replaced});
    return *this;
}
CentreBuilder& CentreBuilder::trainee(const std::string& id, const Trainee& t) {
    const std::string entity = streams::trainee(id);
    spec_.trainees.push_back(
        {id,
         t.start,
         t.months,
         t.fte,
         {t.salary.input(key_path(entity, "salary_per_year")), t.on_cost.input(key_path(entity, "on_cost_rate")),
          t.raise.input(key_path(entity, "raise_per_year"))},
         t.funding_eur_per_month,
         t.top_up_eur_per_month,
         t.case_load_share});
    return *this;
}

CentreBuilder& CentreBuilder::investment_grant(const models::InvestmentGrantSpec& g) {
    spec_.grants.investment.push_back(g);
    return *this;
}
CentreBuilder& CentreBuilder::operating_subsidy(const std::string& name, const Value& eur_per_year,
                                                models::MonthIndex start, int years) {
    spec_.grants.operating.push_back(
        {name, eur_per_year.input(key_path(streams::operating_subsidy(name), "eur_per_year")), start, years});
    return *this;
}
CentreBuilder& CentreBuilder::position_funding(const models::PositionFundingSpec& f) {
    spec_.grants.positions.push_back(f);
    return *this;
}
CentreBuilder& CentreBuilder::turnover_guarantee(const models::TurnoverGuaranteeSpec& g) {
    spec_.grants.turnover_guarantees.push_back(g);
    return *this;
}
CentreBuilder& CentreBuilder::subsidy_ceiling(double eur_per_year) {
    spec_.grants.subsidy_ceiling_eur_per_year = eur_per_year;
    return *this;
}
CentreBuilder& CentreBuilder::loss_compensation_paid(bool paid) {
    spec_.grants.loss_compensation_paid = paid;
    return *this;
}

CentreBuilder& CentreBuilder::tagespflege(const Tagespflege& t) {
    const std::string at = "addons.tagespflege";
    models::TagespflegeSpec& s = spec_.addons.tagespflege;
    s.present = true;
    s.places = t.places;
    s.start = t.start;
    s.opening_days_per_month = t.opening_days.input(key_path(at, "opening_days_per_month"));
    s.occupancy = t.occupancy.input(key_path(at, "occupancy"));
    s.ramp_up_months = t.ramp_up_months;
    s.start_occupancy = t.start_occupancy;
    s.pflegegrad_weights = t.pflegegrad_weights;
    s.care_eur_per_day = t.care_eur_per_day;
    s.self_paid_eur_per_day = t.self_paid.input(key_path(at, "self_paid_eur_per_day"));
    s.price_growth_per_year = t.price_growth.input(key_path(at, "price_growth_per_year"));
    s.care_staff_fte_per_guest = t.care_staff_fte_per_guest;
    s.care_staff_pay = pay_of(at + ".care_staff", t.care_staff.salary, t.care_staff.on_cost, t.care_staff.raise);
    s.fixed_eur_per_month = t.fixed.input(key_path(at, "fixed_eur_per_month"));
    return *this;
}
CentreBuilder& CentreBuilder::tenant(const std::string& name, const Tenant& t) {
    const std::string at = streams::tenant(name);
    spec_.addons.tenants.push_back({name, t.area_m2, t.rent_per_m2.input(key_path(at, "rent_eur_per_m2_per_month")),
                                    t.lease_start, t.loss_probability.input(key_path(at, "loss_probability_per_year")),
                                    t.months_to_relet.input(key_path(at, "months_to_relet")),
                                    t.rent_increase.input(key_path(at, "rent_increase_per_year"))});
    return *this;
}
CentreBuilder& CentreBuilder::service(const std::string& name, const Value& revenue_eur_per_month,
                                      const Value& costs_eur_per_month, models::MonthIndex start) {
    const std::string at = streams::service(name);
    spec_.addons.services.push_back({name, revenue_eur_per_month.input(key_path(at, "revenue_eur_per_month")),
                                     costs_eur_per_month.input(key_path(at, "costs_eur_per_month")), start});
    return *this;
}

CentreBuilder& CentreBuilder::correlate(const std::string& a, const std::string& b, double rank) {
    correlations_.emplace_back(a, b, rank);
    return *this;
}

models::CentreSpec CentreBuilder::build() const {
    models::CentreSpec spec = spec_;
    if (spec.doctors.empty()) throw std::logic_error("CentreBuilder: a centre needs a doctor position");
    // As the reader: inputs numbered in the order first named, the identity plus each pair.
    std::vector<std::string> names;
    auto index_of = [&](const std::string& name) {
        const auto found = std::find(names.begin(), names.end(), name);
        if (found != names.end()) return static_cast<std::size_t>(found - names.begin());
        names.push_back(name);
        return names.size() - 1;
    };
    std::vector<std::tuple<std::size_t, std::size_t, double>> pairs;
    for (const auto& [a, b, rank] : correlations_) {
        const std::size_t i = index_of(a);
        const std::size_t j = index_of(b);
        pairs.emplace_back(i, j, rank);
    }
    const std::size_t k = names.size();
    spec.correlations.rank.assign(k * k, 0.0);
    for (std::size_t i = 0; i < k; ++i) spec.correlations.rank[i * k + i] = 1.0;
    for (const auto& [i, j, rank] : pairs) spec.correlations.rank[i * k + j] = spec.correlations.rank[j * k + i] = rank;
    for (const auto& name : names) {
        const models::Input* input = find_input(spec, name);
        if (input == nullptr || sim::is_fixed(input->distribution) || input->draw != models::Draw::per_trial ||
            streams::drawn_per_event(name))
            throw std::logic_error("CentreBuilder: cannot correlate " + name +
                                   " (needs an uncertain input drawn once per trial)");
        spec.correlations.inputs.push_back(*input);
    }
    models::validate(spec);
    return spec;
}

}  // namespace mvzsim::testing
