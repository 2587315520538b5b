#include <fmt/format.h>

#include <ostream>

#include "cli/cli.h"
#include "cli/options.h"

namespace mvzsim::cli {

int validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> files;
    LoadArgs load;
    po::options_description options("Options");
    options.add_options()("help,h", "this help")("files", po::value(&files), "scenario files");
    add_load_options(options, load);
    po::positional_options_description positional;
    positional.add("files", -1);
    po::variables_map values;
    if (!parse_options("validate", args, options, positional, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << "Usage: mvzsim validate FILE... [--set KEY.PATH=VALUE ...] [--strict]\n\nChecks scenario files "
               "without running them and reports every\n"
               "error as file:line:column: key.path: message, and every value outside its plausible band as\n"
               "file:line:column: warning: key.path: message. Exit code 2 if any file is invalid (or, with\n"
               "--strict, has a warning).\n\n"
            << options;
        return kExitOk;
    }
    if (files.empty()) {
        err << "mvzsim validate: no file given\nTry 'mvzsim validate --help'.\n";
        return kExitBadInput;
    }
    int status = kExitOk;
    for (const auto& file : files) {
        const auto scenario = load_or_report(file, load, err);
        if (!scenario) {
            status = kExitBadInput;
            continue;
        }
        const std::size_t warnings = scenario->warnings.size();
        out << fmt::format("{}: ok ({}: {} doctor position{}, opening {}, {} years){}\n",
                           scenarios::escape_control(file), scenario->spec.name, scenario->spec.doctors.size(),
                           scenario->spec.doctors.size() == 1 ? "" : "s", models::to_string(scenario->spec.opening),
                           scenario->spec.horizon_years,
                           warnings == 0 ? "" : fmt::format(", {} warning{}", warnings, warnings == 1 ? "" : "s"));
    }
    return status;
}

}  // namespace mvzsim::cli
