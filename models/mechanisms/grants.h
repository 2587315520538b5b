#pragma once
// Grants and their conditions: operating subsidies for a number of years, position funding (a
// doctor's or a staff role's cost up to a yearly amount), the KV turnover guarantee (a top-up to a
// reference revenue for the first quarters in post), and investment grants (paid once, released
// into income with the depreciation of the investments they fund). Every kind is repaid by one
// rule when its condition is broken (repay below).
#include <span>
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/mechanisms/finance.h"
#include "models/mechanisms/month_flows.h"
#include "models/mechanisms/positions.h"
#include "models/spec/doctors_spec.h"
#include "models/spec/grants_spec.h"
#include "models/spec/staff_spec.h"

namespace mvzsim::models {

// One investment grant in one trial: its amount (rate x the drawn eligible investments, capped),
// and its release into income, in proportion to the depreciation of the investments it funds (a
// special item released over their useful lives).
struct InvestmentGrantTrial {
    Money amount = 0.0;
    std::vector<Money> release;  // income by month
};

// What one trial draws for the grants.
struct GrantsTrial {
    std::vector<MonthlySeries> subsidies;  // each operating subsidy's EUR per year, by month
    std::vector<InvestmentGrantTrial> investment;
    Money investment_total() const;
};

// The doctor positions as one run of a trial has them, for the grants' conditions.
struct PositionsInRun {
    std::span<const PositionTimeline> timelines;   // every position of the model
    std::span<const Fte> fte;                      // the run's positions (a prefix) at their FTE
    std::span<const CompiledPosition> compiled{};  // every position of the model (for a position's own ramp)
    bool has(int doctor) const { return doctor >= 0 && static_cast<std::size_t>(doctor) < fte.size(); }
};

// The grants' part of one month, besides what they add to the month's flows: the investment
// grants' income released and reversed (not payments) and their cash (paid and repaid in one sum).
struct GrantsMonth {
    Money released = 0.0, reversed = 0.0, cash = 0.0;
};

// The state of one grant during a run.
struct GrantState {
    Money income = 0.0;  // income booked so far
    Money cash = 0.0;    // money received so far (for position funding and guarantees: the income)
    int vacant_run = 0;  // months in a row its position has been vacant
    bool ended = false;
};

// The one repayment rule of every grant kind: when a grant's condition is broken, the income it
// brought so far is reversed (a repayment in the month), the money it brought is paid back, and it
// ends. A trial counts as one with a repayment when anything was repaid. Returns the state.
inline const GrantState& repay(GrantState& s, Money& repayments, bool& repaid) {
    repayments += s.income;
    repaid = repaid || s.income > 0.0 || s.cash > 0.0;
    s.ended = true;
    return s;
}

class Grants {
public:
    // `doctors` and `staff` resolve the positions that grants name; `ramp` is the positions' ramp-up
    // (the turnover guarantee's estimate of the doctor's own revenue follows the doctor in post).
    Grants(const GrantsSpec& spec, const std::vector<DoctorSpec>& doctors, const std::vector<StaffSpec>& staff,
           const FinanceSpec& finance, const RampUpSpec& ramp);

    // The trial's draws; `finance`: the trial's drawn investments (nullptr when there are none).
    GrantsTrial draw(const TrialKey& key, int months, const FinanceTrial* finance) const;

    // One run of a trial's months (its state: what each grant has brought, whether it has ended).
    class Run {
    public:
        Run(const Grants& grants, const GrantsTrial& trial);
        // Month `at`: adds grant income, repayments and the repaid flag to `f` (which holds the
        // month's doctors, GKV revenue and vacancy); `capacity` is the doctors' share of a full case
        // load, `role_cost` each staff role's cost.
        GrantsMonth month(const PositionsInRun& positions, double capacity, std::span<const Money> role_cost,
                          const MonthStep& at, MonthFlows& f) {
            // In this order (each adds to f.grants); a kind the scenario lacks costs nothing.
            if (!g_.subsidies_.empty()) operating(at, f);
            if (!g_.fundings_.empty()) funding(positions, role_cost, at, f);
            if (!g_.guarantees_.empty()) guarantees(positions, capacity, at, f);
            return g_.investment_.empty() ? GrantsMonth{} : investment(positions, at, f);
        }

    private:
        void operating(const MonthStep& at, MonthFlows& f) const;
        void funding(const PositionsInRun& positions, std::span<const Money> role_cost, const MonthStep& at,
                     MonthFlows& f);
        void guarantees(const PositionsInRun& positions, double capacity, const MonthStep& at, MonthFlows& f);
        GrantsMonth investment(const PositionsInRun& positions, const MonthStep& at, MonthFlows& f);

        const Grants& g_;
        const GrantsTrial& trial_;
        std::vector<GrantState> funding_, guarantees_, investment_;
        int vacancy_run_ = 0;  // months in a row some doctor position has been vacant
    };

private:
    struct Subsidy {
        CompiledInput eur_per_year;
        MonthIndex start;
        int months;
    };
    struct Funding {  // resolved to a doctor position or a staff role
        PositionFundingSpec spec;
        int doctor = -1, staff = -1;
    };
    struct Guarantee {
        TurnoverGuaranteeSpec spec;
        int doctor = -1;
    };
    struct InvestmentGrant {  // with its eligible investments (indices into finance.investments)
        InvestmentGrantSpec spec;
        std::vector<std::size_t> items;
        int doctor = -1;  // the position its condition watches; -1: any (or one this centre lacks)
    };

    InvestmentGrantTrial draw_investment(const InvestmentGrant& g, const FinanceTrial* finance, int months) const;

    std::vector<Subsidy> subsidies_;
    std::vector<Funding> fundings_;
    std::vector<Guarantee> guarantees_;
    std::vector<InvestmentGrant> investment_;
    std::vector<MonthIndex> planned_start_;  // each doctor position's planned start
    FinanceSpec finance_;
    RampTable ramp_, refill_ramp_;  // of a position's first doctor, of a successor
};

}  // namespace mvzsim::models
