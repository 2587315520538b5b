#include "scenarios/finance_reader.h"

#include <map>
#include <string>
#include <vector>

#include "models/draws/streams.h"
#include "scenarios/input_syntax.h"
#include "scenarios/keys_scenario.h"

namespace mvzsim::scenarios {
namespace {

namespace k = keys;

// A month inside the horizon that the entry must give.
models::MonthIndex read_month(MapReader& m, const CentreHeader& header, const Key& key) {
    if (!m.require(key)) return 0;
    return read_start(m, header, key);
}

void read_investments(MapReader& top, const CentreHeader& header, models::FinanceSpec& spec) {
    std::map<std::string, std::string> names;
    for_each_item(top, k::kInvestments, [&](MapReader& m) {
        models::InvestmentSpec investment;
        investment.name = read_name(m, k::kInvestmentName);
        if (!investment.name.empty()) check_unique(m, k::kInvestmentName, investment.name, names);
        investment.amount_eur = read_input(m, k::kInvestmentAmount, models::streams::investment_amount(investment.name))
                                    .value_or(models::Input{});
        investment.month = read_month(m, header, k::kInvestmentMonth);
        investment.useful_life_years = whole_number(m, k::kUsefulLife, 1);
        m.finish();
        spec.investments.push_back(std::move(investment));
    });
}

std::optional<models::Repayment> read_repayment(MapReader& m) {
    const auto text = m.string(k::kRepayment);
    if (!text) return std::nullopt;
    if (*text == "annuity") return models::Repayment::annuity;
    if (*text == "bullet") return models::Repayment::bullet;
    const std::string guess = did_you_mean(*text, {"annuity", "bullet"});
    m.context().error(m.mark(k::kRepayment), m.path(k::kRepayment),
                      "expected annuity (constant monthly instalments of interest and principal) or bullet "
                      "(interest monthly, principal at the end of the term) (got " +
                          *text + ")" + (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
    return std::nullopt;
}

bool read_flag(MapReader& m, const Key& key) {
    if (!m.has(key)) return false;
    const YAML::Node node = m.node(key);
    if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false")) return node.Scalar() == "true";
    m.context().error(m.mark(key), m.path(key),
                      "expected true or false: " + std::string(key.what) + " (got " + describe_node(node) + ")");
    return false;
}

void read_loans(MapReader& financing, const CentreHeader& header, models::FinanceSpec& spec) {
    std::map<std::string, std::string> names;
    for_each_item(financing, k::kLoans, [&](MapReader& m) {
        models::LoanSpec loan;
        loan.name = read_name(m, k::kLoanName);
        if (!loan.name.empty()) check_unique(m, k::kLoanName, loan.name, names);
        loan.amount_eur = m.number(k::kLoanAmount).value_or(0.0);
        loan.month = read_month(m, header, k::kLoanMonth);
        loan.rate_per_year = m.number(k::kLoanRate).value_or(0.0);
        loan.term_years = whole_number(m, k::kTermYears, 1);
        loan.repayment = read_repayment(m).value_or(models::Repayment::annuity);
        loan.from_owner = read_flag(m, k::kFromOwner);
        m.finish();
        spec.loans.push_back(std::move(loan));
    });
}

void read_capital_injections(MapReader& financing, const CentreHeader& header, models::FinanceSpec& spec) {
    for_each_item(financing, k::kInjections, [&](MapReader& m) {
        const auto month = read_month(m, header, k::kInjectionMonth);
        const auto amount = m.number(k::kInjectionAmount);
        m.finish();
        spec.capital_injections.emplace_back(month, amount.value_or(0.0));
    });
}

void read_credit_line(MapReader& financing, models::FinanceSpec& spec) {
    if (!financing.has(k::kCreditLineSection)) return;
    MapReader m(financing, k::kCreditLineSection);
    if (!m.valid()) return;
    spec.credit_line_limit_eur = m.number(k::kCreditLimit).value_or(0.0);
    spec.credit_line_rate_per_year = m.number(k::kCreditRate).value_or(0.0);
    m.finish();
}

void read_financing(MapReader& top, const CentreHeader& header, models::FinanceSpec& spec) {
    if (!top.has(k::kFinancingSection)) return;
    MapReader m(top, k::kFinancingSection);
    if (!m.valid()) return;
    spec.equity_eur = m.number(k::kEquity).value_or(0.0);
    read_capital_injections(m, header, spec);
    read_loans(m, header, spec);
    read_credit_line(m, spec);
    m.finish();
}

}  // namespace

void read_finance(MapReader& top, const CentreHeader& header, models::FinanceSpec& spec) {
    read_investments(top, header, spec);
    read_financing(top, header, spec);
}

}  // namespace mvzsim::scenarios
