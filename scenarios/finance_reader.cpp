#include "scenarios/finance_reader.h"

#include <map>
#include <string>
#include <vector>

#include "models/draws/streams.h"
#include "scenarios/input_syntax.h"

namespace mvzsim::scenarios {
namespace {

// Investment amounts may be uncertain (quotes vary); drawn once per trial.
const InputRule kInvestmentAmount{non_negative("EUR"), Period::none, "the purchase price in EUR"};

// Betriebsgewöhnliche Nutzungsdauer in years (domain-figures.md §4, A&W Lexikon / AfA tables):
// PC and laptop 3, card terminal 8, practice furniture 13, X-ray about 10, medical devices 5-10,
// purchased goodwill (Praxiswert) 3-5. 50 years bounds buildings (§ 7 Abs. 4 EStG: 2-3 % a year).
constexpr long long kMaxUsefulLifeYears = 50;
// Loan terms: bank loans for practices and buildings run up to about 30 years; 40 bounds them.
constexpr long long kMaxTermYears = 40;
// Yearly interest rates as fractions; 30 % is far above any credit or overdraft rate, so larger
// numbers are slips (most often a percentage written for a fraction).
const Range kInterestRate{0.0, 0.3, false, false, "a yearly rate as a fraction: 0.045 = 4.5 %"};

// A month inside the horizon that the entry must give.
models::MonthIndex read_month(MapReader& m, const CentreHeader& header, std::string_view what) {
    if (!m.require("month", what)) return 0;
    return read_start(m, header, "month");
}

void read_investments(MapReader& top, const CentreHeader& header, models::FinanceSpec& spec) {
    std::map<std::string, std::string> names;
    for_each_item(top, "investments", false, "investments", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(top.context(), item, path);
        if (!m.valid()) return;
        models::InvestmentSpec investment;
        investment.name = read_name(m, "name", "a short unique name for the investment, e.g. medical-equipment");
        if (!investment.name.empty()) check_unique(m, "name", investment.name, names);
        investment.amount_eur =
            read_input(m, "amount_eur", kInvestmentAmount, true, models::streams::investment_amount(investment.name))
                .value_or(models::Input{});
        investment.month = read_month(m, header, "the month of purchase as YYYY-MM");
        investment.useful_life_years = static_cast<int>(
            m.integer("useful_life_years", 1, kMaxUsefulLifeYears, true, "the useful life in years").value_or(1));
        m.finish();
        spec.investments.push_back(std::move(investment));
    });
}

std::optional<models::Repayment> read_repayment(MapReader& m) {
    const auto text = m.string("repayment", true, "annuity (constant monthly instalments) or bullet (all at the end)");
    if (!text) return std::nullopt;
    if (*text == "annuity") return models::Repayment::annuity;
    if (*text == "bullet") return models::Repayment::bullet;
    const std::string guess = did_you_mean(*text, {"annuity", "bullet"});
    m.context().error(m.mark("repayment"), m.path("repayment"),
                      "expected annuity (constant monthly instalments of interest and principal) or bullet "
                      "(interest monthly, principal at the end of the term) (got " +
                          *text + ")" + (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
    return std::nullopt;
}

bool read_flag(MapReader& m, const std::string& key, std::string_view what) {
    if (!m.has(key)) return false;
    const YAML::Node node = m.node(key);
    if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false")) return node.Scalar() == "true";
    m.context().error(m.mark(key), m.path(key),
                      "expected true or false: " + std::string(what) + " (got " + describe_node(node) + ")");
    return false;
}

void read_loans(MapReader& financing, const CentreHeader& header, models::FinanceSpec& spec) {
    std::map<std::string, std::string> names;
    for_each_item(financing, "loans", false, "loans", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(financing.context(), item, path);
        if (!m.valid()) return;
        models::LoanSpec loan;
        loan.name = read_name(m, "name", "a short unique name for the loan, e.g. bank");
        if (!loan.name.empty()) check_unique(m, "name", loan.name, names);
        loan.amount_eur = m.number("amount_eur", positive("EUR"), true, "the amount paid out in EUR").value_or(0.0);
        loan.month = read_month(m, header, "the month the loan is paid out as YYYY-MM");
        loan.rate_per_year =
            m.number("rate_per_year", kInterestRate, true, "the yearly interest rate as a fraction").value_or(0.0);
        loan.term_years =
            static_cast<int>(m.integer("term_years", 1, kMaxTermYears, true, "the term in years").value_or(1));
        loan.repayment = read_repayment(m).value_or(models::Repayment::annuity);
        loan.from_owner = read_flag(m, "from_owner", "whether the shareholder (the council) lends it");
        m.finish();
        spec.loans.push_back(std::move(loan));
    });
}

void read_capital_injections(MapReader& financing, const CentreHeader& header, models::FinanceSpec& spec) {
    for_each_item(financing, "capital_injections", false, "capital injections",
                  [&](const YAML::Node& item, const std::string& path) {
                      MapReader m(financing.context(), item, path);
                      if (!m.valid()) return;
                      const auto month = read_month(m, header, "the month of the payment as YYYY-MM");
                      const auto amount =
                          m.number("amount_eur", positive("EUR"), true, "the payment into the capital reserve in EUR");
                      m.finish();
                      spec.capital_injections.emplace_back(month, amount.value_or(0.0));
                  });
}

void read_credit_line(MapReader& financing, models::FinanceSpec& spec) {
    if (!financing.has("credit_line")) return;
    MapReader m(financing, "credit_line");
    if (!m.valid()) return;
    spec.credit_line_limit_eur =
        m.number("limit_eur", non_negative("EUR"), true, "the overdraft limit in EUR").value_or(0.0);
    spec.credit_line_rate_per_year =
        m.number("rate_per_year", kInterestRate, true, "the yearly interest rate on the overdraft as a fraction")
            .value_or(0.0);
    m.finish();
}

void read_financing(MapReader& top, const CentreHeader& header, models::FinanceSpec& spec) {
    if (!top.has("financing")) return;
    MapReader m(top, "financing");
    if (!m.valid()) return;
    spec.equity_eur = m.number("equity_eur", non_negative("EUR"), false,
                               "Stammkapital and capital reserve paid in at opening, in EUR")
                          .value_or(0.0);
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
