#include "cli/sensitivity_inputs.h"

#include <fmt/format.h>

namespace mvzsim::cli {

TracedInputs traced_inputs(const std::vector<scenarios::ListedInput>& listed) {
    TracedInputs t;
    for (const auto& in : listed) {
        if (models::traceable(in.input))
            t.inputs.push_back({in.path, {in.input, in.yearly}});
        else if (!sim::is_fixed(in.input.distribution))
            t.untraced.push_back(in.path);
    }
    return t;
}

std::string default_failure(const models::CentreModel& model, std::size_t column) {
    const std::size_t year = column < model.year_outputs() ? column / models::kMetricCount
                                                           : static_cast<std::size_t>(model.calendar().years() - 1);
    return fmt::format("annual_result[{}] < 0", model.calendar().calendar_year(static_cast<int>(year)));
}

}  // namespace mvzsim::cli
