// Break-even by doctor FTE: the probability of a non-negative annual result at each count, with
// its interval, the confidence line and the minimum, and the support needed at each count.
#include "cli/report/charts.h"
#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

std::string verdict(const models::BreakevenResult& r, const Words& w) {
    const std::string confidence = w.round_percent(r.options.confidence);
    if (r.minimum) {
        const auto& m = r.counts[*r.minimum];
        std::string text = w(Label::be_minimum, w.number(m.fte, 1), r.year, w.percent(m.probability),
                             w.percent(m.probability_ci.low), w.percent(m.probability_ci.high), confidence);
        if (!r.minimum_certain) text += fmt::format(" {}", w(Label::be_uncertain, confidence));
        return text;
    }
    const auto& b = r.counts[r.best];
    return w(Label::be_none, w.number(r.options.min_fte, 1), w.number(r.options.max_fte, 1), confidence,
             w.number(b.fte, 1), w.percent(b.probability));
}

Figure curve(const models::BreakevenResult& r, const Words& w) {
    std::vector<CurvePoint> points;
    for (const auto& c : r.counts)
        points.push_back({c.fte, c.probability, c.probability_ci.low, c.probability_ci.high});
    const ChartText text{w(Label::chart_breakeven, r.year), w(Label::axis_probability), w(Label::axis_doctor_fte),
                         w.style()};
    return {text.title, breakeven_chart(points, r.options.confidence, r.minimum,
                                        w(Label::legend_confidence, w.round_percent(r.options.confidence)),
                                        w(Label::legend_minimum), text)};
}

Table page_table(const models::BreakevenResult& r, const Words& w) {
    Table t{w(Label::be_table, r.year),
            {w(Label::col_doctor_fte), w(Label::col_probability), w(Label::col_interval), w(Label::col_mean_teur),
             w(Label::row_p5), w(Label::row_p50), w(Label::row_p95), w(Label::col_subsidy_mean),
             w(Label::col_yearly_subsidy, w.round_percent(r.options.confidence)), w(Label::col_credit_p95)},
            {},
            {w(Label::be_table_reading, w.round_percent(r.options.confidence), r.year)}};
    t.compact = true;
    for (std::size_t i = 0; i < r.counts.size(); ++i) {
        const auto& c = r.counts[i];
        const auto e = [](double v) { return Cell::of(v, NumberKind::eur_thousand); };
        t.rows.push_back(
            {{Cell::of(c.fte, NumberKind::decimal1), Cell::of(c.probability, NumberKind::percent),
              Cell::figures(w.percent(c.probability_ci.low) + " \u2026 " + w.percent(c.probability_ci.high)),
              e(c.result.mean), e(c.result.p5), e(c.result.p50), e(c.result.p95), e(c.subsidy.mean),
              e(c.operating_subsidy), e(c.credit_line_p95)},
             r.minimum && *r.minimum == i ? RowStyle::total : RowStyle::normal});
    }
    return t;
}

Table sheet_table(const models::BreakevenResult& r, const Words& w) {
    Table t{
        w(Label::be_table, r.year),
        {w(Label::col_doctor_fte), w(Label::col_probability), w(Label::col_interval_low), w(Label::col_interval_high),
         w(Label::col_mean_teur), w(Label::row_p5), w(Label::row_p50), w(Label::row_p95), w(Label::col_subsidy_mean),
         w(Label::col_yearly_subsidy, w.round_percent(r.options.confidence)), w(Label::col_one_off_grant),
         w(Label::col_credit_p95), w(Label::col_first_year_p50), w(Label::col_meets)},
        {},
        {}};
    for (const auto& c : r.counts) {
        const auto e = [](double v) { return Cell::of(v, NumberKind::eur_thousand); };
        t.rows.push_back(
            {{Cell::of(c.fte, NumberKind::decimal1), Cell::of(c.probability, NumberKind::percent),
              Cell::of(c.probability_ci.low, NumberKind::percent), Cell::of(c.probability_ci.high, NumberKind::percent),
              e(c.result.mean), e(c.result.p5), e(c.result.p50), e(c.result.p95), e(c.subsidy.mean),
              e(c.operating_subsidy), e(c.one_off_grant), e(c.credit_line_p95),
              c.first_year.p50 ? Cell::of(*c.first_year.p50, NumberKind::year) : Cell::of(w(Label::never_in_horizon)),
              Cell::of(c.probability >= r.options.confidence ? w(Label::yes) : w(Label::no))}});
    }
    return t;
}

}  // namespace

std::optional<Section> breakeven_section(const ReportData& d, const Words& w) {
    if (!d.breakeven) return std::nullopt;
    const auto& r = *d.breakeven;
    Section s{"breakeven", w(Label::be_title), {}, w(Label::sheet_breakeven), {}, true};
    s.blocks.push_back(
        Paragraph{w(Label::be_intro, w.number(r.options.min_fte, 1), w.number(r.options.max_fte, 1),
                    w.number(r.options.step, 1), r.year, w.round_percent(r.options.confidence), r.template_id)});
    s.blocks.push_back(Paragraph{verdict(r, w)});
    s.blocks.push_back(curve(r, w));
    s.blocks.push_back(page_table(r, w));
    Table sheet = sheet_table(r, w);
    sheet.notes.push_back(verdict(r, w));
    s.sheet.push_back(std::move(sheet));
    return s;
}

}  // namespace mvzsim::cli::report
