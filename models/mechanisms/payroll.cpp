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

RevenueBonuses::Run::Run(const RevenueBonuses& b, const PositionsInRun& positions, int months,
                         std::vector<double>& buffer)
    : b_(b), months_in_run_(static_cast<std::size_t>(months)) {
    const std::size_t n = b.bonuses_.size();
    buffer.assign(n * (months_in_run_ + 2), 0.0);
    own_ = buffer.data();
    base_ = own_ + n * months_in_run_;
    months_ = base_ + n;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t d = b.bonuses_[i].doctor;
        if (d >= positions.fte.size()) continue;
        const PositionTimeline& t = positions.timelines[d];
        double* own = own_ + i * months_in_run_;
        const Fte fte = positions.fte[d];
        if (t.contiguous) {  // vacant until the first fill, then the first doctor's ramp, then flat
            const MonthIndex fill = t.first_filled >= 0 ? std::min(t.first_filled, months) : months;
            std::fill(own, own + fill, -1.0);
            const MonthIndex ramp_end = std::min(months, fill + b.ramp_.months());
            for (MonthIndex m = fill; m < ramp_end; ++m) own[m] = fte * b.ramp_(m - fill) * t.productivity;
            std::fill(own + ramp_end, own + months, fte * b.ramp_(b.ramp_.months()) * t.productivity);
            continue;
        }
        // With departures: month by month, the doctor in post found by a cursor over the fills (as
        // PositionTimeline::in_post finds it).
        std::size_t fill = 0;
        for (MonthIndex m = 0; m < months; ++m) {
            if (!t.filled(m)) {
                own[m] = -1.0;  // vacant
                continue;
            }
            while (fill + 1 < t.fills.size() && t.fills[fill + 1] <= m) ++fill;
            const RampTable& ramp = fill == 0 ? b.ramp_ : b.refill_ramp_;
            own[m] = fte * ramp(m - t.fills[fill]) * t.productivity;
        }
    }
}

Money RevenueBonuses::Run::month(const PositionsInRun& positions, double capacity, const MonthFlows& f,
                                 const MonthStep& at) {
    Money cost = 0.0;
    const Money medical_revenue = f.revenue() - f.addons_revenue;
    for (std::size_t i = 0; i < b_.bonuses_.size(); ++i) {
        const Bonus& b = b_.bonuses_[i];
        if (b.doctor >= positions.fte.size()) continue;
        if (const double own = own_[i * months_in_run_ + at.mi()]; own >= 0.0) {  // a doctor in post
            const Money revenue = b.spec.private_only ? f.pkv_revenue : medical_revenue;
            if (capacity > 0.0) base_[i] += revenue * own / capacity;
            months_[i] += 1.0;
        }
        if (at.month_of_year != 12) continue;
        const double threshold = b.spec.threshold_eur_per_year * positions.fte[b.doctor] * months_[i] / 12.0;
        const PositionTimeline& t = positions.timelines[b.doctor];
        cost += b.spec.share * std::max(0.0, base_[i] - threshold) * (1.0 + t.bonus_on_cost_rate);
        base_[i] = 0.0;
        months_[i] = 0.0;
    }
    return cost;
}

}  // namespace mvzsim::models
