#include "cli/screen_sites.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <set>

#include "models/analysis/compare.h"
#include "models/projection/projection.h"

namespace mvzsim::cli {
namespace {

namespace fs = std::filesystem;

// A message about a --set made from a cell, placed at the cell (the value) or at the header (the key).
scenarios::Diagnostic located(scenarios::Diagnostic d, const Site& site, const MunicipalityTable& t) {
    // The row's template file cannot be read: at its cell.
    if (site.template_line > 0 && d.line == 0 && d.file == site.out.template_file) {
        d.message = scenarios::escape_control(d.file) + ": " + d.message;
        d.file = t.file;
        d.line = site.template_line;
        d.column = site.template_column;
        d.path = "template";
        return d;
    }
    for (const auto& o : site.origins) {
        if (d.file != "--set '" + o.argument + "'") continue;
        d.file = t.file;
        const int in_value = d.column - static_cast<int>(o.key_length) - 1;
        if (in_value >= 1) {
            d.line = o.line;
            d.column = o.column + in_value - 1;
        } else {
            d.line = t.header_line;
            d.column = o.header_column + std::max(0, d.column - 1);
        }
        return d;
    }
    return d;
}

fs::path template_path(const MunicipalityTable& t, const std::string& cell) {
    const fs::path p(cell);
    return p.is_absolute() ? p : fs::path(t.file).parent_path() / p;
}

}  // namespace

Site site_of(const MunicipalityTable& t, const TableRow& row, const RunArgs& a) {
    Site s;
    s.out.line = row.line;
    s.out.template_file = a.scenario;
    s.sets = a.load.sets;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const TableColumn& col = t.columns[c];
        const TableCell& cell = row.cells[c];
        switch (col.kind) {
            case TableColumn::Kind::name:
                s.out.name = cell.text;
                break;
            case TableColumn::Kind::template_file:
                if (cell.text.empty()) break;
                s.out.template_file = template_path(t, cell.text).string();
                s.template_line = row.line;
                s.template_column = cell.column;
                break;
            case TableColumn::Kind::info:
                s.out.info.emplace_back(col.header, cell.text);
                break;
            case TableColumn::Kind::key:
                if (cell.text.empty()) break;
                s.origins.push_back(
                    {col.header + "=" + cell.text, col.header.size(), row.line, cell.column, col.column});
                s.sets.push_back(s.origins.back().argument);
                break;
        }
    }
    return s;
}

bool load_sites(const MunicipalityTable& t, std::vector<Site>& sites, const RunArgs& a, std::ostream& err) {
    bool ok = true;
    std::set<std::string> printed;
    // Each message once: a misspelt key in the header is the same error in every row.
    const auto print = [&](const scenarios::Diagnostic& d, const Site& s) {
        const std::string text = scenarios::format(located(d, s, t));
        if (!printed.insert(text).second) return false;
        err << text << '\n';
        return true;
    };
    for (auto& s : sites) {
        try {
            s.scenario = scenarios::load_scenario(s.out.template_file, {s.sets});
            for (const auto& w : s.scenario->warnings) print(w, s);
            if (a.load.strict && !s.scenario->warnings.empty()) ok = false;
        } catch (const scenarios::InputError& e) {
            bool any = false;
            for (const auto& d : e.diagnostics()) any = print(d, s) || any;
            if (any)
                err << fmt::format("mvzsim screen: in municipality '{}' ({} line {})\n",
                                   scenarios::escape_control(s.out.name), scenarios::escape_control(t.file),
                                   s.out.line);
            ok = false;
        }
    }
    if (!ok)
        err << fmt::format("{}: {}nothing was run.\n", scenarios::escape_control(t.file),
                           a.load.strict ? "errors (with --strict, warnings too); " : "errors; ");
    return ok;
}

std::string check_run_settings(const std::vector<Site>& sites, const RunArgs& a, const sim::RunOptions& run,
                               std::ostream& err) {
    int years = 0;
    std::set<std::string> noted;
    for (const auto& site : sites) {
        const models::CentreSpec& spec = site.scenario->spec;
        years = std::max(years, spec.horizon_years);
        if (((!a.seed && spec.default_seed != run.seed) || (!a.trials && spec.default_trials != run.trials)) &&
            noted.insert(site.out.template_file).second)
            err << fmt::format(
                "mvzsim screen: {} runs on the first row's seed {} and {} trials (common random numbers), not on "
                "its own centre.seed and centre.trials\n",
                scenarios::escape_control(site.out.template_file), run.seed, run.trials);
    }
    // One municipality at a time keeps its compared outputs (and its break-even search a run's worth).
    const double bytes = models::compare_memory_bytes(run.trials, years, 0);
    if (bytes <= models::kDefaultMemoryLimit) return {};
    return fmt::format(
        "{} trials would need {:.2f} GiB for each municipality's outputs (at most {:.0f} GiB): use "
        "fewer trials",
        run.trials, bytes / (1024.0 * 1024 * 1024), models::kDefaultMemoryLimit / (1024.0 * 1024 * 1024));
}

}  // namespace mvzsim::cli
