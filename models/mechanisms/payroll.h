#pragma once
// Payroll as employers pay it: from a line's drawn salary and on-cost rate, the effective employer
// on-cost rate (social security with the contribution ceilings, or the flat rate, plus the
// supplementary pension), the monthly cost with an allowance, the yearly special payment in its
// month, and doctors' bonuses on the revenue they generate above a threshold.
#include <span>
#include <vector>

#include "models/calendar.h"
#include "models/mechanisms/grants.h"
#include "models/mechanisms/month_flows.h"
#include "models/mechanisms/positions.h"
#include "models/spec/doctors_spec.h"

namespace mvzsim::models {

// What one full-time employee of a line costs the employer, in opening-year terms.
struct PayTerms {
    Money pay_per_year = 0.0;     // monthly pay x 12: salary + 12 x allowance
    double on_cost_rate = 0.0;    // effective employer rate on all pay (social security + pension)
    Money special_payment = 0.0;  // the yearly special payment with its on-costs, EUR
    int special_month = 0;        // its calendar month; 0: none
    double marginal_rate = 0.0;   // the employer rate on extra pay (a bonus) above the year's pay
};

// The terms for a drawn salary S and on-cost rate o. The yearly pay P = S + 12 A + s S / 12
// (allowance A, special share s). With social security: o_eff = (r_h min(P, B_h) + r_p min(P, B_p))
// / P + o + pension rate; without: o_eff = o + pension rate.
PayTerms pay_terms(Money salary_per_year, double on_cost_rate, const PayrollExtrasSpec& x);

// Doctors' bonuses on the revenue they generate above a yearly threshold: each month a position's
// share of the base revenue (its capacity over the centre's, as for the turnover guarantee) is
// added to its year; in December the bonus share x max(0, sum - threshold x FTE x months in post /
// 12) is paid, with the position's marginal on-cost rate.
class RevenueBonuses {
public:
    RevenueBonuses(const std::vector<DoctorSpec>& doctors, const RampTable& ramp, const RampTable& refill_ramp);
    bool empty() const { return bonuses_.empty(); }

    class Run {
    public:
        // Each bonus's own capacity month by month (FTE x ramp of the doctor in post x
        // productivity; -1 while vacant), computed once for the run into `buffer` (a worker's
        // memory reused from trial to trial).
        Run(const RevenueBonuses& b, const PositionsInRun& positions, int months, std::vector<double>& buffer);
        // The month's bonus cost, EUR (non-zero in December only). `capacity`: the centre's (FTE x
        // productivity x ramp); `f`: the month's revenue.
        Money month(const PositionsInRun& positions, double capacity, const MonthFlows& f, const MonthStep& at);

    private:
        const RevenueBonuses& b_;
        std::size_t months_in_run_;
        double* own_;     // bonus i's month m at own_[i x months + m]; then base, then months in post
        double* base_;    // each bonus's revenue base so far this year
        double* months_;  // months in post so far this year
    };

private:
    struct Bonus {
        std::size_t doctor;
        RevenueBonusSpec spec;
    };
    std::vector<Bonus> bonuses_;
    const RampTable& ramp_;
    const RampTable& refill_ramp_;
};

}  // namespace mvzsim::models
