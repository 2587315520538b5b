#pragma once
// Month-end cash of the first months, as percentiles over trials: the monthly part of the
// Liquiditätsplan. The model's outputs are yearly, so this replays each trial's months
// (CentreModel::project_months, the same trials as the run: replays are exact) and keeps the
// cash of the first `months` months. That is one more simulation per trial; once the model
// provides month-end cash of months 0..23 as whole-trial outputs, this function reads them from
// the run's TrialMatrix instead and nothing else changes.
#include <vector>

#include "cli/report/bands.h"
#include "models/projection/centre_model.h"
#include "sim/engine.h"

namespace mvzsim::cli::report {

struct MonthlyCash {
    std::vector<models::YearMonth> months;
    std::vector<Band> cash;  // EUR, one band per month
};

// The first min(months, horizon) months of the run `run` (its seed, trials and threads).
MonthlyCash monthly_cash(const models::CentreModel& model, const sim::RunOptions& run, int months);

}  // namespace mvzsim::cli::report
