// `mvzsim screen TEMPLATE.yaml --table municipalities.csv`: many municipalities as sites of one
// template scenario, one row of headline figures each, on common random numbers.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <ostream>
#include <stdexcept>

#include "cli/breakeven_options.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "cli/screen_report.h"
#include "cli/screen_sites.h"
#include "cli/screen_table.h"
#include "cli/sha256.h"
#include "models/analysis/breakeven.h"
#include "models/analysis/compare.h"
#include "models/text/scanner.h"
#include "scenarios/scenario_loader.h"

namespace mvzsim::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kScreenHelp =
    "Usage: mvzsim screen TEMPLATE.yaml --table MUNICIPALITIES.csv [options]\n"
    "\n"
    "Screens many municipalities at once: each row of the table is the template scenario with the\n"
    "row's values (the header names the key path each column sets, as --set does; 'name' names the\n"
    "municipality, 'template' may give another scenario file, 'info:LABEL' columns are carried to the\n"
    "output). For each municipality it reports the doctors needed (the break-even minimum of\n"
    "'mvzsim breakeven' with --confidence), the probability of a loss and the P50 and P95 of the\n"
    "owner's subsidy need in the third calendar year, the P95 of the largest yearly subsidy need and\n"
    "the credit line (P95 of the largest cash gap), one row each, sorted by --sort-by. Every municipality runs on the "
    "same seed and trials\n"
    "(common random numbers), so its figures are those 'mvzsim run' and 'mvzsim breakeven' give for\n"
    "the template with the same --set values.\n";

constexpr const char* kSortKeys[] = {"subsidy_p95",       "subsidy_p50",    "largest_subsidy_need_p95",
                                     "credit_line_p95",   "doctors_needed", "p_loss",
                                     "cumulative_result", "name",           "table"};

struct ScreenArgs {
    RunArgs run;
    BreakevenArgs search;
    std::string table, sort_by = "subsidy_p95";
    bool no_breakeven = false;
};

void describe(CommandOptions& o, ScreenArgs& s) {
    add_help_option(o);
    add_run_options(o, s.run);
    o.operands.back() = "TEMPLATE";
    o.visible.add_options()("table", po::value(&s.table),
                            "the municipalities: a CSV file, one row each, its header naming what each column sets")(
        "sort-by", po::value(&s.sort_by),
        "subsidy_p95 (default), subsidy_p50, largest_subsidy_need_p95, credit_line_p95, doctors_needed, p_loss "
        "(lowest first), cumulative_result (highest first), name, or table (the table's order)")(
        "no-breakeven", po::bool_switch(&s.no_breakeven), "skip the search for the doctors needed (faster)");
    add_breakeven_options(o.visible, s.search);
}

double sort_value(const ScreenedSite& s, const std::string& key) {
    const auto& h = s.headline;
    if (key == "subsidy_p50") return h.loss_year_subsidy_p50;
    if (key == "largest_subsidy_need_p95") return h.subsidy_p95;
    if (key == "doctors_needed") return doctors_needed(s).value_or(std::numeric_limits<double>::infinity());
    if (key == "credit_line_p95") return h.credit_line_p95;
    if (key == "p_loss") return h.p_loss;
    if (key == "cumulative_result") return -h.cumulative.mean;
    return h.loss_year_subsidy_p95;
}

void sort_sites(std::vector<ScreenedSite>& sites, const std::string& key) {
    if (key == "table") return;
    if (key == "name") {
        std::stable_sort(sites.begin(), sites.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
        return;
    }
    std::stable_sort(sites.begin(), sites.end(),
                     [&](const auto& a, const auto& b) { return sort_value(a, key) < sort_value(b, key); });
}

// Runs one municipality: its headline figures, then (unless --no-breakeven) its break-even search.
int screen_site(Site& s, const ScreenArgs& args, const po::variables_map& values, const sim::RunOptions& run,
                std::ostream& err) {
    models::CentreSpec& spec = s.scenario->spec;
    s.out.headline = models::headline(models::simulate_compared(models::CentreModel(spec), run));
    if (args.no_breakeven) return kExitOk;
    auto o = breakeven_options("screen", values, args.search, spec, run.trials, err);
    if (!o) return kExitBadInput;
    o->run = run;
    try {
        s.out.breakeven = models::breakeven(spec, *o);
    } catch (const std::invalid_argument& e) {
        return usage_error("screen", fmt::format("municipality '{}': {}", s.out.name, e.what()), err);
    }
    return kExitOk;
}

}  // namespace

