#pragma once
// Non-physician staff: posts per doctor FTE in post or a fixed number, their pay, and turnover as
// a steady-state share of vacant posts (which cost nothing and, for staff per doctor FTE, cut the
// case load by the same share).
#include <span>
#include <string>
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/mechanisms/positions.h"
#include "models/spec/staff_spec.h"

namespace mvzsim::models {

// Monthly cost of an employee line per FTE, drawn for one trial: monthly pay x (1 + effective
// on-cost rate) (payroll.h), times the raise index of the year, and the special payment in its
// month; and the role's turnover vacancy share.
struct Payroll {
    double monthly_full_cost = 0.0;  // EUR per FTE per month in the opening year, on-costs included
    YearIndex raise;
    double vacancy_share = 0.0;   // steady-state share of posts vacant (turnover)
    Money special_payment = 0.0;  // the yearly special payment per FTE with on-costs (payroll.h)
    int special_month = 0;        // its calendar month; 0: none

    Money cost(Fte fte, const MonthStep& at) const {
        const Money monthly = fte * monthly_full_cost * raise[at.yi()];
        return at.month_of_year == special_month ? monthly + fte * special_payment * raise[at.yi()] : monthly;
    }
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
    // The same into `pay` (its memory reused).
    void draw(const TrialKey& key, int years, std::vector<Payroll>& pay) const;

    // The month's staff: posts per doctor FTE follow the doctors in post (`doctor.fte`), or with
    // follows_planned the positions whose planned start has come (`doctor.planned_fte`); fixed
    // posts start in their month; each role's cost (posts x (1 - vacancy share) x its monthly cost)
    // also goes into role_cost (position funding reads it).
    StaffMonth month(std::span<const Payroll> pay, const DoctorMonth& doctor, const MonthStep& at,
                     std::span<Money> role_cost) const {
        StaffMonth out;
        for (std::size_t i = 0; i < roles_.size(); ++i) {
            const Role& s = roles_[i];
            const Fte doctors = s.follows_planned ? doctor.planned_fte : doctor.fte;
            const Fte posts = s.per_doctor ? s.fte * doctors : (at.m >= s.start ? s.fte : 0.0);
            role_cost[i] = pay[i].cost(posts * (1.0 - pay[i].vacancy_share), at);
            out.cost += role_cost[i];
            if (s.per_doctor) out.shortage = std::max(out.shortage, pay[i].vacancy_share);
        }
        return out;
    }

private:
    struct Role {
        bool per_doctor;
        bool follows_planned;
        Fte fte;
        MonthIndex start;
        CompiledInput salary, on_cost, raise, departures, refill;
        std::string role;
        PayrollExtrasSpec payroll;
    };
    std::vector<Role> roles_;
};

}  // namespace mvzsim::models
