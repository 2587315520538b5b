// The one-page summary (Entscheidungsvorlage): the figures a council decides on, each with one
// sentence on how to read it, and the yearly subsidy need and risk of a loss.
#include <algorithm>

#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

using models::Metric;

const sim::Summary& at(const ReportData& d, int y, Metric m) {
    return d.projection.years[static_cast<std::size_t>(y)][m];
}

KeyFigure subsidy_figure(const ReportData& d, const Words& w) {
    int peak = 0;
    const int years = static_cast<int>(d.projection.years.size());
    for (int y = 1; y < years; ++y)
        if (at(d, y, Metric::subsidy_need).p95 > at(d, peak, Metric::subsidy_need).p95) peak = y;
    const sim::Summary& s = at(d, peak, Metric::subsidy_need);
    if (s.p95 <= 0.0) return {w(Label::kf_subsidy), w(Label::kf_subsidy_none), w(Label::kf_subsidy_none_reading)};
    return {w(Label::kf_subsidy), w(Label::kf_subsidy_value, w.thousand(s.p95), d.projection.years[peak].year),
            w(Label::kf_subsidy_reading, w.thousand(s.p50), d.projection.years[peak].year),
            Cell::of(s.p95, NumberKind::eur_thousand)};
}

std::vector<KeyFigure> credit_figures(const ReportData& d, const Words& w) {
    const bool paid = d.spec.grants.loss_compensation_paid;
    const std::string as_set = fmt::format(" {}", w(Label::kf_as_in_scenario));
    const double with = d.gap_with_compensation().p95, without = d.gap_without_compensation().p95;
    return {{w(Label::kf_credit_with) + (paid ? as_set : ""), w(Label::value_thousand, w.thousand(with)),
             w(Label::kf_credit_with_reading), Cell::of(with, NumberKind::eur_thousand)},
            {w(Label::kf_credit_without) + (paid ? "" : as_set), w(Label::value_thousand, w.thousand(without)),
             w(Label::kf_credit_without_reading), Cell::of(without, NumberKind::eur_thousand)}};
}

KeyFigure loss_figure(const ReportData& d, const Words& w) {
    const auto& years = d.projection.years;
    const auto& first = years.front();
    const auto& last = years.back();
    return {w(Label::kf_loss),
            w(Label::kf_loss_value, w.percent(first[Metric::annual_result].share_negative), first.year,
              w.percent(last[Metric::annual_result].share_negative), last.year),
            w(Label::kf_loss_reading), Cell::of(last[Metric::annual_result].share_negative, NumberKind::percent)};
}

KeyFigure doctors_figure(const ReportData& d, const Words& w) {
    if (!d.breakeven) return {w(Label::kf_doctors), w(Label::kf_doctors_not_run), w(Label::kf_doctors_not_run_reading)};
    const auto& r = *d.breakeven;
    const std::string confidence = w.round_percent(r.options.confidence);
    if (!r.minimum)
        return {w(Label::kf_doctors_at, confidence),
                w(Label::kf_doctors_none, w.number(r.options.min_fte, 1), w.number(r.options.max_fte, 1)),
                w(Label::kf_doctors_none_reading, r.year, confidence)};
    const auto& m = r.counts[*r.minimum];
    return {w(Label::kf_doctors_at, confidence), w(Label::kf_doctors_value, w.number(m.fte, 1)),
            w(Label::kf_doctors_reading, r.year, w.percent(m.probability), w.percent(m.probability_ci.low),
              w.percent(m.probability_ci.high)),
            Cell::of(m.fte, NumberKind::decimal1)};
}

KeyFigure breakeven_year_figure(const ReportData& d, const Words& w) {
    const auto& t = d.first_year;
    const std::string never = w(Label::never_in_horizon);
    auto year = [&](const std::optional<int>& y) { return y ? std::to_string(*y) : never; };
    return {w(Label::kf_first_year), w(Label::kf_first_year_value, year(t.p50), year(t.p95)),
            w(Label::kf_first_year_reading, w.percent(t.share_never)),
            t.p50 ? Cell::of(*t.p50, NumberKind::year) : Cell{}};
}

