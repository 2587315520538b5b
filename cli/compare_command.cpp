#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <ostream>
#include <set>

#include "cli/cli.h"
#include "cli/commands.h"
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

struct Variant {
    std::string name;
    std::vector<std::string> sets;
};

// Splits at the commas outside brackets, braces and quotes, so that a VALUE may be a list or a
// map ({pert: [600, 800, 950]}).
std::vector<std::string> split_pairs(const std::string& text) {
    std::vector<std::string> parts(1);
    int depth = 0;
    char quote = 0;
    for (const char c : text) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.emplace_back();
            continue;
        }
        parts.back() += c;
    }
    return parts;
}

bool valid_name(const std::string& name) {
    if (name.empty() || name.size() > 40) return false;
    return name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.+-") ==
           std::string::npos;
}

// A --variant NAME:KEY=VALUE[,KEY=VALUE ...]; on error, the reason.
std::optional<Variant> parse_variant(const std::string& text, std::string& problem) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || !valid_name(text.substr(0, colon))) {
        problem =
            "expected NAME:KEY=VALUE[,KEY=VALUE ...], NAME of letters, digits, '_', '.', '+' or '-' (e.g. "
            "four-gps:doctors[gp-3].fte=1)";
        return std::nullopt;
    }
    Variant v{text.substr(0, colon), {}};
    for (auto pair : split_pairs(text.substr(colon + 1))) {
        const auto start = pair.find_first_not_of(' ');
        pair = start == std::string::npos ? std::string() : pair.substr(start);
        const auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0) {
            problem = fmt::format("'{}' is not KEY=VALUE", pair.substr(0, 60));
            return std::nullopt;
        }
        v.sets.push_back(pair);
    }
    return v;
}

struct Loaded {
    std::vector<ComparedScenario> scenarios;
    std::vector<models::CentreSpec> specs;
};

// The label of a file: its name without the extension, or the path when two files share a name.
std::vector<std::string> file_labels(const std::vector<std::string>& files) {
    std::vector<std::string> labels;
    std::set<std::string> seen, twice;
    for (const auto& f : files) {
        labels.push_back(std::filesystem::path(f).stem().string());
        if (!seen.insert(labels.back()).second) twice.insert(labels.back());
    }
    for (std::size_t i = 0; i < files.size(); ++i)
        if (twice.count(labels[i])) labels[i] = files[i];
    return labels;
}

// Loads every file and variant (reporting every error of every one before anything runs).
std::optional<Loaded> load_all(const std::vector<std::string>& files, const std::vector<Variant>& variants,
                               const std::vector<std::string>& variant_args, RunArgs& a, std::ostream& err) {
    Loaded l;
    bool ok = true;
    const auto labels = file_labels(files);
    auto add = [&](const std::string& file, const std::string& label, const LoadArgs& load) {
        const auto scenario = load_or_report(file, load, err);
        if (!scenario) return false;
        a.scenario = file;
        l.scenarios.push_back({label, make_provenance(*scenario, a)});
        l.specs.push_back(scenario->spec);
        return true;
    };
    for (std::size_t i = 0; i < files.size(); ++i) ok = add(files[i], labels[i], a.load) && ok;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        LoadArgs load = a.load;
        load.sets.insert(load.sets.end(), variants[i].sets.begin(), variants[i].sets.end());
        if (!add(files[0], variants[i].name, load)) {
            err << fmt::format("mvzsim compare: in --variant '{}'\n", variant_args[i]);
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return l;
}

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
    std::vector<Variant> variants;
    std::set<std::string> names;
    for (const auto& l : file_labels(files)) names.insert(l);
    for (const auto& text : variant_args) {
        std::string problem;
        auto v = parse_variant(text, problem);
        if (!v) return usage_error("compare", fmt::format("--variant '{}': {}", text.substr(0, 80), problem), err);
        if (!names.insert(v->name).second)
            return usage_error("compare",
                               fmt::format("--variant '{}': the name '{}' is taken", text.substr(0, 80), v->name), err);
        variants.push_back(std::move(*v));
    }
    if (batch && no_batch) return usage_error("compare", "--batch and --no-batch contradict each other", err);
    const std::size_t count = files.size() + variants.size();
    if (count < 2 && !batch)
        return usage_error("compare", "needs two scenarios or more: more files, or --variant (or --batch)", err);
    const auto loaded = load_all(files, variants, variant_args, a, err);
    if (!loaded) return kExitBadInput;
    return run_comparison(*loaded, a, batch || (count >= kBatchFrom && !no_batch), out, err);
}

}  // namespace mvzsim::cli
