#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/per_trial_csv.h"
#include "cli/progress.h"
#include "cli/region_run.h"
#include "cli/report.h"
#include "cli/report/csv_tables.h"
#include "cli/report_output.h"
#include "models/analysis/compare.h"
#include "models/analysis/output_ref.h"
#include "models/projection/projection.h"
#include "models/text/scanner.h"
#include "scenarios/region_reader.h"
#include "sim/precision.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kRunHelp =
    "Usage: mvzsim run SCENARIO [options]\n"
    "\n"
    "Projects the centre described in SCENARIO (a YAML file) over its horizon, month by month,\n"
    "in many Monte Carlo trials, and reports per calendar year the mean (with its standard error)\n"
    "and the 5th, 50th and 95th percentiles of revenue, costs, annual and cumulative result, and\n"
    "the probability of a loss. The same scenario and seed give the same output on any number\n"
    "of threads.\n"
    "\n"
    "SCENARIO may also be a region file (kind: region): several centres of one county, their shared\n"
    "inputs and the county's posts; the report then gives each site and the county's per-trial sums\n"
    "(docs/region.md).\n";

// A memory size: bytes, or with a unit K, M, G (binary: 1G = 1024^3 bytes), e.g. 512M.
std::optional<std::size_t> parse_memory_size(const std::string& text) {
    std::size_t digits = 0;
    while (digits < text.size() && digits < 15 && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0) return std::nullopt;
    // At most 15 digits: the value fits a long long and is exact in a double.
    const auto number = static_cast<double>(*models::integer_value(std::string_view(text).substr(0, digits)));
    const std::string unit = text.substr(digits);
    double scale = 1.0;
    if (unit == "K" || unit == "k")
        scale = 1024.0;
    else if (unit == "M" || unit == "m")
        scale = 1024.0 * 1024;
    else if (unit == "G" || unit == "g")
        scale = 1024.0 * 1024 * 1024;
    else if (!unit.empty())
        return std::nullopt;
    const double bytes = number * scale;
    if (bytes < 1024.0 * 1024 || bytes > 1e15) return std::nullopt;
    return static_cast<std::size_t>(bytes);
}

// A target standard error: a number (in the output's unit) or a percentage of the mean, e.g. 1%.
std::optional<sim::PrecisionTarget> parse_precision(const std::string& text) {
    sim::PrecisionTarget t;
    std::string number = text;
    if (!number.empty() && number.back() == '%') {
        t.relative = true;
        number.pop_back();
    }
    if (number.empty() || number.size() > 30 || number.find_first_not_of("0123456789.eE+-") != std::string::npos)
        return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(number.c_str(), &end);
    if (end != number.c_str() + number.size() || !(value > 0.0) || !std::isfinite(value)) return std::nullopt;
    t.standard_error = t.relative ? value / 100.0 : value;
    return t;
}

// The trials --target-se needs, reported on stderr; nullopt (after a usage error) when the output
// is unknown.
std::optional<std::size_t> precision_trials(const models::CentreModel& model, const Provenance& p, unsigned threads,
                                            sim::PrecisionTarget target, const std::string& se_of, std::ostream& err) {
    try {
        target.output = models::output_column(model, se_of);
    } catch (const std::invalid_argument& e) {
        usage_error("run", std::string("--se-of: ") + e.what(), err);
        return std::nullopt;
    }
    const sim::RunOptions cap{.seed = p.seed, .trials = p.trials, .threads = threads};
    const sim::TrialFunctionFactory factory = [&model, seed = p.seed] {
        return [&model, seed](std::uint64_t trial, std::span<double> out) { model.project_years(seed, trial, out); };
    };
    const sim::PrecisionResult r = sim::trials_for_precision(cap, model.width(), factory, target);
    err << fmt::format(
        "mvzsim run: standard error of the mean of {} {} {:.6g} after {} trials{}\n", se_of,
        r.reached ? "reached" : "is still", r.standard_error, r.trials,
        r.reached ? "" : fmt::format(" (the maximum, --trials {}): the target was not reached", p.trials));
    return r.trials;
}

}  // namespace

