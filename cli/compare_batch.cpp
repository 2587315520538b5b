#include <fmt/format.h>

#include <string>

#include "cli/compare_report.h"
#include "cli/compare_text.h"
#include "cli/report_text.h"

namespace mvzsim::cli {
namespace {

using compare_text::Column;
using report::Cell;
using report::Label;
using report::NumberKind;

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
    std::string out = compare_text::header(r, true);
    out +=
        "  amounts in EUR thousand. cumulative: mean cumulative result at the end of the horizon (its last\n"
        "  year) with its standard error; P(loss): in the third calendar year; subsidy P95: of the trial's\n"
        "  largest yearly subsidy need; credit P95: of the largest cash gap; break-even: the median first\n"
        "  year with an annual result >= 0 (never: the share of trials without one). vs base: the\n"
        "  scenario's cumulative result minus the first one's at the end of the first one's horizon, trial\n"
        "  by trial (mean, s.e.), and the share of trials in which it is higher (P(better)).\n\n";
    const std::size_t w = compare_text::label_width(r);
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
    t.header = compare_text::csv_header(kBatchColumns, dialect, w);
    for (std::size_t i = 0; i < results.size(); ++i) t.rows.push_back(batch_row(r.scenarios[i], results[i]));
    return report::write_csv({t}, compare_text::csv_provenance(r, w), dialect);
}

std::string batch_json(const CompareReport& r, const std::vector<models::Headline>& results) {
    std::string out = compare_text::json_start(r, true);
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
            compare_text::json_scenario(r.scenarios[i]), h.last_year, h.cumulative.mean, h.cumulative.standard_error,
            h.loss_year, h.p_loss, h.p_loss_se, h.subsidy_p95, h.credit_line_p95, break_even_text(h, "null"),
            h.share_never, versus, i + 1 < results.size() ? "," : "");
    }
    return out + "  ]\n}\n";
}

}  // namespace

std::string format_batch(const CompareReport& r, const std::vector<models::Headline>& results, Format format,
                         CsvDialect csv, report::Lang lang) {
    for (const auto& h : results) compare_text::check_finite(h.cumulative);
    if (format == Format::csv) return batch_csv(r, results, csv, lang);
    if (format == Format::json) return batch_json(r, results);
    return batch_table(r, results);
}

}  // namespace mvzsim::cli
