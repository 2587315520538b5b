#pragma once
// The council report (HTML, PDF, XLSX) of a run, shared by the commands that write it: report,
// and run and breakeven with such a format.
#include <iosfwd>
#include <optional>
#include <string>

#include "cli/options.h"
#include "cli/report/report_data.h"

namespace mvzsim::cli {

// Before any work: whether the tools of `format` are there (PDF needs Chromium). Prints why not
// and returns the exit code (1: the command line is right, the machine lacks a program).
std::optional<int> check_document_tools(const std::string& command, Format format, std::ostream& err);

// The report document of `data` as HTML, PDF or XLSX bytes.
std::string render_document(const report::ReportData& data, Format format, report::Lang lang);

// The report's analyses besides the projection (the report command's; run and breakeven leave them out).
struct ReportAnalyses {
    bool sensitivity = false;  // the section "What drives the result"
    // The section "Comparison of the variants": the scenarios, the base (the report's) first.
    std::vector<models::CentreSpec> compare_specs;
    std::vector<std::string> compare_labels;
    std::string compare_command;
};

// Computes the report of `scenario` for the run `run` (of provenance `p`), with a break-even
// search when `breakeven` is given, and writes it as `a.chosen` to standard output or a.output.
// The report keeps every trial's results (for its bands and histogram): a run whose results do
// not fit run.memory_limit is a usage error.
int write_report(const std::string& command, const scenarios::Scenario& scenario, const Provenance& p, const RunArgs& a,
                 const sim::RunOptions& run, const std::optional<models::BreakevenOptions>& breakeven,
                 std::ostream& out, std::ostream& err, const ReportAnalyses& analyses = {});

}  // namespace mvzsim::cli
