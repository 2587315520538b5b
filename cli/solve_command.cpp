#include <fmt/format.h>

#include <ostream>
#include <stdexcept>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "cli/report/csv_tables.h"
#include "cli/report/words.h"
#include "cli/report_text.h"
#include "models/analysis/solve.h"
#include "models/text/scanner.h"
#include "scenarios/number_editor.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kSolveHelp =
    "Usage: mvzsim solve SCENARIO --vary KEY.PATH --range LOW..HIGH --target TARGET [options]\n"
    "\n"
    "Finds the value of one number of the scenario at which a target on the results is just met,\n"
    "by bisection with common random numbers, and the interval of values that the Monte Carlo error\n"
    "leaves open. KEY.PATH names a number as in the scenario file, e.g.\n"
    "  billing.cases_per_fte_per_quarter          (a plain number)\n"
    "  billing.cases_per_fte_per_quarter.pert[1]  (the most likely value of an uncertain one)\n"
    "  doctors[gp-1].salary_per_year              (a position by its id; staff by role)\n"
    "TARGET is e.g.\n"
    "  'P(result[2030] >= 0) >= 0.9'    probability of a non-negative annual result in 2030\n"
    "  'mean(cumulative[last]) >= 0'    mean cumulative result at the end of the horizon\n"
    "  'p5(result[2029]) >= -50000'     5th percentile (p1..p99, median) of the 2029 result\n"
    "Outputs: result, cumulative, revenue, costs and every metric name of the CSV report.\n";

struct SolveReport {
    const Provenance& p;
    const std::string& path;
    double current;
    const models::SolveResult& r;
};

std::string format_table(const SolveReport& s) {
    const auto& r = s.r;
    std::string out = fmt::format("mvzsim {}: solve for {} in {:g}..{:g}\n", s.p.version, s.path, r.low, r.high);
    out += provenance_lines(s.p);
    out += fmt::format("  target         {}\n  current value  {:g}\n\n", r.target.text, s.current);
    out +=
        fmt::format("Answer: {:.6g} (the target is met {} this value)\n", r.answer, r.met_at_high ? "above" : "below");
    out += fmt::format("  At {:.6g} the statistic is {:.6g} (95 % interval {:.6g} to {:.6g}).\n", r.answer,
                       r.at_answer.value, r.at_answer.low, r.at_answer.high);
    out += fmt::format(
        "  Monte Carlo error leaves {:.6g} to {:.6g} open: there the 95 % interval of the statistic\n"
        "  contains the threshold; more trials narrow it.\n",
        r.open.low, r.open.high);
    out += "\nValues tried (all on the same random draws)\n";
    out += fmt::format("  {:>14} {:>14} {:>14} {:>14} {:>6}\n", "value", "statistic", "95 % low", "95 % high", "meets");
    for (const auto& [x, e] : r.evaluations)
        out += fmt::format("  {:>14.6g} {:>14.6g} {:>14.6g} {:>14.6g} {:>6}\n", x, e.value, e.low, e.high,
                           models::meets(r.target, e.value) ? "yes" : "no");
    return out;
}

std::string format_csv(const SolveReport& s) {
    const auto& r = s.r;
    std::string out = "# " + provenance_comment(s.p) +
                      fmt::format("; vary {}; target {}; answer {}; open {} to {}\n", one_line(s.path),
                                  one_line(r.target.text), r.answer, r.open.low, r.open.high);
    out += "value,statistic,ci_low,ci_high,meets\n";
    for (const auto& [x, e] : r.evaluations)
        out +=
            fmt::format("{},{},{},{},{}\n", x, e.value, e.low, e.high, models::meets(r.target, e.value) ? "yes" : "no");
    return out;
}

// The German CSV (cli/report/csv_writer.h): the values tried, then the answer in the provenance block.
std::string format_csv_de(const SolveReport& s, report::Lang lang) {
    using report::Cell;
    using report::Label;
    using report::NumberKind;
    const report::Words w(lang, report::csv_style(lang));
    const auto& r = s.r;
    report::Table t;
    t.header = {w(Label::csv_value), w(Label::csv_statistic_value), w(Label::csv_ci_low), w(Label::csv_ci_high),
                w(Label::csv_meets)};
    for (const auto& [x, e] : r.evaluations)
        t.rows.push_back({{Cell::of(x, NumberKind::plain), Cell::of(e.value, NumberKind::plain),
                           Cell::of(e.low, NumberKind::plain), Cell::of(e.high, NumberKind::plain),
                           Cell::of(models::meets(r.target, e.value) ? w(Label::yes) : w(Label::no))}});
    report::CsvProvenance prov = report::csv_provenance(s.p, lang);
    const auto number = [](double v) { return report::csv_number(Cell::of(v, NumberKind::plain), CsvDialect::de); };
    prov.rows.push_back({w(Label::csv_solve_vary), s.path});
    prov.rows.push_back({w(Label::csv_solve_target), r.target.text});
    prov.rows.push_back({w(Label::csv_solve_answer), number(r.answer)});
    prov.rows.push_back({w(Label::csv_solve_open), number(r.open.low) + " \u2026 " + number(r.open.high)});
    return report::write_csv({t}, prov, CsvDialect::de);
}

