// Provenienz: what a reader needs to audit and reproduce the numbers: the file and its SHA-256,
// seed, trials, program version, date, the quantile rule and the Monte Carlo error.
#include <cmath>

#include "cli/report/sections.h"
#include "cli/report_text.h"

namespace mvzsim::cli::report {
namespace {

std::string reproduce_command(const ReportData& d, const Words& w) {
    const auto& p = d.provenance;
    std::string command = fmt::format("mvzsim report {} --seed {} --trials {}", p.file, p.seed, p.trials);
    for (const auto& set : p.sets) command += " --set '" + set + "'";
    if (d.breakeven) {
        const auto& o = d.breakeven->options;
        command += fmt::format(" --doctors {:g}..{:g} --step {:g} --confidence {:g} --year {}", o.min_fte, o.max_fte,
                               o.step, o.confidence, d.breakeven->year);
        if (!d.spec.breakeven.template_id.empty()) command += " --template " + d.breakeven->template_id;
    } else {
        command += " --no-breakeven";
    }
    return command + (w.lang() == Lang::en ? " --lang en" : "");
}

}  // namespace

Section provenance_section(const ReportData& d, const Words& w) {
    Section s{"provenance", w(Label::provenance_title), {}, w(Label::sheet_provenance), {}};
    const auto& p = d.provenance;
    Table t{"", {w(Label::col_setting), w(Label::col_value)}, {}, {}};
    auto add = [&](Label label, std::string value, bool code = false) {
        t.rows.push_back({{Cell::of(w(label)), code ? Cell::command(std::move(value)) : Cell::of(std::move(value))}});
    };
    add(Label::prov_program, "mvzsim " + p.version);
    add(Label::prov_scenario, p.scenario_name);
    add(Label::prov_file, one_line(p.file));
    add(Label::prov_sha256, p.sha256);
    for (const auto& base : p.extends) add(Label::prov_extends, one_line(base.file) + " (SHA-256 " + base.sha256 + ")");
    for (const auto& set : p.sets) add(Label::prov_set, one_line(set), true);
    add(Label::prov_seed, std::to_string(p.seed));
    add(Label::prov_trials, w.number(static_cast<double>(p.trials), 0));
    add(Label::prov_date, w.date(d.date));
    add(Label::prov_quantile_rule, w(Label::prov_quantile_rule_value));
    add(Label::prov_command, reproduce_command(d, w), true);
    s.blocks.push_back(t);
    s.sheet.push_back(t);

    const auto& last = d.projection.years.back();
    const sim::Summary& result = last[models::Metric::annual_result];
    const double n = static_cast<double>(std::max<std::size_t>(1, p.trials));
    const Paragraph error{w(Label::prov_mc_error, last.year, w.thousand(result.mean), w.thousand(result.standard_error),
                            w.thousand(1.96 * result.standard_error), w.number(100.0 * 0.5 / std::sqrt(n), 1))};
    s.blocks.push_back(error);
    s.blocks.push_back(Paragraph{w(Label::prov_reproducible)});
    Table notes{w(Label::prov_notes), {w(Label::col_reading)}, {}, {}};
    for (const auto& text : {error.text, w(Label::prov_reproducible)}) notes.rows.push_back({{Cell::of(text)}});
    s.sheet.push_back(std::move(notes));
    return s;
}

}  // namespace mvzsim::cli::report
