// mvzsim sensitivity: what drives a scenario's risk, from the trials of one run (docs/sensitivity.md).
#include <fmt/format.h>

#include <cmath>
#include <ostream>
#include <regex>
#include <stdexcept>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/number_args.h"
#include "cli/options.h"
#include "cli/sensitivity_inputs.h"
#include "cli/sensitivity_report.h"
#include "models/analysis/output_ref.h"
#include "models/projection/projection.h"
#include "scenarios/diagnostics.h"
#include "scenarios/input_list.h"
#include "sim/copula.h"
#include "sim/finite.h"
#include "sim/statistics.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kHelp =
    "Usage: mvzsim sensitivity SCENARIO [--output-of OUTPUT] [--fail-if CONDITION] [options]\n"
    "\n"
    "Which uncertain inputs drive the result, from the trials of one run: for each input, the mean\n"
    "of the output when the input is in its lowest and highest decile (tornado), its Spearman rank\n"
    "correlation with the output, the share of the output's variance it explains alone, how it is\n"
    "spread in the trials that fail CONDITION against all trials; then a deterministic best / base /\n"
    "worst table beside the Monte Carlo percentiles. Inputs drawn each month or year enter by their\n"
    "mean over the trial. OUTPUT is e.g. cumulative_result[last] (the default), annual_result[2030],\n"
    "subsidy_need[2028] or largest_cash_gap; CONDITION e.g. 'annual_result[2030] < 0' (the default:\n"
    "a loss in the output's year, the last year for a whole-trial output). See docs/sensitivity.md.\n";

// Every output name the reports know, for a did-you-mean.
std::vector<std::string> output_names() {
    std::vector<std::string> names;
    for (std::size_t m = 0; m < models::kMetricCount; ++m)
        names.emplace_back(models::metric_name(static_cast<models::Metric>(m)));
    for (std::size_t m = 0; m < models::kTrialMetricCount; ++m)
        names.emplace_back(models::metric_name(static_cast<models::TrialMetric>(m)));
    return names;
}

// The message of a bad output reference, with a suggestion for a misspelt name.
std::string with_suggestion(const std::string& text, const std::string& message) {
    std::string name = text.substr(0, text.find_first_of("[<> "));
    const std::string guess = scenarios::did_you_mean(name, output_names());
    return guess.empty() || guess == name ? message : message + " (did you mean '" + guess + "'?)";
}

std::string unit_of(const std::string& output) {
    const std::string name = output.substr(0, output.find('['));
    if (const auto m = models::metric_by_name(name)) return std::string(models::metric_unit(*m));
    if (const auto m = models::trial_metric_by_name(name)) return std::string(models::metric_unit(*m));
    return "";
}

// "10,50,90": three increasing percentiles in (0, 100).
std::optional<std::array<double, 3>> parse_percentiles(const std::string& text) {
    static const std::regex kThree(R"(\s*([0-9.]+)\s*,\s*([0-9.]+)\s*,\s*([0-9.]+)\s*)");
    std::smatch m;
    if (text.size() > 60 || !std::regex_match(text, m, kThree)) return std::nullopt;
    std::array<double, 3> p{};
    for (std::size_t k = 0; k < 3; ++k) {
        char* end = nullptr;
        const std::string s = m[k + 1];
        p[k] = std::strtod(s.c_str(), &end) / 100.0;
        if (end != s.c_str() + s.size()) return std::nullopt;
    }
    if (!(p[0] > 0.0 && p[0] < p[1] && p[1] < p[2] && p[2] < 1.0)) return std::nullopt;
    return p;
}

// The output of trial 0 of the scenario with each input of `values` set to a fixed number.
double deterministic_output(const scenarios::Scenario& s, const std::vector<std::pair<std::string, double>>& values,
                            std::uint64_t seed, std::size_t column) {
    scenarios::LoadOptions load{s.sets};
    for (const auto& [path, v] : values) load.sets.push_back(fmt::format("{}={}", path, v));
    // Fixed inputs cannot be rank-correlated; with every input fixed the correlations have no effect.
    if (!s.spec.correlations.inputs.empty()) load.sets.emplace_back("correlations=[]");
    const models::CentreModel model(scenarios::parse_scenario(s.file, s.text, load).spec);
    std::vector<double> row(model.width());
    model.project_years(seed, 0, row);
    return row[column];
}

