#include <fmt/format.h>
#include <fmt/ranges.h>

#include <ostream>

#include "cli/breakeven_options.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/compare_inputs.h"
#include "cli/options.h"
#include "cli/report_output.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kReportHelp =
    "Usage: mvzsim report SCENARIO -o FILE.html|FILE.pdf|FILE.xlsx [options]\n"
    "\n"
    "The council report of a scenario, German by default (--lang en for English): a one-page summary\n"
    "(subsidy need, credit line with and without the owner's loss compensation, probability of a loss,\n"
    "doctors needed, break-even year), the Ergebnisplan, the Liquiditätsplan (monthly for 24 months),\n"
    "the investment and financing plan, charts, the break-even search over doctor counts, what\n"
    "drives the result (a tornado of the inputs, as mvzsim sensitivity gives it), every assumption\n"
    "with its distribution and source, and the provenance; with --compare or --variant (as mvzsim\n"
    "compare takes it) a comparison of the variants against this scenario.\n"
    "  HTML: one self-contained file (no scripts, no external files) that prints on A4.\n"
    "  PDF:  the same, printed by headless Chromium (Debian package chromium).\n"
    "  XLSX: an Excel workbook with one sheet per part, numbers as numbers.\n"
    "The format follows the extension of --output unless --format says otherwise; without --output\n"
    "the HTML goes to standard output.\n";

}  // namespace

namespace {

struct ReportArgs {
    RunArgs run;
    BreakevenArgs search;
    bool no_breakeven = false;
    bool no_sensitivity = false;
    std::vector<std::string> compare_files, variant_args;
};

void describe(CommandOptions& o, ReportArgs& args) {
    add_help_option(o);
    args.run.formats = {Format::html, Format::pdf, Format::xlsx};
    add_run_options(o, args.run);
    add_breakeven_options(o.visible, args.search);
    o.visible.add_options()("no-breakeven", po::bool_switch(&args.no_breakeven),
                            "leave out the break-even search over doctor counts (faster)")(
        "no-sensitivity", po::bool_switch(&args.no_sensitivity),
        "leave out the section on what drives the result (one sampling of the trials fewer)")(
        "compare", po::value(&args.compare_files)->composing(),
        "OTHER.yaml: a scenario compared with this one in the section 'Vergleich der Varianten' (repeatable)")(
        "variant", po::value(&args.variant_args)->composing(),
        "NAME:KEY=VALUE[,KEY=VALUE ...]: this scenario with these --set values, compared (repeatable)");
}

}  // namespace

CommandOptions report_command_options() {
    return make_command_options(describe);
}

int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = report_command_options();
    auto& [a, b, no_breakeven, no_sensitivity, compare_files, variant_args] = options.args<ReportArgs>();
    po::variables_map values;
    if (!parse_options("report", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kReportHelp << '\n' << options.visible;
        return kExitOk;
    }
    if (!finish_run_options("report", values, a, err)) return kExitBadInput;
    if (!check_breakeven_args("report", b, err)) return kExitBadInput;
    for (const char* key : {"doctors", "step", "confidence", "year", "template"})
        if (no_breakeven && values.count(key))
            return usage_error("report", fmt::format("--{} belongs to the break-even search: drop --no-breakeven", key),
                               err);
    if (const auto missing = check_document_tools("report", a.chosen, err)) return *missing;

    auto scenario = load_or_report(a.scenario, a.load, err);
    if (!scenario) return kExitBadInput;
    const Provenance p = make_provenance(*scenario, a);
    std::optional<models::BreakevenOptions> search;
    if (!no_breakeven) {
        search = breakeven_options("report", values, b, scenario->spec, p.trials, err);
        if (!search) return kExitBadInput;
    }
    const sim::RunOptions run{.seed = p.seed, .trials = p.trials, .threads = static_cast<unsigned>(a.threads)};
    ReportAnalyses analyses{.sensitivity = !no_sensitivity};
    if (!compare_files.empty() || !variant_args.empty()) {
        std::vector<std::string> files = {a.scenario};
        files.insert(files.end(), compare_files.begin(), compare_files.end());
        const auto variants = parse_variants("report", files, variant_args, err);
        if (!variants) return kExitBadInput;
        RunArgs each = a;
        const auto loaded = load_all("report", files, *variants, variant_args, each, err);
        if (!loaded) return kExitBadInput;
        analyses.compare_specs = loaded->specs;
        for (const auto& s : loaded->scenarios) analyses.compare_labels.push_back(s.label);
        analyses.compare_command =
            fmt::format("mvzsim compare {} --seed {} --trials {}", fmt::join(files, " "), p.seed, p.trials);
        for (const auto& s : a.load.sets) analyses.compare_command += fmt::format(" --set '{}'", s);
        for (const auto& v : variant_args) analyses.compare_command += fmt::format(" --variant '{}'", v);
    }
    return write_report("report", *scenario, p, a, run, search, out, err, analyses);
}

}  // namespace mvzsim::cli
