#pragma once
// The output of `mvzsim screen` (internal to cli/): one row per municipality with its headline
// figures, as a terminal table, CSV (English or German) or JSON.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/output_format.h"
#include "cli/report.h"
#include "models/analysis/breakeven.h"
#include "models/analysis/compare.h"

namespace mvzsim::cli {

// One municipality's figures.
struct ScreenedSite {
    std::string name;
    int line = 0;  // its line in the table
    std::string template_file;
    Provenance provenance;                                  // of its scenario (the template with the row's values)
    std::vector<std::pair<std::string, std::string>> info;  // the info: columns, as written
    models::Headline headline;
    std::optional<models::BreakevenResult> breakeven;  // nullopt with --no-breakeven
};

// The doctor FTE needed (the break-even minimum), when the search found one.
std::optional<double> doctors_needed(const ScreenedSite& s);

struct ScreenReport {
    std::string table_file, table_sha256, sort_by, version;
    std::vector<std::string> sets;  // the command line's --set, applied to every municipality
    std::uint64_t seed = 0;
    std::size_t trials = 0;
    double confidence = 0.8;
    std::vector<ScreenedSite> sites;  // in the order of the output (sorted)
};

std::string format_screen(const ScreenReport& r, Format format, CsvDialect csv, report::Lang lang);

}  // namespace mvzsim::cli
