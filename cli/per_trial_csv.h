#pragma once
// The per-trial file (`--per-trial FILE.csv`): one row per trial with its headline outputs, for
// aggregating outside mvzsim. Any command that keeps a run's compared outputs
// (models::ComparedTrials) can write it. Columns: `trial` (the trial's number, as --replay takes
// it), then for each calendar year `annual_result[Y]`, `cumulative_result[Y]`, `subsidy_need[Y]`,
// `cash_end[Y]`, `cash_min[Y]` (EUR), then `largest_cash_gap` (EUR) and `payback_month` (months;
// the horizon's months when the cumulative result is still negative at its end). The English CSV has full precision
// (the mean of a column is the run's mean) and the provenance as its first '#' line; the German one
// (--csv de) semicolons, decimal commas, cents, German column names, a BOM and the provenance at
// the end.
#include <cstdint>
#include <string>
#include <vector>

#include "cli/output_format.h"
#include "cli/report/csv_writer.h"
#include "cli/report/lang.h"
#include "models/analysis/compare.h"

namespace mvzsim::cli {

// The column names: machine names for the English CSV, German titles for the German one.
std::vector<std::string> per_trial_header(const models::Calendar& calendar, CsvDialect dialect, report::Lang lang);

// Writes the file atomically (cli/output_file.h): no half-written file on any failure, which
// throws std::runtime_error. `first_trial`: the number of the matrix's first trial.
void write_per_trial_csv(const std::string& path, const models::ComparedTrials& trials, std::uint64_t first_trial,
                         const report::CsvProvenance& provenance, CsvDialect dialect, report::Lang lang);

}  // namespace mvzsim::cli
