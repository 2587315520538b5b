#pragma once
// An output of a projection named as reports and targets name it: "annual_result[2030]",
// "cash_end[last]" (a yearly output in a calendar year) or "largest_cash_gap" (a whole-trial one).
#include <cstddef>
#include <string_view>

#include "models/projection/centre_model.h"

namespace mvzsim::models {

// The column of that output in the model's per-trial row; throws std::invalid_argument saying what
// was expected (an unknown name, a year outside the horizon, a malformed text).
std::size_t output_column(const CentreModel& model, std::string_view text);

}  // namespace mvzsim::models
