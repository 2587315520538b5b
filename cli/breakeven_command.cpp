#include <fmt/format.h>

#include <cmath>
#include <ostream>
#include <stdexcept>

#include "cli/breakeven_options.h"
#include "cli/breakeven_report.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "cli/region_run.h"
#include "cli/report/csv_tables.h"
#include "cli/report_output.h"
#include "models/analysis/breakeven.h"
#include "scenarios/region_reader.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kBreakevenHelp =
    "Usage: mvzsim breakeven SCENARIO [--doctors MIN..MAX] [options]\n"
    "\n"
    "From how many doctors does the centre carry itself? For each doctor FTE count from MIN to MAX\n"
    "(in steps of --step), projects the centre in many trials and reports the probability that the\n"
    "annual result of the year analysed is >= 0, with its 95 % interval, the result's mean and\n"
    "percentiles, the owner's subsidy need, the support needed to reach the confidence, and when the\n"
    "centre breaks even in time. The minimum count is the first whose probability reaches --confidence.\n"
    "Doctors beyond the scenario's positions are copies of a template position (breakeven.template in\n"
    "the scenario, or --template, else the first position). All counts use the same random draws.\n"
    "With --format html, pdf or xlsx (or -o FILE.html, .pdf, .xlsx) it writes the council report of\n"
    "'mvzsim report' with this search.\n"
    "\n"
    "SCENARIO may also be a region file (kind: region): each site is tried at the FTE of --doctors, and\n"
    "for each total the best placement across the sites is reported (docs/region.md).\n";

}  // namespace

namespace {

struct BreakevenCommandArgs {
    RunArgs run;
    BreakevenArgs search;
};

void describe(CommandOptions& o, BreakevenCommandArgs& args) {
    add_help_option(o);
    args.run.formats = {Format::table, Format::csv, Format::json, Format::xlsx, Format::html, Format::pdf};
    add_run_options(o, args.run);
    add_breakeven_options(o.visible, args.search);
}

}  // namespace

CommandOptions breakeven_command_options() {
    return make_command_options(describe);
}

int breakeven_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = breakeven_command_options();
    auto& [a, b] = options.args<BreakevenCommandArgs>();
    po::variables_map values;
    if (!parse_options("breakeven", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kBreakevenHelp << '\n' << options.visible;
        return kExitOk;
    }
    if (!finish_run_options("breakeven", values, a, err)) return kExitBadInput;
    if (!check_breakeven_args("breakeven", b, err)) return kExitBadInput;
    if (const auto missing = check_document_tools("breakeven", a.chosen, err)) return *missing;
    if (scenarios::is_region_file(a.scenario)) {  // how many doctors in total, placed where (docs/region.md)
        std::optional<std::pair<double, double>> doctors;
        if (!b.doctors.empty() && !(doctors = parse_doctor_range(b.doctors)))
            return usage_error("breakeven", "--doctors must be FTE such as 0.5..3 (got " + b.doctors + ")", err);
        if (!a.load.sets.empty() || !b.template_id.empty())
            return usage_error("breakeven", "--set and --template are not supported for regions yet", err);
        const std::optional<int> year = values.count("year") ? std::optional(static_cast<int>(b.year)) : std::nullopt;
        return run_region_breakeven(a, doctors, b.step, year, b.confidence, out, err);
    }

    auto scenario = load_or_report(a.scenario, a.load, err);
    if (!scenario) return kExitBadInput;
    const Provenance p = make_provenance(*scenario, a);
    auto o = breakeven_options("breakeven", values, b, scenario->spec, p.trials, err);
    if (!o) return kExitBadInput;
    o->run = {.seed = p.seed, .trials = p.trials, .threads = static_cast<unsigned>(a.threads)};

    // Each count keeps its trials' yearly outputs while it is analysed.
    const double bytes = static_cast<double>(p.trials) *
                         static_cast<double>(models::CentreModel(scenario->spec).width()) * sizeof(double);
    if (bytes > 16.0 * 1024 * 1024 * 1024)
        return usage_error(
            "breakeven",
            fmt::format("{} trials would need {:.1f} GiB per count (limit 16 GiB)", p.trials, bytes / 1073741824.0),
            err);
    // The council report: the projection of the scenario as it is, with this search.
    if (is_document(a.chosen)) return write_report("breakeven", *scenario, p, a, o->run, o, out, err);
    models::BreakevenResult result;
    try {
        // Progress on a terminal: the search runs the trials once per pass over the counts.
        ProgressLine progress(err, p.trials, 0, progress_wanted(err));
        o->run.progress = progress.hook();
        result = models::breakeven(scenario->spec, *o);
    } catch (const std::invalid_argument& e) {
        return usage_error("breakeven", e.what(), err);
    }
    if (a.chosen == Format::csv && a.csv == CsvDialect::de)
        return emit("breakeven", report::breakeven_csv_de(p, result, a.lang), a, out, err);
    return emit("breakeven", format_breakeven(p, result, a.chosen), a, out, err);
}

}  // namespace mvzsim::cli
