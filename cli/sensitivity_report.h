#pragma once
// The report of `mvzsim sensitivity` (internal to cli/): what it holds and its text table, CSV and
// JSON forms.
#include <array>
#include <string>
#include <vector>

#include "cli/report.h"
#include "models/analysis/sensitivity.h"

namespace mvzsim::cli {

// The deterministic best / base / worst table: every input at a fixed percentile of its
// distribution, run as one trial; beside it the Monte Carlo percentiles of the output.
struct DeterministicCases {
    std::array<double, 3> percentiles{0.1, 0.5, 0.9};  // low, mid, high
    struct Row {
        std::string name;
        std::array<double, 3> values{};  // in the worst, base and best case
    };
    std::vector<Row> inputs;
    std::array<double, 3> output{};       // the output in the worst, base and best case
    std::array<double, 3> monte_carlo{};  // its Monte Carlo percentiles low, mid, high
};

struct SensitivityReport {
    Provenance p;
    std::string output;  // as given, e.g. "cumulative_result[last]"
    std::string unit;    // "EUR", "cases", ...
    bool higher_is_better = true;
    std::string failure;  // the failure condition as given
    models::SensitivityOptions options;
    models::SensitivityResult result;
    DeterministicCases cases;
    std::vector<std::string> untraced;  // uncertain inputs drawn per event: held at their median
};

std::string format_sensitivity(const SensitivityReport& r, Format format);

}  // namespace mvzsim::cli
