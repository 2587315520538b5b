// What drives the result: the tornado of the cumulative result at the horizon over the inputs
// with the largest swing, their Spearman correlation and variance share (models/analysis/
// sensitivity.h, as `mvzsim sensitivity` computes it from the report's trials).
#include "cli/report/charts.h"
#include "cli/report/input_text.h"
#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

constexpr std::size_t kTornadoInputs = 8;

// The name of an analysed input in the report's language; its key path where it is not listed.
std::string name_of(const ReportData& d, const std::string& path, const Words& w) {
    for (const auto& i : d.inputs)
        if (i.path == path) return input_name(i, w);
    return path;
}

std::string interval(const sim::ShareEstimate& s, const Words& w) {
    return w.percent(s.low) + " \u2026 " + w.percent(s.high);
}

std::string command(const ReportData& d) {
    std::string c = fmt::format("mvzsim sensitivity {} --seed {} --trials {}", d.provenance.file, d.provenance.seed,
                                d.provenance.trials);
    for (const auto& s : d.provenance.sets) c += fmt::format(" --set {}", s);
    return c;
}

Figure tornado(const ReportData& d, const ReportSensitivity& s, const Words& w) {
    std::vector<TornadoBar> bars;
    for (std::size_t k = 0; k < std::min(kTornadoInputs, s.result.inputs.size()); ++k) {
        const auto& i = s.result.inputs[k];
        bars.push_back({name_of(d, i.name, w), i.low.mean / 1000.0, i.high.mean / 1000.0});
    }
    const ChartText text{w(Label::sens_chart, s.year), w(Label::axis_teur), "", w.style()};
    return {text.title,
            tornado_chart(bars, s.result.mean / 1000.0,
                          {w(Label::legend_low_decile), w(Label::legend_high_decile), w(Label::legend_overall_mean)},
                          text)};
}

Table page_table(const ReportData& d, const ReportSensitivity& s, const Words& w) {
    Table t{w(Label::sens_table, s.year),
            {w(Label::col_input), w(Label::col_swing), w(Label::col_low_decile), w(Label::col_high_decile),
             w(Label::col_spearman), w(Label::col_variance_share), w(Label::col_interval)},
            {},
            {w(Label::sens_table_reading)}};
    const auto e = [](double v) { return Cell::of(v, NumberKind::eur_thousand); };
    for (std::size_t k = 0; k < std::min(kTornadoInputs, s.result.inputs.size()); ++k) {
        const auto& i = s.result.inputs[k];
        t.rows.push_back({{Cell::of(name_of(d, i.name, w), i.name), e(i.swing), e(i.low.mean), e(i.high.mean),
                           Cell::of(i.spearman, NumberKind::decimal2), Cell::of(i.share.share, NumberKind::percent),
                           Cell::figures(interval(i.share, w))}});
    }
    return t;
}

Table sheet_table(const ReportData& d, const ReportSensitivity& s, const Words& w) {
    Table t{w(Label::sens_sheet_table, s.year),
            {w(Label::col_input), w(Label::col_key), w(Label::col_swing), w(Label::col_low_decile),
             w(Label::col_high_decile), w(Label::col_spearman), w(Label::col_variance_share), w(Label::col_share_se),
             w(Label::col_interval_low), w(Label::col_interval_high)},
            {},
            {}};
    const auto e = [](double v) { return Cell::of(v, NumberKind::eur_thousand); };
    for (const auto& i : s.result.inputs)
        t.rows.push_back({{Cell::of(name_of(d, i.name, w)), Cell::of(i.name), e(i.swing), e(i.low.mean), e(i.high.mean),
                           Cell::of(i.spearman, NumberKind::decimal2), Cell::of(i.share.share, NumberKind::percent),
                           Cell::of(i.share.se, NumberKind::percent), Cell::of(i.share.low, NumberKind::percent),
                           Cell::of(i.share.high, NumberKind::percent)}});
    return t;
}

}  // namespace

std::optional<Section> sensitivity_section(const ReportData& d, const Words& w) {
    if (!d.sensitivity) return std::nullopt;
    const auto& s = *d.sensitivity;
    Section sec{"sensitivity", w(Label::sens_title), {}, w(Label::sheet_sensitivity), {}, false};
    const std::string intro = w(Label::sens_intro, s.year, w.number(static_cast<double>(s.result.trials), 0));
    const std::string mean = w(Label::sens_mean, w.thousand(s.result.mean), w.thousand(s.result.se));
    sec.blocks.push_back(Paragraph{intro});
    sec.blocks.push_back(tornado(d, s, w));
    sec.blocks.push_back(Paragraph{w(Label::sens_reading, w.thousand(s.result.mean))});
    sec.blocks.push_back(page_table(d, s, w));
    std::string untraced;
    for (const auto& path : s.untraced) untraced += (untraced.empty() ? "" : ", ") + name_of(d, path, w);
    if (!untraced.empty()) sec.blocks.push_back(Paragraph{w(Label::sens_untraced, untraced)});
    sec.blocks.push_back(Paragraph{w(Label::sens_command, command(d))});
    Table sheet = sheet_table(d, s, w);
    sheet.notes = {intro, mean, w(Label::sens_table_reading)};
    if (!untraced.empty()) sheet.notes.push_back(w(Label::sens_untraced, untraced));
    sec.sheet.push_back(std::move(sheet));
    return sec;
}

}  // namespace mvzsim::cli::report
