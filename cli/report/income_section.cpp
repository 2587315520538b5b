// The Ergebnisplan: the yearly P&L, line items as rows and years as columns, the median of each
// line with its P5-P95 range, and fan charts of the annual and cumulative result. Its sheet holds
// the P50, P5, P95 and mean blocks.
#include "cli/report/charts.h"
#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

using models::Metric;

struct Line {
    Metric metric;
    RowStyle style = RowStyle::normal;
    std::optional<Label> heading = std::nullopt;  // a group heading before the line
};

// The P&L in the order of a German Wirtschaftsplan: performance, revenue by source, costs by type,
// EBITDA, depreciation, interest, grants, the result and the owner's subsidy need.
const std::vector<Line>& lines() {
    static const std::vector<Line> kLines = {
        {Metric::cases, RowStyle::normal, Label::group_performance},
        {Metric::doctor_fte},
        {Metric::gkv_revenue, RowStyle::normal, Label::group_revenue},
        {Metric::pkv_revenue},
        {Metric::other_revenue},
        {Metric::lump_sums},
        {Metric::addons_revenue},
        {Metric::hzv_revenue},
        {Metric::revenue, RowStyle::total},
        {Metric::doctor_costs, RowStyle::normal, Label::group_costs},
        {Metric::staff_costs},
        {Metric::premises_costs},
        {Metric::running_costs},
        {Metric::recruiting_costs},
        {Metric::addons_costs},
        {Metric::trainee_costs},
        {Metric::costs, RowStyle::total},
        {Metric::ebitda, RowStyle::total, Label::group_result},
        {Metric::depreciation},
        {Metric::interest},
        {Metric::grants},
        {Metric::repayments},
        {Metric::annual_result, RowStyle::total},
        {Metric::cumulative_result},
        {Metric::subsidy_need},
    };
    return kLines;
}

const sim::Summary& at(const ReportData& d, int y, Metric m) {
    return d.projection.years[static_cast<std::size_t>(y)][m];
}

NumberKind kind_of(Metric m) {
    switch (models::info(m).unit) {
        case models::Unit::eur:
            return NumberKind::eur_thousand;
        case models::Unit::fte:
            return NumberKind::decimal2;
        case models::Unit::share:
            return NumberKind::percent;
        default:
            return NumberKind::count;
    }
}

// A line that is zero in every trial of every year (no add-ons, no loans, ...) says nothing.
bool empty_line(const ReportData& d, Metric m) {
    for (int y = 0; y < static_cast<int>(d.projection.years.size()); ++y)
        if (at(d, y, m).min != 0.0 || at(d, y, m).max != 0.0) return false;
    return true;
}

std::string range_text(const Words& w, const sim::Summary& s, NumberKind kind) {
    const int digits = kind == NumberKind::decimal2 ? 2 : 0;
    auto f = [&](double v) { return kind == NumberKind::eur_thousand ? w.thousand(v) : w.number(v, digits); };
    return f(s.p5) + " \u2026 " + f(s.p95);
}

Table page_table(const ReportData& d, const Words& w, int first, int last) {
    Table t;
    t.header = year_header(d, first, last, w(Label::col_teur_p50));
    t.compact = true;
    for (const Line& line : lines()) {
        if (line.style != RowStyle::total && empty_line(d, line.metric)) continue;
        if (line.heading) t.rows.push_back({{Cell::of(w(*line.heading))}, RowStyle::heading});
        const NumberKind kind = kind_of(line.metric);
        t.rows.push_back(year_row(
            w.title(line.metric), first, last, [&](int y) { return Cell::of(at(d, y, line.metric).p50, kind); },
            line.style));
        t.rows.push_back(year_row(
            w(Label::row_p5_p95), first, last,
            [&](int y) { return Cell::figures(range_text(w, at(d, y, line.metric), kind)); }, RowStyle::detail));
    }
    t.rows.push_back(year_row(w(Label::row_loss_probability), first, last, [&](int y) {
        return Cell::of(at(d, y, Metric::annual_result).share_negative, NumberKind::percent);
    }));
    return t;
}

// One block of the sheet: every line's `field` (P50, P5, P95 or mean) by year.
Table sheet_block(const ReportData& d, const Words& w, Label caption, double sim::Summary::*field) {
    const int years = static_cast<int>(d.projection.years.size());
    Table t{w(caption), year_header(d, 0, years, w(Label::col_line_item)), {}, {}};
    for (const Line& line : lines()) {
        if (line.style != RowStyle::total && empty_line(d, line.metric)) continue;
        const NumberKind kind = kind_of(line.metric);
        t.rows.push_back(year_row(
            w.title(line.metric), 0, years, [&](int y) { return Cell::of(at(d, y, line.metric).*field, kind); },
            line.style));
    }
    return t;
}

Figure fan(const ReportData& d, const Words& w, Metric m, Label caption) {
    std::vector<std::string> x;
    std::vector<Band> bands;
    for (int y = 0; y < static_cast<int>(d.projection.years.size()); ++y) {
        x.push_back(std::to_string(d.projection.years[static_cast<std::size_t>(y)].year));
        Band b = d.band(y, m);
        for (double* v : {&b.p5, &b.p25, &b.p50, &b.p75, &b.p95}) *v /= 1000.0;
        bands.push_back(b);
    }
    const ChartText text{w(caption), w(Label::axis_teur), "", w.style()};
    return {w(caption),
            fan_chart(x, bands, text, {w(Label::legend_p5_p95), w(Label::legend_p25_p75), w(Label::legend_median)})};
}

}  // namespace

Section income_section(const ReportData& d, const Words& w) {
    Section s{"income", w(Label::income_title), {}, w(Label::sheet_income), {}, true};
    s.blocks.push_back(Paragraph{w(Label::income_reading)});
    for (const auto& [first, last] : year_chunks(static_cast<int>(d.projection.years.size()))) {
        Table t = page_table(d, w, first, last);
        if (const std::string note = partial_year_note(d, w); !note.empty()) t.notes.push_back(note);
        t.notes.push_back(w(Label::income_medians_do_not_add));
        s.blocks.push_back(std::move(t));
    }
    s.blocks.push_back(fan(d, w, Metric::annual_result, Label::chart_annual_result));
    s.blocks.push_back(fan(d, w, Metric::cumulative_result, Label::chart_cumulative_result));
    s.sheet.push_back(sheet_block(d, w, Label::block_p50, &sim::Summary::p50));
    if (const std::string note = partial_year_note(d, w); !note.empty()) s.sheet.back().notes.push_back(note);
    s.sheet.back().notes.push_back(w(Label::income_sheet_reading));
    s.sheet.push_back(sheet_block(d, w, Label::block_p5, &sim::Summary::p5));
    s.sheet.push_back(sheet_block(d, w, Label::block_p95, &sim::Summary::p95));
    s.sheet.push_back(sheet_block(d, w, Label::block_mean, &sim::Summary::mean));
    const int years = static_cast<int>(d.projection.years.size());
    Table loss{w(Label::row_loss_probability), year_header(d, 0, years, ""), {}, {}};
    loss.rows.push_back(year_row(w.title(Metric::annual_result), 0, years, [&](int y) {
        return Cell::of(at(d, y, Metric::annual_result).share_negative, NumberKind::percent);
    }));
    s.sheet.push_back(std::move(loss));
    return s;
}

}  // namespace mvzsim::cli::report
