// The Planbilanz: the plan balance sheet at each year's end, assets and equity and liabilities laid
// out as § 266 HGB orders them, with years as columns; the loans' principal and balance; and the
// sources and uses of the investments over the horizon. Every figure is a mean over the trials:
// the balance holds in every trial (docs/model.md section 9.7), so it holds for the means too.
#include <algorithm>
#include <functional>

#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

using models::Metric;
using models::TrialMetric;

double mean(const ReportData& d, int y, Metric m) {
    return d.projection.years[static_cast<std::size_t>(y)][m].mean;
}

// A stock that is zero at every year's end of every trial (no grants, no loans, ...): the item is
// left out, as a balance sheet leaves out items without an amount (§ 265 Abs. 8 HGB).
bool never_held(const ReportData& d, Metric m) {
    for (const auto& year : d.projection.years)
        if (year[m].min != 0.0 || year[m].max != 0.0) return false;
    return true;
}

// An item of the balance sheet: its label and its mean at the end of year y.
struct Item {
    Label label;
    std::function<double(int)> value;
    RowStyle style = RowStyle::normal;
};

Label loan_label(const models::CentreSpec& spec) {
    const auto& loans = spec.finance.loans;
    const auto owners = std::count_if(loans.begin(), loans.end(), [](const auto& l) { return l.from_owner; });
    if (owners == 0) return Label::bal_loans_banks;
    return owners == static_cast<std::ptrdiff_t>(loans.size()) ? Label::bal_loans_owner : Label::bal_loans_mixed;
}

// The items of both sides; a heading before a group, a sum after each side.
std::vector<std::optional<Item>> items(const ReportData& d) {
    auto stock = [&](Label l, Metric m) -> std::optional<Item> {
        if (never_held(d, m)) return std::nullopt;
        return Item{l, [&d, m](int y) { return mean(d, y, m); }};
    };
    auto sum = [&](Label l, std::vector<Metric> ms) -> std::optional<Item> {
        return Item{l,
                    [&d, ms](int y) {
                        double s = 0.0;
                        for (const Metric m : ms) s += mean(d, y, m);
                        return s;
                    },
                    RowStyle::total};
    };
    auto heading = [](Label l) -> std::optional<Item> { return Item{l, nullptr, RowStyle::heading}; };
    const auto carried = [&d](int y) {
        return mean(d, y, Metric::equity) - mean(d, y, Metric::paid_in_capital) - mean(d, y, Metric::annual_result);
    };
    return {
        heading(Label::bal_assets),
        stock(Label::bal_fixed_assets, Metric::fixed_assets),
        heading(Label::bal_current_assets),
        stock(Label::bal_receivables, Metric::receivables),
        stock(Label::bal_bank, Metric::bank_balance),
        sum(Label::bal_assets_total, {Metric::fixed_assets, Metric::receivables, Metric::bank_balance}),
        heading(Label::bal_liabilities),
        heading(Label::bal_equity_group),
        stock(Label::bal_paid_in, Metric::paid_in_capital),
        Item{Label::bal_carried_forward, carried},
        Item{Label::bal_annual_result, [&d](int y) { return mean(d, y, Metric::annual_result); }},
        sum(Label::bal_equity, {Metric::equity}),
        stock(Label::bal_special_item, Metric::grant_special_item),
        heading(Label::bal_debts),
        stock(loan_label(d.spec), Metric::loans_outstanding),
        stock(Label::bal_overdraft, Metric::overdraft),
        sum(Label::bal_liabilities_total,
            {Metric::equity, Metric::grant_special_item, Metric::loans_outstanding, Metric::overdraft}),
    };
}

Table balance_table(const ReportData& d, const Words& w, int first, int last, std::string caption) {
    Table t{std::move(caption), year_header(d, first, last, w(Label::col_teur_mean)), {}, {}, true};
    const auto all = items(d);
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!all[i]) continue;
        const Item& item = *all[i];
        if (item.style == RowStyle::heading) {
            // A group heading only when an item of its group follows (before the next heading or sum).
            bool used = false;
            for (std::size_t j = i + 1; j < all.size() && !used; ++j) {
                if (!all[j]) continue;
                if (all[j]->style != RowStyle::normal) break;
                used = true;
            }
            if (used || item.label == Label::bal_assets || item.label == Label::bal_liabilities)
                t.rows.push_back({{Cell::of(w(item.label))}, RowStyle::heading});
            continue;
        }
        t.rows.push_back(year_row(
            w(item.label), first, last, [&](int y) { return Cell::of(item.value(y), NumberKind::eur_thousand); },
            item.style));
    }
    return t;
}