KeyFigure cumulative_figure(const ReportData& d, const Words& w) {
    const auto& last = d.projection.years.back();
    const sim::Summary& c = last[Metric::cumulative_result];
    return {w(Label::kf_cumulative, last.year),
            w(Label::kf_range_value, w.thousand(c.p50), w.thousand(c.p5), w.thousand(c.p95)),
            w(Label::kf_cumulative_reading, w.percent(c.share_negative)), Cell::of(c.p50, NumberKind::eur_thousand)};
}

std::vector<KeyFigure> key_figures(const ReportData& d, const Words& w) {
    std::vector<KeyFigure> f = {subsidy_figure(d, w)};
    for (auto& c : credit_figures(d, w)) f.push_back(std::move(c));
    f.push_back(loss_figure(d, w));
    f.push_back(doctors_figure(d, w));
    f.push_back(breakeven_year_figure(d, w));
    f.push_back(cumulative_figure(d, w));
    return f;
}

Table yearly_table(const ReportData& d, const Words& w, int first, int last) {
    Table t;
    t.header = year_header(d, first, last, w(Label::col_teur));
    auto value = [&](Metric m, double sim::Summary::*field) {
        return [&d, m, field](int y) { return Cell::of(at(d, y, m).*field, NumberKind::eur_thousand); };
    };
    t.rows.push_back(year_row(w(Label::row_result_p50), first, last, value(Metric::annual_result, &sim::Summary::p50)));
    t.rows.push_back(year_row(w(Label::row_subsidy_p50), first, last, value(Metric::subsidy_need, &sim::Summary::p50)));
    t.rows.push_back(year_row(w(Label::row_subsidy_p95), first, last, value(Metric::subsidy_need, &sim::Summary::p95),
                              RowStyle::total));
    t.rows.push_back(year_row(w(Label::row_loss_probability), first, last, [&](int y) {
        return Cell::of(at(d, y, Metric::annual_result).share_negative, NumberKind::percent);
    }));
    t.rows.push_back(year_row(w(Label::row_cash_end_p5), first, last, value(Metric::cash_end, &sim::Summary::p5)));
    return t;
}

Table figures_sheet(const std::vector<KeyFigure>& figures, const Words& w) {
    Table t{w(Label::summary_key_figures),
            {w(Label::col_figure), w(Label::col_number), w(Label::col_value), w(Label::col_reading)},
            {},
            {}};
    for (const auto& f : figures)
        t.rows.push_back({{Cell::of(f.label), f.number, Cell::of(f.value), Cell::of(f.reading)}});
    return t;
}

}  // namespace

Section summary_section(const ReportData& d, const Words& w) {
    Section s{"summary", w(Label::summary_title), {}, w(Label::sheet_summary), {}};
    const auto& p = d.provenance;
    s.blocks.push_back(Paragraph{w(Label::summary_intro, p.scenario_name, d.projection.years.size(),
                                   w.month(d.spec.opening), w.number(static_cast<double>(p.trials), 0))});
    const auto figures = key_figures(d, w);
    s.blocks.push_back(KeyFigures{figures});
    s.sheet.push_back(figures_sheet(figures, w));
    for (const auto& [first, last] : year_chunks(static_cast<int>(d.projection.years.size()))) {
        Table t = yearly_table(d, w, first, last);
        t.caption = w(Label::summary_by_year);
        t.notes.push_back(w(Label::summary_by_year_reading));
        if (const std::string note = partial_year_note(d, w); !note.empty()) t.notes.push_back(note);
        s.sheet.push_back(t);
        s.blocks.push_back(std::move(t));
    }
    s.blocks.push_back(Paragraph{w(Label::summary_double_count)});
    return s;
}

}  // namespace mvzsim::cli::report