CommandOptions screen_command_options() {
    return make_command_options(describe);
}

int screen_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = screen_command_options();
    ScreenArgs& s = options.args<ScreenArgs>();
    RunArgs& a = s.run;
    po::variables_map values;
    if (!parse_options("screen", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kScreenHelp << '\n' << options.visible;
        return kExitOk;
    }
    if (!finish_run_options("screen", values, a, err)) return kExitBadInput;
    if (s.table.empty()) return usage_error("screen", "missing --table MUNICIPALITIES.csv", err);
    if (std::find(std::begin(kSortKeys), std::end(kSortKeys), s.sort_by) == std::end(kSortKeys))
        return usage_error("screen",
                           fmt::format("--sort-by must be one of subsidy_p95, subsidy_p50, largest_subsidy_need_p95, "
                                       "credit_line_p95, doctors_needed, p_loss, cumulative_result, name, table "
                                       "(got {})",
                                       models::excerpt(s.sort_by)),
                           err);
    if (!s.no_breakeven && !check_breakeven_args("screen", s.search, err)) return kExitBadInput;

    std::optional<MunicipalityTable> table;
    try {
        table = read_municipality_table(s.table);
    } catch (const scenarios::InputError& e) {
        for (const auto& d : e.diagnostics()) err << scenarios::format(d) << '\n';
        err << fmt::format("{}: {} error{}; nothing was run.\n", scenarios::escape_control(s.table),
                           e.diagnostics().size(), e.diagnostics().size() == 1 ? "" : "s");
        return kExitBadInput;
    }
    std::vector<Site> sites;
    for (const auto& row : table->rows) sites.push_back(site_of(*table, row, a));
    if (!load_sites(*table, sites, a, err)) return kExitBadInput;

    // One seed and one trial count for all: the command line's, else the first municipality's.
    const std::string first_template = a.scenario;
    a.scenario = sites[0].out.template_file;
    const Provenance first = make_provenance(*sites[0].scenario, a);
    sim::RunOptions run{.seed = first.seed, .trials = first.trials, .threads = static_cast<unsigned>(a.threads)};
    if (const std::string problem = check_run_settings(sites, a, run, err); !problem.empty())
        return usage_error("screen", problem, err);
    // Progress on a terminal: one run per municipality, and its break-even search's passes.
    ProgressLine progress(err, run.trials, s.no_breakeven ? sites.size() : 0, progress_wanted(err));
    run.progress = progress.hook();
    ScreenReport r;
    r.table_file = s.table;
    r.table_sha256 = sha256_hex(table->bytes);
    r.sort_by = s.sort_by;
    r.version = version();
    r.sets = a.load.sets;
    r.seed = run.seed;
    r.trials = run.trials;
    r.confidence = s.search.confidence;
    for (auto& site : sites) {
        a.scenario = site.out.template_file;
        site.out.provenance = make_provenance(*site.scenario, a);
        site.out.provenance.seed = run.seed;
        site.out.provenance.trials = run.trials;
        if (const int code = screen_site(site, s, values, run, err); code != kExitOk) return code;
        site.out.template_file = site.out.template_file == first_template
                                     ? first_template
                                     : fs::path(site.out.template_file).lexically_normal().string();
        r.sites.push_back(std::move(site.out));
    }
    progress.finish();
    sort_sites(r.sites, s.sort_by);
    return emit("screen", format_screen(r, a.chosen, a.csv, a.lang), a, out, err);
}

}  // namespace mvzsim::cli
