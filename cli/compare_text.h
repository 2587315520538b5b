#pragma once
// Pieces the reports of `mvzsim compare` share (internal to cli/): the header naming every
// scenario, CSV columns and provenance, a scenario as JSON.
#include <span>
#include <string>
#include <vector>

#include "cli/compare_report.h"
#include "cli/report/csv_writer.h"
#include "cli/report/labels.h"
#include "cli/report/words.h"
#include "sim/statistics.h"

namespace mvzsim::cli::compare_text {

// The first lines of the table: the command, seed and trials, each scenario and its files, in
// the words of `lang`.
std::string header(const CompareReport& r, bool batch, report::Lang lang = report::Lang::en);
// A number of the table: as fmt's {:.Nf} in English (unchanged since the first version), with a
// decimal comma and thousands points in German, as `run --lang de` writes it.
std::string table_number(double x, int decimals, report::Lang lang);
// The width of the scenario column.
std::size_t label_width(const CompareReport& r);

// A CSV column: its machine name (the English CSV) and its label (the German CSV).
struct Column {
    const char* name;
    report::Label label;
};
std::vector<std::string> csv_header(std::span<const Column> columns, CsvDialect dialect, const report::Words& w);
report::CsvProvenance csv_provenance(const CompareReport& r, const report::Words& w);

// The JSON members of a scenario: its label and provenance (without braces).
std::string json_scenario(const ComparedScenario& s);
// The JSON document's members before its scenarios, up to and including `"scenarios": [`.
std::string json_start(const CompareReport& r, bool batch);

// Throws std::runtime_error for a non-finite summary (an overflow from absurd inputs).
void check_finite(const sim::Summary& s);

}  // namespace mvzsim::cli::compare_text
