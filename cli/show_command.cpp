#include <fmt/format.h>

#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
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

namespace {

struct ShowArgs {
    std::string file;
    LoadArgs load;
};

void describe(CommandOptions& o, ShowArgs& args) {
    add_help_option(o);
    o.add_operand("scenario", "SCENARIO", &args.file);
    add_load_options(o.visible, args.load);
}

}  // namespace

CommandOptions show_command_options() {
    return make_command_options(describe);
}

int show_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = show_command_options();
    auto& [file, load] = options.args<ShowArgs>();
    po::variables_map values;
    if (!parse_options("show", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kShowHelp << '\n' << options.visible;
        return kExitOk;
    }
    if (file.empty()) return usage_error("show", "missing the scenario file", err);
    const auto scenario = load_or_report(file, load, err);
    if (!scenario) return kExitBadInput;
    out << scenarios::show_scenario(*scenario) << std::flush;
    return out ? kExitOk : kExitFailure;
}

}  // namespace mvzsim::cli
