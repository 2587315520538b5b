#pragma once
// Scenarios compared on common random numbers. Every scenario runs on the same seed and trials,
// and every random input draws from a stream keyed by its entity and purpose (models/draws/
// streams.h), so in trial t two scenarios draw the same numbers for every input they share: the
// trial-by-trial difference of an output is the effect of what differs, nearly free of Monte Carlo
// noise. The statistics of a scenario are exactly those of `run` on the same seed and trials.
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <vector>

#include "models/calendar.h"
#include "models/projection/centre_model.h"
#include "sim/engine.h"
#include "sim/statistics.h"

namespace mvzsim::models {

// What a comparison reports for each calendar year, and over the whole horizon.
inline constexpr std::array kComparedYearly = {Metric::annual_result, Metric::cumulative_result, Metric::subsidy_need,
                                               Metric::cash_end, Metric::cash_min};
inline constexpr std::array kComparedTrial = {TrialMetric::largest_cash_gap, TrialMetric::payback_month};
inline constexpr std::size_t kYearlyCompared = kComparedYearly.size();
inline constexpr std::size_t kTrialCompared = kComparedTrial.size();
// The position of a compared output in kComparedYearly or kComparedTrial.
constexpr std::size_t compared_index(Metric m) {
    return static_cast<std::size_t>(std::find(kComparedYearly.begin(), kComparedYearly.end(), m) -
                                    kComparedYearly.begin());
}
constexpr std::size_t compared_index(TrialMetric m) {
    return static_cast<std::size_t>(std::find(kComparedTrial.begin(), kComparedTrial.end(), m) -
                                    kComparedTrial.begin());
}

// Whether more is better: results and cash; less is better for the subsidy need, the cash gap
// and the months until the cumulative result stays >= 0.
bool higher_is_better(Metric m);
bool higher_is_better(TrialMetric m);

// The compared outputs of one scenario in every trial, one column each (the yearly outputs year by
// year, then the whole-trial ones): what a comparison keeps of a run instead of all its outputs.
class ComparedTrials {
public:
    ComparedTrials(const Calendar& calendar, std::size_t trials);

    const Calendar& calendar() const { return calendar_; }
    std::size_t trials() const { return values_.trials(); }
    static std::size_t width(int years) { return static_cast<std::size_t>(years) * kYearlyCompared + kTrialCompared; }
    std::size_t yearly_column(int year_index, std::size_t output) const {
        return static_cast<std::size_t>(year_index) * kYearlyCompared + output;
    }
    std::size_t trial_column(std::size_t output) const { return width(calendar_.years()) - kTrialCompared + output; }
    std::span<const double> column(std::size_t c) const { return values_.column(c); }
    sim::TrialMatrix& values() { return values_; }

private:
    Calendar calendar_;
    sim::TrialMatrix values_;
};

// Runs `model` on `run` (multithreaded, through the engine) and keeps the compared outputs.
ComparedTrials simulate_compared(const CentreModel& model, const sim::RunOptions& run);
// The compared outputs of every trial of a run that kept all of `model`'s outputs (`full`: one
// row per trial, model.width() columns), the same values as simulate_compared gives.
ComparedTrials compared_of(const CentreModel& model, const sim::TrialMatrix& full);
// Bytes a comparison holds at once: the base's compared outputs and one other scenario's.
double compare_memory_bytes(std::size_t trials, int base_years, int other_years);

// A scenario against the base in one output: from the per-trial differences d_t = scenario_t - base_t.
struct PairedDifference {
    double mean = 0.0;            // mean of d_t, in the output's unit
    double standard_error = 0.0;  // sd(d_t) / sqrt(n)
    double p_better = 0.0;        // share of trials in which the scenario is strictly better
    double p_better_se = 0.0;     // its binomial standard error sqrt(p (1 - p) / n)
    double p_worse = 0.0;         // strictly worse (the rest are ties)
    double p_worse_se = 0.0;
};
PairedDifference paired_difference(std::span<const double> scenario, std::span<const double> base, bool higher_better);

struct ComparedYear {
    int year = 0;  // calendar year
    std::array<sim::Summary, kYearlyCompared> values;
    // Against the base; absent for the base itself and in a calendar year the base does not have.
    std::optional<std::array<PairedDifference, kYearlyCompared>> difference;
};

struct ScenarioComparison {
    std::vector<ComparedYear> years;
    std::array<sim::Summary, kTrialCompared> horizon;  // whole-trial outputs over the scenario's own horizon
    std::optional<std::array<PairedDifference, kTrialCompared>> horizon_difference;
};

// The summaries of `scenario` and, unless `base` is null, its paired differences from the base
// by calendar year.
ScenarioComparison compare_with(const ComparedTrials& scenario, const ComparedTrials* base, unsigned threads);

// Every spec on the same seed and trials, one after another; the first is the base.
std::vector<ScenarioComparison> compare(std::span<const CentreSpec> specs, const sim::RunOptions& run);

// The headline figures of one scenario, for screening many.
struct Headline {
    int last_year = 0;
    sim::Summary cumulative;               // cumulative result at the end of the horizon, EUR
    int loss_year = 0;                     // the third calendar year (the last, for a shorter horizon)
    double p_loss = 0.0, p_loss_se = 0.0;  // P(annual result < 0) in loss_year
    double subsidy_p95 = 0.0;              // P95 of the trial's largest yearly subsidy need, EUR
    // P50 and P95 of the subsidy need max(0, -annual result) in loss_year, EUR.
    double loss_year_subsidy_p50 = 0.0, loss_year_subsidy_p95 = 0.0;
    double credit_line_p95 = 0.0;  // P95 of the largest cash gap, EUR
    // Median of the first calendar year with an annual result >= 0 (rule 1); nullopt when the
    // median trial has none within the horizon. share_never: trials with none.
    std::optional<int> break_even_year;
    double share_never = 0.0;
    // Against the base (not for the base itself): the paired difference of the cumulative result
    // at the end of the base's horizon, when the scenario's horizon has that year.
    std::optional<PairedDifference> cumulative_vs_base;
};
Headline headline(const ComparedTrials& trials);
// The headlines of every spec on the same seed and trials, one after another; the first is the base.
std::vector<Headline> screen(std::span<const CentreSpec> specs, const sim::RunOptions& run);

}  // namespace mvzsim::models
