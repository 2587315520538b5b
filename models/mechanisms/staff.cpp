#include "models/mechanisms/staff.h"

#include "models/mechanisms/payroll.h"

namespace mvzsim::models {

Staff::Staff(const std::vector<StaffSpec>& roles) {
    for (const auto& s : roles)
        roles_.push_back({s.per_doctor, s.follows_planned, s.fte, s.start, compile(s.pay.salary_per_year),
                          compile(s.pay.on_cost_rate), compile(s.pay.raise_per_year), compile(s.departures_per_year),
                          compile(s.refill_months), s.role, s.pay.extras});
}

int Staff::index(const std::string& role) const {
    int found = -1;
    for (std::size_t i = 0; i < roles_.size(); ++i)
        if (roles_[i].role == role) found = static_cast<int>(i);
    return found;
}

std::vector<Payroll> Staff::draw(const TrialKey& key, int years) const {
    std::vector<Payroll> pay;
    draw(key, years, pay);
    return pay;
}

void Staff::draw(const TrialKey& key, int years, std::vector<Payroll>& pay) const {
    pay.clear();
    pay.reserve(roles_.size());
    for (const Role& s : roles_) {
        Payroll p;
        p.raise = growth_index(s.raise, key, years);
        InputDraw salary(s.salary, key), on_cost(s.on_cost, key);
        const PayTerms terms = pay_terms(salary.next(), on_cost.next(), s.payroll);
        p.monthly_full_cost = terms.pay_per_year / 12.0 * (1.0 + terms.on_cost_rate);
        p.special_payment = terms.special_payment;
        p.special_month = terms.special_month;
        // Alternating renewal: in post 12 / d months on average, vacant r months, so a share
        // d r / (12 + d r) of the time vacant.
        const double d = InputDraw(s.departures, key).next();
        const double r = InputDraw(s.refill, key).next();
        p.vacancy_share = d * r / (12.0 + d * r);
        pay.push_back(p);
    }
}

}  // namespace mvzsim::models
