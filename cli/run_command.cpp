#include <fmt/format.h>

#include <ostream>
#include <stdexcept>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/report.h"
#include "cli/sha256.h"
#include "models/projection.h"

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

struct RunArgs {
    std::string scenario;
    std::optional<long long> trials, seed, replay;
    long long threads = 0;
    std::string format = "table";
    std::string output;
    bool detail = false;
};

// Checks ranges that program_options cannot express; prints and returns false when wrong.
bool check_args(const RunArgs& a, std::ostream& err) {
    auto bad = [&](const std::string& message) {
        err << "mvzsim run: " << message << "\nTry 'mvzsim run --help'.\n";
        return false;
    };
    if (a.scenario.empty()) return bad("missing the scenario file");
    if (a.trials && (*a.trials < 1 || *a.trials > 100'000'000))
        return bad(fmt::format("--trials must be in [1, 100000000] (got {})", *a.trials));
    if (a.seed && *a.seed < 0) return bad(fmt::format("--seed must be >= 0 (got {})", *a.seed));
    if (a.threads < 0 || a.threads > 1024) return bad(fmt::format("--threads must be in [0, 1024] (got {})", a.threads));
    if (a.replay && *a.replay < 0) return bad(fmt::format("--replay must be a trial number >= 0 (got {})", *a.replay));
    if (!a.output.empty()) {
        if (const std::string problem = check_output_path(a.output); !problem.empty()) return bad(problem);
    }
    if (!parse_format(a.format)) return bad(fmt::format("--format must be table, csv or json (got {})", a.format));
    return true;
}

}  // namespace

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    RunArgs a;
    po::options_description options("Options");
    options.add_options()
        ("help,h", "this help")
        ("scenario", po::value(&a.scenario), "the scenario file (YAML)")
        ("trials,n", po::value<long long>(), "number of trials (default: centre.trials of the scenario)")
        ("seed,s", po::value<long long>(), "random seed (default: centre.seed of the scenario, else 1)")
        ("threads,t", po::value(&a.threads), "worker threads (default 0: all cores); never changes results")
        ("format,f", po::value(&a.format), "output format: table (default), csv or json")
        ("output,o", po::value(&a.output), "write to this file (atomically) instead of standard output")
        ("detail,d", po::bool_switch(&a.detail), "table: also revenue by source and costs by type")
        ("replay", po::value<long long>(), "print trial K of the run month by month instead of the summary");
    po::positional_options_description positional;
    positional.add("scenario", 1);
    po::variables_map values;
    if (!parse_options("run", args, options, positional, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kRunHelp << '\n' << options;
        return kExitOk;
    }
    if (values.count("trials")) a.trials = values["trials"].as<long long>();
    if (values.count("seed")) a.seed = values["seed"].as<long long>();
    if (values.count("replay")) a.replay = values["replay"].as<long long>();
    if (!check_args(a, err)) return kExitBadInput;

    const auto scenario = load_or_report(a.scenario, err);
    if (!scenario) return kExitBadInput;
    const models::CentreSpec& spec = scenario->spec;
    const Format format = *parse_format(a.format);

    Provenance p;
    p.scenario_name = spec.name;
    p.file = a.scenario;
    p.sha256 = sha256_hex(scenario->text);
    p.version = version();
    p.seed = a.seed ? static_cast<std::uint64_t>(*a.seed) : spec.default_seed;
    p.trials = a.trials ? static_cast<std::size_t>(*a.trials) : spec.default_trials;
    p.opening = models::to_string(spec.opening);
    p.horizon_years = spec.horizon_years;

    // Every trial's yearly outputs are kept for exact percentiles; refuse what cannot fit.
    const models::CentreModel model(spec);
    const double bytes = static_cast<double>(p.trials) * static_cast<double>(model.width()) * sizeof(double);
    constexpr double kMaxBytes = 16.0 * 1024 * 1024 * 1024;
    if (!a.replay && bytes > kMaxBytes) {
        err << fmt::format("mvzsim run: {} trials would need {:.1f} GiB for the per-trial results (limit 16 GiB); "
                           "use fewer trials\n",
                           p.trials, bytes / 1073741824.0);
        return kExitBadInput;
    }

    std::string report;
    if (a.replay && static_cast<std::size_t>(*a.replay) >= p.trials) {
        err << fmt::format("mvzsim run: --replay must name a trial of the run, 0 to {} (got {})\n", p.trials - 1,
                           *a.replay);
        return kExitBadInput;
    }
    if (a.replay) {
        const auto trial = static_cast<std::uint64_t>(*a.replay);
        report = format_replay(p, model.calendar(), model.project_months(p.seed, trial), trial, format);
    } else {
        const models::RunSettings settings{p.seed, p.trials, 0, static_cast<unsigned>(a.threads)};
        report = format_projection(p, models::project(model, settings), format, a.detail);
    }
    if (a.output.empty()) {
        out << report << std::flush;
        if (!out) throw std::runtime_error("cannot write to standard output");
    } else {
        write_file_atomically(a.output, report);
        err << fmt::format("mvzsim run: wrote {}\n", a.output);
    }
    return kExitOk;
}

}  // namespace mvzsim::cli
