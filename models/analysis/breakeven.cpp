#include "models/analysis/breakeven.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

#include "models/projection/projection.h"
#include "sim/finite.h"

namespace mvzsim::models {
namespace {

using sim::order_statistic;
using sim::wilson_interval;

TimePercentiles time_percentiles(std::vector<double> times, double never) {
    TimePercentiles t;
    const auto n = static_cast<double>(times.size());
    t.share_never = static_cast<double>(std::count(times.begin(), times.end(), never)) / n;
    auto at = [&](double p) -> std::optional<int> {
        const double v = order_statistic(times, p);
        if (v >= never) return std::nullopt;
        return static_cast<int>(v);
    };
    t.p5 = at(0.05);
    t.p50 = at(0.50);
    t.p95 = at(0.95);
    return t;
}

std::vector<double> count_values(const BreakevenOptions& o) {
    if (!(o.min_fte > 0.0) || o.max_fte < o.min_fte || !(o.step > 0.0))
        throw std::invalid_argument("the doctor range must have 0 < MIN <= MAX and a step > 0");
    const double span = (o.max_fte - o.min_fte) / o.step;
    const auto steps = static_cast<long>(std::llround(span));
    if (std::abs(span - static_cast<double>(steps)) > 1e-6)
        throw std::invalid_argument("MAX - MIN must be a whole number of steps (got a step of " +
                                    std::to_string(o.step) + ")");
    if (steps > 200) throw std::invalid_argument("the doctor range has more than 200 steps");
    std::vector<double> values;
    for (long i = 0; i <= steps; ++i) values.push_back(o.min_fte + static_cast<double>(i) * o.step);
    return values;
}

// The outputs a count's analysis needs, one column each per trial.
enum CountColumn : std::size_t {
    kResult,        // annual result in the year analysed, EUR
    kCumulative,    // cumulative result by the end of that year, EUR
    kFirstYear,     // index of the first year with an annual result >= 0; the number of years: never
    kCashGap,       // largest cash gap, EUR
    kPayback,       // payback month
    kCashPayback,   // cash payback month
    kInvestments,   // the investment volume of the trial, EUR
    kGrantRoom,     // what the scenario's investment grants leave of it, EUR
    kDepreciation,  // the depreciation in the year analysed, EUR
    kCountColumns
};

// Where count k's columns lie in a matrix of counts side by side.
std::size_t column(std::size_t count, CountColumn c) {
    return count * kCountColumns + c;
}

// A further investment grant G on all investments is released with their depreciation: in the
// year analysed G x Dep_Y / A (A the investment volume). Trial t needs G_t = -X_t A_t / Dep_Y,t
// (0 when X_t >= 0). No grant can help when nothing is depreciated in the year, or when G_t
// exceeds what the scenario's own investment grants leave of the investments.
void further_investment_grant(const sim::TrialMatrix& trials, std::size_t k, double confidence, CountResult& c) {
    const auto result = trials.column(column(k, kResult));
    const auto investments = trials.column(column(k, kInvestments));
    const auto room = trials.column(column(k, kGrantRoom));
    const auto depreciation = trials.column(column(k, kDepreciation));
    const std::size_t n = result.size();
    sim::RunningStats volume;
    std::vector<double> grant_needed(n);
    constexpr double kNever = std::numeric_limits<double>::infinity();
    for (std::size_t t = 0; t < n; ++t) {
        volume.add(investments[t]);
        const double share = investments[t] > 0.0 ? depreciation[t] / investments[t] : 0.0;
        const double needed = result[t] >= 0.0 ? 0.0 : share > 0.0 ? -result[t] / share : kNever;
        grant_needed[t] = needed <= room[t] ? needed : kNever;
    }
    c.has_investments = volume.mean() > 0.0;
    if (!c.has_investments) return;
    const double g = order_statistic(grant_needed, confidence);
    if (std::isfinite(g)) {
        c.investment_grant = g;
        c.investment_grant_share = g / volume.mean();
    }
}

// When a count breaks even in time: the first year with a result >= 0 (as a calendar year), and
// the months until the cumulative result and the cash stay >= 0.
void break_even_times(const Calendar& calendar, const sim::TrialMatrix& trials, std::size_t k, CountResult& c) {
    const auto first = trials.column(column(k, kFirstYear));
    c.first_year = time_percentiles({first.begin(), first.end()}, calendar.years());
    for (std::optional<int>* p : {&c.first_year.p5, &c.first_year.p50, &c.first_year.p95})
        if (*p) **p = calendar.calendar_year(**p);
    const auto payback = trials.column(column(k, kPayback));
    c.payback_month = time_percentiles({payback.begin(), payback.end()}, calendar.months());
    const auto cash = trials.column(column(k, kCashPayback));
    c.cash_month = time_percentiles({cash.begin(), cash.end()}, calendar.months());
}

CountResult analyse(const Calendar& calendar, const sim::TrialMatrix& trials, std::size_t k, double fte,
                    double confidence) {
    CountResult c;
    c.fte = fte;
    const auto result = trials.column(column(k, kResult));
    const auto cumulative = trials.column(column(k, kCumulative));
    const std::size_t n = result.size();
    c.result = sim::summarize(result, sim::kBlockSize);
    c.probability = 1.0 - c.result.share_negative;
    c.probability_ci = wilson_interval(c.probability, n);

    std::vector<double> loss(n), cumulative_loss(n);
    for (std::size_t t = 0; t < n; ++t) {
        loss[t] = -result[t];
        cumulative_loss[t] = -cumulative[t];
    }
    std::vector<double> subsidy(n);
    std::transform(loss.begin(), loss.end(), subsidy.begin(), [](double x) { return std::max(0.0, x); });
    c.subsidy = sim::summarize(subsidy, sim::kBlockSize);
    c.operating_subsidy = std::max(0.0, order_statistic(loss, confidence));
    c.one_off_grant = std::max(0.0, order_statistic(cumulative_loss, confidence));

    further_investment_grant(trials, k, confidence, c);

    const auto deficit = trials.column(column(k, kCashGap));
    std::vector<double> deficits(deficit.begin(), deficit.end());
    c.credit_line_p95 = sim::quantile(deficits, 0.95);

    break_even_times(calendar, trials, k, c);
    return c;
}

// The counts as variants of the largest: with_doctor_fte gives each count a prefix of the largest
// count's positions (the last one possibly cut), and its own floor area.
std::vector<DoctorVariant> count_variants(const CentreSpec& base, const CentreSpec& largest,
                                          const std::vector<double>& counts) {
    std::vector<DoctorVariant> variants;
    for (const double fte : counts) {
        const CentreSpec spec = with_doctor_fte(base, fte);
        DoctorVariant v;
        v.area_m2 = spec.premises.area_m2;
        for (std::size_t i = 0; i < spec.doctors.size(); ++i) {
            if (i >= largest.doctors.size() || spec.doctors[i].id != largest.doctors[i].id)
                throw std::logic_error("break-even counts are not prefixes of the largest count");
            v.fte.push_back(spec.doctors[i].fte);
        }
        variants.push_back(std::move(v));
    }
    return variants;
}

// The calendar year analysed: the option's (checked against the horizon), else the first year in
// which every position of the largest count is in post at its full case load.
int analysed_year(const CentreSpec& base, const BreakevenOptions& options, double largest_fte) {
    const Calendar calendar(base.opening, base.horizon_years);
    if (options.year) {
        if (*options.year < calendar.calendar_year(0) || *options.year > calendar.calendar_year(calendar.years() - 1))
            throw std::invalid_argument("the year must lie within the horizon, " +
                                        std::to_string(calendar.calendar_year(0)) + " to " +
                                        std::to_string(calendar.calendar_year(calendar.years() - 1)));
        return *options.year;
    }
    const auto year = first_full_year(with_doctor_fte(base, largest_fte));
    if (!year)
        throw std::invalid_argument(
            "no calendar year of the horizon has every position in post all year; "
            "give the year to analyse");
    return *year;
}

// The columns a count's analysis reads, from the full row of outputs of one count of one trial.
void keep_count_columns(const CentreModel& model, int year_index, const double* full, double* row) {
    const int years = model.calendar().years();
    const auto at = [&](int y, Metric m) { return full[CentreModel::output_index(y, m)]; };
    int first_year = years;
    for (int y = years - 1; y >= 0; --y)
        if (at(y, Metric::annual_result) >= 0.0) first_year = y;
    row[kResult] = at(year_index, Metric::annual_result);
    row[kCumulative] = at(year_index, Metric::cumulative_result);
    row[kFirstYear] = first_year;
    row[kCashGap] = full[model.output_index(TrialMetric::largest_cash_gap)];
    row[kPayback] = full[model.output_index(TrialMetric::payback_month)];
    row[kCashPayback] = full[model.output_index(TrialMetric::cash_payback_month)];
    row[kInvestments] = full[model.output_index(TrialMetric::investments)];
    row[kGrantRoom] = row[kInvestments] - full[model.output_index(TrialMetric::investment_grants)];
    row[kDepreciation] = at(year_index, Metric::depreciation);
}

// Throws std::runtime_error with non_finite_message when a value of the pass is not finite (an
// overflow on absurd inputs): no count's figures may rest on one. Names the first, by count and
// column, and its trial.
void check_pass_finite(const sim::TrialMatrix& trials, std::span<const double> counts, int year,
                       std::uint64_t first_trial) {
    constexpr const char* kNames[kCountColumns] = {"annual_result[{}]", "cumulative_result[{}]", "first year >= 0",
                                                   "largest_cash_gap",  "payback_month",         "cash_payback_month",
                                                   "investments",       "investment grant room", "depreciation[{}]"};
    for (std::size_t k = 0; k < counts.size(); ++k)
        for (std::size_t c = 0; c < kCountColumns; ++c) {
            const auto values = trials.column(column(k, static_cast<CountColumn>(c)));
            if (const auto i = sim::first_non_finite(values))
                throw std::runtime_error(non_finite_message(
                    fmt::format("{} with {:g} doctor FTE", fmt::format(fmt::runtime(kNames[c]), year), counts[k]),
                    first_trial + *i, values[*i]));
        }
}

// One pass: the counts `pass` of every trial run together from the trial's draws (common random
// numbers, drawn once), each worker into its scratch row; the matrix keeps the analysed columns.
sim::TrialMatrix run_pass(const CentreModel& model, std::span<const DoctorVariant> pass, int year_index,
                          const sim::RunOptions& run) {
    sim::TrialMatrix trials(run.trials, pass.size() * kCountColumns);
    const std::size_t full_width = model.width();
    const auto worker = [&] {
        std::vector<double> scratch(pass.size() * full_width);
        // The worker's reused trial memory (std::function needs a copyable target).
        auto buffers = std::make_shared<CentreModel::Scratch>();
        return [&, scratch, buffers](std::uint64_t trial, std::span<double> out) mutable {
            model.project_variants(run.seed, trial, pass, scratch, *buffers);
            for (std::size_t k = 0; k < pass.size(); ++k)
                keep_count_columns(model, year_index, scratch.data() + k * full_width, out.data() + k * kCountColumns);
        };
    };
    sim::run_trials_into(run, worker, trials);
    return trials;
}

// The first count whose probability reaches the confidence, and the best count.
void choose_counts(double confidence, BreakevenResult& out) {
    for (std::size_t i = 0; i < out.counts.size(); ++i) {
        const auto& c = out.counts[i];
        const auto& best = out.counts[out.best];
        if (c.probability > best.probability || (c.probability == best.probability && c.result.mean > best.result.mean))
            out.best = i;
        if (!out.minimum && c.probability >= confidence) {
            out.minimum = i;
            out.minimum_certain = c.probability_ci.low >= confidence;
        }
    }
}

}  // namespace

BreakevenResult breakeven(const CentreSpec& base, const BreakevenOptions& options) {
    if (!(options.confidence > 0.0 && options.confidence < 1.0))
        throw std::invalid_argument("the confidence must lie strictly between 0 and 1");
    BreakevenResult out;
    out.options = options;
    out.template_id = template_position(base).id;
    const std::vector<double> counts = count_values(options);
    out.year = analysed_year(base, options, counts.back());
    const Calendar calendar(base.opening, base.horizon_years);
    const int year_index = out.year - calendar.calendar_year(0);

    // All counts are variants of the largest. They go in passes of at most as many columns as one
    // full projection has, so memory never exceeds that of a `run`.
    const CentreSpec largest = with_doctor_fte(base, counts.back());
    const CentreModel model(largest);
    const std::vector<DoctorVariant> variants = count_variants(base, largest, counts);
    const std::size_t per_pass = std::max<std::size_t>(1, model.width() / kCountColumns);
    for (std::size_t first = 0; first < variants.size(); first += per_pass) {
        const std::span<const DoctorVariant> pass(variants.data() + first, std::min(per_pass, variants.size() - first));
        const sim::TrialMatrix trials = run_pass(model, pass, year_index, options.run);
        check_pass_finite(trials, std::span<const double>(counts.data() + first, pass.size()), out.year,
                          options.run.first_trial);
        for (std::size_t k = 0; k < pass.size(); ++k)
            out.counts.push_back(analyse(calendar, trials, k, counts[first + k], options.confidence));
    }
    choose_counts(options.confidence, out);
    return out;
}

}  // namespace mvzsim::models
