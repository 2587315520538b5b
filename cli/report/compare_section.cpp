// Vergleich der Varianten: per scenario the headline figures, and against the base the paired
// difference of the cumulative result and of the largest cash gap (models/analysis/compare.h, as
// `mvzsim compare` computes them on the report's seed and trials).
#include <algorithm>

#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

using models::compared_index;
using models::Metric;
using models::TrialMetric;

const models::ComparedYear* year_of(const models::ScenarioComparison& c, int year) {
    for (const auto& y : c.years)
        if (y.year == year) return &y;
    return nullptr;
}

double highest_subsidy_p95(const models::ScenarioComparison& c) {
    double p95 = 0.0;
    for (const auto& y : c.years) p95 = std::max(p95, y.values[compared_index(Metric::subsidy_need)].p95);
    return p95;
}

Table comparison_table(const ReportComparison& r, int year, const Words& w, bool sheet) {
    Table t{w(Label::cmp_table),
            {w(Label::col_scenario), w(Label::col_cum_mean, year), w(Label::col_subsidy_p95_max),
             w(Label::col_credit_line_p95), w(Label::col_p_loss_year, year), w(Label::col_diff_cum), w(Label::col_se),
             w(Label::col_p_better), w(Label::col_diff_credit), w(Label::col_se), w(Label::col_p_better)},
            {},
            {}};
    t.compact = true;
    const auto e = [](double v) { return Cell::of(v, NumberKind::eur_thousand); };
    const auto p = [](double v) { return Cell::of(v, NumberKind::percent); };
    for (std::size_t k = 0; k < r.results.size(); ++k) {
        const auto& c = r.results[k];
        const auto* y = year_of(c, year);
        const auto gap = compared_index(TrialMetric::largest_cash_gap);
        Row row{{Cell::of(k == 0 ? w(Label::cmp_base_mark, r.labels[k]) : r.labels[k])},
                k == 0 ? RowStyle::total : RowStyle::normal};
        const auto cum = compared_index(Metric::cumulative_result);
        row.cells.push_back(y ? e(y->values[cum].mean) : Cell{});
        row.cells.push_back(e(highest_subsidy_p95(c)));
        row.cells.push_back(e(c.horizon[gap].p95));
        row.cells.push_back(y ? p(y->values[compared_index(Metric::annual_result)].share_negative) : Cell{});
        if (y && y->difference) {
            const auto& d = (*y->difference)[cum];
            row.cells.insert(row.cells.end(), {e(d.mean), e(d.standard_error), p(d.p_better)});
        } else {
            row.cells.insert(row.cells.end(), 3, Cell{});
        }
        if (c.horizon_difference) {
            const auto& d = (*c.horizon_difference)[gap];
            row.cells.insert(row.cells.end(), {e(d.mean), e(d.standard_error), p(d.p_better)});
        } else {
            row.cells.insert(row.cells.end(), 3, Cell{});
        }
        t.rows.push_back(std::move(row));
    }
    if (!sheet) t.notes.push_back(w(Label::cmp_reading, r.command));
    return t;
}

}  // namespace

std::optional<Section> compare_section(const ReportData& d, const Words& w) {
    if (!d.comparison) return std::nullopt;
    const auto& r = *d.comparison;
    const int year = r.results.front().years.back().year;  // the base's horizon
    Section s{"compare", w(Label::cmp_title), {}, w(Label::sheet_compare), {}, true};
    const std::string intro =
        w(Label::cmp_intro, w.number(static_cast<double>(d.provenance.trials), 0), r.labels.front());
    s.blocks.push_back(Paragraph{intro});
    s.blocks.push_back(comparison_table(r, year, w, false));
    Table sheet = comparison_table(r, year, w, true);
    sheet.notes = {intro, w(Label::cmp_reading, r.command)};
    s.sheet.push_back(std::move(sheet));
    return s;
}

}  // namespace mvzsim::cli::report
