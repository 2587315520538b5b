#pragma once
// Non-physician staff: posts per doctor FTE in post or a fixed number, their pay, and turnover as
// a steady-state share of vacant posts (which cost nothing and, for staff per doctor FTE, cut the
// case load by the same share).
#include <span>
#include <string>
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/staff_spec.h"

namespace mvzsim::models {

// Monthly cost of an employee line per FTE, drawn for one trial: salary / 12 x (1 + on-cost rate),
// times the raise index of the year; and the role's turnover vacancy share.
struct Payroll {
    double monthly_full_cost = 0.0;  // EUR per FTE per month in the opening year, on-costs included
    YearIndex raise;
    double vacancy_share = 0.0;  // steady-state share of posts vacant (turnover)

    Money cost(Fte fte, std::size_t year) const { return fte * monthly_full_cost * raise[year]; }
};

// The staff of one month of a run.
struct StaffMonth {
    Money cost = 0.0;       // all roles, EUR
    double shortage = 0.0;  // the largest vacancy share of a role per doctor FTE: the cut of the case load
};

class Staff {
public:
    explicit Staff(const std::vector<StaffSpec>& roles);

    std::size_t size() const { return roles_.size(); }
    // The role's index, or -1.
    int index(const std::string& role) const;
    // Each role's payroll in one trial.
    std::vector<Payroll> draw(const TrialKey& key, int years) const;

    // The month's staff: posts per doctor FTE follow the doctors in post (`doctor_fte`), fixed posts
    // start in their month; each role's cost (posts x (1 - vacancy share) x its monthly cost) also
    // goes into role_cost (position funding reads it).
    StaffMonth month(std::span<const Payroll> pay, Fte doctor_fte, const MonthStep& at,
                     std::span<Money> role_cost) const {
        StaffMonth out;
        for (std::size_t i = 0; i < roles_.size(); ++i) {
            const Role& s = roles_[i];
            const Fte posts = s.per_doctor ? s.fte * doctor_fte : (at.m >= s.start ? s.fte : 0.0);
            role_cost[i] = pay[i].cost(posts * (1.0 - pay[i].vacancy_share), at.yi());
            out.cost += role_cost[i];
            if (s.per_doctor) out.shortage = std::max(out.shortage, pay[i].vacancy_share);
        }
        return out;
    }

private:
    struct Role {
        bool per_doctor;
        Fte fte;
        MonthIndex start;
        CompiledInput salary, on_cost, raise, departures, refill;
        std::string role;
    };
    std::vector<Role> roles_;
};

}  // namespace mvzsim::models
