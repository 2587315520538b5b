#pragma once
// Reports of a break-even analysis as a text table, CSV or JSON.
#include <string>

#include "cli/report.h"
#include "models/analysis/breakeven.h"

namespace mvzsim::cli {

std::string format_breakeven(const Provenance& p, const models::BreakevenResult& result, Format format);

}  // namespace mvzsim::cli
