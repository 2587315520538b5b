#include "cli/region_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "cli/cli.h"
#include "cli/report/csv_writer.h"
#include "cli/report/number_format.h"
#include "cli/report_text.h"
#include "cli/sha256.h"

namespace mvzsim::cli {
namespace {

using models::RegionMetric;
using models::RegionTrialMetric;
using report::Lang;

// The region report's words, English and German.
struct Word {
    const char* en;
    const char* de;
};
const char* say(const Word& w, Lang lang) {
    return lang == Lang::de ? w.de : w.en;
}

// Each figure's name (CSV, JSON), unit and titles.
struct FigureInfo {
    const char* name;
    const char* unit;
    Word title;
};
constexpr FigureInfo kYearly[] = {
    {"subsidy_need", "EUR", {"Subsidy need (loss compensation)", "Zuschussbedarf (Verlustausgleich)"}},
    {"cash_end", "EUR", {"Cash at year end", "Liquidität zum Jahresende"}},
    {"annual_result", "EUR", {"Annual result", "Jahresergebnis"}},
    {"posts_net_cost", "EUR", {"County posts less funding", "Stellen des Kreises abzüglich Förderung"}},
    {"over_ceiling", "share", {"Probability above the ceiling", "Wahrscheinlichkeit über der Obergrenze"}},
};
constexpr FigureInfo kTrial[] = {
    {"largest_cash_gap", "EUR", {"Largest cash gap (guarantee needed)", "Größte Liquiditätslücke (Bürgschaftsbedarf)"}},
    {"subsidy_total", "EUR", {"Subsidy need over the horizon", "Zuschussbedarf über den Horizont"}},
    {"over_ceiling_any",
     "share",
     {"Probability above the ceiling in some year", "Wahrscheinlichkeit, in einem Jahr über der Obergrenze zu liegen"}},
};
static_assert(std::size(kYearly) == models::kRegionMetricCount);
static_assert(std::size(kTrial) == models::kRegionTrialMetricCount);

bool is_region(const models::RegionProjection& r, std::size_t b) {
    return b + 1 == r.blocks.size();
}

std::string block_label(const models::RegionProjection& r, std::size_t b, Lang lang) {
    return is_region(r, b) ? fmt::format("{}: {}", say({"Region", "Region"}, lang), r.blocks[b].name)
                           : fmt::format("{} {}", say({"Site", "Standort"}, lang), r.blocks[b].name);
}

// The blocks in the order the reports show them: the region first, then the sites in file order.
std::vector<std::size_t> shown_order(const models::RegionProjection& r) {
    std::vector<std::size_t> order{r.blocks.size() - 1};
    for (std::size_t b = 0; b + 1 < r.blocks.size(); ++b) order.push_back(b);
    return order;
}

// ---- table ----

std::string eur_k(double x, Lang lang) {
    return report::format_thousand(x, report::text_style(lang));
}

std::string table(const RegionProvenance& p, const models::RegionProjection& r, Lang lang) {
    const auto style = report::text_style(lang);
    std::string out = fmt::format("{}: {}\n", say({"Region", "Region"}, lang), one_line(p.region.scenario_name));
    out += provenance_lines(p.region);
    for (std::size_t s = 0; s < p.sites.size(); ++s)
        out += fmt::format("  {} {}: {} (SHA-256 {})\n", say({"site", "Standort"}, lang), r.blocks[s].name,
                           one_line(p.sites[s].file), p.sites[s].sha256);
    out += fmt::format("{}\n", say({"Amounts in EUR thousand; P5/P50/P95 are percentiles over the trials, of each "
                                    "trial's sums for the region.",
                                    "Beträge in Tausend EUR; P5/P50/P95 sind Perzentile über die Läufe, für die Region "
                                    "die der Summen jedes Laufs."},
                                   lang));
    for (const std::size_t b : shown_order(r)) {
        const auto& block = r.blocks[b];
        out += fmt::format("\n== {} ==\n", block_label(r, b, lang));
        out += fmt::format("{:<6} {:>28} {:>20} {:>20}{}{}\n", say({"Year", "Jahr"}, lang),
                           say({"Subsidy need mean (se) P95", "Zuschuss Mittel (SF) P95"}, lang),
                           say({"Cash end P5 / P50", "Liquidität P5 / P50"}, lang),
                           say({"Result mean / P5", "Ergebnis Mittel / P5"}, lang),
                           is_region(r, b) ? fmt::format(" {:>12}", say({"Posts net", "Stellen netto"}, lang)) : "",
                           block.has_ceiling ? fmt::format(" {:>12}", say({"P(> ceiling)", "P(> Grenze)"}, lang)) : "");
        for (std::size_t y = 0; y < block.years.size(); ++y) {
            const auto& need = block.at(y, RegionMetric::subsidy_need);
            const auto& cash = block.at(y, RegionMetric::cash_end);
            const auto& result = block.at(y, RegionMetric::annual_result);
            out += fmt::format(
                "{:<6} {:>28} {:>20} {:>20}{}{}\n", r.first_year + static_cast<int>(y),
                fmt::format("{} ({}) {}", eur_k(need.mean, lang), eur_k(need.standard_error, lang),
                            eur_k(need.p95, lang)),
                fmt::format("{} / {}", eur_k(cash.p5, lang), eur_k(cash.p50, lang)),
                fmt::format("{} / {}", eur_k(result.mean, lang), eur_k(result.p5, lang)),
                is_region(r, b) ? fmt::format(" {:>12}", eur_k(block.at(y, RegionMetric::posts_net_cost).mean, lang))
                                : "",
                block.has_ceiling ? fmt::format(" {:>12}", report::format_percent(
                                                               block.at(y, RegionMetric::over_ceiling).mean, 1, style))
                                  : "");
        }
        for (std::size_t m = 0; m < 2; ++m) {
            const auto& s = block.trial[m];
            out += fmt::format("{}: {} {} ({} {}), P50 {}, P95 {}\n", say(kTrial[m].title, lang),
                               say({"mean", "Mittel"}, lang), eur_k(s.mean, lang), say({"se", "SF"}, lang),
                               eur_k(s.standard_error, lang), eur_k(s.p50, lang), eur_k(s.p95, lang));
        }
        if (block.has_ceiling)
            out += fmt::format("{}: {}\n", say(kTrial[2].title, lang),
                               report::format_percent(block.at(RegionTrialMetric::over_ceiling_any).mean, 1, style));
    }
    out += fmt::format("\n{}\n", say({"Risk from the shared inputs", "Risiko aus den gemeinsamen Eingaben"}, lang));
    out +=
        fmt::format("  {}: {}\n",
                    say({"share of the variance of the sites' summed subsidy need from the sites moving together",
                         "Anteil der Varianz des summierten Zuschussbedarfs der Standorte aus ihrem Gleichlauf"},
                        lang),
                    fmt::format("{} ({} {})", report::format_percent(r.shared.co_movement_share, 1, style),
                                say({"s.e.", "SF"}, lang), report::format_percent(r.shared.co_movement_se, 1, style)));
    for (const auto& [name, share] : r.shared.inputs)
        out += fmt::format("  {} {}: {} ({} … {})\n",
                           say({"first-order variance share of", "Varianzanteil erster Ordnung von"}, lang), name,
                           report::format_percent(share.share, 1, style), report::format_percent(share.low, 1, style),
                           report::format_percent(share.high, 1, style));
    return out;
}

// ---- CSV ----

report::Cell number_cell(double x, const char* unit) {
    return report::Cell::of(
        x, std::string_view(unit) == "share" ? report::NumberKind::percent : report::NumberKind::eur_cent);
}

void add_row(report::Table& t, const std::string& block, const std::string& year, const FigureInfo& f,
             const sim::Summary& s, Lang lang) {
    report::Row row;
    row.cells = {report::Cell::of(block), report::Cell::of(year),
                 report::Cell::of(lang == Lang::de ? f.title.de : f.name),
                 report::Cell::of(lang == Lang::de && std::string_view(f.unit) == "share" ? "Anteil" : f.unit)};
    for (double x : {s.mean, s.standard_error, s.p5, s.p50, s.p95}) row.cells.push_back(number_cell(x, f.unit));
    t.rows.push_back(std::move(row));
}

std::string csv(const RegionProvenance& p, const models::RegionProjection& r, CsvDialect dialect, Lang lang) {
    report::Table t;
    t.caption = say({"Region", "Region"}, lang);
    t.header =
        lang == Lang::de
            ? std::vector<std::string>{"Ebene",          "Jahr", "Kennzahl", "Einheit", "Mittelwert",
                                       "Standardfehler", "P5",   "P50",      "P95"}
            : std::vector<std::string>{"block", "year", "output", "unit", "mean", "standard_error", "p5", "p50", "p95"};
    for (const std::size_t b : shown_order(r)) {
        const std::string name = is_region(r, b)    ? say({"region", "Region"}, lang)
                                 : lang == Lang::de ? "Standort " + r.blocks[b].name
                                                    : "site:" + r.blocks[b].name;
        for (std::size_t y = 0; y < r.blocks[b].years.size(); ++y)
            for (std::size_t m = 0; m < models::kRegionMetricCount; ++m)
                add_row(t, name, std::to_string(r.first_year + static_cast<int>(y)), kYearly[m],
                        r.blocks[b].years[y][m], lang);
        for (std::size_t m = 0; m < models::kRegionTrialMetricCount; ++m)
            add_row(t, name, lang == Lang::de ? "alle" : "all", kTrial[m], r.blocks[b].trial[m], lang);
    }
    report::Table risk;
    risk.caption = say({"Risk from the shared inputs", "Risiko aus den gemeinsamen Eingaben"}, lang);
    risk.header =
        lang == Lang::de
            ? std::vector<std::string>{"Maß", "Eingabe", "Anteil", "Standardfehler", "untere Grenze", "obere Grenze"}
            : std::vector<std::string>{"measure", "input", "share", "standard_error", "low", "high"};
    const auto percent = [](double x) { return report::Cell::of(x, report::NumberKind::percent); };
    const double share = r.shared.co_movement_share, se = r.shared.co_movement_se;
    risk.rows.push_back({{report::Cell::of("co_movement_share"), report::Cell::of(""), percent(share), percent(se),
                          percent(share - 1.96 * se), percent(share + 1.96 * se)}});
    for (const auto& [name, s] : r.shared.inputs)
        risk.rows.push_back({{report::Cell::of("variance_share"), report::Cell::of(name), percent(s.share),
                              percent(s.se), percent(s.low), percent(s.high)}});
    report::CsvProvenance prov;
    prov.comment = provenance_comment(p.region);
    prov.title = lang == Lang::de ? "Herkunft" : "Provenance";
    prov.rows = {{lang == Lang::de ? "Programm" : "program", "mvzsim " + p.region.version},
                 {lang == Lang::de ? "Region" : "region", one_line(p.region.scenario_name)},
                 {lang == Lang::de ? "Datei" : "file", one_line(p.region.file)},
                 {"SHA-256", p.region.sha256}};
    for (std::size_t s = 0; s < p.sites.size(); ++s)
        prov.rows.emplace_back((lang == Lang::de ? "Standort " : "site ") + r.blocks[s].name,
                               one_line(p.sites[s].file) + " (SHA-256 " + p.sites[s].sha256 + ")");
    prov.rows.emplace_back(lang == Lang::de ? "Startwert (Seed)" : "seed", std::to_string(p.region.seed));
    prov.rows.emplace_back(lang == Lang::de ? "Läufe" : "trials", std::to_string(p.region.trials));
    return report::write_csv({t, risk}, prov, dialect);
}

// ---- JSON ----

std::string json(const RegionProvenance& p, const models::RegionProjection& r) {
    std::string out = "{\n" + json_provenance(p.region);
    out += "  \"sites\": [";
    for (std::size_t s = 0; s < p.sites.size(); ++s)
        out += fmt::format("{}{{\"name\": {}, \"file\": {}, \"sha256\": \"{}\"}}", s ? ", " : "",
                           json_string(r.blocks[s].name), json_string(p.sites[s].file), p.sites[s].sha256);
    out += "],\n  \"blocks\": [\n";
    for (std::size_t b = 0; b < r.blocks.size(); ++b) {
        const auto& block = r.blocks[b];
        out += fmt::format("    {{\"block\": {}, \"name\": {}, \"years\": [\n",
                           json_string(is_region(r, b) ? "region" : "site"), json_string(block.name));
        for (std::size_t y = 0; y < block.years.size(); ++y) {
            out += fmt::format("      {{\"year\": {}, \"months\": {}", r.first_year + static_cast<int>(y), r.months[y]);
            for (std::size_t m = 0; m < models::kRegionMetricCount; ++m)
                out += fmt::format(", \"{}\": {}", kYearly[m].name, json_summary(block.years[y][m], kYearly[m].unit));
            out += fmt::format("}}{}\n", y + 1 < block.years.size() ? "," : "");
        }
        out += "    ], \"trial\": {";
        for (std::size_t m = 0; m < models::kRegionTrialMetricCount; ++m)
            out += fmt::format("{}\"{}\": {}", m ? ", " : "", kTrial[m].name,
                               json_summary(block.trial[m], kTrial[m].unit));
        out += fmt::format("}}}}{}\n", b + 1 < r.blocks.size() ? "," : "");
    }
    out += fmt::format(
        "  ],\n  \"shared_risk\": {{\"co_movement_share\": {}, \"co_movement_se\": {}, "
        "\"variance_shares\": [",
        r.shared.co_movement_share, r.shared.co_movement_se);
    for (std::size_t i = 0; i < r.shared.inputs.size(); ++i) {
        const auto& [name, s] = r.shared.inputs[i];
        out += fmt::format("{}{{\"input\": {}, \"share\": {}, \"se\": {}, \"low\": {}, \"high\": {}}}", i ? ", " : "",
                           json_string(name), s.share, s.se, s.low, s.high);
    }
    out += "]}\n}\n";
    return out;
}

}  // namespace

RegionProvenance region_provenance(const scenarios::RegionFile& file, std::uint64_t seed, std::size_t trials) {
    RegionProvenance p;
    p.region.scenario_name = file.spec.name;
    p.region.file = file.file;
    p.region.sha256 = sha256_hex(file.text);
    p.region.version = version();
    p.region.seed = seed;
    p.region.trials = trials;
    for (const auto& s : file.sites) p.sites.push_back({s.file, sha256_hex(s.text)});
    // The region's calendar: from the earliest opening to the end of the latest site's horizon.
    int last = 0;
    models::YearMonth first = file.spec.sites.front().spec.opening;
    for (const auto& s : file.spec.sites) {
        const auto& o = s.spec.opening;
        if (o.year < first.year || (o.year == first.year && o.month < first.month)) first = o;
        last = std::max(last, o.year + s.spec.horizon_years - 1);
    }
    p.region.opening = models::to_string(first);
    p.region.horizon_years = last - first.year + 1;
    return p;
}

std::string format_region(const RegionProvenance& p, const models::RegionProjection& r, Format format,
                          CsvDialect dialect, Lang lang) {
    if (format == Format::csv) return csv(p, r, dialect, lang);
    if (format == Format::json) return json(p, r);
    return table(p, r, lang);
}

}  // namespace mvzsim::cli
