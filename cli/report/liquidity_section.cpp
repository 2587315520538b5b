// The Liquiditätsplan: month-end cash of the first 24 months at P5/P50/P95, then year by year,
// with fan charts and the distribution of the largest cash gap (the credit line needed).
#include "cli/report/charts.h"
#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

using models::Metric;

constexpr std::size_t kMonthsPerTable = 12;

Table month_table(const ReportData& d, const Words& w, std::size_t first, std::size_t last, bool all_bands) {
    Table t;
    t.compact = true;
    t.header.push_back(w(Label::col_teur));
    for (std::size_t m = first; m < last; ++m) t.header.push_back(w.month(d.months.months[m], true));
    struct Stat {
        Label label;
        double Band::*field;
        bool always;
    };
    for (const Stat& s : {Stat{Label::row_p5, &Band::p5, true}, Stat{Label::row_p25, &Band::p25, false},
                          Stat{Label::row_p50, &Band::p50, true}, Stat{Label::row_p75, &Band::p75, false},
                          Stat{Label::row_p95, &Band::p95, true}}) {
        if (!s.always && !all_bands) continue;
        Row r{{Cell::of(w(s.label))}, s.field == &Band::p50 ? RowStyle::total : RowStyle::normal};
        for (std::size_t m = first; m < last; ++m)
            r.cells.push_back(Cell::of(d.months.cash[m].*s.field, NumberKind::eur_thousand));
        t.rows.push_back(std::move(r));
    }
    return t;
}

Table year_table(const ReportData& d, const Words& w, int first, int last) {
    Table t;
    t.caption = w(Label::liquidity_yearly);
    t.header = year_header(d, first, last, w(Label::col_teur));
    auto value = [&](Metric m, double sim::Summary::*field) {
        return [&d, m, field](int y) {
            return Cell::of(d.projection.years[static_cast<std::size_t>(y)][m].*field, NumberKind::eur_thousand);
        };
    };
    t.rows.push_back(year_row(w(Label::row_cash_end_p5), first, last, value(Metric::cash_end, &sim::Summary::p5)));
    t.rows.push_back(year_row(w(Label::row_cash_end_p50), first, last, value(Metric::cash_end, &sim::Summary::p50),
                              RowStyle::total));
    t.rows.push_back(year_row(w(Label::row_cash_end_p95), first, last, value(Metric::cash_end, &sim::Summary::p95)));
    t.rows.push_back(year_row(w(Label::row_cash_min_p5), first, last, value(Metric::cash_min, &sim::Summary::p5)));
    t.rows.push_back(year_row(w(Label::row_cash_min_p50), first, last, value(Metric::cash_min, &sim::Summary::p50)));
    t.rows.push_back(year_row(w(Label::row_cash_negative), first, last, [&](int y) {
        return Cell::of(d.projection.years[static_cast<std::size_t>(y)][Metric::cash_min].share_negative,
                        NumberKind::percent);
    }));
    return t;
}

std::vector<Band> in_thousand(std::vector<Band> bands) {
    for (Band& b : bands)
        for (double* v : {&b.p5, &b.p25, &b.p50, &b.p75, &b.p95}) *v /= 1000.0;
    return bands;
}

FanLegend legend(const Words& w) {
    return {w(Label::legend_p5_p95), w(Label::legend_p25_p75), w(Label::legend_median)};
}

Figure monthly_fan(const ReportData& d, const Words& w) {
    std::vector<std::string> x;
    for (const auto& m : d.months.months) x.push_back(w.month(m, true));
    const ChartText text{w(Label::chart_monthly_cash), w(Label::axis_teur), "", w.style()};
    return {text.title, fan_chart(x, in_thousand(d.months.cash), text, legend(w))};
}

Figure yearly_fan(const ReportData& d, const Words& w) {
    std::vector<std::string> x;
    std::vector<Band> bands;
    for (int y = 0; y < static_cast<int>(d.projection.years.size()); ++y) {
        x.push_back(std::to_string(d.projection.years[static_cast<std::size_t>(y)].year));
        bands.push_back(d.band(y, Metric::cash_end));
    }
    const ChartText text{w(Label::chart_yearly_cash), w(Label::axis_teur), "", w.style()};
    return {text.title, fan_chart(x, in_thousand(bands), text, legend(w))};
}

Figure gap_histogram(const ReportData& d, const Words& w) {
    const sim::Summary& gap = d.projection[models::TrialMetric::largest_cash_gap];
    const ChartText text{w(Label::chart_cash_gap), w(Label::axis_share_of_trials), w(Label::axis_cash_gap_teur),
                         w.style()};
    return {text.title,
            histogram_chart(d.cash_gap, 1e-3, gap.p95 / 1000.0, w(Label::marker_p95, w.thousand(gap.p95)), text)};
}

}  // namespace

Section liquidity_section(const ReportData& d, const Words& w) {
    Section s{"liquidity", w(Label::liquidity_title), {}, w(Label::sheet_liquidity), {}, true};
    s.blocks.push_back(Paragraph{w(Label::liquidity_reading, d.months.months.size())});
    const models::GrantsSpec& grants = d.spec.grants;
    s.blocks.push_back(Paragraph{!grants.loss_compensation_paid ? w(Label::liquidity_without_compensation)
                                 : grants.loss_compensation_month > 0
                                     ? w(Label::liquidity_with_later_compensation, grants.loss_compensation_month)
                                     : w(Label::liquidity_with_compensation)});
    const std::size_t months = d.months.months.size();
    for (std::size_t first = 0; first < months; first += kMonthsPerTable) {
        Table t = month_table(d, w, first, std::min(months, first + kMonthsPerTable), false);
        t.caption = w(Label::liquidity_monthly);
        s.blocks.push_back(std::move(t));
    }
    if (months > 0) s.blocks.push_back(monthly_fan(d, w));
    for (const auto& [first, last] : year_chunks(static_cast<int>(d.projection.years.size()))) {
        Table t = year_table(d, w, first, last);
        if (const std::string note = partial_year_note(d, w); !note.empty()) t.notes.push_back(note);
        s.blocks.push_back(t);
    }
    s.blocks.push_back(yearly_fan(d, w));
    const sim::Summary& gap = d.projection[models::TrialMetric::largest_cash_gap];
    s.blocks.push_back(
        Paragraph{w(Label::liquidity_gap, w.thousand(gap.mean), w.thousand(gap.p50), w.thousand(gap.p95))});
    s.blocks.push_back(gap_histogram(d, w));

    if (months > 0) {
        Table monthly = month_table(d, w, 0, months, true);
        monthly.caption = w(Label::liquidity_monthly);
        s.sheet.push_back(std::move(monthly));
    }
    s.sheet.push_back(year_table(d, w, 0, static_cast<int>(d.projection.years.size())));
    Table gap_table{w(Label::chart_cash_gap), {w(Label::col_statistic), w(Label::col_teur)}, {}, {}};
    gap_table.rows.push_back({{Cell::of(w(Label::stat_mean)), Cell::of(gap.mean, NumberKind::eur_thousand)}});
    gap_table.rows.push_back({{Cell::of(w(Label::row_p50)), Cell::of(gap.p50, NumberKind::eur_thousand)}});
    gap_table.rows.push_back({{Cell::of(w(Label::row_p95)), Cell::of(gap.p95, NumberKind::eur_thousand)}});
    s.sheet.push_back(std::move(gap_table));
    return s;
}

}  // namespace mvzsim::cli::report
