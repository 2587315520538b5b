// The Investitions- und Finanzierungsplan: what is bought when (Mittelverwendung) and how it is
// paid for (Mittelherkunft: equity, loans, investment grants, the credit line), where the
// scenario has any of them.
#include "cli/report/input_text.h"
#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

using models::TrialMetric;

bool has_finance(const models::CentreSpec& s) {
    const auto& f = s.finance;
    return !f.investments.empty() || f.equity_eur > 0.0 || !f.capital_injections.empty() || !f.loans.empty() ||
           f.credit_line_limit_eur > 0.0 || !s.grants.investment.empty();
}

Table uses_table(const ReportData& d, const Words& w, const models::Calendar& calendar) {
    Table t{w(Label::inv_uses),
            {w(Label::col_investment), w(Label::col_month), w(Label::col_useful_life), w(Label::col_assumption),
             w(Label::col_expected_teur)},
            {},
            {}};
    for (const auto& i : d.spec.finance.investments)
        t.rows.push_back({{Cell::of(i.name), Cell::of(w.month(calendar.at(i.month))),
                           Cell::of(static_cast<double>(i.useful_life_years), NumberKind::count),
                           Cell::of(distribution_text(i.amount_eur.distribution, InputUnit::eur, w)),
                           Cell::of(sim::mean(i.amount_eur.distribution), NumberKind::eur_thousand)}});
    const sim::Summary& volume = d.projection[TrialMetric::investments];
    t.rows.push_back({{Cell::of(w(Label::inv_total)), Cell::of(""), Cell::of(""),
                       Cell::of(w(Label::inv_range, w.thousand(volume.p5), w.thousand(volume.p95))),
                       Cell::of(volume.mean, NumberKind::eur_thousand)},
                      RowStyle::total});
    return t;
}

Table sources_table(const ReportData& d, const Words& w, const models::Calendar& calendar) {
    const auto& f = d.spec.finance;
    Table t{w(Label::inv_sources),
            {w(Label::col_source_of_funds), w(Label::col_month), w(Label::col_terms), w(Label::col_expected_teur)},
            {},
            {}};
    auto add = [&](std::string name, std::string month, std::string terms, double eur) {
        t.rows.push_back({{Cell::of(std::move(name)), Cell::of(std::move(month)), Cell::of(std::move(terms)),
                           Cell::of(eur, NumberKind::eur_thousand)}});
    };
    double total = 0.0;
    if (f.equity_eur > 0.0) add(w(Label::inv_equity), w.month(d.spec.opening), "", f.equity_eur);
    total += f.equity_eur;
    for (const auto& [month, eur] : f.capital_injections) {
        add(w(Label::inv_injection), w.month(calendar.at(month)), "", eur);
        total += eur;
    }
    for (const auto& l : f.loans) {
        const std::string terms =
            w(l.repayment == models::Repayment::annuity ? Label::inv_loan_annuity : Label::inv_loan_bullet,
              w.percent(l.rate_per_year), l.term_years) +
            (l.from_owner ? fmt::format(" {}", w(Label::inv_loan_owner)) : std::string());
        add(w(Label::inv_loan, l.name), w.month(calendar.at(l.month)), terms, l.amount_eur);
        total += l.amount_eur;
    }
    for (const auto& g : d.spec.grants.investment) {
        std::string terms = w(Label::inv_grant_terms, w.percent(g.rate));
        if (g.cap_eur > 0.0) terms += fmt::format(", {}", w(Label::inv_grant_cap, w.thousand(g.cap_eur)));
        if (g.binding_years > 0) terms += fmt::format(", {}", w(Label::inv_grant_binding, g.binding_years));
        t.rows.push_back({{Cell::of(w(Label::inv_grant, g.name)), Cell::of(w.month(calendar.at(g.paid))),
                           Cell::of(terms), Cell::of("")}});
    }
    const double grants = d.projection[TrialMetric::investment_grants].mean;
    if (!d.spec.grants.investment.empty()) add(w(Label::inv_grants_total), "", w(Label::inv_grants_expected), grants);
    total += grants;
    t.rows.push_back(
        {{Cell::of(w(Label::inv_sources_total)), Cell::of(""), Cell::of(""), Cell::of(total, NumberKind::eur_thousand)},
         RowStyle::total});
    const double gap = d.projection[TrialMetric::investments].mean - total;
    t.rows.push_back({{Cell::of(w(gap > 0 ? Label::inv_from_operations : Label::inv_surplus)), Cell::of(""),
                       Cell::of(""), Cell::of(std::abs(gap), NumberKind::eur_thousand)}});
    if (f.credit_line_limit_eur > 0.0)
        t.notes.push_back(
            w(Label::inv_credit_line, w.thousand(f.credit_line_limit_eur), w.percent(f.credit_line_rate_per_year)));
    t.notes.push_back(w(Label::inv_reading));
    return t;
}

}  // namespace

std::optional<Section> investment_section(const ReportData& d, const Words& w) {
    if (!has_finance(d.spec)) return std::nullopt;
    const models::Calendar calendar(d.spec.opening, d.spec.horizon_years);
    Section s{"investment", w(Label::inv_title), {}, w(Label::sheet_investment), {}};
    if (!d.spec.finance.investments.empty()) {
        Table uses = uses_table(d, w, calendar);
        s.sheet.push_back(uses);
        s.blocks.push_back(std::move(uses));
    }
    Table sources = sources_table(d, w, calendar);
    s.sheet.push_back(sources);
    s.blocks.push_back(std::move(sources));
    return s;
}

}  // namespace mvzsim::cli::report
