#include "cli/cli.h"

#include <fmt/format.h>

#include <exception>
#include <ostream>

#include "cli/options.h"
#include "scenarios/diagnostics.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kUsage =
    "mvzsim: Monte Carlo projection of the economics of a municipal medical care centre (MVZ/RVZ)\n"
    "\n"
    "Usage: mvzsim COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  report SCENARIO     the council report: HTML, PDF or Excel, German by default\n"
    "  run SCENARIO        project a scenario: yearly revenue, costs, results with uncertainty\n"
    "  breakeven SCENARIO  the minimum number of doctors (FTE) at which the centre carries itself\n"
    "  solve SCENARIO      the value of one input at which a target on the results is just met\n"
    "  sensitivity SCENARIO which uncertain inputs drive the result: tornado, variance shares, failure\n"
    "  validate FILE...    check scenario files and report every error\n"
    "  show SCENARIO       print the scenario as read: its extends chain merged, --set applied\n"
    "  schema              print the JSON Schema of scenario files (for editors)\n"
    "  init FILE           write a starter scenario (--template small-gp, rvz or county)\n"
    "  bench SCENARIO      measure the speed of the engine (trial-months per second)\n"
    "\n"
    "Options:\n"
    "  -h, --help          this help; 'mvzsim COMMAND --help' for a command's options\n"
    "  --version           the program version\n"
    "\n"
    "Exit codes: 0 success, 2 bad input or usage, 1 other failure.\n";

const std::vector<std::string> kCommands = {"report", "run",  "breakeven", "solve", "validate",
                                            "bench",  "show", "schema",    "init",  "sensitivity"};

}  // namespace

const char* version() {
    return MVZSIM_VERSION;
}

bool parse_options(const std::string& command, const std::vector<std::string>& args,
                   const po::options_description& options, const po::positional_options_description& positional,
                   po::variables_map& values, std::ostream& err) {
    try {
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), values);
        po::notify(values);
        return true;
    } catch (const po::unknown_option& e) {
        std::vector<std::string> names;
        for (const auto& o : options.options()) names.push_back(o->long_name());
        std::string name = e.get_option_name();
        while (!name.empty() && name.front() == '-') name.erase(0, 1);
        const std::string guess = scenarios::did_you_mean(name, names);
        err << fmt::format("mvzsim {}: unknown option '{}'{}\n", command, e.get_option_name(),
                           guess.empty() ? "" : fmt::format(" (did you mean '--{}'?)", guess));
    } catch (const po::error& e) {
        err << fmt::format("mvzsim {}: {}\n", command, e.what());
    }
    err << fmt::format("Try 'mvzsim {} --help'.\n", command);
    return false;
}

std::optional<scenarios::Scenario> load_or_report(const std::string& file, const LoadArgs& load, std::ostream& err) {
    try {
        auto scenario = scenarios::load_scenario(file, {load.sets});
        for (const auto& w : scenario.warnings) err << scenarios::format(w) << '\n';
        if (load.strict && !scenario.warnings.empty()) {
            err << fmt::format("{}: {} warning{}, which --strict makes errors; nothing was run.\n",
                               scenarios::escape_control(file), scenario.warnings.size(),
                               scenario.warnings.size() == 1 ? "" : "s");
            return std::nullopt;
        }
        return scenario;
    } catch (const scenarios::InputError& e) {
        for (const auto& d : e.diagnostics()) err << scenarios::format(d) << '\n';
        err << fmt::format("{}: {} error{}; nothing was run.\n", scenarios::escape_control(file),
                           e.diagnostics().size(), e.diagnostics().size() == 1 ? "" : "s");
        return std::nullopt;
    }
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        err << kUsage;
        return kExitBadInput;
    }
    const std::string& command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (command == "-h" || command == "--help" || command == "help") {
            out << kUsage;
            return kExitOk;
        }
        if (command == "--version" || command == "version") {
            out << "mvzsim " << version() << '\n';
            return kExitOk;
        }
        if (command == "report") return report_command(rest, out, err);
        if (command == "run") return run_command(rest, out, err);
        if (command == "breakeven") return breakeven_command(rest, out, err);
        if (command == "solve") return solve_command(rest, out, err);
        if (command == "sensitivity") return sensitivity_command(rest, out, err);
        if (command == "validate") return validate_command(rest, out, err);
        if (command == "bench") return bench_command(rest, out, err);
        if (command == "show") return show_command(rest, out, err);
        if (command == "schema") return schema_command(rest, out, err);
        if (command == "init") return init_command(rest, out, err);
    } catch (const std::exception& e) {
        err << fmt::format("mvzsim {}: {}\n", command, e.what());
        return kExitFailure;
    }
    const std::string guess = scenarios::did_you_mean(command, kCommands);
    err << fmt::format("mvzsim: unknown command '{}'{}\nTry 'mvzsim --help'.\n", command,
                       guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess));
    return kExitBadInput;
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    return run(std::vector<std::string>(argv + 1, argv + argc), out, err);
}

}  // namespace mvzsim::cli