// The loans by year: principal repaid and what is still owed at the year's end.
Table loans_table(const ReportData& d, const Words& w, int first, int last) {
    Table t{w(Label::bal_loans_caption), year_header(d, first, last, w(Label::col_teur_mean)), {}, {}, true};
    t.rows.push_back(year_row(w(Label::bal_loan_principal), first, last, [&](int y) {
        return Cell::of(mean(d, y, Metric::loan_principal), NumberKind::eur_thousand);
    }));
    t.rows.push_back(year_row(w(Label::bal_loan_balance), first, last, [&](int y) {
        return Cell::of(mean(d, y, Metric::loans_outstanding), NumberKind::eur_thousand);
    }));
    return t;
}

// Sources and uses of the investments over the horizon: both sides add up to the same sum, the
// part not covered by grants, equity and loans on the sources side (or, when the funds exceed the
// investments, the surplus on the uses side).
Table sources_and_uses(const ReportData& d, const Words& w) {
    auto m = [&](TrialMetric t) { return d.projection[t].mean; };
    const double unfunded = m(TrialMetric::investments_unfunded);
    Table t{w(Label::bal_funds_caption, d.projection.years.back().year),
            {w(Label::col_line_item), w(Label::col_teur_mean)},
            {},
            {}};
    auto row = [&](Label l, double eur, RowStyle style = RowStyle::normal) {
        t.rows.push_back({{Cell::of(w(l)), Cell::of(eur, NumberKind::eur_thousand)}, style});
    };
    t.rows.push_back({{Cell::of(w(Label::bal_uses))}, RowStyle::heading});
    row(Label::bal_uses_investments, m(TrialMetric::investments));
    if (unfunded < 0.0) row(Label::inv_surplus, -unfunded);
    row(Label::bal_uses_total, m(TrialMetric::investments) + std::max(0.0, -unfunded), RowStyle::total);
    t.rows.push_back({{Cell::of(w(Label::bal_sources))}, RowStyle::heading});
    row(Label::bal_sources_grants, m(TrialMetric::investment_grants));
    row(Label::bal_sources_equity, m(TrialMetric::funding_equity));
    row(Label::bal_sources_loans, m(TrialMetric::funding_loans));
    if (unfunded > 0.0) row(Label::inv_from_operations, unfunded);
    row(Label::bal_sources_total,
        m(TrialMetric::investment_grants) + m(TrialMetric::funding_equity) + m(TrialMetric::funding_loans) +
            std::max(0.0, unfunded),
        RowStyle::total);
    t.notes.push_back(w(Label::bal_funds_reading));
    return t;
}

bool has_funds(const ReportData& d) {
    for (const TrialMetric t : {TrialMetric::investments, TrialMetric::investment_grants, TrialMetric::funding_equity,
                                TrialMetric::funding_loans})
        if (d.projection[t].min != 0.0 || d.projection[t].max != 0.0) return true;
    return false;
}

std::vector<std::string> notes(const ReportData& d, const Words& w) {
    std::vector<std::string> n;
    if (const std::string note = partial_year_note(d, w); !note.empty()) n.push_back(note);
    n.push_back(w(Label::bal_means, w.number(static_cast<double>(d.provenance.trials), 0)));
    n.push_back(w(Label::bal_signs));
    return n;
}

}  // namespace

Section balance_section(const ReportData& d, const Words& w) {
    Section s{"balance", w(Label::bal_title), {}, w(Label::sheet_balance), {}, true};
    s.blocks.push_back(Paragraph{w(Label::bal_reading)});
    const bool loans = !never_held(d, Metric::loans_outstanding) || !never_held(d, Metric::loan_principal);
    for (const auto& [first, last] : year_chunks(static_cast<int>(d.projection.years.size()))) {
        Table t = balance_table(d, w, first, last, w(Label::bal_sheet_caption));
        t.notes = notes(d, w);
        s.blocks.push_back(std::move(t));
        if (loans) s.blocks.push_back(loans_table(d, w, first, last));
    }
    const int years = static_cast<int>(d.projection.years.size());
    s.sheet.push_back(balance_table(d, w, 0, years, w(Label::bal_sheet_caption)));
    s.sheet.back().notes = notes(d, w);
    s.sheet.back().notes.push_back(w(Label::income_sheet_reading));
    if (loans) s.sheet.push_back(loans_table(d, w, 0, years));
    if (has_funds(d)) {
        Table funds = sources_and_uses(d, w);
        s.sheet.push_back(funds);
        s.blocks.push_back(std::move(funds));
    }
    return s;
}

}  // namespace mvzsim::cli::report
