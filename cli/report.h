#pragma once
// Reports of a projection as a text table, CSV or JSON.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cli/report/lang.h"
#include "models/projection/projection.h"

namespace mvzsim::cli {

// Output formats: the text table, CSV and JSON (for people and machines), and the council report
// (HTML, PDF, XLSX: cli/report/). See cli/output_format.h for how a command chooses one.
enum class Format { table, csv, json, xlsx, html, pdf };
std::optional<Format> parse_format(const std::string& name);
const char* format_name(Format format);
// The report formats: a document with sections, charts and sheets rather than a table.
inline bool is_document(Format f) {
    return f == Format::xlsx || f == Format::html || f == Format::pdf;
}

// A file that the scenario file extends, directly or through another.
struct ProvenanceFile {
    std::string file;
    std::string sha256;
};

// What a reader needs to reproduce and audit the numbers.
struct Provenance {
    std::string scenario_name;
    std::string file;
    std::string sha256;
    std::vector<ProvenanceFile> extends;  // its extends chain, nearest first
    std::vector<std::string> sets;        // --set KEY.PATH=VALUE arguments, in order
    std::string version;
    std::uint64_t seed = 0;
    std::size_t trials = 0;
    std::string opening;  // YYYY-MM
    int horizon_years = 0;
};

// What the terminal table shows besides the yearly sections: the detail sections, the language
// of its words, and the whole-horizon lines that apply to the scenario.
struct TableOptions {
    bool detail = false;  // revenue by source, costs by type, EBITDA, ... (CSV and JSON always have all)
    report::Lang lang = report::Lang::en;
    bool has_ceiling = false;  // grants.subsidy_ceiling_eur_per_year is set
    double ceiling_eur = 0.0;
    bool has_repayment_conditions = false;  // some grant is repaid when a condition breaks
    bool has_finance = false;               // investments, equity or loans: a balance sheet worth showing
};
// The options that apply to `spec`.
TableOptions table_options(const models::CentreSpec& spec, bool detail, report::Lang lang);

// The yearly report: a table for people, or CSV or JSON.
std::string format_projection(const Provenance& p, const models::Projection& projection, Format format,
                              const TableOptions& table);
// The terminal table of a projection (cli/report_table.cpp).
std::string format_table(const Provenance& p, const models::Projection& projection, const TableOptions& table);
// Throws std::runtime_error when a summary is not finite (an overflow from absurd inputs).
void check_finite(const models::Projection& projection);

// One trial, month by month.
std::string format_replay(const Provenance& p, const models::Calendar& calendar,
                          const std::vector<models::MonthFlows>& months, std::uint64_t trial, Format format);

}  // namespace mvzsim::cli
