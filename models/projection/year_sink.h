#pragma once
// What a trial keeps of its months: sums by calendar year and the whole-trial outputs (YearSink),
// or every month (MonthSink, for replaying a trial).
#include <algorithm>
#include <iterator>
#include <span>
#include <utility>
#include <vector>

#include "models/calendar.h"
#include "models/mechanisms/balance_sheet.h"
#include "models/mechanisms/month_flows.h"
#include "models/projection/outputs.h"

namespace mvzsim::models {

// The monthly flows whose yearly output is their sum over the year's months.
inline constexpr std::pair<Metric, double MonthFlows::*> kSummedFlows[] = {
    {Metric::cases, &MonthFlows::cases},
    {Metric::gkv_revenue, &MonthFlows::gkv_revenue},
    {Metric::pkv_revenue, &MonthFlows::pkv_revenue},
    {Metric::other_revenue, &MonthFlows::other_revenue},
    {Metric::lump_sums, &MonthFlows::lump_sums},
    {Metric::addons_revenue, &MonthFlows::addons_revenue},
    {Metric::doctor_costs, &MonthFlows::doctor_costs},
    {Metric::staff_costs, &MonthFlows::staff_costs},
    {Metric::premises_costs, &MonthFlows::premises_costs},
    {Metric::running_costs, &MonthFlows::running_costs},
    {Metric::recruiting_costs, &MonthFlows::recruiting_costs},
    {Metric::addons_costs, &MonthFlows::addons_costs},
    {Metric::kv_fees, &MonthFlows::kv_fees},
    {Metric::billing_fees, &MonthFlows::billing_fees},
    {Metric::depreciation, &MonthFlows::depreciation},
    {Metric::interest, &MonthFlows::interest},
    {Metric::grants, &MonthFlows::grants},
    {Metric::repayments, &MonthFlows::repayments},
    {Metric::income_taxes, &MonthFlows::income_taxes},
    {Metric::loan_principal, &MonthFlows::loan_principal},
    {Metric::hzv_revenue, &MonthFlows::hzv_revenue},
    {Metric::trainee_costs, &MonthFlows::trainee_costs},
    {Metric::trainee_funding, &MonthFlows::trainee_funding},
};

// What the whole-trial outputs need besides the months.
struct TrialTotals {
    double subsidy_ceiling = 0.0;  // EUR per year; 0: none
    Money investments = 0.0;       // the trial's drawn investment volume
    Money investment_grants = 0.0;
};

// Sums months into calendar-year outputs and keeps the whole-trial outputs, into a row of values
// laid out by OutputLayout.
class YearSink {
public:
    YearSink(std::span<double> out, const Calendar& calendar) : out_(out), calendar_(calendar) {}

    void add(const MonthStep& month, const MonthFlows& f) {
        if (month.year != current_year_) start_year(month.year, f);
        // The flows of kSummedFlows, spelled out: a loop over the member pointers is not unrolled and took
        // four times the instructions of these additions (the same additions, so the same sums).
        static_assert(std::size(kSummedFlows) == 23, "add the new flow here too");
        sum_.cases += f.cases;
        sum_.gkv_revenue += f.gkv_revenue;
        sum_.pkv_revenue += f.pkv_revenue;
        sum_.other_revenue += f.other_revenue;
        sum_.lump_sums += f.lump_sums;
        sum_.addons_revenue += f.addons_revenue;
        sum_.doctor_costs += f.doctor_costs;
        sum_.staff_costs += f.staff_costs;
        sum_.premises_costs += f.premises_costs;
        sum_.running_costs += f.running_costs;
        sum_.recruiting_costs += f.recruiting_costs;
        sum_.addons_costs += f.addons_costs;
        sum_.kv_fees += f.kv_fees;
        sum_.billing_fees += f.billing_fees;
        sum_.depreciation += f.depreciation;
        sum_.interest += f.interest;
        sum_.grants += f.grants;
        sum_.repayments += f.repayments;
        sum_.income_taxes += f.income_taxes;
        sum_.loan_principal += f.loan_principal;
        sum_.hzv_revenue += f.hzv_revenue;
        sum_.trainee_costs += f.trainee_costs;
        sum_.trainee_funding += f.trainee_funding;
        fte_months_ += f.doctor_fte;
        vacancy_ = vacancy_ || f.vacancy;
        sum_.cash = f.cash;
        cash_min_ = std::min(cash_min_, f.cash);
        cumulative_ += f.result();
        if (cumulative_ < 0.0) {
            last_negative_month_ = month.m;
            largest_deficit_ = std::max(largest_deficit_, -cumulative_);
        }
        largest_cash_gap_ = std::max(largest_cash_gap_, -f.cash);
        if (f.cash < 0.0) last_negative_cash_month_ = month.m;
        repaid_ = repaid_ || f.repaid;
        balance_.post(f);
        funding_equity_ += f.equity_inflow;
        funding_loans_ += f.loan_inflow;
    }
    // Totals, results and the running cumulative result, once all months are in.
    void finish(const TrialTotals& totals);

private:
    void start_year(int year, const MonthFlows& first);
    void flush();  // writes the finished year's sums into the outputs
    void write_balance_sheet(int year);
    double& at(int year, Metric m) { return out_[OutputLayout::index(year, m)]; }

    std::span<double> out_;
    const Calendar& calendar_;
    MonthFlows sum_;
    double cash_min_ = 0.0, fte_months_ = 0.0;
    bool vacancy_ = false;
    int current_year_ = -1;
    double cumulative_ = 0.0;
    double largest_deficit_ = 0.0;
    double largest_cash_gap_ = 0.0;
    bool repaid_ = false;
    BalanceSheet balance_;
    Money funding_equity_ = 0.0, funding_loans_ = 0.0;
    MonthIndex last_negative_month_ = -1;
    MonthIndex last_negative_cash_month_ = -1;
};

struct MonthSink {
    std::vector<MonthFlows> months;
    void add(const MonthStep&, const MonthFlows& f) { months.push_back(f); }
};

}  // namespace mvzsim::models
