#include "models/projection/projection.h"

#include <fmt/format.h>

#include <cmath>
#include <memory>
#include <stdexcept>

#include "sim/bounded_summaries.h"
#include "sim/finite.h"

namespace mvzsim::models {
namespace {

sim::TrialFunctionFactory trial_function(const CentreModel& model, std::uint64_t seed) {
    return [&model, seed] {
        // One scratch per worker: its trials reuse the same memory (std::function needs a copyable target).
        auto scratch = std::make_shared<CentreModel::Scratch>();
        return [&model, seed, scratch](std::uint64_t trial, std::span<double> out) {
            model.project_years(seed, trial, out, *scratch);
        };
    };
}

// A projection's years, before any summary is in.
Projection empty_projection(const CentreModel& model, const sim::RunOptions& settings) {
    const Calendar& calendar = model.calendar();
    Projection p;
    p.settings = settings;
    p.loss_compensation_paid = model.spec().grants.loss_compensation_paid;
    p.loss_compensation_month = model.spec().grants.loss_compensation_month;
    p.years.resize(static_cast<std::size_t>(calendar.years()));
    for (int y = 0; y < calendar.years(); ++y) {
        p.years[static_cast<std::size_t>(y)].year = calendar.calendar_year(y);
        p.years[static_cast<std::size_t>(y)].months = calendar.months_in_year(y);
    }
    return p;
}

// Puts the summary of output `column` where it belongs.
void place(const CentreModel& model, std::size_t column, const sim::Summary& s, Projection& p) {
    if (column < model.year_outputs())
        p.years[column / kMetricCount].metrics[column % kMetricCount] = s;
    else
        p.trial[column - model.year_outputs()] = s;
}

std::string gib(double bytes) {
    return fmt::format("{:.2f} GiB", bytes / (1024.0 * 1024.0 * 1024.0));
}

// The message of a NonFiniteOutput of `model`'s row, naming the output.
std::runtime_error non_finite(const CentreModel& model, const sim::NonFiniteOutput& e) {
    return std::runtime_error(non_finite_message(output_name(model, e.output()), e.trial(), e.value()));
}

}  // namespace

std::string non_finite_message(std::string_view output, std::optional<std::uint64_t> trial, double value) {
    const std::string what = std::isnan(value) ? "nan" : value < 0.0 ? "-inf" : "inf";
    const std::string where = trial ? fmt::format("{} is {} in trial {}", output, what, *trial)
                                    : fmt::format("a statistic of {} over the trials is {}", output, what);
    return "the projection overflowed (" + where +
           "): a number grew beyond what double arithmetic holds; check for implausibly large inputs";
}

std::string output_name(const CentreModel& model, std::size_t column) {
    if (column >= model.year_outputs())
        return std::string(metric_name(static_cast<TrialMetric>(column - model.year_outputs())));
    return fmt::format("{}[{}]", metric_name(static_cast<Metric>(column % kMetricCount)),
                       model.calendar().calendar_year(static_cast<int>(column / kMetricCount)));
}

MemoryPlan memory_plan(const CentreModel& model, const sim::RunOptions& settings) {
    MemoryPlan plan;
    plan.limit = settings.memory_limit > 0 ? static_cast<double>(settings.memory_limit) : kDefaultMemoryLimit;
    plan.full = static_cast<double>(settings.trials) * static_cast<double>(model.width()) * sizeof(double);
    plan.bounded = sim::bounded_memory_bytes(settings.trials, model.width());
    plan.use_bounded = plan.full > plan.limit;
    plan.fits = plan.full <= plan.limit || plan.bounded <= plan.limit;
    if (!plan.fits)
        plan.problem = fmt::format(
            "{} trials would need {} for the per-trial results ({} keeping only the values near the percentiles); "
            "the memory limit is {}: use fewer trials or a larger --memory-limit",
            settings.trials, gib(plan.full), gib(plan.bounded), gib(plan.limit));
    return plan;
}

sim::TrialMatrix simulate(const CentreModel& model, const sim::RunOptions& settings) {
    sim::TrialMatrix trials(settings.trials, model.width());
    simulate_into(model, settings, trials);
    return trials;
}

void simulate_into(const CentreModel& model, const sim::RunOptions& settings, sim::TrialMatrix& trials) {
    sim::run_trials_into(settings, trial_function(model, settings.seed), trials);
}

Projection summarize(const CentreModel& model, const sim::TrialMatrix& trials, const sim::RunOptions& settings) {
    Projection p = empty_projection(model, settings);
    std::vector<sim::Summary> summaries(model.width());
    sim::parallel_for(model.width(), settings.threads, [&](std::size_t column) {
        summaries[column] = sim::summarize(trials.column(column), sim::kBlockSize);
    });
    for (std::size_t column = 0; column < model.width(); ++column) {
        try {
            sim::check_finite(summaries[column], trials.column(column), column, settings.first_trial);
        } catch (const sim::NonFiniteOutput& e) {
            throw non_finite(model, e);
        }
        place(model, column, summaries[column], p);
    }
    return p;
}

Projection project_bounded(const CentreModel& model, const sim::RunOptions& settings, std::size_t pilot_trials) {
    Projection p = empty_projection(model, settings);
    sim::BoundedSummaries b;
    try {
        b = sim::summarize_bounded(settings, model.width(), trial_function(model, settings.seed), pilot_trials);
    } catch (const sim::NonFiniteOutput& e) {
        throw non_finite(model, e);
    }
    for (std::size_t column = 0; column < model.width(); ++column) place(model, column, b.summaries[column], p);
    p.bounded_memory = true;
    return p;
}

Projection project(const CentreModel& model, const sim::RunOptions& settings) {
    const MemoryPlan plan = memory_plan(model, settings);
    if (!plan.fits) throw std::invalid_argument(plan.problem);
    if (plan.use_bounded) return project_bounded(model, settings);
    return summarize(model, simulate(model, settings), settings);
}

Projection project(const CentreSpec& spec, const sim::RunOptions& settings) {
    return project(CentreModel(spec), settings);
}

}  // namespace mvzsim::models
