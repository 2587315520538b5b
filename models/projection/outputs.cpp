#include "models/projection/outputs.h"

namespace mvzsim::models {
namespace {

#define MVZSIM_OUTPUT_INFO(name, unit, title, title_de, description, alias) \
    OutputInfo{#name, Unit::unit, title, title_de, description, alias},
constexpr std::array<OutputInfo, kMetricCount> kYearly = {MVZSIM_YEARLY_OUTPUTS(MVZSIM_OUTPUT_INFO)};
constexpr std::array<OutputInfo, kTrialMetricCount> kWholeTrial = {MVZSIM_TRIAL_OUTPUTS(MVZSIM_OUTPUT_INFO)};
#undef MVZSIM_OUTPUT_INFO

}  // namespace

std::string_view unit_name(Unit unit) {
    switch (unit) {
        case Unit::eur:
            return "EUR";
        case Unit::cases:
            return "cases";
        case Unit::fte:
            return "FTE";
        case Unit::months:
            return "months";
        case Unit::share:
            return "share";
    }
    return "";
}

const OutputInfo& info(Metric m) {
    return kYearly[static_cast<std::size_t>(m)];
}
const OutputInfo& info(TrialMetric m) {
    return kWholeTrial[static_cast<std::size_t>(m)];
}

std::optional<Metric> metric_by_name(std::string_view name) {
    for (std::size_t k = 0; k < kMetricCount; ++k)
        if (kYearly[k].name == name || (!kYearly[k].alias.empty() && kYearly[k].alias == name))
            return static_cast<Metric>(k);
    return std::nullopt;
}

std::optional<TrialMetric> trial_metric_by_name(std::string_view name) {
    for (std::size_t k = 0; k < kTrialMetricCount; ++k)
        if (kWholeTrial[k].name == name) return static_cast<TrialMetric>(k);
    return std::nullopt;
}

}  // namespace mvzsim::models
