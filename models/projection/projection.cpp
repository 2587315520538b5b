#include "models/projection/projection.h"

namespace mvzsim::models {

sim::TrialMatrix simulate(const CentreModel& model, const sim::RunOptions& settings) {
    sim::TrialMatrix trials(settings.trials, model.width());
    simulate_into(model, settings, trials);
    return trials;
}

void simulate_into(const CentreModel& model, const sim::RunOptions& settings, sim::TrialMatrix& trials) {
    const std::uint64_t seed = settings.seed;
    sim::run_trials_into(
        settings,
        [&model, seed] {
            return
                [&model, seed](std::uint64_t trial, std::span<double> out) { model.project_years(seed, trial, out); };
        },
        trials);
}

Projection summarize(const CentreModel& model, const sim::TrialMatrix& trials, const sim::RunOptions& settings) {
    const Calendar& calendar = model.calendar();
    Projection p;
    p.settings = settings;
    p.loss_compensation_paid = model.spec().grants.loss_compensation_paid;
    p.years.resize(static_cast<std::size_t>(calendar.years()));
    for (int y = 0; y < calendar.years(); ++y) {
        p.years[static_cast<std::size_t>(y)].year = calendar.calendar_year(y);
        p.years[static_cast<std::size_t>(y)].months = calendar.months_in_year(y);
    }
    sim::parallel_for(model.width(), settings.threads, [&](std::size_t column) {
        const sim::Summary s = sim::summarize(trials.column(column), sim::kBlockSize);
        if (column < model.year_outputs())
            p.years[column / kMetricCount].metrics[column % kMetricCount] = s;
        else
            p.trial[column - model.year_outputs()] = s;
    });
    return p;
}

Projection project(const CentreModel& model, const sim::RunOptions& settings) {
    return summarize(model, simulate(model, settings), settings);
}

Projection project(const CentreSpec& spec, const sim::RunOptions& settings) {
    return project(CentreModel(spec), settings);
}

}  // namespace mvzsim::models