// What the cases need besides the scenario: the analysis (for each input's direction), the percentiles,
// whether a higher output is better, the run's seed (the cases are its trial 0) and the output's column.
struct CaseRequest {
    const models::SensitivityResult& result;
    std::array<double, 3> percentiles;
    bool higher_better;
    std::uint64_t seed;
    std::size_t column;
};

DeterministicCases make_cases(const scenarios::Scenario& s, const std::vector<scenarios::ListedInput>& listed,
                              const CaseRequest& q) {
    const models::SensitivityResult& r = q.result;
    const bool higher_better = q.higher_better;
    DeterministicCases c;
    c.percentiles = q.percentiles;
    std::array<std::vector<std::pair<std::string, double>>, 3> sets;  // worst, base, best
    for (const auto& in : listed) {
        if (sim::is_fixed(in.input.distribution)) continue;
        const models::InputSensitivity* found = nullptr;
        for (const auto& i : r.inputs)
            if (i.name == in.path) found = &i;
        // The side of the input that raises the output is good when higher is better.
        const bool raises = found && found->spearman >= 0.0;
        const bool high_is_good = raises == higher_better;
        DeterministicCases::Row row{in.path, {}};
        for (std::size_t k = 0; k < 3; ++k) {
            // worst takes the bad side, best the good side; inputs drawn per event stay at the median.
            std::size_t side = k == 0 ? (high_is_good ? 0 : 2) : k == 2 ? (high_is_good ? 2 : 0) : 1;
            if (!found) side = 1;
            row.values[k] = sim::inverse_cdf(in.input.distribution, c.percentiles[side]);
            sets[k].emplace_back(in.path, row.values[k]);
        }
        c.inputs.push_back(std::move(row));
    }
    for (std::size_t k = 0; k < 3; ++k) c.output[k] = deterministic_output(s, sets[k], q.seed, q.column);
    return c;
}

}  // namespace

namespace {

struct SensitivityArgs {
    RunArgs run;  // formats: table (the default), csv, json
    std::string output = "cumulative_result[last]", fail_if, cases = "10,50,90";
    long long bins = 20, resamples = 200, bootstrap_seed = 1;
};

void describe(CommandOptions& o, SensitivityArgs& s) {
    add_help_option(o);
    add_run_options(o, s.run);
    const auto integer = [](long long& target) {
        return po::value<Integer>()->notifier([&target](const Integer& n) { target = n.value; });
    };
    o.visible.add_options()("output-of", po::value(&s.output),
                            "the output analysed, e.g. cumulative_result[last] (default), annual_result[2030]")(
        "fail-if", po::value(&s.fail_if),
        "the failure condition, e.g. 'cumulative_result[last] < 0' (default: annual_result < 0 in the output's year)")(
        "cases", po::value(&s.cases), "percentiles of the worst, base and best case, LOW,MID,HIGH (default 10,50,90)")(
        "bins", integer(s.bins), "equal-count bins of the variance share (default 20)")(
        "resamples", integer(s.resamples), "bootstrap resamples of the variance share's interval (default 200)")(
        "bootstrap-seed", integer(s.bootstrap_seed), "seed of the bootstrap (default 1)");
}

// Throws std::runtime_error naming the first value of the sample that is not finite (an overflow
// from absurd inputs), so that no statistic of it is printed.
void check_finite(const sim::TrialMatrix& sample, const models::SensitivityRequest& request, const std::string& output,
                  std::uint64_t first_trial) {
    for (std::size_t k = 0; k < sample.width(); ++k) {
        const auto t = sim::first_non_finite(sample.column(k));
        if (!t) continue;
        const std::string what = k == 0 ? output : k == 1 ? request.failure.text : request.inputs[k - 2].name;
        throw std::runtime_error(fmt::format(
            "{} is not finite in trial {} (an overflow: check for implausibly large inputs; 'mvzsim run --replay {}' "
            "shows the trial)",
            what, first_trial + *t, first_trial + *t));
    }
}

}  // namespace

CommandOptions sensitivity_command_options() {
    return make_command_options(describe);
}

