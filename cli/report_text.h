#pragma once
// Pieces shared by the reports of every command: provenance, escaping, JSON summaries.
#include <string>

#include "cli/report.h"
#include "sim/statistics.h"

namespace mvzsim::cli {

inline constexpr const char* kQuantileRule = "Hyndman-Fan type 7 (as R's default and Excel's PERCENTILE.INC)";

// A JSON string literal.
std::string json_string(const std::string& s);
// Text on one line: control characters (possible in a file path) become spaces.
std::string one_line(std::string s);
// A CSV field, quoted when needed (RFC 4180).
std::string csv_field(const std::string& s);
// A Summary as a JSON object, with its unit.
std::string json_summary(const sim::Summary& s, const char* unit);
// Provenance as JSON members (indented, each line ending in a comma).
std::string json_provenance(const Provenance& p);
// Provenance as the indented lines of a table header.
std::string provenance_lines(const Provenance& p);
// Provenance as one line for a CSV comment (without the leading "# ").
std::string provenance_comment(const Provenance& p);

}  // namespace mvzsim::cli
