#include "cli/compare_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include "cli/compare_text.h"
#include "cli/report_text.h"

namespace mvzsim::cli {
namespace {

using compare_text::Column;
using compare_text::label_width;
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

void check_finite(const std::vector<models::ScenarioComparison>& results) {
    for (const auto& r : results) {
        for (const auto& y : r.years)
            for (const auto& s : y.values) compare_text::check_finite(s);
        for (const auto& s : r.horizon) compare_text::check_finite(s);
    }
}

// ---- table --------------------------------------------------------------------------------

// The table's words and numbers in one language.
struct TableWords {
    report::Words w;
    report::Lang lang;

    std::string value(double x, models::Unit unit) const {
        return compare_text::table_number(unit == models::Unit::eur ? x / 1000.0 : x, 1, lang);
    }
    std::string unit(models::Unit u) const {
        return w(u == models::Unit::eur ? Label::ct_unit_teur : Label::ct_unit_months);
    }
    template <class M>
    std::string title(M m) const {
        return lang == report::Lang::de ? std::string(models::info(m).title_de) : std::string(models::info(m).title);
    }
    // The column heads after the scenario's label column.
    std::string heads() const {
        return fmt::format("{:>9} {:>9} {:>9} {:>9} | {:>9} {:>7} {:>10} {:>7}\n", w(Label::ct_col_mean), "P5", "P50",
                           "P95", w(Label::ct_col_diff), w(Label::ct_col_se), w(Label::ct_col_p_better),
                           w(Label::ct_col_se));
    }
};

std::string difference_cells(const TableWords& t, const models::PairedDifference& d, models::Unit unit) {
    const double se = unit == models::Unit::eur ? d.standard_error / 1000.0 : d.standard_error;
    return fmt::format(" {:>9} {:>7} {:>8} % {:>5} %", t.value(d.mean, unit), compare_text::table_number(se, 2, t.lang),
                       compare_text::table_number(100.0 * d.p_better, 1, t.lang),
                       compare_text::table_number(100.0 * d.p_better_se, 1, t.lang));
}

std::string output_block(const TableWords& t, const CompareReport& r,
                         const std::vector<models::ScenarioComparison>& results, std::size_t k) {
    const Output o = output(kComparedYearly[k]);
    const std::size_t w = label_width(r);
    std::string out = fmt::format("\n{} ({})\n", t.title(kComparedYearly[k]), t.unit(o.unit));
    out += fmt::format("  {:>4}  {:<{}} ", t.w(Label::ct_col_year), t.w(Label::ct_col_scenario), w) + t.heads();
    // Every calendar year of any scenario, in order (horizons may differ).
    std::set<int> years;
    for (const auto& c : results)
        for (const auto& y : c.years) years.insert(y.year);
    for (const int year : years) {
        bool shown = false;  // the year is written on its first line only
        for (std::size_t i = 0; i < results.size(); ++i) {
            const auto it = std::find_if(results[i].years.begin(), results[i].years.end(),
                                         [&](const models::ComparedYear& c) { return c.year == year; });
            if (it == results[i].years.end()) continue;
            const sim::Summary& s = it->values[k];
            out += fmt::format("  {:>4}  {:<{}} {:>9} {:>9} {:>9} {:>9} |", shown ? "" : std::to_string(year),
                               one_line(r.scenarios[i].label).substr(0, w), w, t.value(s.mean, o.unit),
                               t.value(s.p5, o.unit), t.value(s.p50, o.unit), t.value(s.p95, o.unit));
            if (it->difference) out += difference_cells(t, (*it->difference)[k], o.unit);
            out += "\n";
            shown = true;
        }
    }
    return out;
}

std::string horizon_block(const TableWords& t, const CompareReport& r,
                          const std::vector<models::ScenarioComparison>& results) {
    const std::size_t w = label_width(r);
    std::string out = fmt::format("\n{}\n", t.w(Label::ct_horizon));
    for (std::size_t k = 0; k < models::kTrialCompared; ++k) {
        const Output o = output(kComparedTrial[k]);
        out += fmt::format("  {} ({})\n", t.title(kComparedTrial[k]), t.unit(o.unit));
        out += fmt::format("        {:<{}} ", t.w(Label::ct_col_scenario), w) + t.heads();
        for (std::size_t i = 0; i < results.size(); ++i) {
            const sim::Summary& s = results[i].horizon[k];
            out += fmt::format("        {:<{}} {:>9} {:>9} {:>9} {:>9} |", one_line(r.scenarios[i].label).substr(0, w),
                               w, t.value(s.mean, o.unit), t.value(s.p5, o.unit), t.value(s.p50, o.unit),
                               t.value(s.p95, o.unit));
            if (results[i].horizon_difference) out += difference_cells(t, (*results[i].horizon_difference)[k], o.unit);
            out += "\n";
        }
    }
    return out;
}

std::string comparison_table(const CompareReport& r, const std::vector<models::ScenarioComparison>& results,
                             report::Lang lang) {
    const TableWords t{report::Words(lang), lang};
    std::string out = compare_text::header(r, false, lang) + t.w(Label::ct_legend);
    for (std::size_t k = 0; k < models::kYearlyCompared; ++k) out += output_block(t, r, results, k);
    return out + horizon_block(t, r, results);
}

// ---- CSV ----------------------------------------------------------------------------------

NumberKind kind_of(models::Unit unit) {
    return unit == models::Unit::eur ? NumberKind::eur_cent : NumberKind::decimal1;
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
    t.header = compare_text::csv_header(kCompareColumns, dialect, w);
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
    return report::write_csv({t}, compare_text::csv_provenance(r, w), dialect);
}

// ---- JSON ---------------------------------------------------------------------------------

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
    std::string out = compare_text::json_start(r, false);
    for (std::size_t i = 0; i < results.size(); ++i) {
        out += fmt::format("    {{{}, \"base\": {},\n     \"years\": [\n", compare_text::json_scenario(r.scenarios[i]),
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

}  // namespace

std::string format_comparison(const CompareReport& r, const std::vector<models::ScenarioComparison>& results,
                              Format format, CsvDialect csv, report::Lang lang) {
    check_finite(results);
    if (format == Format::csv) return comparison_csv(r, results, csv, lang);
    if (format == Format::json) return comparison_json(r, results);
    return comparison_table(r, results, lang);
}

}  // namespace mvzsim::cli
