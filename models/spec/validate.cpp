#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "models/spec/centre_spec.h"

namespace mvzsim::models {
namespace {

void require(bool ok, const std::string& field, const std::string& what) {
    if (!ok) throw std::invalid_argument("invalid centre spec: " + field + " " + what);
}

void validate_doctors(const CentreSpec& spec) {
    for (const auto& d : spec.doctors) {
        const std::string at = "doctors[" + d.id + "]";
        require(!d.id.empty(), "doctors[].id", "must not be empty");
        require(d.fte > 0.0 && d.fte <= 1.0, at + ".fte", "must be in (0, 1]");
        require(d.start >= 0, at + ".start", "must be >= 0 months after opening");
    }
}

void validate_billing(const BillingSpec& b) {
    require(b.ramp_up.quarters >= 0, "billing.ramp_up.quarters", "must be >= 0");
    require(b.ramp_up.start_share >= 0.0 && b.ramp_up.start_share <= 1.0, "billing.ramp_up.start_share",
            "must be in [0, 1]");
    require(b.ramp_up.refill_start_share >= 0.0 && b.ramp_up.refill_start_share <= 1.0,
            "billing.ramp_up.refill_start_share", "must be in [0, 1]");
    require(b.kv_payment.settlement_lag_months >= 0, "billing.kv_payment.settlement_lag_months", "must be >= 0");
    require(b.pkv_payment_lag_months >= 0, "billing.private.payment_lag_months", "must be >= 0");
}

void validate_finance(const FinanceSpec& f) {
    for (const auto& i : f.investments)
        require(i.useful_life_years >= 1, "finance.investments[" + i.name + "].useful_life_years", "must be >= 1");
    for (const auto& l : f.loans)
        require(l.term_years >= 1, "finance.loans[" + l.name + "].term_years", "must be >= 1");
}

void validate_takeovers(const CentreSpec& spec) {
    for (const auto& t : spec.takeovers) {
        const std::string at = "takeovers[" + t.name + "]";
        const bool known = std::any_of(spec.doctors.begin(), spec.doctors.end(),
                                       [&](const DoctorSpec& d) { return d.id == t.position; });
        require(known, at + ".position", "must name a doctor position");
        require(t.goodwill_life_years >= 1 && t.equipment_life_years >= 1, at, "needs useful lives >= 1");
        require(t.month >= 0 && t.subsidy_month >= 0, at, "needs months >= 0 after opening");
        require(t.previous_cases_per_quarter >= 0.0 && t.subsidy_eur >= 0.0, at, "needs amounts >= 0");
    }
}

void validate_lines(const CentreSpec& spec) {
    for (const auto& c : spec.selective_contracts) {
        const std::string at = "selective_contracts[" + c.name + "]";
        require(c.start >= 0 && c.settlement_lag_months >= 0, at, "needs a start and a lag >= 0");
        require(c.kv_billing_replaced >= 0.0 && c.kv_billing_replaced <= 1.0, at + ".kv_billing_replaced",
                "must be in [0, 1]");
    }
    for (const auto& t : spec.trainees) {
        const std::string at = "trainees[" + t.id + "]";
        require(t.start >= 0 && t.months >= 1, at, "needs a start >= 0 and months >= 1");
        require(t.fte > 0.0 && t.fte <= 1.0, at + ".fte", "must be in (0, 1]");
        require(t.case_load_share >= 0.0 && t.case_load_share <= 1.0, at + ".case_load_share", "must be in [0, 1]");
    }
}

void validate_addons(const AddonsSpec& a) {
    const TagespflegeSpec& t = a.tagespflege;
    if (!t.present) return;
    require(t.pflegegrad_weights.size() == 4 && t.care_eur_per_day.size() == 4, "addons.tagespflege",
            "needs 4 Pflegegrad weights and 4 day rates (PG 2 to 5)");
    require(std::accumulate(t.pflegegrad_weights.begin(), t.pflegegrad_weights.end(), 0.0) > 0.0,
            "addons.tagespflege.pflegegrad_weights", "must have a positive sum");
    require(t.ramp_up_months >= 0, "addons.tagespflege.ramp_up_months", "must be >= 0");
}

}  // namespace

void validate(const CentreSpec& spec) {
    require(spec.horizon_years >= 1 && spec.horizon_years <= kMaxHorizonYears, "centre.horizon_years",
            "must be in [1, " + std::to_string(kMaxHorizonYears) + "]");
    require(spec.opening.month >= 1 && spec.opening.month <= 12, "centre.opening", "must have a month in 1..12");
    validate_doctors(spec);
    validate_billing(spec.billing);
    validate_finance(spec.finance);
    validate_addons(spec.addons);
    validate_takeovers(spec);
    validate_lines(spec);
    const std::size_t n = spec.correlations.inputs.size();
    require(spec.correlations.rank.size() == n * n, "correlations", "needs an n x n rank matrix for n inputs");
}

}  // namespace mvzsim::models
