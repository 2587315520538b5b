#include "cli/compare_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "cli/report_text.h"

namespace mvzsim::cli::compare_text {

using report::Label;

std::string header(const CompareReport& r, bool batch, report::Lang lang) {
    const report::Words w(lang);
    std::string out = w(Label::ct_title, r.version, batch ? w(Label::ct_batch) : "", r.scenarios.size(), r.seed,
                        table_number(static_cast<double>(r.trials), 0, lang)) +
                      "\n";
    for (std::size_t i = 0; i < r.scenarios.size(); ++i) {
        const auto& s = r.scenarios[i];
        const bool base = i == 0 && !batch;
        out += fmt::format("  {:<5} {}  \"{}\"\n", base ? w(Label::ct_base) : "", one_line(s.label),
                           one_line(s.provenance.scenario_name));
        // A variant of the first file names only its --set values beyond the first's.
        const auto& first = r.scenarios[0].provenance;
        const bool same_file = i > 0 && s.provenance.file == first.file && s.provenance.sha256 == first.sha256;
        const std::size_t shared = same_file ? std::min(first.sets.size(), s.provenance.sets.size()) : 0;
        if (same_file) {
            out +=
                w(shared > 0 ? Label::ct_same_file_sets : Label::ct_same_file, one_line(r.scenarios[0].label)) + "\n";
        } else {
            out += w(Label::ct_file, one_line(s.provenance.file), s.provenance.sha256) + "\n";
            for (const auto& e : s.provenance.extends) out += w(Label::ct_extends, one_line(e.file), e.sha256) + "\n";
        }
        for (std::size_t k = shared; k < s.provenance.sets.size(); ++k)
            out += fmt::format("        --set {}\n", one_line(s.provenance.sets[k]));
    }
    return out;
}

std::string table_number(double x, int decimals, report::Lang lang) {
    if (lang == report::Lang::en) return fmt::format("{:.{}f}", x, decimals);
    return report::format_number(x, decimals, report::text_style(lang));
}

std::size_t label_width(const CompareReport& r) {
    std::size_t w = 8;
    for (const auto& s : r.scenarios) w = std::max(w, std::min<std::size_t>(one_line(s.label).size(), 28));
    return w;
}

// A value as the table shows it: EUR in thousands, months with one decimal.
std::vector<std::string> csv_header(std::span<const Column> columns, CsvDialect dialect, const report::Words& w) {
    std::vector<std::string> h;
    for (const auto& c : columns) h.push_back(dialect == CsvDialect::en ? c.name : w(c.label));
    return h;
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

std::string json_start(const CompareReport& r, bool batch) {
    return fmt::format(
        "{{\n  \"program\": {{\"name\": \"mvzsim\", \"version\": {}}},\n  \"command\": \"compare\",\n  \"batch\": {},\n"
        "  \"seed\": {},\n  \"trials\": {},\n  \"quantile_rule\": {},\n  \"scenarios\": [\n",
        json_string(r.version), batch ? "true" : "false", r.seed, r.trials, json_string(kQuantileRule));
}

void check_finite(const sim::Summary& s) {
    if (!std::isfinite(s.mean) || !std::isfinite(s.sd) || !std::isfinite(s.min) || !std::isfinite(s.max))
        throw std::runtime_error("a projection overflowed (a non-finite result): check for implausibly large inputs");
}

}  // namespace mvzsim::cli::compare_text
