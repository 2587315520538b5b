#include <fmt/format.h>

#include <ostream>

#include "cli/cli.h"
#include "cli/options.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kShowHelp =
    "Usage: mvzsim show SCENARIO [--set KEY.PATH=VALUE ...]\n"
    "\n"
    "Prints the scenario as mvzsim reads it, as YAML: the files of its extends chain merged, the\n"
    "--set values applied (without comments). Running the printed scenario gives the same results.\n"
    "Exit code 2 (and every error on standard error) when the scenario is invalid.\n";

}  // namespace

int show_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::string file;
    LoadArgs load;
    po::options_description options("Options");
    options.add_options()("help,h", "this help")("scenario", po::value(&file), "the scenario file (YAML)");
    add_load_options(options, load);
    po::positional_options_description positional;
    positional.add("scenario", 1);
    po::variables_map values;
    if (!parse_options("show", args, options, positional, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kShowHelp << '\n' << options;
        return kExitOk;
    }
    if (file.empty()) return usage_error("show", "missing the scenario file", err);
    const auto scenario = load_or_report(file, load, err);
    if (!scenario) return kExitBadInput;
    out << scenarios::show_scenario(*scenario) << std::flush;
    return out ? kExitOk : kExitFailure;
}

}  // namespace mvzsim::cli
