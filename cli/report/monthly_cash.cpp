#include "cli/report/monthly_cash.h"

#include <algorithm>

namespace mvzsim::cli::report {

MonthlyCash monthly_cash(const models::CentreModel& model, const sim::RunOptions& run, int months) {
    const auto width = static_cast<std::size_t>(std::clamp(months, 0, model.calendar().months()));
    MonthlyCash out;
    if (width == 0 || run.trials == 0) return out;
    sim::RunOptions options = run;
    options.progress = nullptr;
    const std::uint64_t seed = run.seed;
    const sim::TrialMatrix cash = sim::run_trials(options, width, [&model, seed, width] {
        return [&model, seed, width](std::uint64_t trial, std::span<double> values) {
            const auto flows = model.project_months(seed, trial);
            for (std::size_t m = 0; m < width; ++m) values[m] = flows[m].cash;
        };
    });
    for (std::size_t m = 0; m < width; ++m) {
        out.months.push_back(model.calendar().at(static_cast<int>(m)));
        out.cash.push_back(band_of(cash.column(m)));
    }
    return out;
}

}  // namespace mvzsim::cli::report
