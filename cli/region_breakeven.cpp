// `mvzsim breakeven REGION.yaml`: how many doctors in total, placed where (models/region/region_breakeven.h).
#include "models/region/region_breakeven.h"

#include <fmt/format.h>

#include <ostream>

#include "cli/cli.h"
#include "cli/region_report.h"
#include "cli/region_run.h"
#include "cli/report/csv_writer.h"
#include "cli/report/number_format.h"
#include "cli/report_text.h"
#include "models/analysis/doctor_variants.h"
#include "models/region/region_model.h"

namespace mvzsim::cli {
namespace {

using report::Lang;

std::vector<double> levels(double low, double high, double step) {
    std::vector<double> out;
    for (int k = 0;; ++k) {
        const double fte = std::round((low + k * step) * 10.0) / 10.0;  // FTE in tenths
        if (fte > high + 1e-9) break;
        if (fte > 0.0) out.push_back(fte);
    }
    return out;
}

std::string placement_text(const models::RegionSpec& spec, const models::Placement& p,
                           const report::NumberStyle& style) {
    std::string out;
    for (std::size_t s = 0; s < p.fte.size(); ++s)
        out += fmt::format("{}{} {}", s ? ", " : "", spec.sites[s].name, report::format_number(p.fte[s], 1, style));
    return out;
}

std::string table(const RegionProvenance& prov, const models::RegionSpec& spec, const models::RegionBreakevenResult& r,
                  Lang lang) {
    const bool de = lang == Lang::de;
    const auto style = report::text_style(lang);
    std::string out = fmt::format("Region: {}\n", one_line(prov.region.scenario_name));
    out += provenance_lines(prov.region);
    out += fmt::format(
        fmt::runtime(de ? "Break-even der Region: Jahresergebnis des Kreises {} >= 0 mit Wahrscheinlichkeit >= {}; "
                          "{} Verteilungen verglichen, je Gesamtzahl die beste.\n"
                        : "Region break-even: the county's annual result in {} >= 0 with probability >= {}; {} "
                          "placements compared, the best for each total.\n"),
        r.year, report::format_percent(r.confidence, 0, style), r.placements);
    out += fmt::format("{:>10}  {:<44} {:>16} {:>14} {:>14}\n", de ? "VZÄ gesamt" : "total FTE",
                       de ? "Verteilung auf die Standorte (VZÄ)" : "placement (FTE per site)",
                       de ? "P(Ergebnis >= 0)" : "P(result >= 0)", de ? "Ergebnis T€" : "result kEUR",
                       de ? "Zuschuss T€" : "subsidy kEUR");
    for (std::size_t i = 0; i < r.best.size(); ++i) {
        const auto& p = r.best[i];
        out +=
            fmt::format("{:>10}  {:<44} {:>16} {:>14} {:>14}{}\n", report::format_number(p.total, 1, style),
                        placement_text(spec, p, style),
                        fmt::format("{} ± {}", report::format_percent(p.p_carry, 1, style),
                                    report::format_percent(p.p_carry_se, 1, style)),
                        report::format_thousand(p.mean_result, style), report::format_thousand(p.mean_subsidy, style),
                        r.answer && *r.answer == i ? (de ? "  <- Antwort" : "  <- answer") : "");
    }
    if (r.answer)
        out += fmt::format(fmt::runtime(de ? "Antwort: {} Arzt-VZÄ insgesamt, verteilt: {}.\n"
                                           : "Answer: {} doctor FTE in total, placed: {}.\n"),
                           report::format_number(r.best[*r.answer].total, 1, style),
                           placement_text(spec, r.best[*r.answer], style));
    else
        out += de ? "Keine der verglichenen Verteilungen erreicht die Wahrscheinlichkeit.\n"
                  : "No placement compared reaches the confidence.\n";
    return out;
}

std::string csv(const RegionProvenance& prov, const models::RegionSpec& spec, const models::RegionBreakevenResult& r,
                CsvDialect dialect, Lang lang) {
    const bool de = lang == Lang::de;
    report::Table t;
    t.caption = de ? "Break-even der Region" : "Region break-even";
    t.header = {de ? "VZÄ gesamt" : "total_fte"};
    for (const auto& s : spec.sites) t.header.push_back((de ? "VZÄ " : "fte_") + s.name);
    for (const char* h : {de ? "P(Ergebnis >= 0)" : "p_result_nonnegative", de ? "Standardfehler" : "standard_error",
                          de ? "Ergebnis (Mittel)" : "mean_result",
                          de ? "Zuschussbedarf (Mittel)" : "mean_subsidy_need", de ? "Antwort" : "answer"})
        t.header.emplace_back(h);
    for (std::size_t i = 0; i < r.best.size(); ++i) {
        const auto& p = r.best[i];
        report::Row row;
        row.cells.push_back(report::Cell::of(p.total, report::NumberKind::decimal1));
        for (double f : p.fte) row.cells.push_back(report::Cell::of(f, report::NumberKind::decimal1));
        row.cells.push_back(report::Cell::of(p.p_carry, report::NumberKind::percent));
        row.cells.push_back(report::Cell::of(p.p_carry_se, report::NumberKind::percent));
        row.cells.push_back(report::Cell::of(p.mean_result, report::NumberKind::eur_cent));
        row.cells.push_back(report::Cell::of(p.mean_subsidy, report::NumberKind::eur_cent));
        row.cells.push_back(report::Cell::of(r.answer && *r.answer == i ? (de ? "ja" : "yes") : ""));
        t.rows.push_back(std::move(row));
    }
    report::CsvProvenance p;
    p.comment = provenance_comment(prov.region) + fmt::format("; year {}; confidence {}", r.year, r.confidence);
    p.title = de ? "Herkunft" : "Provenance";
    p.rows = {{de ? "Region" : "region", one_line(prov.region.scenario_name)},
              {de ? "Datei" : "file", one_line(prov.region.file)},
              {"SHA-256", prov.region.sha256},
              {de ? "Jahr" : "year", std::to_string(r.year)},
              {de ? "Startwert (Seed)" : "seed", std::to_string(prov.region.seed)},
              {de ? "Läufe" : "trials", std::to_string(prov.region.trials)}};
    return report::write_csv({t}, p, dialect);
}

}  // namespace

int run_region_breakeven(const RunArgs& a, const std::optional<std::pair<double, double>>& doctors, double step,
                         std::optional<int> year, double confidence, std::ostream& out, std::ostream& err) {
    if (a.chosen != Format::table && a.chosen != Format::csv)
        return usage_error("breakeven", "a region's break-even writes a table or CSV", err);
    const auto file = load_region_or_report(a.scenario, a.load.strict, err);
    if (!file) return kExitBadInput;
    models::RegionBreakevenOptions o;
    for (const auto& site : file->spec.sites) {
        const double high = doctors ? doctors->second : std::ceil(models::total_doctor_fte(site.spec)) + 1.0;
        o.levels.push_back(levels(doctors ? doctors->first : step, high, step));
    }
    const models::RegionModel region(file->spec);
    o.year = year.value_or(region.first_year() + region.years() - 1);
    o.confidence = confidence;
    const std::uint64_t seed = a.seed ? static_cast<std::uint64_t>(*a.seed) : file->spec.default_seed;
    const std::size_t trials = a.trials ? static_cast<std::size_t>(*a.trials) : file->spec.default_trials;
    o.run = {.seed = seed, .trials = trials, .threads = static_cast<unsigned>(a.threads)};
    models::RegionBreakevenResult r;
    try {
        r = models::region_breakeven(file->spec, o);
    } catch (const std::invalid_argument& e) {
        return usage_error("breakeven", e.what(), err);
    }
    const RegionProvenance p = region_provenance(*file, seed, trials);
    return emit("breakeven",
                a.chosen == Format::csv ? csv(p, file->spec, r, a.csv, a.lang) : table(p, file->spec, r, a.lang), a,
                out, err);
}

}  // namespace mvzsim::cli
