#pragma once
// Break-even analysis: how many doctors, from when, and with how much support a centre carries
// itself with a chosen confidence. All counts run on common random numbers: each trial's draws
// for a position or input are the same at every count, so differences between counts are not
// drowned in Monte Carlo noise.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "models/analysis/doctor_variants.h"
#include "models/projection/projection.h"
#include "models/spec/centre_spec.h"
#include "sim/intervals.h"

namespace mvzsim::models {

struct BreakevenOptions {
    double min_fte = 1.0, max_fte = 5.0, step = 1.0;
    double confidence = 0.8;  // required probability of a non-negative annual result
    std::optional<int> year;  // calendar year analysed; default: first_full_year at max_fte
    sim::RunOptions run;
};

// Percentiles of a time to break even; nullopt where that percentile does not break even within
// the horizon.
struct TimePercentiles {
    std::optional<int> p5, p50, p95;
    double share_never = 0.0;
};

struct CountResult {
    double fte = 0.0;
    sim::Summary result;             // annual result in the year analysed, EUR
    double probability = 0.0;        // share of trials with a result >= 0
    sim::Interval probability_ci;    // 95 % Wilson interval of that share
    sim::Summary subsidy;            // owner's loss compensation max(0, -result), EUR
    double operating_subsidy = 0.0;  // smallest yearly subsidy with P(result + subsidy >= 0) >= confidence, EUR
    double one_off_grant = 0.0;      // smallest grant at opening with P(cumulative result + grant >= 0) >= confidence
    // Smallest further investment grant on all investments, released with their depreciation,
    // with P(result + release in the year >= 0) >= confidence, EUR; nullopt when the scenario has
    // no investments or no grant can do it (nothing left to depreciate in the year in too many
    // trials). investment_grant_share: that grant over the mean investment volume.
    std::optional<double> investment_grant;
    double investment_grant_share = 0.0;
    bool has_investments = false;
    double credit_line_p95 = 0.0;   // P95 of the largest cash gap (negative cash) over the horizon, EUR
    TimePercentiles first_year;     // first calendar year with an annual result >= 0
    TimePercentiles payback_month;  // months from opening until the cumulative result stays >= 0
    TimePercentiles cash_month;     // months from opening until cash stays >= 0
};

struct BreakevenResult {
    BreakevenOptions options;
    int year = 0;
    std::string template_id;
    std::vector<CountResult> counts;
    std::optional<std::size_t> minimum;  // first count whose probability reaches the confidence
    bool minimum_certain = false;        // and its whole 95 % interval does too
    std::size_t best = 0;                // count with the highest probability
};

// Throws std::invalid_argument for a range or year the scenario cannot take.
BreakevenResult breakeven(const CentreSpec& base, const BreakevenOptions& options);

}  // namespace mvzsim::models
