#pragma once
// What `mvzsim sensitivity` and the council report's section "What drives the result" share: the
// inputs a sensitivity analysis traces, and its default failure condition.
#include <string>
#include <vector>

#include "models/analysis/sensitivity.h"
#include "scenarios/input_list.h"

namespace mvzsim::cli {

struct TracedInputs {
    std::vector<models::SensitivityInput> inputs;  // every traceable input, in the listing's order
    std::vector<std::string> untraced;             // uncertain inputs drawn per event: held at their median
};
TracedInputs traced_inputs(const std::vector<scenarios::ListedInput>& listed);

// A loss in the year of the output at `column` (the last year for a whole-trial output):
// "annual_result[2036] < 0".
std::string default_failure(const models::CentreModel& model, std::size_t column);

}  // namespace mvzsim::cli
