#pragma once
// Everything a council report shows, computed from one scenario: the projection with its
// percentile bands, month-end cash of the first months, the credit need with the owner's loss
// compensation switched, the break-even year and, when asked for, a break-even search. The
// writers (HTML, XLSX, CSV) only format it.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "cli/report.h"
#include "cli/report/bands.h"
#include "cli/report/monthly_cash.h"
#include "models/analysis/breakeven.h"
#include "models/analysis/compare.h"
#include "models/analysis/sensitivity.h"
#include "models/projection/projection.h"
#include "scenarios/input_list.h"
#include "scenarios/scenario_loader.h"

namespace mvzsim::cli::report {

struct ReportRequest {
    Provenance provenance;
    sim::RunOptions run;
    std::optional<models::BreakevenOptions> breakeven;  // a break-even search over doctor counts, or none
    int liquidity_months = 24;                          // months of the monthly Liquiditätsplan
    bool sensitivity = false;  // the section "What drives the result" (one more sampling of the trials)
    // The section "Comparison of the variants": the scenarios compared, the base first (the
    // report's own scenario), with their labels; empty for none.
    std::vector<models::CentreSpec> compare_specs;
    std::vector<std::string> compare_labels;
    std::string compare_command;  // the `mvzsim compare` command line with the same numbers
};

// The variants compared on the report's seed and trials (models::compare), the base first.
struct ReportComparison {
    std::vector<std::string> labels;
    std::vector<models::ScenarioComparison> results;
    std::string command;
};

// What drives the cumulative result at the horizon: `mvzsim sensitivity` with its defaults, on
// the report's seed and trials (fewer bins of the variance share below 200 trials, 10 a bin).
struct ReportSensitivity {
    models::SensitivityResult result;
    models::SensitivityOptions options;
    int year = 0;                       // the horizon's calendar year
    std::vector<std::string> untraced;  // uncertain inputs drawn per event, not analysed
};
inline constexpr std::size_t kSensitivityMinTrials = 20;  // two bins of 10 trials

struct ReportData {
    Provenance provenance;
    std::string date;  // the day the report was computed, YYYY-MM-DD
    models::CentreSpec spec;
    std::vector<scenarios::ListedInput> inputs;
    models::Projection projection;  // means, s.e., P5/P50/P95 and shares below zero, as `run` reports them
    std::vector<std::array<Band, models::kMetricCount>> bands;  // per year and output
    std::array<Band, models::kTrialMetricCount> trial_bands;
    MonthlyCash months;
    Histogram cash_gap;  // of the largest cash gap, EUR
    // The largest cash gap with grants.loss_compensation_paid switched to the other setting (the
    // same trials), so that the summary can give the credit need with and without it.
    sim::Summary cash_gap_switched;
    models::TimePercentiles first_year;  // first calendar year with an annual result >= 0
    std::optional<models::BreakevenResult> breakeven;
    std::optional<ReportSensitivity> sensitivity;
    std::optional<ReportComparison>
        comparison;  // when variants are given  // when asked for, with an uncertain input and enough trials

    const Band& band(int year_index, models::Metric m) const {
        return bands[static_cast<std::size_t>(year_index)][static_cast<std::size_t>(m)];
    }
    // The largest cash gap with and without the owner's yearly loss compensation.
    const sim::Summary& gap_with_compensation() const;
    const sim::Summary& gap_without_compensation() const;
};

// Runs everything the report needs. Throws std::invalid_argument for a break-even range the
// scenario cannot take.
ReportData compute_report(const scenarios::Scenario& scenario, const ReportRequest& request);

}  // namespace mvzsim::cli::report
