#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <ostream>
#include <set>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/compare_inputs.h"
#include "cli/compare_report.h"
#include "cli/options.h"
#include "models/analysis/compare.h"
#include "models/projection/projection.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kCompareHelp =
    "Usage: mvzsim compare BASE.yaml [OTHER.yaml ...] [--variant NAME:KEY=VALUE[,KEY=VALUE] ...] [options]\n"
    "\n"
    "Runs every scenario on the same seed and trials (common random numbers: each input draws the\n"
    "same numbers in every scenario that has it) and reports per calendar year the mean and\n"
    "P5/P50/P95 of the annual and cumulative result, the owner's subsidy need, cash at the year end\n"
    "and the lowest month-end cash, and over the horizon the largest cash gap and the months until the\n"
    "cumulative result stays >= 0. Each scenario after the first is set against the first (the base):\n"
    "the mean of its trial-by-trial difference, the standard error of that mean, and the probability\n"
    "that it does better than the base (P(better)), with its standard error.\n"
    "A --variant is the first file with the --set values after its name (KEY=VALUE pairs separated by\n"
    "commas); the command's own --set applies to every scenario, before a variant's.\n"
    "With --batch, or from 6 scenarios on (unless --no-batch), one line per scenario with its headline\n"
    "figures instead, and its cumulative result against the base's (for screening many centres or\n"
    "variants).\n"
    "Seed and trials: --seed and --trials, else the first file's centre.seed and centre.trials.\n";

// From this many scenarios on, compare writes the batch form.
constexpr std::size_t kBatchFrom = 6;

// Every scenario runs on the base's seed and trials (or the command line's): say so where a file
// names others.
void note_run_settings(const Loaded& l, const RunArgs& a, std::uint64_t seed, std::size_t trials, std::ostream& err) {
    for (std::size_t i = 1; i < l.specs.size(); ++i) {
        const auto& s = l.specs[i];
        if ((!a.seed && s.default_seed != seed) || (!a.trials && s.default_trials != trials))
            err << fmt::format(
                "mvzsim compare: {} runs on the base's seed {} and {} trials (common random numbers), not on its "
                "own centre.seed and centre.trials\n",
                l.scenarios[i].label, seed, trials);
    }
}

int run_comparison(const Loaded& l, const RunArgs& a, bool batch, std::ostream& out, std::ostream& err) {
    CompareReport r;
    r.scenarios = l.scenarios;
    r.seed = l.scenarios[0].provenance.seed;
    r.trials = l.scenarios[0].provenance.trials;
    r.version = version();
    for (auto& s : r.scenarios) {
        s.provenance.seed = r.seed;
        s.provenance.trials = r.trials;
    }
    note_run_settings(l, a, r.seed, r.trials, err);
    const sim::RunOptions run{.seed = r.seed, .trials = r.trials, .threads = static_cast<unsigned>(a.threads)};
    int years = 0;
    for (const auto& s : l.specs) years = std::max(years, s.horizon_years);
    const double bytes = models::compare_memory_bytes(r.trials, years, years);
    if (bytes > models::kDefaultMemoryLimit)
        return usage_error(
            "compare",
            fmt::format("{} trials would need {:.2f} GiB for the compared outputs (at most {:.0f} GiB): "
                        "use fewer trials",
                        r.trials, bytes / (1024.0 * 1024 * 1024), models::kDefaultMemoryLimit / (1024.0 * 1024 * 1024)),
            err);
    if (batch) {
        return emit("compare", format_batch(r, models::screen(l.specs, run), a.chosen, a.csv, a.lang), a, out, err);
    }
    return emit("compare", format_comparison(r, models::compare(l.specs, run), a.chosen, a.csv, a.lang), a, out, err);
}

}  // namespace

namespace {

struct CompareArgs {
    RunArgs run;
    std::vector<std::string> more_files, variant_args;
    bool batch = false, no_batch = false;
};

void describe(CommandOptions& o, CompareArgs& c) {
    add_help_option(o);
    add_run_options(o, c.run);  // the base scenario is the first operand
    o.add_operand("files", "SCENARIO", &c.more_files, -1);
    o.visible.add_options()("variant", po::value(&c.variant_args)->composing(),
                            "NAME:KEY=VALUE[,KEY=VALUE ...]: the first file with these --set values, named NAME "
                            "(repeatable)")("batch", po::bool_switch(&c.batch),
                                            "one line of headline figures per scenario (the default from 6 on)")(
        "no-batch", po::bool_switch(&c.no_batch), "the full comparison also for 6 scenarios or more");
}

}  // namespace

CommandOptions compare_command_options() {
    return make_command_options(describe);
}

int compare_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = compare_command_options();
    auto& [a, more_files, variant_args, batch, no_batch] = options.args<CompareArgs>();
    po::variables_map values;
    if (!parse_options("compare", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kCompareHelp << '\n' << options.visible;
        return kExitOk;
    }
    std::vector<std::string> files;
    if (!a.scenario.empty()) files.push_back(a.scenario);
    files.insert(files.end(), more_files.begin(), more_files.end());
    if (files.empty()) return usage_error("compare", "missing the scenario files (at least one, with --variant)", err);
    a.scenario = files[0];
    if (!finish_run_options("compare", values, a, err)) return kExitBadInput;
    const auto parsed = parse_variants("compare", files, variant_args, err);
    if (!parsed) return kExitBadInput;
    const std::vector<Variant>& variants = *parsed;
    if (batch && no_batch) return usage_error("compare", "--batch and --no-batch contradict each other", err);
    const std::size_t count = files.size() + variants.size();
    if (count < 2 && !batch)
        return usage_error("compare", "needs two scenarios or more: more files, or --variant (or --batch)", err);
    const auto loaded = load_all("compare", files, variants, variant_args, a, err);
    if (!loaded) return kExitBadInput;
    return run_comparison(*loaded, a, batch || (count >= kBatchFrom && !no_batch), out, err);
}

}  // namespace mvzsim::cli
