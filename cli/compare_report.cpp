#include "cli/compare_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "cli/report/csv_writer.h"
#include "cli/report/words.h"
#include "cli/report_text.h"

namespace mvzsim::cli {
namespace {

using models::kComparedTrial;
using models::kComparedYearly;
using models::Metric;
using models::TrialMetric;
using report::Cell;
using report::Label;
using report::NumberKind;

// A compared output by its position: the yearly ones, then the whole-trial ones.
struct Output {
    std::string_view name, title;
    models::Unit unit;
};
template <class M>
Output output(M m) {
    const auto& i = models::info(m);
    return {i.name, i.title, i.unit};
}

void check_finite(const sim::Summary& s) {
    if (!std::isfinite(s.mean) || !std::isfinite(s.sd) || !std::isfinite(s.min) || !std::isfinite(s.max))
        throw std::runtime_error("a projection overflowed (a non-finite result): check for implausibly large inputs");
}

void check_finite(const std::vector<models::ScenarioComparison>& results) {
    for (const auto& r : results) {
        for (const auto& y : r.years)
            for (const auto& s : y.values) check_finite(s);
        for (const auto& s : r.horizon) check_finite(s);
    }
}

// ---- table --------------------------------------------------------------------------------

std::string header(const CompareReport& r, const char* what) {
    std::string out = fmt::format("mvzsim {} compare{}: {} scenarios on common random numbers, seed {}, {} trials\n",
                                  r.version, what, r.scenarios.size(), r.seed, r.trials);
    for (std::size_t i = 0; i < r.scenarios.size(); ++i) {
        const auto& s = r.scenarios[i];
        const bool base = i == 0 && what[0] == '\0';
        out += fmt::format("  {:<5} {}  \"{}\"\n", base ? "base" : "", one_line(s.label),
                           one_line(s.provenance.scenario_name));
        // A variant of the first file names only its --set values beyond the first's.
        const auto& first = r.scenarios[0].provenance;
        const bool same_file = i > 0 && s.provenance.file == first.file && s.provenance.sha256 == first.sha256;
        const std::size_t shared = same_file ? std::min(first.sets.size(), s.provenance.sets.size()) : 0;
        if (same_file) {
            out += fmt::format("        the file{} of {}\n", shared > 0 ? " and --set values" : "",
                               one_line(r.scenarios[0].label));
        } else {
            out += fmt::format("        file {}  sha256 {}\n", one_line(s.provenance.file), s.provenance.sha256);
            for (const auto& e : s.provenance.extends)
                out += fmt::format("        extends {}  sha256 {}\n", one_line(e.file), e.sha256);
        }
        for (std::size_t k = shared; k < s.provenance.sets.size(); ++k)
            out += fmt::format("        --set {}\n", one_line(s.provenance.sets[k]));
    }
    return out;
}

std::size_t label_width(const CompareReport& r) {
    std::size_t w = 8;
    for (const auto& s : r.scenarios) w = std::max(w, std::min<std::size_t>(one_line(s.label).size(), 28));
    return w;
}

// A value as the table shows it: EUR in thousands, months with one decimal.
std::string table_value(double x, models::Unit unit) {
    return fmt::format("{:.1f}", unit == models::Unit::eur ? x / 1000.0 : x);
}

std::string difference_cells(const models::PairedDifference& d, models::Unit unit) {
    const double se = unit == models::Unit::eur ? d.standard_error / 1000.0 : d.standard_error;
    return fmt::format(" {:>9} {:>7.2f} {:>8.1f} % {:>5.1f} %", table_value(d.mean, unit), se, 100.0 * d.p_better,
                       100.0 * d.p_better_se);
}

std::string output_block(const CompareReport& r, const std::vector<models::ScenarioComparison>& results,
                         std::size_t k) {
    const Output o = output(kComparedYearly[k]);
    const std::size_t w = label_width(r);
    std::string out = fmt::format("\n{} ({})\n", o.title, o.unit == models::Unit::eur ? "EUR thousand" : "months");
    out += fmt::format("  {:>4}  {:<{}} {:>9} {:>9} {:>9} {:>9} | {:>9} {:>7} {:>10} {:>7}\n", "year", "scenario", w,
                       "mean", "P5", "P50", "P95", "diff", "s.e.", "P(better)", "s.e.");
    for (std::size_t y = 0; y < results[0].years.size(); ++y) {
        const int year = results[0].years[y].year;
        for (std::size_t i = 0; i < results.size(); ++i) {
            const auto it = std::find_if(results[i].years.begin(), results[i].years.end(),
                                         [&](const models::ComparedYear& c) { return c.year == year; });
            if (it == results[i].years.end()) continue;
            const sim::Summary& s = it->values[k];
            out += fmt::format("  {:>4}  {:<{}} {:>9} {:>9} {:>9} {:>9} |", i == 0 ? std::to_string(year) : "",
                               one_line(r.scenarios[i].label).substr(0, w), w, table_value(s.mean, o.unit),
                               table_value(s.p5, o.unit), table_value(s.p50, o.unit), table_value(s.p95, o.unit));
            if (it->difference) out += difference_cells((*it->difference)[k], o.unit);
            out += "\n";
        }
    }
    return out;
}

std::string horizon_block(const CompareReport& r, const std::vector<models::ScenarioComparison>& results) {
    const std::size_t w = label_width(r);
    std::string out = "\nOver the whole horizon (each scenario's own)\n";
    for (std::size_t k = 0; k < models::kTrialCompared; ++k) {
        const Output o = output(kComparedTrial[k]);
        out += fmt::format("  {} ({})\n", o.title, o.unit == models::Unit::eur ? "EUR thousand" : "months");
        out += fmt::format("        {:<{}} {:>9} {:>9} {:>9} {:>9} | {:>9} {:>7} {:>10} {:>7}\n", "scenario", w, "mean",
                           "P5", "P50", "P95", "diff", "s.e.", "P(better)", "s.e.");
        for (std::size_t i = 0; i < results.size(); ++i) {
            const sim::Summary& s = results[i].horizon[k];
            out += fmt::format("        {:<{}} {:>9} {:>9} {:>9} {:>9} |", one_line(r.scenarios[i].label).substr(0, w),
                               w, table_value(s.mean, o.unit), table_value(s.p5, o.unit), table_value(s.p50, o.unit),
                               table_value(s.p95, o.unit));
            if (results[i].horizon_difference) out += difference_cells((*results[i].horizon_difference)[k], o.unit);
            out += "\n";
        }
    }
    return out;
}

std::string comparison_table(const CompareReport& r, const std::vector<models::ScenarioComparison>& results) {
    std::string out = header(r, "");
    out +=
        "  diff: the scenario minus the base, trial by trial (mean and its standard error s.e.);\n"
        "  P(better): the share of trials in which the scenario does better than the base in that year\n"
        "  (a higher result or cash; a lower subsidy need, cash gap or number of months); ties count as not\n"
        "  better. Percentiles: Hyndman-Fan type 7. Cash is at the year end and its lowest month end.\n";
    for (std::size_t k = 0; k < models::kYearlyCompared; ++k) out += output_block(r, results, k);
    return out + horizon_block(r, results);
}

// ---- CSV ----------------------------------------------------------------------------------

// A column: its machine name (the English CSV) and its label (the German CSV).
struct Column {
    const char* name;
    Label label;
};

std::vector<std::string> csv_header(std::span<const Column> columns, CsvDialect dialect, const report::Words& w) {
    std::vector<std::string> h;
    for (const auto& c : columns) h.push_back(dialect == CsvDialect::en ? c.name : w(c.label));
    return h;
}

NumberKind kind_of(models::Unit unit) {
    return unit == models::Unit::eur ? NumberKind::eur_cent : NumberKind::decimal1;
}

report::CsvProvenance csv_provenance(const CompareReport& r, const report::Words& w) {
    report::CsvProvenance p;
    p.comment = fmt::format("mvzsim {}; compare; seed {}; trials {}; quantile rule {}", r.version, r.seed, r.trials,
                            kQuantileRule);
    p.title = w(Label::provenance_title);
    p.rows.push_back({w(Label::prov_program), "mvzsim " + r.version});
    p.rows.push_back({w(Label::prov_seed), std::to_string(r.seed)});
    p.rows.push_back({w(Label::prov_trials), std::to_string(r.trials)});
    p.rows.push_back({w(Label::prov_quantile_rule), w(Label::prov_quantile_rule_value)});
    for (std::size_t i = 0; i < r.scenarios.size(); ++i) {
        const auto& s = r.scenarios[i];
        p.comment += fmt::format("; {} {} file {} sha256 {}", i == 0 ? "base" : "scenario", one_line(s.label),
                                 one_line(s.provenance.file), s.provenance.sha256);
        p.rows.push_back({fmt::format("{} {}", w(i == 0 ? Label::cmp_base : Label::cmp_scenario), one_line(s.label)),
                          one_line(s.provenance.scenario_name)});
        p.rows.push_back({w(Label::prov_file), one_line(s.provenance.file)});
        p.rows.push_back({w(Label::prov_sha256), s.provenance.sha256});
        for (const auto& base : s.provenance.extends) {
            p.comment += fmt::format("; extends {} sha256 {}", one_line(base.file), base.sha256);
            p.rows.push_back({w(Label::prov_extends), one_line(base.file) + " (sha256 " + base.sha256 + ")"});
        }
        for (const auto& set : s.provenance.sets) {
            p.comment += "; --set " + one_line(set);
            p.rows.push_back({w(Label::prov_set), one_line(set)});
        }
    }
    return p;
}

constexpr Column kCompareColumns[] = {
    {"scenario", Label::cmp_scenario},
    {"year", Label::csv_year},
    {"output", Label::csv_name},
    {"unit", Label::csv_unit},
    {"mean", Label::stat_mean},
    {"standard_error", Label::stat_se},
    {"p5", Label::row_p5},
    {"p50", Label::row_p50},
    {"p95", Label::row_p95},
    {"share_negative", Label::stat_share_negative},
    {"difference", Label::cmp_diff},
    {"difference_se", Label::cmp_diff_se},
    {"p_better", Label::cmp_p_better},
    {"p_better_se", Label::cmp_p_better_se},
    {"p_worse", Label::cmp_p_worse},
    {"p_worse_se", Label::cmp_p_worse_se},
};

report::Row csv_row(const std::string& label, Cell year, const Output& o, const sim::Summary& s,
                    const models::PairedDifference* d) {
    const NumberKind kind = kind_of(o.unit);
    report::Row row{{Cell::of(label), std::move(year), Cell::of(std::string(o.name)),
                     Cell::of(std::string(models::unit_name(o.unit))), Cell::of(s.mean, kind),
                     Cell::of(s.standard_error, kind), Cell::of(s.p5, kind), Cell::of(s.p50, kind),
                     Cell::of(s.p95, kind), Cell::of(s.share_negative, NumberKind::percent)}};
    if (d) {
        for (const Cell& c : {Cell::of(d->mean, kind), Cell::of(d->standard_error, kind),
                              Cell::of(d->p_better, NumberKind::percent), Cell::of(d->p_better_se, NumberKind::percent),
                              Cell::of(d->p_worse, NumberKind::percent), Cell::of(d->p_worse_se, NumberKind::percent)})
            row.cells.push_back(c);
    } else {
        row.cells.resize(std::size(kCompareColumns));
    }
    return row;
}

std::string comparison_csv(const CompareReport& r, const std::vector<models::ScenarioComparison>& results,
                           CsvDialect dialect, report::Lang lang) {
    const report::Words w(lang, report::csv_style(lang));
    report::Table t;
    t.header = csv_header(kCompareColumns, dialect, w);
    for (std::size_t i = 0; i < results.size(); ++i) {
        const std::string label = one_line(r.scenarios[i].label);
        for (const auto& y : results[i].years)
            for (std::size_t k = 0; k < models::kYearlyCompared; ++k)
                t.rows.push_back(csv_row(label, Cell::of(y.year, NumberKind::year), output(kComparedYearly[k]),
                                         y.values[k], y.difference ? &(*y.difference)[k] : nullptr));
        for (std::size_t k = 0; k < models::kTrialCompared; ++k)
            t.rows.push_back(csv_row(label, Cell::of(w(Label::csv_all)), output(kComparedTrial[k]),
                                     results[i].horizon[k],
                                     results[i].horizon_difference ? &(*results[i].horizon_difference)[k] : nullptr));
    }
    return report::write_csv({t}, csv_provenance(r, w), dialect);
}

// ---- JSON ---------------------------------------------------------------------------------

std::string json_scenario(const ComparedScenario& s) {
    const Provenance& p = s.provenance;
    std::string extends = "[", sets = "[";
    for (std::size_t i = 0; i < p.extends.size(); ++i)
        extends += fmt::format("{}{{\"file\": {}, \"sha256\": {}}}", i == 0 ? "" : ", ", json_string(p.extends[i].file),
                               json_string(p.extends[i].sha256));
    for (std::size_t i = 0; i < p.sets.size(); ++i) sets += (i == 0 ? "" : ", ") + json_string(p.sets[i]);
    return fmt::format(
        "\"label\": {}, \"scenario\": {{\"name\": {}, \"file\": {}, \"sha256\": {}, \"extends\": {}], \"set\": {}], "
        "\"opening\": {}, \"horizon_years\": {}}}",
        json_string(s.label), json_string(p.scenario_name), json_string(p.file), json_string(p.sha256), extends, sets,
        json_string(p.opening), p.horizon_years);
}

std::string json_output(const Output& o, const sim::Summary& s, const models::PairedDifference* d) {
    std::string out = json_summary(s, std::string(models::unit_name(o.unit)).c_str());
    if (!d) return out;
    out.pop_back();
    return out + fmt::format(
                     ", \"difference\": {{\"mean\": {}, \"standard_error\": {}, \"p_better\": {}, \"p_better_se\": {}, "
                     "\"p_worse\": {}, \"p_worse_se\": {}}}}}",
                     d->mean, d->standard_error, d->p_better, d->p_better_se, d->p_worse, d->p_worse_se);
}

std::string comparison_json(const CompareReport& r, const std::vector<models::ScenarioComparison>& results) {
    std::string out = fmt::format(
        "{{\n  \"program\": {{\"name\": \"mvzsim\", \"version\": {}}},\n  \"command\": \"compare\",\n  \"seed\": {},\n"
        "  \"trials\": {},\n  \"quantile_rule\": {},\n  \"scenarios\": [\n",
        json_string(r.version), r.seed, r.trials, json_string(kQuantileRule));
    for (std::size_t i = 0; i < results.size(); ++i) {
        out += fmt::format("    {{{}, \"base\": {},\n     \"years\": [\n", json_scenario(r.scenarios[i]),
                           i == 0 ? "true" : "false");
        const auto& years = results[i].years;
        for (std::size_t y = 0; y < years.size(); ++y) {
            out += fmt::format("      {{\"year\": {}, \"outputs\": {{\n", years[y].year);
            for (std::size_t k = 0; k < models::kYearlyCompared; ++k)
                out += fmt::format("        \"{}\": {}{}\n", output(kComparedYearly[k]).name,
                                   json_output(output(kComparedYearly[k]), years[y].values[k],
                                               years[y].difference ? &(*years[y].difference)[k] : nullptr),
                                   k + 1 < models::kYearlyCompared ? "," : "");
            out += fmt::format("      }}}}{}\n", y + 1 < years.size() ? "," : "");
        }
        out += "     ],\n     \"horizon\": {\n";
        for (std::size_t k = 0; k < models::kTrialCompared; ++k) {
            const auto* d = results[i].horizon_difference ? &(*results[i].horizon_difference)[k] : nullptr;
            out += fmt::format("       \"{}\": {}{}\n", output(kComparedTrial[k]).name,
                               json_output(output(kComparedTrial[k]), results[i].horizon[k], d),
                               k + 1 < models::kTrialCompared ? "," : "");
        }
        out += fmt::format("     }}}}{}\n", i + 1 < results.size() ? "," : "");
    }
    return out + "  ]\n}\n";
}

// ---- batch --------------------------------------------------------------------------------

constexpr Column kBatchColumns[] = {
    {"scenario", Label::cmp_scenario},
    {"file", Label::cmp_file},
    {"centre", Label::cmp_centre},
    {"last_year", Label::cmp_last_year},
    {"cumulative_result_mean", Label::cmp_cumulative},
    {"cumulative_result_se", Label::cmp_cumulative_se},
    {"loss_year", Label::cmp_loss_year},
    {"p_loss", Label::cmp_p_loss},
    {"p_loss_se", Label::cmp_p_loss_se},
    {"largest_subsidy_need_p95", Label::cmp_subsidy_p95},
    {"credit_line_p95", Label::cmp_credit_p95},
    {"break_even_year", Label::cmp_break_even_year},
    {"share_never", Label::cmp_share_never},
    {"cumulative_vs_base", Label::cmp_diff},
    {"cumulative_vs_base_se", Label::cmp_diff_se},
    {"p_better", Label::cmp_p_better},
    {"p_better_se", Label::cmp_p_better_se},
};

std::string break_even_text(const models::Headline& h, const char* none) {
    return h.break_even_year ? std::to_string(*h.break_even_year) : std::string(none);
}

std::string batch_table(const CompareReport& r, const std::vector<models::Headline>& results) {
    std::string out = header(r, " (batch)");
    out +=
        "  amounts in EUR thousand. cumulative: mean cumulative result at the end of the horizon (its last\n"
        "  year) with its standard error; P(loss): in the third calendar year; subsidy P95: of the trial's\n"
        "  largest yearly subsidy need; credit P95: of the largest cash gap; break-even: the median first\n"
        "  year with an annual result >= 0 (never: the share of trials without one). vs base: the\n"
        "  scenario's cumulative result minus the first one's at the end of the first one's horizon, trial\n"
        "  by trial (mean, s.e.), and the share of trials in which it is higher (P(better)).\n\n";
    const std::size_t w = label_width(r);
    out += fmt::format("  {:<{}} {:>5} {:>11} {:>7} {:>5} {:>8} {:>11} {:>11} {:>10} {:>7} | {:>8} {:>6} {:>9}\n",
                       "scenario", w, "end", "cumulative", "s.e.", "year", "P(loss)", "subsidy P95", "credit P95",
                       "break-even", "never", "vs base", "s.e.", "P(better)");
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& h = results[i];
        out += fmt::format("  {:<{}} {:>5} {:>11.1f} {:>7.1f} {:>5} {:>6.1f} % {:>11.1f} {:>11.1f} {:>10} {:>5.1f} % |",
                           one_line(r.scenarios[i].label).substr(0, w), w, h.last_year, h.cumulative.mean / 1000.0,
                           h.cumulative.standard_error / 1000.0, h.loss_year, 100.0 * h.p_loss, h.subsidy_p95 / 1000.0,
                           h.credit_line_p95 / 1000.0, break_even_text(h, "none"), 100.0 * h.share_never);
        if (const auto& d = h.cumulative_vs_base)
            out += fmt::format(" {:>8.1f} {:>6.2f} {:>7.1f} %", d->mean / 1000.0, d->standard_error / 1000.0,
                               100.0 * d->p_better);
        out += "\n";
    }
    return out;
}

report::Row batch_row(const ComparedScenario& s, const models::Headline& h) {
    const auto eur = [](double x) { return Cell::of(x, NumberKind::eur_cent); };
    const auto share = [](double x) { return Cell::of(x, NumberKind::percent); };
    const auto year = [](int y) { return Cell::of(y, NumberKind::year); };
    report::Row row{{Cell::of(one_line(s.label)), Cell::of(one_line(s.provenance.file)),
                     Cell::of(one_line(s.provenance.scenario_name)), year(h.last_year), eur(h.cumulative.mean),
                     eur(h.cumulative.standard_error), year(h.loss_year), share(h.p_loss), share(h.p_loss_se),
                     eur(h.subsidy_p95), eur(h.credit_line_p95), h.break_even_year ? year(*h.break_even_year) : Cell{},
                     share(h.share_never)}};
    if (const auto& d = h.cumulative_vs_base)
        for (const Cell& c : {eur(d->mean), eur(d->standard_error), share(d->p_better), share(d->p_better_se)})
            row.cells.push_back(c);
    row.cells.resize(std::size(kBatchColumns));
    return row;
}

std::string batch_csv(const CompareReport& r, const std::vector<models::Headline>& results, CsvDialect dialect,
                      report::Lang lang) {
    const report::Words w(lang, report::csv_style(lang));
    report::Table t;
    t.header = csv_header(kBatchColumns, dialect, w);
    for (std::size_t i = 0; i < results.size(); ++i) t.rows.push_back(batch_row(r.scenarios[i], results[i]));
    return report::write_csv({t}, csv_provenance(r, w), dialect);
}

std::string batch_json(const CompareReport& r, const std::vector<models::Headline>& results) {
    std::string out = fmt::format(
        "{{\n  \"program\": {{\"name\": \"mvzsim\", \"version\": {}}},\n  \"command\": \"compare\",\n  \"batch\": "
        "true,\n  \"seed\": {},\n  \"trials\": {},\n  \"quantile_rule\": {},\n  \"scenarios\": [\n",
        json_string(r.version), r.seed, r.trials, json_string(kQuantileRule));
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& h = results[i];
        std::string versus = "null";
        if (const auto& d = h.cumulative_vs_base)
            versus = fmt::format("{{\"mean\": {}, \"standard_error\": {}, \"p_better\": {}, \"p_better_se\": {}}}",
                                 d->mean, d->standard_error, d->p_better, d->p_better_se);
        out += fmt::format(
            "    {{{}, \"last_year\": {}, \"cumulative_result_mean\": {}, \"cumulative_result_se\": {}, "
            "\"loss_year\": {}, \"p_loss\": {}, \"p_loss_se\": {}, \"largest_subsidy_need_p95\": {}, "
            "\"credit_line_p95\": {}, \"break_even_year\": {}, \"share_never\": {}, \"cumulative_vs_base\": {}}}{}\n",
            json_scenario(r.scenarios[i]), h.last_year, h.cumulative.mean, h.cumulative.standard_error, h.loss_year,
            h.p_loss, h.p_loss_se, h.subsidy_p95, h.credit_line_p95, break_even_text(h, "null"), h.share_never, versus,
            i + 1 < results.size() ? "," : "");
    }
    return out + "  ]\n}\n";
}

}  // namespace

std::string format_comparison(const CompareReport& r, const std::vector<models::ScenarioComparison>& results,
                              Format format, CsvDialect csv, report::Lang lang) {
    check_finite(results);
    if (format == Format::csv) return comparison_csv(r, results, csv, lang);
    if (format == Format::json) return comparison_json(r, results);
    return comparison_table(r, results);
}

std::string format_batch(const CompareReport& r, const std::vector<models::Headline>& results, Format format,
                         CsvDialect csv, report::Lang lang) {
    for (const auto& h : results) check_finite(h.cumulative);
    if (format == Format::csv) return batch_csv(r, results, csv, lang);
    if (format == Format::json) return batch_json(r, results);
    return batch_table(r, results);
}

}  // namespace mvzsim::cli
