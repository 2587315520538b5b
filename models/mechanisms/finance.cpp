#include "models/mechanisms/finance.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "models/draws/streams.h"

namespace mvzsim::models {

std::vector<CompiledInput> compile_investment_amounts(const FinanceSpec& spec) {
    std::vector<CompiledInput> amounts;
    for (const auto& investment : spec.investments) {
        // Each amount from its own stream, named after the investment, never after its position
        // in the list: adding an investment leaves the draws of the others unchanged.
        Input amount = investment.amount_eur;
        if (amount.stream.empty()) amount.stream = streams::investment_amount(investment.name);
        amounts.push_back(compile(amount));
    }
    return amounts;
}

bool has_finance(const FinanceSpec& spec) {
    return !spec.investments.empty() || spec.equity_eur > 0.0 || !spec.capital_injections.empty() ||
           !spec.loans.empty() || spec.credit_line_limit_eur > 0.0 || spec.credit_line_rate_per_year > 0.0;
}

FinanceTrial::FinanceTrial(const FinanceSpec& spec, std::uint64_t seed, std::uint64_t trial, int months)
    : FinanceTrial(spec, compile_investment_amounts(spec), TrialKey{seed, trial, nullptr}, months) {}

FinanceTrial::FinanceTrial(const FinanceSpec& spec, std::span<const CompiledInput> amounts, const TrialKey& key,
                           int months)
    : months_(static_cast<std::size_t>(std::max(months, 0))) {
    assert(months >= 0 && amounts.size() == spec.investments.size());
    amounts_.reserve(amounts.size());
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        // Drawn once per trial (a price is a level, not a flow).
        amounts_.push_back(InputDraw(amounts[i], key).next());
        add_investment(spec.investments[i], amounts_.back());
    }
    if (FinanceMonth* first = at(0)) first->equity_inflow += spec.equity_eur;
    for (const auto& [m, amount] : spec.capital_injections)
        if (FinanceMonth* f = at(m)) f->equity_inflow += amount;
    for (const auto& loan : spec.loans) add_loan(loan);
}

const FinanceMonth& FinanceTrial::month(MonthIndex m) const {
    assert(m >= 0 && static_cast<std::size_t>(m) < months_.size());
    return months_[static_cast<std::size_t>(m)];
}

FinanceMonth* FinanceTrial::at(MonthIndex m) {
    if (m < 0 || static_cast<std::size_t>(m) >= months_.size()) return nullptr;
    return &months_[static_cast<std::size_t>(m)];
}

// Paid in the investment month; written off straight-line from that month (monthly pro rata, as
// for movable assets under § 7 Abs. 1 S. 4 EStG), amount / (life x 12) a month for life x 12 months.
void FinanceTrial::add_investment(const InvestmentSpec& investment, Money amount) {
    assert(investment.useful_life_years >= 1);
    investments_total_ += amount;
    if (FinanceMonth* f = at(investment.month)) f->investment_outflow += amount;
    const int life_months = investment.useful_life_years * 12;
    const Money per_month = amount / life_months;
    const int end = std::min(investment.month + life_months, months());
    for (MonthIndex m = std::max(investment.month, 0); m < end; ++m)
        months_[static_cast<std::size_t>(m)].depreciation += per_month;
}

// Paid out in the loan's month; interest is rate / 12 on the balance outstanding during the
// month, paid with each instalment from the following month for term x 12 months.
void FinanceTrial::add_loan(const LoanSpec& loan) {
    assert(loan.term_years >= 1);
    if (FinanceMonth* f = at(loan.month)) f->loan_inflow += loan.amount_eur;
    const int n = loan.term_years * 12;
    const double monthly_rate = loan.rate_per_year / 12.0;
    const Money annuity = monthly_annuity(loan.amount_eur, loan.rate_per_year, n);
    Money balance = loan.amount_eur;
    for (int k = 1; k <= n; ++k) {
        FinanceMonth* f = at(loan.month + k);
        if (f == nullptr) break;  // beyond the horizon
        const Money interest = monthly_rate * balance;
        Money principal = 0;
        if (loan.repayment == Repayment::annuity)
            principal = k == n ? balance : annuity - interest;  // the last instalment clears rounding residue
        else if (k == n)
            principal = balance;
        f->loan_interest += interest;
        f->loan_principal += principal;
        balance -= principal;
    }
}

Money credit_line_interest(double rate_per_year, Money cash_before) {
    if (cash_before >= 0) return 0;
    return rate_per_year / 12.0 * -cash_before;
}

Money credit_line_shortfall(const FinanceSpec& spec, Money cash_before) {
    return std::max(0.0, -cash_before - spec.credit_line_limit_eur);
}

Money monthly_annuity(Money amount, double rate_per_year, int months) {
    assert(months >= 1);
    const double r = rate_per_year / 12.0;
    if (r == 0.0) return amount / months;
    return amount * r / (1.0 - std::pow(1.0 + r, -months));
}

}  // namespace mvzsim::models
