#pragma once
// Investments, depreciation and financing of a centre: what is bought and when, how it is written
// off, and how it is paid for (equity, capital reserve, loans, a credit line). Each investment's
// amount is drawn once per trial, here; the investment grants read the drawn amounts.
#include <cstdint>
#include <span>
#include <vector>

#include "models/draws/input_draw.h"
#include "models/spec/finance_spec.h"
#include "models/units.h"

namespace mvzsim::models {

// Finance flows of one month, EUR, all >= 0 (outflows are positive amounts too).
struct FinanceMonth {
    Money investment_outflow = 0, depreciation = 0, equity_inflow = 0, loan_inflow = 0, loan_interest = 0,
          loan_principal = 0;
};

// The investments' amounts made ready for drawing: one per investment, in the spec's order, each
// on its own stream (the input's, by default streams::investment_amount of the investment's name).
std::vector<CompiledInput> compile_investment_amounts(const FinanceSpec& spec);

// The schedules of one trial: the investment amounts drawn once, then deterministic flows
// computed in the constructor for `months` months from the opening month; flows after the horizon
// are cut off.
class FinanceTrial {
public:
    // `amounts`: compile_investment_amounts(spec); `key.correlated`: an investment amount found
    // among the trial's copula values takes that value instead of a draw of its own.
    FinanceTrial(const FinanceSpec& spec, std::span<const CompiledInput> amounts, const TrialKey& key, int months);
    // The same, compiling the amounts first (for a single trial).
    FinanceTrial(const FinanceSpec& spec, std::uint64_t seed, std::uint64_t trial, int months);

    const FinanceMonth& month(MonthIndex m) const;
    int months() const { return static_cast<int>(months_.size()); }
    // The drawn amount of investment i (in the spec's order), EUR.
    Money amount(std::size_t i) const { return amounts_[i]; }
    // Sum of the drawn investment amounts (also of the parts depreciated after the horizon).
    Money investments_total() const { return investments_total_; }

private:
    void add_investment(const InvestmentSpec& investment, Money amount);
    void add_loan(const LoanSpec& loan);
    FinanceMonth* at(MonthIndex m);  // nullptr outside the horizon

    std::vector<FinanceMonth> months_;
    std::vector<Money> amounts_;
    Money investments_total_ = 0;
};

// Whether a spec has anything to finance or schedule (else no FinanceTrial is needed).
bool has_finance(const FinanceSpec& spec);

// Monthly interest on a negative cash balance under the credit line (rate/12 x overdraft), EUR.
// The whole overdraft bears the line's rate, also beyond the limit: that excess is a financing
// gap the council has to close (credit_line_shortfall measures it), and charging it keeps results
// conservative. 0 when cash_before >= 0.
Money credit_line_interest(double rate_per_year, Money cash_before);
inline Money credit_line_interest(const FinanceSpec& spec, Money cash_before) {
    return credit_line_interest(spec.credit_line_rate_per_year, cash_before);
}
// The part of an overdraft beyond the credit line limit, EUR (>= 0).
Money credit_line_shortfall(const FinanceSpec& spec, Money cash_before);
// Annuity payment per month for amount A, yearly rate r, n months: A * (r/12) / (1 - (1 + r/12)^-n); r = 0: A / n.
Money monthly_annuity(Money amount, double rate_per_year, int months);

}  // namespace mvzsim::models
