#pragma once
// Tables as CSV for spreadsheets. German (de): semicolons, decimal commas, numbers rounded to what
// their unit needs (cents for EUR), UTF-8 with a byte order mark so that Excel reads the umlauts,
// and the provenance as a block after the data (no '#' line that Excel would show as data).
// English (en): commas, decimal points, full precision, the provenance as a first '#' line, as
// mvzsim's machine CSV has it.
#include <string>
#include <utility>
#include <vector>

#include "cli/output_format.h"
#include "cli/report/document.h"

namespace mvzsim::cli::report {

// The provenance of a CSV: the English CSV's first line (without "# "), the German CSV's block.
struct CsvProvenance {
    std::string comment;
    std::string title;
    std::vector<std::pair<std::string, std::string>> rows;
};

// `tables` one after another, a blank line between them.
std::string write_csv(const std::vector<Table>& tables, const CsvProvenance& provenance, CsvDialect dialect);

// A number cell as the CSV writes it.
std::string csv_number(const Cell& cell, CsvDialect dialect);

}  // namespace mvzsim::cli::report