std::string format_json(const SolveReport& s) {
    const auto& r = s.r;
    std::string out = "{\n" + json_provenance(s.p);
    out += fmt::format("  \"vary\": {},\n  \"range\": [{}, {}],\n  \"target\": {},\n  \"current_value\": {},\n",
                       json_string(s.path), r.low, r.high, json_string(r.target.text), s.current);
    out += fmt::format("  \"answer\": {},\n  \"met_above_answer\": {},\n  \"open_interval\": [{}, {}],\n", r.answer,
                       r.met_at_high ? "true" : "false", r.open.low, r.open.high);
    out += fmt::format("  \"at_answer\": {{\"statistic\": {}, \"ci\": [{}, {}]}},\n  \"evaluations\": [\n",
                       r.at_answer.value, r.at_answer.low, r.at_answer.high);
    std::size_t i = 0;
    for (const auto& [x, e] : r.evaluations)
        out += fmt::format("    {{\"value\": {}, \"statistic\": {}, \"ci\": [{}, {}]}}{}\n", x, e.value, e.low, e.high,
                           ++i < r.evaluations.size() ? "," : "");
    return out + "  ]\n}\n";
}

}  // namespace

namespace {

struct SolveArgs {
    RunArgs run;
    std::string path, range, target;
};

void describe(CommandOptions& o, SolveArgs& args) {
    add_help_option(o);
    add_run_options(o, args.run);
    o.visible.add_options()("vary", po::value(&args.path),
                            "key path of the number to vary, e.g. billing.cases_per_fte_per_quarter")(
        "range", po::value(&args.range), "the values to search, LOW..HIGH")(
        "target", po::value(&args.target), "the target, e.g. 'P(result[2030] >= 0) >= 0.9'");
}

}  // namespace

CommandOptions solve_command_options() {
    return make_command_options(describe);
}

int solve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = solve_command_options();
    auto& [a, path, range_text, target_text] = options.args<SolveArgs>();
    po::variables_map values;
    if (!parse_options("solve", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kSolveHelp << '\n' << options.visible;
        return kExitOk;
    }
    if (!finish_run_options("solve", values, a, err)) return kExitBadInput;
    if (path.empty() || range_text.empty() || target_text.empty())
        return usage_error("solve", "needs --vary, --range and --target", err);
    const auto range = parse_value_range(range_text);
    if (!range || !(range->first < range->second))
        return usage_error("solve",
                           fmt::format("--range must be LOW..HIGH, two finite numbers with LOW < HIGH (got '{}')",
                                       models::excerpt(range_text)),
                           err);
    models::Target target;
    try {
        target = models::parse_target(target_text);
    } catch (const std::invalid_argument& e) {
        return usage_error("solve", std::string("--target: ") + e.what(), err);
    }

    const auto scenario = load_or_report(a.scenario, a.load, err);
    if (!scenario) return kExitBadInput;
    const Provenance p = make_provenance(*scenario, a);
    // Intervals and percentiles need a sample; fewer trials would report spurious certainty.
    if (p.trials < 100)
        return usage_error("solve", fmt::format("needs at least 100 trials for its intervals (got {})", p.trials), err);
    try {
        scenarios::NumberEditor editor(*scenario, path);
        models::target_year_index(target, models::Calendar(scenario->spec.opening, scenario->spec.horizon_years));
        // Progress on a terminal: the trials run once per value tried.
        std::optional<models::SolveResult> solved;
        {
            ProgressLine progress(err, p.trials, 0, progress_wanted(err));
            const sim::RunOptions run{.seed = p.seed,
                                      .trials = p.trials,
                                      .threads = static_cast<unsigned>(a.threads),
                                      .progress = progress.hook()};
            solved = models::solve([&](double x) { return editor.with(x); }, target, range->first, range->second, run);
        }
        const models::SolveResult& result = *solved;
        const SolveReport report{p, path, editor.current(), result};
        switch (a.chosen) {
            case Format::csv:
                return emit("solve", a.csv == CsvDialect::de ? format_csv_de(report, a.lang) : format_csv(report), a,
                            out, err);
            case Format::json:
                return emit("solve", format_json(report), a, out, err);
            case Format::table:
                break;
            case Format::xlsx:
            case Format::html:
            case Format::pdf:
                throw std::logic_error("solve writes no report format");
        }
        return emit("solve", format_table(report), a, out, err);
    } catch (const scenarios::InputError& e) {
        for (const auto& d : e.diagnostics())
            err << "mvzsim solve: --vary " << scenarios::escape_control(models::excerpt(path)) << ": "
                << scenarios::format(d) << '\n';
        return kExitBadInput;
    } catch (const std::invalid_argument& e) {
        return usage_error("solve", e.what(), err);
    }
}

}  // namespace mvzsim::cli