namespace {

struct RunCommandArgs {
    RunArgs run;
    bool detail = false;
    long long replay = 0;
    std::string memory_limit, target_se, se_of = "annual_result[last]", layout, per_trial;
};

void describe(CommandOptions& o, RunCommandArgs& r) {
    add_help_option(o);
    r.run.formats = {Format::table, Format::csv, Format::json, Format::xlsx, Format::html, Format::pdf};
    add_run_options(o, r.run);
    o.visible.add_options()("detail,d", po::bool_switch(&r.detail), "table: also revenue by source and costs by type")(
        "replay", integer_into(&r.replay), "print trial K of the run month by month instead of the summary")(
        "memory-limit", po::value(&r.memory_limit),
        "memory for the per-trial results, e.g. 512M or 2G (default 2G); a larger run keeps only the values near the "
        "percentiles, with the same results")(
        "target-se", po::value(&r.target_se),
        "run until the standard error of the mean of --se-of is at most this (EUR, or a share of the mean such as "
        "1%); --trials is then the maximum (default 1000000)")(
        "se-of", po::value(&r.se_of), "the output --target-se watches (default annual_result[last])")(
        "layout", po::value(&r.layout),
        "CSV layout: long (one row per year and output; the default of --csv en) or wide (one row per output "
        "and statistic, years as columns; the default of --csv de)")(
        "per-trial", po::value(&r.per_trial),
        "also write each trial's headline outputs to this CSV file, one row per trial (atomically; German with "
        "--csv de)");
}

// --per-trial: checked before the run (exit code 2), like --output.
std::string check_per_trial(const po::variables_map& values, const RunCommandArgs& r) {
    if (!values.count("per-trial")) return {};
    if (r.per_trial.empty()) return "--per-trial must name a file (got an empty name)";
    if (values.count("replay")) return "--per-trial applies to the summary of a run, not to --replay";
    if (is_document(r.run.chosen))
        return "--per-trial applies to a table, CSV or JSON summary (use 'mvzsim run' again)";
    std::error_code ignored;
    if (!r.run.output.empty() && std::filesystem::weakly_canonical(r.run.output, ignored) ==
                                     std::filesystem::weakly_canonical(r.per_trial, ignored))
        return "--per-trial and --output must name different files";
    return check_output_path(r.per_trial);
}

// The summary of the run and, for --per-trial, the file of its trials: from every trial's outputs
// kept in memory, the same figures as models::project gives.
models::Projection project_keeping_trials(const models::CentreModel& model, const sim::RunOptions& settings,
                                          const Provenance& p, const RunCommandArgs& r) {
    const sim::TrialMatrix trials = models::simulate(model, settings);
    models::Projection projection = models::summarize(model, trials, settings);
    write_per_trial_csv(r.per_trial, models::compared_of(model, trials), settings.first_trial,
                        report::csv_provenance(p, r.run.lang), r.run.csv, r.run.lang);
    return projection;
}

}  // namespace

