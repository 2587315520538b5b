#include "models/projection.h"

namespace mvzsim::models {

sim::TrialMatrix simulate(const CentreModel& model, const RunSettings& settings) {
    const sim::RunOptions options{settings.first_trial, settings.trials, settings.threads};
    const std::uint64_t seed = settings.seed;
    return sim::run_trials(options, model.width(), [&model, seed] {
        return [&model, seed](std::uint64_t trial, std::span<double> out) { model.project_years(seed, trial, out); };
    });
}

std::vector<YearSummary> summarize_years(const CentreModel& model, const sim::TrialMatrix& trials, unsigned threads) {
    const Calendar& calendar = model.calendar();
    std::vector<YearSummary> years(static_cast<std::size_t>(calendar.years()));
    for (int y = 0; y < calendar.years(); ++y) {
        years[static_cast<std::size_t>(y)].year = calendar.calendar_year(y);
        years[static_cast<std::size_t>(y)].months = calendar.months_in_year(y);
    }
    sim::parallel_for(model.year_outputs(), threads, [&](std::size_t column) {
        const std::size_t y = column / kMetricCount;
        years[y].metrics[column % kMetricCount] = sim::summarize(trials.column(column), sim::kBlockSize);
    });
    return years;
}

Projection project(const CentreModel& model, const RunSettings& settings) {
    const sim::TrialMatrix trials = simulate(model, settings);
    return {settings, summarize_years(model, trials, settings.threads)};
}

Projection project(const CentreSpec& spec, const RunSettings& settings) { return project(CentreModel(spec), settings); }

}  // namespace mvzsim::models
