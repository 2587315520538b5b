#pragma once
// Investments, depreciation and financing of a centre (domain.md §7): what is bought and when,
// how it is written off, and how it is paid for (equity, capital reserve, loans, a credit line).
// Plain data and deterministic schedules; the scenarios layer validates every range.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "models/input.h"
#include "models/units.h"

namespace mvzsim::models {

// An asset bought in month `month` and written off straight-line, monthly, over its useful life
// (betriebsgewöhnliche Nutzungsdauer; domain-figures.md §4: PC 3 years, practice furniture 13,
// medical devices 5-10, purchased goodwill 3-5).
struct InvestmentSpec {
    std::string name;
    Input amount_eur;      // EUR, drawn once per trial from stream investment_stream(name)
    MonthIndex month = 0;  // months after opening
    int useful_life_years = 1;
};

enum class Repayment {
    annuity,  // constant monthly payment (interest + principal) from the month after payout
    bullet,   // interest monthly, all principal at the end of the term
};

struct LoanSpec {
    std::string name;
    double amount_eur = 0.0;
    MonthIndex month = 0;        // months after opening: the month the loan is paid out
    double rate_per_year = 0.0;  // nominal yearly rate; interest is rate / 12 per month
    int term_years = 1;
    Repayment repayment = Repayment::annuity;
    bool from_owner = false;  // a shareholder loan (Gesellschafterdarlehen) from the council
};

struct FinanceSpec {
    std::vector<InvestmentSpec> investments;
    double equity_eur = 0;  // Stammkapital + capital reserve paid in at opening (month 0)
    std::vector<std::pair<MonthIndex, double>> capital_injections;  // further capital reserve payments (month, EUR)
    std::vector<LoanSpec> loans;
    double credit_line_limit_eur = 0;      // overdraft facility (Kontokorrent), EUR
    double credit_line_rate_per_year = 0;  // yearly rate on the overdraft
};

// The random stream of an investment's amount: "finance.investments[NAME].amount_eur".
std::string investment_stream(const std::string& name);

// Finance flows of one month, EUR, all >= 0 (outflows are positive amounts too).
struct FinanceMonth {
    Money investment_outflow = 0, depreciation = 0, equity_inflow = 0, loan_inflow = 0, loan_interest = 0,
          loan_principal = 0;
};

// Deterministic schedules of one trial (investment amounts may be uncertain, drawn from streams
// "finance.investments[NAME].amount_eur"). Computed once in the constructor for `months` months
// from the opening month; flows after the horizon are cut off.
class FinanceTrial {
public:
    // `correlated`: the trial's values of a rank-correlation copula (an investment amount found
    // there takes that value instead of a draw of its own).
    FinanceTrial(const FinanceSpec& spec, std::uint64_t seed, std::uint64_t trial, int months,
                 const CorrelatedValues* correlated = nullptr);

    const FinanceMonth& month(MonthIndex m) const;
    int months() const { return static_cast<int>(months_.size()); }
    // Sum of the drawn investment amounts (also of the parts depreciated after the horizon).
    Money investments_total() const { return investments_total_; }

private:
    void add_investment(const InvestmentSpec& investment, Money amount);
    void add_loan(const LoanSpec& loan);
    FinanceMonth* at(MonthIndex m);  // nullptr outside the horizon

    std::vector<FinanceMonth> months_;
    Money investments_total_ = 0;
};

// Monthly interest on a negative cash balance under the credit line (rate/12 x overdraft), EUR.
// The whole overdraft bears the line's rate, also beyond the limit: that excess is a financing
// gap the council has to close (see credit_line_shortfall), and charging it keeps results
// conservative. 0 when cash_before >= 0.
Money credit_line_interest(const FinanceSpec& spec, Money cash_before);
// The part of an overdraft beyond the credit line limit, EUR (>= 0).
Money credit_line_shortfall(const FinanceSpec& spec, Money cash_before);
// Annuity payment per month for amount A, yearly rate r, n months: A * (r/12) / (1 - (1 + r/12)^-n); r = 0: A / n.
Money monthly_annuity(Money amount, double rate_per_year, int months);

}  // namespace mvzsim::models
