#pragma once
// The municipalities of `mvzsim screen` as scenarios (internal to cli/): each row of the table is
// the template with the row's values as --set arguments; messages about them are placed at the
// table's cells.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/screen_report.h"
#include "cli/screen_table.h"
#include "scenarios/scenario_loader.h"
#include "sim/engine.h"

namespace mvzsim::cli {

// Where a --set argument made from a cell came from.
struct CellOrigin {
    std::string argument;  // KEY=VALUE
    std::size_t key_length = 0;
    int line = 0, column = 0;  // of the cell's text
    int header_column = 0;
};

struct Site {
    ScreenedSite out;
    int template_line = 0, template_column = 0;  // of the row's template cell, if it names one
    std::vector<std::string> sets;               // the command line's, then the row's
    std::vector<CellOrigin> origins;
    std::optional<scenarios::Scenario> scenario;
};

// The row's site: its name, template, info columns and --set arguments (the command's first).
Site site_of(const MunicipalityTable& t, const TableRow& row, const RunArgs& a);
// Loads every municipality's scenario, printing every error and warning (each once, at its cell);
// false when any is wrong (or, with --strict, has warnings).
bool load_sites(const MunicipalityTable& t, std::vector<Site>& sites, const RunArgs& a, std::ostream& err);
// Every municipality runs on one seed and trial count (common random numbers): says so where a
// row's template names others; returns a problem when the trials' outputs would not fit in memory.
std::string check_run_settings(const std::vector<Site>& sites, const RunArgs& a, const sim::RunOptions& run,
                               std::ostream& err);

}  // namespace mvzsim::cli
