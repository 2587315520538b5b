// libFuzzer target: the scenario loader and a short simulation of what it accepts (two trials on
// one thread, one trial replayed month by month). A scenario the loader accepts must simulate
// without a crash, a sanitizer report or an exception, and give finite figures only (the
// projection throws when one is not finite).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "models/projection/projection.h"
#include "scenarios/diagnostics.h"
#include "scenarios/scenario_loader.h"

namespace {

// Horizons up to this many years are simulated (the examples have 8 and 10); longer ones only
// loaded, so that each input costs milliseconds.
constexpr int kMaxHorizonYears = 12;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mvzsim;
    const std::string text(reinterpret_cast<const char*>(data), size);
    scenarios::Scenario scenario;
    try {
        scenario = scenarios::parse_scenario("fuzz.yaml", text);
    } catch (const scenarios::InputError&) {
        return 0;
    }
    if (scenario.spec.horizon_years > kMaxHorizonYears) return 0;
    const models::CentreModel model(scenario.spec);
    const sim::RunOptions run{.seed = 1, .trials = 2, .threads = 1};
    const models::Projection projection = models::project(model, run);
    for (const auto& month : model.project_months(run.seed, 1))
        if (!std::isfinite(month.cash) || !std::isfinite(month.result())) std::abort();
    if (projection.years.empty()) std::abort();
    return 0;
}
