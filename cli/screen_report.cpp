#include "cli/screen_report.h"

#include <fmt/format.h>

#include "cli/report/csv_writer.h"
#include "cli/report/words.h"
#include "cli/report_text.h"
#include "cli/sha256.h"

namespace mvzsim::cli {
namespace {

using report::Cell;
using report::Label;
using report::NumberKind;

struct Column {
    const char* name;
    Label label;
};

constexpr Column kColumns[] = {
    {"rank", Label::scr_rank},
    {"municipality", Label::scr_municipality},
    {"table_line", Label::scr_line},
    {"template", Label::scr_template},
    {"doctors_needed", Label::scr_doctors_needed},
    {"doctors_status", Label::scr_doctors_status},
    {"breakeven_year", Label::scr_breakeven_year},
    {"loss_year", Label::cmp_loss_year},
    {"p_loss", Label::cmp_p_loss},
    {"p_loss_se", Label::cmp_p_loss_se},
    {"subsidy_p50", Label::scr_subsidy_p50},
    {"subsidy_p95", Label::scr_subsidy_p95},
    {"largest_subsidy_need_p95", Label::cmp_subsidy_p95},
    {"credit_line_p95", Label::cmp_credit_p95},
    {"last_year", Label::cmp_last_year},
    {"cumulative_result_mean", Label::cmp_cumulative},
    {"cumulative_result_se", Label::cmp_cumulative_se},
};

enum class Status { firm, open, not_reached, not_analysed };

Status status_of(const ScreenedSite& s) {
    if (!s.breakeven) return Status::not_analysed;
    if (!s.breakeven->minimum) return Status::not_reached;
    return s.breakeven->minimum_certain ? Status::firm : Status::open;
}

const char* status_name(Status s) {
    switch (s) {
        case Status::firm:
            return "firm";
        case Status::open:
            return "open";
        case Status::not_reached:
            return "not_reached";
        case Status::not_analysed:
            return "not_analysed";
    }
    return "";
}

Label status_label(Status s) {
    switch (s) {
        case Status::firm:
            return Label::scr_status_firm;
        case Status::open:
            return Label::scr_status_open;
        case Status::not_reached:
            return Label::scr_status_not_reached;
        case Status::not_analysed:
            return Label::scr_status_not_analysed;
    }
    return Label::scr_status_not_analysed;
}

std::string header_text(const ScreenReport& r) {
    std::string out = fmt::format(
        "mvzsim {} screen: {} (SHA-256 {}), {} municipalities; seed {}, trials {}, sorted by {}\n", r.version,
        one_line(r.table_file), r.table_sha256.substr(0, 16), r.sites.size(), r.seed, r.trials, r.sort_by);
    for (const auto& set : r.sets) out += fmt::format("  --set {}\n", one_line(set));
    return out;
}

std::string text_table(const ScreenReport& r) {
    std::string out = header_text(r);
    out += fmt::format(
        "  amounts in EUR thousand. doctors: the smallest doctor FTE count whose annual result in the\n"
        "  break-even year is >= 0 in at least {:.0f} % of trials ('?': the Monte Carlo error leaves it open;\n"
        "  none: not within the range); P(loss) and subsidy P50/P95: the probability of an annual loss and\n"
        "  the owner's subsidy need max(0, -result) in the third calendar year; largest P95: of the trial's\n"
        "  largest yearly subsidy need; credit P95: of the largest cash gap (the credit line needed).\n\n",
        100.0 * r.confidence);
    std::size_t w = 12;
    for (const auto& s : r.sites) w = std::max(w, std::min<std::size_t>(30, one_line(s.name).size()));
    out +=
        fmt::format("  {:>4}  {:<{}} {:>8} {:>5} | {:>5} {:>8} {:>12} {:>12} | {:>12} {:>11}\n", "rank", "municipality",
                    w, "doctors", "year", "year", "P(loss)", "subsidy P50", "subsidy P95", "largest P95", "credit P95");
    for (std::size_t i = 0; i < r.sites.size(); ++i) {
        const auto& s = r.sites[i];
        const auto& h = s.headline;
        const auto needed = doctors_needed(s);
        std::string doctors = needed ? fmt::format("{:g}{}", *needed, status_of(s) == Status::open ? "?" : "")
                                     : (s.breakeven ? "none" : "-");
        const std::string year = s.breakeven ? std::to_string(s.breakeven->year) : "-";
        out += fmt::format("  {:>4}  {:<{}} {:>8} {:>5} | {:>5} {:>6.1f} % {:>12.1f} {:>12.1f} | {:>12.1f} {:>11.1f}\n",
                           i + 1, one_line(s.name).substr(0, w), w, doctors, year, h.loss_year, 100.0 * h.p_loss,
                           h.loss_year_subsidy_p50 / 1000.0, h.loss_year_subsidy_p95 / 1000.0, h.subsidy_p95 / 1000.0,
                           h.credit_line_p95 / 1000.0);
    }
    return out;
}

// The info: columns of the first site (every site has the same).
std::vector<std::string> info_headers(const ScreenReport& r) {
    std::vector<std::string> h;
    if (!r.sites.empty())
        for (const auto& [k, v] : r.sites[0].info) h.push_back(k);
    return h;
}

std::string csv(const ScreenReport& r, CsvDialect dialect, report::Lang lang) {
    const report::Words w(lang, report::csv_style(lang));
    report::Table t;
    for (const auto& c : kColumns) t.header.push_back(dialect == CsvDialect::en ? c.name : w(c.label));
    for (const auto& h : info_headers(r)) t.header.push_back(h);
    const auto eur = [](double x) { return Cell::of(x, NumberKind::eur_cent); };
    const auto share = [](double x) { return Cell::of(x, NumberKind::percent); };
    const auto year = [](int y) { return Cell::of(y, NumberKind::year); };
    for (std::size_t i = 0; i < r.sites.size(); ++i) {
        const auto& s = r.sites[i];
        const auto& h = s.headline;
        const auto needed = doctors_needed(s);
        const Status status = status_of(s);
        report::Row row{
            {Cell::of(static_cast<double>(i + 1), NumberKind::count), Cell::of(one_line(s.name)),
             Cell::of(static_cast<double>(s.line), NumberKind::count), Cell::of(one_line(s.template_file)),
             needed ? Cell::of(*needed, NumberKind::decimal1) : Cell{},
             Cell::of(dialect == CsvDialect::en ? std::string(status_name(status)) : w(status_label(status))),
             s.breakeven ? year(s.breakeven->year) : Cell{}, year(h.loss_year), share(h.p_loss), share(h.p_loss_se),
             eur(h.loss_year_subsidy_p50), eur(h.loss_year_subsidy_p95), eur(h.subsidy_p95), eur(h.credit_line_p95),
             year(h.last_year), eur(h.cumulative.mean), eur(h.cumulative.standard_error)}};
        for (const auto& [k, v] : s.info) row.cells.push_back(Cell::of(one_line(v)));
        t.rows.push_back(std::move(row));
    }
    report::CsvProvenance p;
    p.comment = fmt::format("mvzsim {}; screen; table {} sha256 {}; seed {}; trials {}; sorted by {}", r.version,
                            one_line(r.table_file), r.table_sha256, r.seed, r.trials, r.sort_by);
    p.title = w(Label::provenance_title);
    p.rows.push_back({w(Label::prov_program), "mvzsim " + r.version});
    p.rows.push_back({w(Label::scr_table), one_line(r.table_file) + " (SHA-256 " + r.table_sha256 + ")"});
    for (const auto& set : r.sets) {
        p.comment += "; --set " + one_line(set);
        p.rows.push_back({w(Label::prov_set), one_line(set)});
    }
    p.rows.push_back({w(Label::prov_seed), std::to_string(r.seed)});
    p.rows.push_back({w(Label::prov_trials), std::to_string(r.trials)});
    std::vector<std::string> seen;
    for (const auto& s : r.sites) {
        const std::string entry = one_line(s.template_file) + " (SHA-256 " + s.provenance.sha256 + ")";
        if (std::find(seen.begin(), seen.end(), entry) != seen.end()) continue;
        seen.push_back(entry);
        p.comment += fmt::format("; template {} sha256 {}", one_line(s.template_file), s.provenance.sha256);
        p.rows.push_back({w(Label::scr_template), entry});
    }
    return report::write_csv({t}, p, dialect);
}

std::string json(const ScreenReport& r) {
    std::string out = fmt::format(
        "{{\n  \"command\": \"screen\",\n  \"version\": {},\n  \"table\": {{\"file\": {}, \"sha256\": \"{}\"}},\n"
        "  \"seed\": {},\n  \"trials\": {},\n  \"sorted_by\": {},\n  \"confidence\": {},\n  \"sets\": [",
        json_string(r.version), json_string(r.table_file), r.table_sha256, r.seed, r.trials, json_string(r.sort_by),
        r.confidence);
    for (std::size_t i = 0; i < r.sets.size(); ++i) out += (i ? ", " : "") + json_string(r.sets[i]);
    out += "],\n  \"municipalities\": [\n";
    for (std::size_t i = 0; i < r.sites.size(); ++i) {
        const auto& s = r.sites[i];
        const auto& h = s.headline;
        const auto needed = doctors_needed(s);
        std::string info;
        for (const auto& [k, v] : s.info) info += (info.empty() ? "" : ", ") + json_string(k) + ": " + json_string(v);
        out += fmt::format(
            "    {{\"rank\": {}, \"municipality\": {}, \"table_line\": {}, \"template\": {}, \"sha256\": \"{}\", "
            "\"doctors_needed\": {}, \"doctors_status\": \"{}\", \"breakeven_year\": {}, \"loss_year\": {}, "
            "\"p_loss\": {}, \"p_loss_se\": {}, \"subsidy_p50\": {}, \"subsidy_p95\": {}, "
            "\"largest_subsidy_need_p95\": {}, \"credit_line_p95\": {}, \"last_year\": {}, \"cumulative_result_mean\": "
            "{}, \"cumulative_result_se\": {}, \"info\": {{{}}}}}{}\n",
            i + 1, json_string(s.name), s.line, json_string(s.template_file), s.provenance.sha256,
            needed ? fmt::format("{}", *needed) : "null", status_name(status_of(s)),
            s.breakeven ? std::to_string(s.breakeven->year) : "null", h.loss_year, h.p_loss, h.p_loss_se,
            h.loss_year_subsidy_p50, h.loss_year_subsidy_p95, h.subsidy_p95, h.credit_line_p95, h.last_year,
            h.cumulative.mean, h.cumulative.standard_error, info, i + 1 < r.sites.size() ? "," : "");
    }
    return out + "  ]\n}\n";
}

}  // namespace

std::optional<double> doctors_needed(const ScreenedSite& s) {
    if (!s.breakeven || !s.breakeven->minimum) return std::nullopt;
    return s.breakeven->counts[*s.breakeven->minimum].fte;
}

std::string format_screen(const ScreenReport& r, Format format, CsvDialect csv_dialect, report::Lang lang) {
    if (format == Format::csv) return csv(r, csv_dialect, lang);
    if (format == Format::json) return json(r);
    return text_table(r);
}

}  // namespace mvzsim::cli
