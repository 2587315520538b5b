#pragma once
// The optional top-level sections `investments` and `financing` (internal to scenarios/).
#include "models/mechanisms/finance.h"
#include "scenarios/map_reader.h"
#include "scenarios/section_readers.h"

namespace mvzsim::scenarios {

// Reads `investments` (a list of assets with amount, month and useful life) and `financing`
// (equity, capital injections, loans, a credit line) of the scenario mapping `top` into `spec`.
// Both are optional; months must lie between the opening and the end of the horizon. Errors go
// to top.context() with file, line, column and key path.
void read_finance(MapReader& top, const CentreHeader& header, models::FinanceSpec& spec);

}  // namespace mvzsim::scenarios
