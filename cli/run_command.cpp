#include <fmt/format.h>

#include <ostream>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/report.h"
#include "models/projection/projection.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kRunHelp =
    "Usage: mvzsim run SCENARIO [options]\n"
    "\n"
    "Projects the centre described in SCENARIO (a YAML file) over its horizon, month by month,\n"
    "in many Monte Carlo trials, and reports per calendar year the mean (with its standard error)\n"
    "and the 5th, 50th and 95th percentiles of revenue, costs, annual and cumulative result, and\n"
    "the probability of a loss. The same scenario and seed give the same output on any number\n"
    "of threads.\n";

}  // namespace

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    RunArgs a;
    bool detail = false;
    long long replay = 0;
    po::options_description options("Options");
    options.add_options()("help,h", "this help");
    add_run_options(options, a);
    options.add_options()("detail,d", po::bool_switch(&detail), "table: also revenue by source and costs by type")(
        "replay", po::value(&replay), "print trial K of the run month by month instead of the summary");
    po::positional_options_description positional;
    positional.add("scenario", 1);
    po::variables_map values;
    if (!parse_options("run", args, options, positional, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kRunHelp << '\n' << options;
        return kExitOk;
    }
    if (!finish_run_options("run", values, a, err)) return kExitBadInput;
    const bool replaying = values.count("replay") > 0;
    if (replaying && replay < 0)
        return usage_error("run", fmt::format("--replay must be a trial number >= 0 (got {})", replay), err);

    const auto scenario = load_or_report(a.scenario, err);
    if (!scenario) return kExitBadInput;
    const Provenance p = make_provenance(*scenario, a);
    const Format format = *parse_format(a.format);
    const models::CentreModel model(scenario->spec);

    if (replaying) {
        if (static_cast<std::size_t>(replay) >= p.trials)
            return usage_error(
                "run", fmt::format("--replay must name a trial of the run, 0 to {} (got {})", p.trials - 1, replay),
                err);
        const auto trial = static_cast<std::uint64_t>(replay);
        return emit("run", format_replay(p, model.calendar(), model.project_months(p.seed, trial), trial, format), a,
                    out, err);
    }
    // Every trial's yearly outputs are kept for exact percentiles; refuse what cannot fit.
    const double bytes = static_cast<double>(p.trials) * static_cast<double>(model.width()) * sizeof(double);
    constexpr double kMaxBytes = 16.0 * 1024 * 1024 * 1024;
    if (bytes > kMaxBytes)
        return usage_error("run",
                           fmt::format("{} trials would need {:.1f} GiB for the per-trial results (limit 16 "
                                       "GiB); use fewer trials",
                                       p.trials, bytes / 1073741824.0),
                           err);
    const sim::RunOptions settings{.seed = p.seed, .trials = p.trials, .threads = static_cast<unsigned>(a.threads)};
    return emit("run", format_projection(p, models::project(model, settings), format, detail), a, out, err);
}

}  // namespace mvzsim::cli