int sensitivity_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = sensitivity_command_options();
    auto& [a, output, fail_if, cases_text, bins, resamples, bootstrap_seed] = options.args<SensitivityArgs>();
    po::variables_map values;
    const std::string cmd = "sensitivity";
    if (!parse_options(cmd, args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kHelp << '\n' << options.visible;
        return kExitOk;
    }
    if (!finish_run_options(cmd, values, a, err)) return kExitBadInput;
    if (a.csv == CsvDialect::de || a.lang != report::Lang::en)
        return usage_error(cmd, "writes English only: --csv de and --lang de are not available here", err);
    const auto percentiles = parse_percentiles(cases_text);
    if (!percentiles)
        return usage_error(cmd,
                           fmt::format("--cases must be three increasing percentiles in (0, 100), e.g. 10,50,90 "
                                       "(got {})",
                                       cases_text.substr(0, 40)),
                           err);
    if (bins < 2 || bins > 1000)
        return usage_error(cmd, fmt::format("--bins must be in [2, 1000] (got {})", bins), err);
    if (resamples < 0 || resamples > 10000)
        return usage_error(cmd, fmt::format("--resamples must be in [0, 10000] (got {})", resamples), err);
    if (bootstrap_seed < 0) return usage_error(cmd, "--bootstrap-seed must be >= 0", err);

    const auto scenario = load_or_report(a.scenario, a.load, err);
    if (!scenario) return kExitBadInput;
    SensitivityReport report;
    report.p = make_provenance(*scenario, a);
    if (report.p.trials < 10 * static_cast<std::size_t>(bins))
        return usage_error(
            cmd, fmt::format("needs at least 10 trials per bin, {} (got {})", 10 * bins, report.p.trials), err);
    const models::CentreModel model(scenario->spec);
    models::SensitivityRequest request;
    try {
        request.output = models::output_column(model, output);
    } catch (const std::invalid_argument& e) {
        return usage_error(cmd, "--output-of: " + with_suggestion(output, e.what()), err);
    }
    if (fail_if.empty()) fail_if = default_failure(model, request.output);
    try {
        request.failure = models::parse_condition(model, fail_if);
    } catch (const std::invalid_argument& e) {
        return usage_error(cmd, "--fail-if: " + with_suggestion(fail_if, e.what()), err);
    }
    const auto listed = scenarios::list_inputs(*scenario);
    TracedInputs traced = traced_inputs(listed);
    request.inputs = std::move(traced.inputs);
    report.untraced = std::move(traced.untraced);
    if (request.inputs.empty()) return usage_error(cmd, "the scenario has no uncertain input to analyse", err);

    report.output = output;
    report.unit = unit_of(output);
    report.higher_is_better = models::higher_is_better(output);
    report.failure = fail_if;
    report.options = {.bins = static_cast<std::size_t>(bins),
                      .resamples = static_cast<std::size_t>(resamples),
                      .bootstrap_seed = static_cast<std::uint64_t>(bootstrap_seed),
                      .threads = static_cast<unsigned>(a.threads)};
    const double bytes = models::sensitivity_memory(report.p.trials, request.inputs.size(), report.options);
    if (bytes > models::kDefaultMemoryLimit)
        return usage_error(
            cmd,
            fmt::format("{} trials with {} inputs and {} resamples need {:.1f} GiB (at most {:.0f}): use "
                        "fewer trials or --resamples",
                        report.p.trials, request.inputs.size(), resamples, bytes / (1 << 30),
                        models::kDefaultMemoryLimit / (1 << 30)),
            err);
    const sim::RunOptions run{.seed = report.p.seed, .trials = report.p.trials, .threads = report.options.threads};
    const sim::TrialMatrix sample = models::sample_sensitivity(model, request, run);
    check_finite(sample, request, output, run.first_trial);
    report.result = models::analyse_sensitivity(request, sample, report.options);
    report.cases =
        make_cases(*scenario, listed, {report.result, *percentiles, report.higher_is_better, run.seed, request.output});
    std::vector<double> y(sample.column(0).begin(), sample.column(0).end());
    for (std::size_t k = 0; k < 3; ++k) report.cases.monte_carlo[k] = sim::quantile(y, (*percentiles)[k]);
    return emit(cmd, format_sensitivity(report, a.chosen), a, out, err);
}

}  // namespace mvzsim::cli
