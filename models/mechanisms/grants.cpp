#include "models/mechanisms/grants.h"

#include <algorithm>

namespace mvzsim::models {
namespace {

int doctor_index(const std::vector<DoctorSpec>& doctors, const std::string& id) {
    for (std::size_t i = 0; i < doctors.size(); ++i)
        if (doctors[i].id == id) return static_cast<int>(i);
    return -1;
}

int staff_index(const std::vector<StaffSpec>& staff, const std::string& role) {
    int found = -1;
    for (std::size_t i = 0; i < staff.size(); ++i)
        if (staff[i].role == role) found = static_cast<int>(i);
    return found;
}

}  // namespace

Money GrantsTrial::investment_total() const {
    Money total = 0.0;
    for (const auto& g : investment) total += g.amount;
    return total;
}

Grants::Grants(const GrantsSpec& spec, const std::vector<DoctorSpec>& doctors, const std::vector<StaffSpec>& staff,
               const FinanceSpec& finance, const RampUpSpec& ramp)
    : finance_(finance), ramp_(ramp), refill_ramp_(RampTable::after_refill(ramp)) {
    for (const auto& s : spec.operating)
        subsidies_.push_back({compile(s.eur_per_year), s.start, s.years * kMonthsPerYear});
    for (const auto& f : spec.positions)
        fundings_.push_back({f, doctor_index(doctors, f.position), staff_index(staff, f.position)});
    for (const auto& g : spec.turnover_guarantees) guarantees_.push_back({g, doctor_index(doctors, g.position)});
    for (const auto& g : spec.investment) {
        InvestmentGrant ig{g, {}, g.position.empty() ? -1 : doctor_index(doctors, g.position)};
        for (std::size_t k = 0; k < finance.investments.size(); ++k)
            if (g.eligible.empty() ||
                std::find(g.eligible.begin(), g.eligible.end(), finance.investments[k].name) != g.eligible.end())
                ig.items.push_back(k);
        investment_.push_back(std::move(ig));
    }
    for (const auto& d : doctors) planned_start_.push_back(d.start);
}

GrantsTrial Grants::draw(const TrialKey& key, int months, const FinanceTrial* finance) const {
    GrantsTrial t;
    t.subsidies.reserve(subsidies_.size());
    for (const auto& s : subsidies_) t.subsidies.emplace_back(s.eur_per_year, key, months);
    for (const auto& g : investment_) t.investment.push_back(draw_investment(g, finance, months));
    return t;
}

// The grant is rate x the drawn eligible investments (at most the cap), released in proportion to
// each funded investment's depreciation: share x amount / life each month of its useful life.
InvestmentGrantTrial Grants::draw_investment(const InvestmentGrant& g, const FinanceTrial* finance, int months) const {
    InvestmentGrantTrial t;
    t.release.assign(static_cast<std::size_t>(months), 0.0);
    Money eligible = 0.0;
    for (std::size_t k : g.items) eligible += finance->amount(k);
    t.amount = g.spec.rate * eligible;
    if (g.spec.cap_eur > 0.0) t.amount = std::min(t.amount, g.spec.cap_eur);
    if (eligible <= 0.0) return t;
    const double share = t.amount / eligible;
    for (std::size_t k : g.items) {
        const InvestmentSpec& item = finance_.investments[k];
        const int life = item.useful_life_years * kMonthsPerYear;
        for (MonthIndex m = item.month; m < std::min(months, item.month + life); ++m)
            t.release[static_cast<std::size_t>(m)] += share * finance->amount(k) / life;
    }
    return t;
}

Grants::Run::Run(const Grants& grants, const GrantsTrial& trial)
    : g_(grants),
      trial_(trial),
      funding_(grants.fundings_.size()),
      guarantees_(grants.guarantees_.size()),
      investment_(grants.investment_.size()) {}

// Operating subsidies: a twelfth of the yearly amount each month from `start` for `years` years.
void Grants::Run::operating(const MonthStep& at, MonthFlows& f) const {
    for (std::size_t i = 0; i < g_.subsidies_.size(); ++i) {
        const double per_year = trial_.subsidies[i][at.mi()];
        const Subsidy& s = g_.subsidies_[i];
        if (at.m >= s.start && at.m < s.start + s.months) f.grants += per_year / 12.0;
    }
}

// Position funding: each month min(a twelfth of the yearly amount, share x the position's cost),
// from `start` for `years` years; a doctor position vacant (after its planned start) longer than
// max_vacancy_months in a row repays it.
void Grants::Run::funding(const PositionsInRun& positions, std::span<const Money> role_cost, const MonthStep& at,
                          MonthFlows& f) {
    for (std::size_t i = 0; i < g_.fundings_.size(); ++i) {
        const Funding& cf = g_.fundings_[i];
        GrantState& st = funding_[i];
        if (st.ended || at.m < cf.spec.start || at.m >= cf.spec.start + kMonthsPerYear * cf.spec.years) continue;
        Money cost = 0.0;
        if (positions.has(cf.doctor)) {
            const auto d = static_cast<std::size_t>(cf.doctor);
            const PositionTimeline& t = positions.timelines[d];
            const bool filled = t.filled(at.m);
            cost = filled ? t.month_cost(positions.fte[d], at) : 0.0;
            st.vacant_run = filled ? 0 : st.vacant_run + (at.m >= g_.planned_start_[d] ? 1 : 0);
            if (cf.spec.max_vacancy_months > 0 && st.vacant_run > cf.spec.max_vacancy_months) {
                repay(st, f.repayments, f.repaid);
                continue;
            }
        } else if (cf.staff >= 0) {
            cost = role_cost[static_cast<std::size_t>(cf.staff)];
        }
        const Money amount = std::min(cf.spec.eur_per_year / 12.0, cf.spec.share_of_cost * cost);
        st.income += amount;
        st.cash += amount;
        f.grants += amount;
    }
}

// Turnover guarantee: for its first `quarters` quarters in post, the doctor's estimated own GKV
// revenue (the month's GKV revenue x their share of the capacity) is topped up to a third of the
// quarterly reference; leaving within the binding years repays it.
void Grants::Run::guarantees(const PositionsInRun& positions, double capacity, const MonthStep& at, MonthFlows& f) {
    for (std::size_t i = 0; i < g_.guarantees_.size(); ++i) {
        const Guarantee& g = g_.guarantees_[i];
        GrantState& st = guarantees_[i];
        if (st.ended || !positions.has(g.doctor)) continue;
        const auto d = static_cast<std::size_t>(g.doctor);
        const PositionTimeline& t = positions.timelines[d];
        const int since = t.months_in_post(at.m);
        const bool left = !t.filled(at.m) && t.first_filled >= 0 && at.m > t.first_filled;
        if (left && at.m - t.first_filled < kMonthsPerYear * g.spec.binding_years) {
            repay(st, f.repayments, f.repaid);
            continue;
        }
        if (!t.filled(at.m) || since < 0 || since >= kMonthsPerQuarter * g.spec.quarters) continue;
        // The doctor's own capacity at the ramp of the doctor in post (a successor's from
        // refill_start_share), as in the centre's capacity it is a share of.
        const PositionTimeline::InPost doctor = t.in_post(at.m);
        const RampTable* own_ramp = d < positions.compiled.size() ? positions.compiled[d].first_ramp.get() : nullptr;
        const RampTable& ramp = doctor.first ? (own_ramp != nullptr ? *own_ramp : g_.ramp_) : g_.refill_ramp_;
        const double own_capacity = positions.fte[d] * ramp(doctor.months) * t.productivity;
        const Money own = capacity > 0.0 ? f.gkv_revenue * own_capacity / capacity : 0.0;
        const Money top_up = std::max(0.0, g.spec.reference_eur_per_quarter / 3.0 - own);
        st.income += top_up;
        st.cash += top_up;
        f.grants += top_up;
    }
}

// Investment grants: paid in their month, released with the depreciation they fund; a doctor
// position (any, or the named one) vacant longer than max_vacancy_months in a row within the
// binding years repays the whole amount (the income released so far is reversed).
GrantsMonth Grants::Run::investment(const PositionsInRun& positions, const MonthStep& at, MonthFlows& f) {
    GrantsMonth out;
    vacancy_run_ = f.vacancy ? vacancy_run_ + 1 : 0;
    for (std::size_t i = 0; i < g_.investment_.size(); ++i) {
        const InvestmentGrantTrial& g = trial_.investment[i];
        GrantState& st = investment_[i];
        const InvestmentGrant& ig = g_.investment_[i];
        const InvestmentGrantSpec& gs = ig.spec;
        if (st.ended) continue;
        if (at.m == gs.paid) {
            out.cash += g.amount;
            st.cash += g.amount;
        }
        // The vacancy watched: of any position, or of the named one (none when this run lacks it).
        int run = vacancy_run_;
        if (!gs.position.empty()) {
            const bool vacant = positions.has(ig.doctor) &&
                                at.m >= g_.planned_start_[static_cast<std::size_t>(ig.doctor)] &&
                                !positions.timelines[static_cast<std::size_t>(ig.doctor)].filled(at.m);
            st.vacant_run = vacant ? st.vacant_run + 1 : 0;
            run = st.vacant_run;
        }
        const bool binding = at.m >= gs.paid && at.m < gs.paid + kMonthsPerYear * gs.binding_years;
        if (binding && gs.max_vacancy_months > 0 && run > gs.max_vacancy_months) {
            const GrantState& repaid = repay(st, f.repayments, f.repaid);
            out.reversed += repaid.income;
            out.cash -= repaid.cash;
            continue;
        }
        const Money release = g.release[at.mi()];
        f.grants += release;
        out.released += release;
        st.income += release;
    }
    return out;
}

}  // namespace mvzsim::models
