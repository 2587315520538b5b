#pragma once
// `mvzsim run` for a region file (internal to cli/).
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

#include "cli/options.h"
#include "scenarios/region_reader.h"

namespace mvzsim::cli {

// Loads a region file; prints its plausibility warnings; on bad input (and with `strict` on
// warnings) prints every error and returns nullopt.
std::optional<scenarios::RegionFile> load_region_or_report(const std::string& file, bool strict, std::ostream& err);

// Reads the region file a.scenario, runs it and writes the report; returns the exit code.
int run_region(const RunArgs& a, std::size_t memory_limit, std::ostream& out, std::ostream& err);

}  // namespace mvzsim::cli
