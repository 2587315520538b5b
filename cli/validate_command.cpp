#include <fmt/format.h>

#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/region_run.h"

namespace mvzsim::cli {

namespace {

struct ValidateArgs {
    std::vector<std::string> files;
    LoadArgs load;
};

void describe(CommandOptions& o, ValidateArgs& args) {
    add_help_option(o);
    o.add_operand("files", "FILE", &args.files, -1);
    add_load_options(o.visible, args.load);
}

}  // namespace

CommandOptions validate_command_options() {
    return make_command_options(describe);
}

int validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = validate_command_options();
    auto& [files, load] = options.args<ValidateArgs>();
    po::variables_map values;
    if (!parse_options("validate", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << "Usage: mvzsim validate FILE... [--set KEY.PATH=VALUE ...] [--strict]\n\nChecks scenario files "
               "(and region files, docs/region.md)\nwithout running them and reports every "
               "error as\n"
               "file:line:column: key.path: message, and every value outside its plausible band as\n"
               "file:line:column: warning: key.path: message. Exit code 2 if any file is invalid (or, with\n"
               "--strict, has a warning).\n\n"
            << options.visible;
        return kExitOk;
    }
    if (files.empty()) {
        err << "mvzsim validate: no file given\nTry 'mvzsim validate --help'.\n";
        return kExitBadInput;
    }
    int status = kExitOk;
    for (const auto& file : files) {
        if (scenarios::is_region_file(file)) {  // a region of several centres (docs/region.md)
            const auto region = load_region_or_report(file, load.strict, err);
            if (!region) {
                status = kExitBadInput;
                continue;
            }
            out << fmt::format("{}: ok (region {}: {} site{}, {} shared input{}, {} post{})\n",
                               scenarios::escape_control(file), region->spec.name, region->spec.sites.size(),
                               region->spec.sites.size() == 1 ? "" : "s", region->spec.shared.size(),
                               region->spec.shared.size() == 1 ? "" : "s", region->spec.posts.size(),
                               region->spec.posts.size() == 1 ? "" : "s");
            continue;
        }
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
