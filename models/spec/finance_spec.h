#pragma once
// Investments and their financing (equity, capital reserve, loans, a credit line). Plain data.
#include <string>
#include <utility>
#include <vector>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

// An asset bought in month `month` and written off straight-line, monthly, over its useful life
// (betriebsgewöhnliche Nutzungsdauer; AfA-Tabelle: PC 3 years, practice furniture 13,
// medical devices 5-10; purchased goodwill 3-5).
struct InvestmentSpec {
    std::string name;
    Input amount_eur;      // EUR, drawn once per trial (stream streams::investment_amount)
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

}  // namespace mvzsim::models
