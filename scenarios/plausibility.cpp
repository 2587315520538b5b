#include "scenarios/plausibility.h"

namespace mvzsim::scenarios {

void check_band(Context& ctx, const Key& key, double value, const std::string& text, const YAML::Mark& at,
                const std::string& path) {
    const Band* band = key.band;
    if (band == nullptr || (value >= band->low && value <= band->high)) return;
    ctx.warn(at, path,
             text + (value < band->low ? " is below" : " is above") + " the plausible band " + number_text(band->low) +
                 " to " + number_text(band->high) + " for " + std::string(band->what) + ": " +
                 std::string(band->source));
}

void check_band(Context& ctx, const Key& key, const models::Input& input, const YAML::Node& node, const YAML::Mark& at,
                const std::string& path) {
    if (key.band == nullptr) return;
    if (sim::is_fixed(input.distribution)) {
        check_band(ctx, key, sim::mean(input.distribution), node.IsScalar() ? node.Scalar() : std::string{}, at, path);
        return;
    }
    const double mean = sim::mean(input.distribution);
    check_band(ctx, key, mean, "the mean " + number_text(mean) + " of " + sim::describe(input.distribution), at, path);
}

}  // namespace mvzsim::scenarios
