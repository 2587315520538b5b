#pragma once
// Reports of a projection as a text table, CSV or JSON.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/projection/projection.h"

namespace mvzsim::cli {

enum class Format { table, csv, json };
std::optional<Format> parse_format(const std::string& name);

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

// The yearly report. `detail` adds revenue by source and costs by type to the table (CSV and
// JSON always hold every metric).
std::string format_projection(const Provenance& p, const models::Projection& projection, Format format, bool detail);

// One trial, month by month.
std::string format_replay(const Provenance& p, const models::Calendar& calendar,
                          const std::vector<models::MonthFlows>& months, std::uint64_t trial, Format format);

}  // namespace mvzsim::cli