CommandOptions run_command_options() {
    return make_command_options(describe);
}

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = run_command_options();
    const RunCommandArgs& all = options.args<RunCommandArgs>();
    auto& [a, detail, replay, memory_limit, target_se, se_of, layout, per_trial] = options.args<RunCommandArgs>();
    po::variables_map values;
    if (!parse_options("run", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kRunHelp << '\n' << options.visible;
        return kExitOk;
    }
    if (!finish_run_options("run", values, a, err)) return kExitBadInput;
    std::optional<std::size_t> limit;
    if (values.count("memory-limit") && !(limit = parse_memory_size(memory_limit)))
        return usage_error(
            "run",
            fmt::format("--memory-limit must be a size from 1M, e.g. 512M or 2G (got {})", memory_limit.substr(0, 40)),
            err);
    std::optional<sim::PrecisionTarget> precision;
    if (values.count("target-se") && !(precision = parse_precision(target_se)))
        return usage_error("run",
                           fmt::format("--target-se must be a positive number or a percentage such as 1% (got {})",
                                       target_se.substr(0, 40)),
                           err);
    if (precision && !values.count("trials")) a.trials = 1'000'000;
    const bool replaying = values.count("replay") > 0;
    if (replaying && replay < 0)
        return usage_error("run", fmt::format("--replay must be a trial number >= 0 (got {})", replay), err);
    if (replaying && (is_document(a.chosen) || a.csv == CsvDialect::de))
        return usage_error("run", "--replay writes a table, the machine CSV or JSON", err);
    auto csv_layout = a.csv == CsvDialect::de ? report::CsvLayout::wide : report::CsvLayout::long_rows;
    if (!layout.empty()) {
        if (layout != "long" && layout != "wide")
            return usage_error("run", fmt::format("--layout must be long or wide (got {})", models::excerpt(layout)),
                               err);
        if (a.chosen != Format::csv) return usage_error("run", "--layout applies to CSV output", err);
        csv_layout = layout == "wide" ? report::CsvLayout::wide : report::CsvLayout::long_rows;
    }
    if (const auto problem = check_per_trial(values, all); !problem.empty()) return usage_error("run", problem, err);
    if (scenarios::is_region_file(a.scenario)) {  // a region of several centres (docs/region.md)
        if (!per_trial.empty()) return usage_error("run", "--per-trial is not supported for regions yet", err);
        if (replaying || precision || !layout.empty() || !a.load.sets.empty() || detail || is_document(a.chosen))
            return usage_error("run",
                               "a region file takes --trials, --seed, --threads, --format table, csv or json, --csv, "
                               "--lang, --output, --strict and --memory-limit; --replay, --target-se, --layout, "
                               "--set, --detail and the report formats are not supported for regions yet",
                               err);
        return run_region(a, limit.value_or(0), out, err);
    }
    if (const auto missing = check_document_tools("run", a.chosen, err)) return *missing;

    const auto scenario = load_or_report(a.scenario, a.load, err);
    if (!scenario) return kExitBadInput;
    const Provenance p = make_provenance(*scenario, a);
    const Format format = a.chosen;
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
    Provenance run = p;
    if (precision) {
        const auto trials = precision_trials(model, p, static_cast<unsigned>(a.threads), *precision, se_of, err);
        if (!trials) return kExitBadInput;
        run.trials = *trials;
    }
    // Progress on a terminal (the council report shows its own, over all its runs: write_report).
    ProgressLine progress(err, run.trials, 1, progress_wanted(err) && !is_document(format));
    const sim::RunOptions settings{.seed = run.seed,
                                   .trials = run.trials,
                                   .threads = static_cast<unsigned>(a.threads),
                                   .memory_limit = limit.value_or(0),
                                   .progress = progress.hook()};
    // Refuse before the run what cannot fit, with the figure it would need.
    const models::MemoryPlan plan = models::memory_plan(model, settings);
    if (!plan.fits) return usage_error("run", plan.problem, err);
    if (!per_trial.empty() && plan.use_bounded)
        return usage_error("run",
                           fmt::format("--per-trial needs every trial's outputs in memory ({:.2f} GiB, more than the "
                                       "--memory-limit): use fewer trials or a larger --memory-limit",
                                       plan.full / (1024.0 * 1024 * 1024)),
                           err);
    // The council report without a break-even search ('mvzsim report' adds one).
    if (is_document(format)) return write_report("run", *scenario, run, a, settings, std::nullopt, out, err);
    const models::Projection projection =
        per_trial.empty() ? models::project(model, settings) : project_keeping_trials(model, settings, run, all);
    progress.finish();
    if (!per_trial.empty()) err << fmt::format("mvzsim run: wrote {}\n", per_trial);
    if (format == Format::csv && (a.csv == CsvDialect::de || csv_layout == report::CsvLayout::wide)) {
        check_finite(projection);
        return emit("run", report::projection_csv(run, projection, a.csv, csv_layout, a.lang), a, out, err);
    }
    return emit("run", format_projection(run, projection, format, table_options(scenario->spec, detail, a.lang)), a,
                out, err);
}

}  // namespace mvzsim::cli
