#include "models/analysis/compare.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/intervals.h"

namespace mvzsim::models {
namespace {

// The binomial standard error of a share p of n trials.
double share_se(double p, std::size_t n) {
    return std::sqrt(p * (1.0 - p) / static_cast<double>(n));
}

// Keeps the compared columns of a full row of `model`'s outputs in `row`.
void keep_compared(const CentreModel& model, std::span<const double> full, std::span<double> row) {
    const int years = model.calendar().years();
    std::size_t k = 0;
    for (int y = 0; y < years; ++y)
        for (const Metric m : kComparedYearly) row[k++] = full[CentreModel::output_index(y, m)];
    for (const TrialMetric m : kComparedTrial) row[k++] = full[model.output_index(m)];
}

// The year index of calendar year `year` in `calendar`, or nullopt outside its horizon.
std::optional<int> year_index_of(const Calendar& calendar, int year) {
    const int y = year - calendar.calendar_year(0);
    if (y < 0 || y >= calendar.years()) return std::nullopt;
    return y;
}

}  // namespace

bool higher_is_better(Metric m) {
    return m != Metric::subsidy_need;
}

bool higher_is_better(TrialMetric m) {
    return m != TrialMetric::largest_cash_gap && m != TrialMetric::payback_month;
}

ComparedTrials::ComparedTrials(const Calendar& calendar, std::size_t trials)
    : calendar_(calendar), values_(trials, width(calendar.years())) {}

ComparedTrials simulate_compared(const CentreModel& model, const sim::RunOptions& run) {
    ComparedTrials trials(model.calendar(), run.trials);
    const std::size_t full_width = model.width();
    const sim::TrialFunctionFactory factory = [&model, &run, full_width] {
        return [&model, seed = run.seed, scratch = std::vector<double>(full_width)](std::uint64_t trial,
                                                                                    std::span<double> out) mutable {
            model.project_years(seed, trial, scratch);
            keep_compared(model, scratch, out);
        };
    };
    sim::run_trials_into(run, factory, trials.values());
    return trials;
}

ComparedTrials compared_of(const CentreModel& model, const sim::TrialMatrix& full) {
    ComparedTrials trials(model.calendar(), full.trials());
    const auto copy = [&](std::size_t from, std::size_t to) {
        const auto values = full.column(from);
        for (std::size_t t = 0; t < values.size(); ++t) trials.values().set(t, to, values[t]);
    };
    for (int y = 0; y < model.calendar().years(); ++y)
        for (std::size_t k = 0; k < kYearlyCompared; ++k)
            copy(CentreModel::output_index(y, kComparedYearly[k]), trials.yearly_column(y, k));
    for (std::size_t k = 0; k < kTrialCompared; ++k)
        copy(model.output_index(kComparedTrial[k]), trials.trial_column(k));
    return trials;
}

double compare_memory_bytes(std::size_t trials, int base_years, int other_years) {
    const auto width = static_cast<double>(ComparedTrials::width(base_years) + ComparedTrials::width(other_years));
    return static_cast<double>(trials) * width * sizeof(double);
}

PairedDifference paired_difference(std::span<const double> scenario, std::span<const double> base, bool higher_better) {
    const std::size_t n = scenario.size();
    std::vector<double> d(n);
    std::size_t better = 0, worse = 0;
    for (std::size_t t = 0; t < n; ++t) {
        d[t] = scenario[t] - base[t];
        const double gain = higher_better ? d[t] : -d[t];
        better += gain > 0.0 ? 1 : 0;
        worse += gain < 0.0 ? 1 : 0;
    }
    const sim::RunningStats s = sim::RunningStats::of(d);
    PairedDifference p;
    p.mean = s.mean();
    p.standard_error = s.standard_error();
    p.p_better = static_cast<double>(better) / static_cast<double>(n);
    p.p_worse = static_cast<double>(worse) / static_cast<double>(n);
    p.p_better_se = share_se(p.p_better, n);
    p.p_worse_se = share_se(p.p_worse, n);
    return p;
}

ScenarioComparison compare_with(const ComparedTrials& scenario, const ComparedTrials* base, unsigned threads) {
    const Calendar& calendar = scenario.calendar();
    ScenarioComparison c;
    c.years.resize(static_cast<std::size_t>(calendar.years()));
    for (int y = 0; y < calendar.years(); ++y) {
        c.years[static_cast<std::size_t>(y)].year = calendar.calendar_year(y);
        if (base && year_index_of(base->calendar(), calendar.calendar_year(y)))
            c.years[static_cast<std::size_t>(y)].difference.emplace();
    }
    if (base) c.horizon_difference.emplace();
    const std::size_t yearly = static_cast<std::size_t>(calendar.years()) * kYearlyCompared;
    // One task per compared column: its summary and its difference from the base's column.
    sim::parallel_for(yearly + kTrialCompared, threads, [&](std::size_t task) {
        if (task >= yearly) {
            const std::size_t k = task - yearly;
            const auto values = scenario.column(scenario.trial_column(k));
            c.horizon[k] = sim::summarize(values, sim::kBlockSize);
            if (base)
                (*c.horizon_difference)[k] =
                    paired_difference(values, base->column(base->trial_column(k)), higher_is_better(kComparedTrial[k]));
            return;
        }
        const int y = static_cast<int>(task / kYearlyCompared);
        const std::size_t k = task % kYearlyCompared;
        ComparedYear& year = c.years[static_cast<std::size_t>(y)];
        const auto values = scenario.column(scenario.yearly_column(y, k));
        year.values[k] = sim::summarize(values, sim::kBlockSize);
        if (year.difference) {
            const int base_year = *year_index_of(base->calendar(), year.year);
            (*year.difference)[k] = paired_difference(values, base->column(base->yearly_column(base_year, k)),
                                                      higher_is_better(kComparedYearly[k]));
        }
    });
    return c;
}

std::vector<ScenarioComparison> compare(std::span<const CentreSpec> specs, const sim::RunOptions& run) {
    std::vector<ScenarioComparison> result;
    if (specs.empty()) return result;
    const ComparedTrials base = simulate_compared(CentreModel(specs[0]), run);
    result.push_back(compare_with(base, nullptr, run.threads));
    // One scenario after another: only the base's trials are kept beside the current one's.
    for (std::size_t i = 1; i < specs.size(); ++i)
        result.push_back(compare_with(simulate_compared(CentreModel(specs[i]), run), &base, run.threads));
    return result;
}

Headline headline(const ComparedTrials& trials) {
    const Calendar& calendar = trials.calendar();
    const int years = calendar.years();
    const std::size_t n = trials.trials();
    const auto result = [&](int y) {
        return trials.column(trials.yearly_column(y, compared_index(Metric::annual_result)));
    };
    const auto subsidy = [&](int y) {
        return trials.column(trials.yearly_column(y, compared_index(Metric::subsidy_need)));
    };
    Headline h;
    h.last_year = calendar.calendar_year(years - 1);
    h.cumulative = sim::summarize(
        trials.column(trials.yearly_column(years - 1, compared_index(Metric::cumulative_result))), sim::kBlockSize);
    const int loss_index = std::min(2, years - 1);
    h.loss_year = calendar.calendar_year(loss_index);
    const auto loss = result(loss_index);
    h.p_loss = static_cast<double>(std::count_if(loss.begin(), loss.end(), [](double x) { return x < 0.0; })) /
               static_cast<double>(n);
    h.p_loss_se = share_se(h.p_loss, n);

    std::vector<double> largest_subsidy(n, 0.0), first_year(n, years);
    for (int y = years - 1; y >= 0; --y) {
        const auto r = result(y);
        const auto s = subsidy(y);
        for (std::size_t t = 0; t < n; ++t) {
            largest_subsidy[t] = std::max(largest_subsidy[t], s[t]);
            if (r[t] >= 0.0) first_year[t] = y;
        }
    }
    h.subsidy_p95 = sim::quantile(largest_subsidy, 0.95);
    const auto loss_year_subsidy = subsidy(loss_index);
    std::vector<double> subsidies(loss_year_subsidy.begin(), loss_year_subsidy.end());
    h.loss_year_subsidy_p95 = sim::quantile(subsidies, 0.95);
    h.loss_year_subsidy_p50 = sim::quantile(subsidies, 0.5);
    const auto gap = trials.column(trials.trial_column(compared_index(TrialMetric::largest_cash_gap)));
    std::vector<double> gaps(gap.begin(), gap.end());
    h.credit_line_p95 = sim::quantile(gaps, 0.95);
    h.share_never =
        static_cast<double>(std::count(first_year.begin(), first_year.end(), years)) / static_cast<double>(n);
    const double median = sim::order_statistic(std::move(first_year), 0.5);
    if (median < years) h.break_even_year = calendar.calendar_year(static_cast<int>(median));
    return h;
}

std::vector<Headline> screen(std::span<const CentreSpec> specs, const sim::RunOptions& run) {
    std::vector<Headline> result;
    if (specs.empty()) return result;
    const ComparedTrials base = simulate_compared(CentreModel(specs[0]), run);
    result.push_back(headline(base));
    const int last = base.calendar().years() - 1;
    const std::size_t cumulative = compared_index(Metric::cumulative_result);
    for (std::size_t i = 1; i < specs.size(); ++i) {
        const ComparedTrials trials = simulate_compared(CentreModel(specs[i]), run);
        Headline h = headline(trials);
        if (const auto y = year_index_of(trials.calendar(), base.calendar().calendar_year(last)))
            h.cumulative_vs_base = paired_difference(trials.column(trials.yearly_column(*y, cumulative)),
                                                     base.column(base.yearly_column(last, cumulative)), true);
        result.push_back(h);
    }
    return result;
}

}  // namespace mvzsim::models
