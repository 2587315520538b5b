#include "models/mechanisms/payroll.h"

#include <algorithm>

namespace mvzsim::models {

PayTerms pay_terms(Money salary_per_year, double on_cost_rate, const PayrollExtrasSpec& x) {
    PayTerms t;
    t.pay_per_year = salary_per_year + 12.0 * x.allowance_eur_per_month;
    const Money special = x.special_payment_share * salary_per_year / 12.0;
    double rate = on_cost_rate;
    double marginal = on_cost_rate;
    const SocialSecuritySpec& ss = x.social_security;
    if (ss.present) {
        const Money pay = t.pay_per_year + special;
        if (pay > 0.0)
            rate += (ss.health_care_rate * std::min(pay, ss.health_ceiling_eur) +
                     ss.pension_unemployment_rate * std::min(pay, ss.pension_ceiling_eur)) /
                    pay;
        marginal += (pay < ss.health_ceiling_eur ? ss.health_care_rate : 0.0) +
                    (pay < ss.pension_ceiling_eur ? ss.pension_unemployment_rate : 0.0);
    }
    t.on_cost_rate = rate + x.pension_rate;
    t.marginal_rate = marginal + x.pension_rate;
    if (special > 0.0) {
        t.special_payment = special * (1.0 + t.on_cost_rate);
        t.special_month = x.special_payment_month;
    }
    return t;
}

RevenueBonuses::RevenueBonuses(const std::vector<DoctorSpec>& doctors, const RampTable& ramp,
                               const RampTable& refill_ramp)
    : ramp_(ramp), refill_ramp_(refill_ramp) {
    for (std::size_t d = 0; d < doctors.size(); ++d)
        if (doctors[d].bonus.present) bonuses_.push_back({d, doctors[d].bonus});
}

Money RevenueBonuses::Run::month(const PositionsInRun& positions, double capacity, const MonthFlows& f,
                                 const MonthStep& at) {
    Money cost = 0.0;
    for (std::size_t i = 0; i < b_.bonuses_.size(); ++i) {
        const Bonus& b = b_.bonuses_[i];
        if (b.doctor >= positions.fte.size()) continue;
        const PositionTimeline& t = positions.timelines[b.doctor];
        if (t.filled(at.m)) {
            const PositionTimeline::InPost doctor = t.in_post(at.m);
            const RampTable& ramp = doctor.first ? b_.ramp_ : b_.refill_ramp_;
            const double own = positions.fte[b.doctor] * ramp(doctor.months) * t.productivity;
            const Money revenue = b.spec.private_only ? f.pkv_revenue : f.revenue() - f.addons_revenue;
            if (capacity > 0.0) base_[i] += revenue * own / capacity;
            ++months_[i];
        }
        if (at.month_of_year != 12) continue;
        const double threshold = b.spec.threshold_eur_per_year * positions.fte[b.doctor] * months_[i] / 12.0;
        cost += b.spec.share * std::max(0.0, base_[i] - threshold) * (1.0 + t.bonus_on_cost_rate);
        base_[i] = 0.0;
        months_[i] = 0;
    }
    return cost;
}

}  // namespace mvzsim::models
