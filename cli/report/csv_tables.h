#pragma once
// The CSV of a projection or a break-even search for spreadsheets (see csv_writer.h): the long
// layout (one row per year and output, as the machine CSV) or the wide layout (one row per
// output and statistic, years as columns), in either dialect.
#include <string>

#include "cli/output_format.h"
#include "cli/report.h"
#include "cli/report/csv_writer.h"
#include "cli/report/lang.h"
#include "models/analysis/breakeven.h"
#include "models/projection/projection.h"

namespace mvzsim::cli::report {

enum class CsvLayout { long_rows, wide };

std::string projection_csv(const Provenance& p, const models::Projection& projection, CsvDialect dialect,
                           CsvLayout layout, Lang lang);
// The German break-even CSV (the English one is format_breakeven's).
std::string breakeven_csv_de(const Provenance& p, const models::BreakevenResult& r, Lang lang);
// The provenance rows every German CSV ends with.
CsvProvenance csv_provenance(const Provenance& p, Lang lang);

}  // namespace mvzsim::cli::report
