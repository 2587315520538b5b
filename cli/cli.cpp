#include "cli/cli.h"

#include <fmt/format.h>

#include <exception>
#include <ostream>

#include "cli/command_table.h"
#include "cli/options.h"
#include "models/text/scanner.h"
#include "scenarios/diagnostics.h"
#include "scenarios/region_reader.h"

namespace mvzsim::cli {
namespace {}  // namespace

const char* version() {
    return MVZSIM_VERSION;
}

bool parse_options(const std::string& command, const std::vector<std::string>& args, const CommandOptions& options,
                   po::variables_map& values, std::ostream& err) {
    po::options_description all;
    all.add(options.visible).add(options.hidden);
    try {
        po::store(po::command_line_parser(args).options(all).positional(options.positional).run(), values);
        po::notify(values);
        return true;
    } catch (const po::unknown_option& e) {
        std::vector<std::string> names;
        for (const auto& o : options.visible.options()) names.push_back(o->long_name());
        std::string name = e.get_option_name();
        while (!name.empty() && name.front() == '-') name.erase(0, 1);
        const std::string guess = scenarios::did_you_mean(name, names);
        err << fmt::format("mvzsim {}: unknown option '{}'{}\n", command,
                           scenarios::escape_control(models::excerpt(e.get_option_name())),
                           guess.empty() ? "" : fmt::format(" (did you mean '--{}'?)", guess));
    } catch (const po::error& e) {
        err << fmt::format("mvzsim {}: {}\n", command, scenarios::escape_control(e.what()));
    }
    err << fmt::format("Try 'mvzsim {} --help'.\n", command);
    return false;
}

std::optional<scenarios::Scenario> load_or_report(const std::string& file, const LoadArgs& load, std::ostream& err) {
    if (scenarios::is_region_file(file)) {  // `mvzsim run` reads it before (cli/region_run.cpp)
        err << fmt::format(
            "{}: a region file (kind: region); only 'mvzsim run', 'breakeven' and 'validate' read region files, "
            "this command is not supported for regions yet (run it on a site's scenario file); nothing was run.\n",
            scenarios::escape_control(file));
        return std::nullopt;
    }
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
        err << general_help();
        return kExitBadInput;
    }
    const std::string& command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (command == "-h" || command == "--help") {
            out << general_help();
            return kExitOk;
        }
        if (command == "--version" || command == "version") {
            out << "mvzsim " << version() << '\n';
            return kExitOk;
        }
        if (const Command* c = find_command(command)) return c->run(rest, out, err);
    } catch (const std::exception& e) {
        err << fmt::format("mvzsim {}: {}\n", command, e.what());
        return kExitFailure;
    }
    std::vector<std::string> names;
    for (const auto& c : commands()) names.emplace_back(c.name);
    const std::string guess = scenarios::did_you_mean(command, names);
    err << fmt::format("mvzsim: unknown command '{}'{}\nTry 'mvzsim --help'.\n",
                       scenarios::escape_control(models::excerpt(command)),
                       guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess));
    return kExitBadInput;
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    return run(std::vector<std::string>(argv + 1, argv + argc), out, err);
}

}  // namespace mvzsim::cli
