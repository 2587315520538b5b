// `mvzsim run REGION.yaml`: the run command's path for a region file (cli/run_command.cpp hands
// it over when scenarios::is_region_file says so).
#include "cli/region_run.h"

#include <fmt/format.h>

#include <ostream>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "cli/region_report.h"
#include "models/projection/projection.h"
#include "models/region/region_model.h"
#include "scenarios/region_reader.h"

namespace mvzsim::cli {

std::optional<scenarios::RegionFile> load_region_or_report(const std::string& file, bool strict, std::ostream& err) {
    std::optional<scenarios::RegionFile> region;
    try {
        region = scenarios::load_region(file);
    } catch (const scenarios::InputError& e) {
        for (const auto& d : e.diagnostics()) err << scenarios::format(d) << '\n';
        err << fmt::format("{}: {} error{}; nothing was run.\n", scenarios::escape_control(file),
                           e.diagnostics().size(), e.diagnostics().size() == 1 ? "" : "s");
        return std::nullopt;
    }
    for (const auto& w : region->warnings) err << scenarios::format(w) << '\n';
    if (strict && !region->warnings.empty()) {
        err << fmt::format("{}: {} warning{}, which --strict makes errors; nothing was run.\n",
                           scenarios::escape_control(file), region->warnings.size(),
                           region->warnings.size() == 1 ? "" : "s");
        return std::nullopt;
    }
    return region;
}

int run_region(const RunArgs& a, std::size_t memory_limit, std::ostream& out, std::ostream& err) {
    const std::optional<scenarios::RegionFile> file = load_region_or_report(a.scenario, a.load.strict, err);
    if (!file) return kExitBadInput;
    const std::uint64_t seed = a.seed ? static_cast<std::uint64_t>(*a.seed) : file->spec.default_seed;
    const std::size_t trials = a.trials ? static_cast<std::size_t>(*a.trials) : file->spec.default_trials;
    const models::RegionModel model(file->spec);
    const double limit = memory_limit > 0 ? static_cast<double>(memory_limit) : models::kDefaultMemoryLimit;
    const double bytes = models::region_memory_bytes(model, trials);
    if (bytes > limit)
        return usage_error("run",
                           fmt::format("{} trials of this region would need {:.2f} GiB for the per-trial results; the "
                                       "memory limit is {:.2f} GiB: use fewer trials or a larger --memory-limit",
                                       trials, bytes / (1024.0 * 1024 * 1024), limit / (1024.0 * 1024 * 1024)),
                           err);
    ProgressLine progress(err, trials, 1, progress_wanted(err));
    const sim::RunOptions settings{
        .seed = seed, .trials = trials, .threads = static_cast<unsigned>(a.threads), .progress = progress.hook()};
    const models::RegionProjection projection = models::project_region(model, settings);
    progress.finish();
    return emit("run", format_region(region_provenance(*file, seed, trials), projection, a.chosen, a.csv, a.lang), a,
                out, err);
}

}  // namespace mvzsim::cli
