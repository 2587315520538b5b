#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <stdexcept>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/report.h"
#include "cli/sha256.h"
#include "models/text/scanner.h"
#include "scenarios/diagnostics.h"

namespace mvzsim::cli {

void add_load_options(po::options_description& options, LoadArgs& load) {
    options.add_options()("set", po::value(&load.sets)->composing(),
                          "KEY.PATH=VALUE: set a value of the scenario, e.g. doctors[gp-2].fte=0.5 or "
                          "'billing.cases_per_fte_per_quarter={pert: [600, 800, 950]}' (repeatable)")(
        "strict", po::bool_switch(&load.strict), "treat plausibility warnings as errors (exit code 2)");
}

void add_run_options(CommandOptions& command, RunArgs& args) {
    command.add_operand("scenario", "SCENARIO", &args.scenario);
    po::options_description& options = command.visible;
    add_load_options(options, args.load);
    std::string formats;
    for (std::size_t i = 0; i < args.formats.size(); ++i)
        formats += std::string(i == 0 ? "" : ", ") + format_name(args.formats[i]) + (i == 0 ? " (default)" : "");
    options.add_options()("trials,n", po::value<Integer>(),
                          "number of trials (default: centre.trials of the scenario)")(
        "seed,s", po::value<Integer>(), "random seed (default: centre.seed of the scenario, else 1)")(
        "threads,t", integer_into(&args.threads), "worker threads (default 0: all cores); never changes results")(
        "format,f", po::value(&args.format),
        ("output format: " + formats + "; default: from the extension of --output").c_str())(
        "output,o", po::value(&args.output), "write to this file (atomically) instead of standard output")(
        "lang", po::value(&args.lang_text),
        "de or en: language of the report (default German for html, pdf, xlsx and --csv de, else English)");
    if (std::find(args.formats.begin(), args.formats.end(), Format::csv) != args.formats.end())
        options.add_options()("csv", po::value(&args.csv_text),
                              "CSV dialect: en (default: commas, full precision, for programs) or de (semicolons, "
                              "decimal commas, rounded, for German Excel); implies --format csv");
}

namespace {

// The format, the CSV dialect and the language; an empty string when they fit together.
std::string choose_output(const po::variables_map& values, RunArgs& a) {
    const FormatChoice choice =
        choose_format(values.count("format") ? std::optional(a.format) : std::nullopt, a.output, a.formats);
    if (!choice.error.empty()) return choice.error;
    a.chosen = choice.format;
    if (!a.csv_text.empty()) {
        const auto dialect = parse_csv_dialect(a.csv_text);
        if (!dialect) return fmt::format("--csv must be de or en (got {})", models::excerpt(a.csv_text));
        a.csv = *dialect;
        // --csv names CSV output: it picks CSV unless --format or the file's extension chose otherwise.
        const bool free = !values.count("format") && (a.output.empty() || !format_from_extension(a.output));
        if (a.chosen != Format::csv && !free)
            return fmt::format("--csv applies to CSV output (the output is {})", format_name(a.chosen));
        a.chosen = Format::csv;
    }
    a.lang = default_lang(a.chosen, a.csv);
    if (!a.lang_text.empty()) {
        const auto lang = report::parse_lang(a.lang_text);
        if (!lang) return fmt::format("--lang must be de or en (got {})", models::excerpt(a.lang_text));
        a.lang = *lang;
    }
    return {};
}

}  // namespace

int usage_error(const std::string& command, const std::string& message, std::ostream& err) {
    // Control characters from the arguments are escaped; the message's own line breaks stay.
    std::string shown;
    for (std::size_t start = 0; start <= message.size();) {
        const std::size_t end = std::min(message.find('\n', start), message.size());
        shown += scenarios::escape_control(std::string_view(message).substr(start, end - start));
        if (end < message.size()) shown += '\n';
        start = end + 1;
    }
    err << fmt::format("mvzsim {}: {}\nTry 'mvzsim {} --help'.\n", command, shown, command);
    return kExitBadInput;
}

bool finish_run_options(const std::string& command, const po::variables_map& values, RunArgs& a, std::ostream& err) {
    if (values.count("trials")) a.trials = values["trials"].as<Integer>().value;
    if (values.count("seed")) a.seed = values["seed"].as<Integer>().value;
    auto bad = [&](const std::string& message) {
        usage_error(command, message, err);
        return false;
    };
    if (a.scenario.empty()) return bad("missing the scenario file");
    if (a.trials && (*a.trials < 1 || *a.trials > 100'000'000))
        return bad(fmt::format("--trials must be in [1, 100000000] (got {})", *a.trials));
    if (a.seed && *a.seed < 0) return bad(fmt::format("--seed must be >= 0 (got {})", *a.seed));
    if (a.threads < 0 || a.threads > 1024)
        return bad(fmt::format("--threads must be in [0, 1024] (got {})", a.threads));
    // An empty name is a mistake (an unset shell variable), not a request for standard output.
    if (values.count("output") && a.output.empty()) return bad("--output must name a file (got an empty name)");
    if (const std::string problem = choose_output(values, a); !problem.empty()) return bad(problem);
    if (!a.output.empty()) {
        if (const std::string problem = check_output_path(a.output); !problem.empty()) return bad(problem);
    }
    return true;
}

Provenance make_provenance(const scenarios::Scenario& scenario, const RunArgs& args) {
    const models::CentreSpec& spec = scenario.spec;
    Provenance p;
    p.scenario_name = spec.name;
    p.file = args.scenario;
    p.sha256 = sha256_hex(scenario.text);
    for (const auto& base : scenario.bases) p.extends.push_back({base.path, sha256_hex(base.bytes)});
    p.sets = scenario.sets;
    p.version = version();
    p.seed = args.seed ? static_cast<std::uint64_t>(*args.seed) : spec.default_seed;
    p.trials = args.trials ? static_cast<std::size_t>(*args.trials) : spec.default_trials;
    p.opening = models::to_string(spec.opening);
    p.horizon_years = spec.horizon_years;
    return p;
}

int emit(const std::string& command, const std::string& report, const RunArgs& args, std::ostream& out,
         std::ostream& err) {
    if (args.output.empty()) {
        out << report << std::flush;
        if (!out) throw std::runtime_error("cannot write to standard output");
    } else {
        write_file_atomically(args.output, report);
        err << fmt::format("mvzsim {}: wrote {}\n", command, args.output);
    }
    return kExitOk;
}

std::optional<std::pair<double, double>> parse_doctor_range(const std::string& text) {
    // NUMBER [.. NUMBER], blanks allowed around each part; a NUMBER is digits with an optional fraction.
    constexpr models::NumberSyntax kFte{.sign = false, .leading_dot = false, .trailing_dot = false, .exponent = false};
    models::Scanner s(text);
    s.skip_spaces();
    const auto low = s.number_text(kFte);
    if (!low) return std::nullopt;
    s.skip_spaces();
    std::optional<std::string_view> high = low;
    if (s.literal("..")) {
        s.skip_spaces();
        high = s.number_text(kFte);
        if (!high) return std::nullopt;
        s.skip_spaces();
    }
    if (!s.at_end()) return std::nullopt;
    const auto min = models::decimal_value(*low), max = models::decimal_value(*high);
    if (!min || !max || *max > kMaxDoctorFte) return std::nullopt;
    return std::pair(*min, *max);
}

std::optional<std::pair<double, double>> parse_value_range(const std::string& text) {
    // NUMBER .. NUMBER, blanks allowed around each part; a NUMBER such as -5, .5, 2.5 or 1e3 (not "5.").
    constexpr models::NumberSyntax kValue{.sign = true, .leading_dot = true, .trailing_dot = false, .exponent = true};
    models::Scanner s(text);
    s.skip_spaces();
    const auto low = s.number_text(kValue);
    s.skip_spaces();
    if (!low || !s.literal("..")) return std::nullopt;
    s.skip_spaces();
    const auto high = s.number_text(kValue);
    s.skip_spaces();
    if (!high || !s.at_end()) return std::nullopt;
    const auto a = models::decimal_value(*low), b = models::decimal_value(*high);
    if (!a || !b) return std::nullopt;
    return std::pair(*a, *b);
}

bool valid_doctor_step(double step) {
    return step >= 0.1 && step <= 10.0 && std::abs(step * 10.0 - std::round(step * 10.0)) < 1e-9;
}

}  // namespace mvzsim::cli
