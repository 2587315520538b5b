#pragma once
// `mvzsim run` for a region file (internal to cli/).
#include <cstddef>
#include <iosfwd>

#include "cli/options.h"

namespace mvzsim::cli {

// Reads the region file a.scenario, runs it and writes the report; returns the exit code.
int run_region(const RunArgs& a, std::size_t memory_limit, std::ostream& out, std::ostream& err);

}  // namespace mvzsim::cli
