#pragma once
// `mvzsim run` for a region file (internal to cli/).
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>

#include "cli/options.h"
#include "scenarios/region_reader.h"

namespace mvzsim::cli {

// Loads a region file; prints its plausibility warnings; on bad input (and with `strict` on
// warnings) prints every error and returns nullopt.
std::optional<scenarios::RegionFile> load_region_or_report(const std::string& file, bool strict, std::ostream& err);

// Reads the region file a.scenario, runs it and writes the report; returns the exit code.
int run_region(const RunArgs& a, std::size_t memory_limit, std::ostream& out, std::ostream& err);

// `mvzsim breakeven REGION.yaml` (cli/region_breakeven.cpp): each site at the doctor FTE of
// `doctors` (else from `step` to its own FTE + 1, rounded up) in steps of `step`; the county's
// result in `year` (else the region's last year) must be >= 0 with probability `confidence`.
int run_region_breakeven(const RunArgs& a, const std::optional<std::pair<double, double>>& doctors, double step,
                         std::optional<int> year, double confidence, std::ostream& out, std::ostream& err);

}  // namespace mvzsim::cli
