#pragma once
// The reports of `mvzsim compare`: scenarios side by side with their paired differences from the
// base, or (batch) one line of headline figures per scenario; as a table, CSV (English or German)
// or JSON.
#include <string>
#include <vector>

#include "cli/output_format.h"
#include "cli/report.h"
#include "models/analysis/compare.h"

namespace mvzsim::cli {

// A compared scenario: its short label (the file's name without .yaml, or the variant's name) and
// how to reproduce it.
struct ComparedScenario {
    std::string label;
    Provenance provenance;
};

struct CompareReport {
    std::vector<ComparedScenario> scenarios;  // the first is the base
    std::uint64_t seed = 0;
    std::size_t trials = 0;
    std::string version;
};

std::string format_comparison(const CompareReport& r, const std::vector<models::ScenarioComparison>& results,
                              Format format, CsvDialect csv, report::Lang lang);
std::string format_batch(const CompareReport& r, const std::vector<models::Headline>& results, Format format,
                         CsvDialect csv, report::Lang lang);

}  // namespace mvzsim::cli
