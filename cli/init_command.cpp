#include <fmt/format.h>

#include <filesystem>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "models/text/scanner.h"
#include "scenarios/templates.h"

namespace mvzsim::cli {
namespace {

std::string template_list() {
    std::string list;
    for (const auto& t : scenarios::scenario_templates()) list += fmt::format("  {:<9} {}\n", t.name, t.description);
    return list;
}

}  // namespace

namespace {

struct InitArgs {
    std::string file, name = "small-gp";
    bool force = false;
};

void describe(CommandOptions& o, InitArgs& args) {
    add_help_option(o);
    o.add_operand("file", "FILE", &args.file);
    o.visible.add_options()("template", po::value(&args.name), "small-gp (default), rvz or county")(
        "force", po::bool_switch(&args.force), "overwrite FILE if it exists");
}

}  // namespace

CommandOptions init_command_options() {
    return make_command_options(describe);
}

int init_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = init_command_options();
    auto& [file, name, force] = options.args<InitArgs>();
    po::variables_map values;
    if (!parse_options("init", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << "Usage: mvzsim init [--template NAME] FILE\n\nWrites a starter scenario to FILE: a complete, commented "
               "scenario with every required\nkey, typical values with their sources and ranges, that runs as "
               "written. Replace its\nvalues with your centre's, then `mvzsim validate FILE` and `mvzsim run FILE`.\n\n"
               "Templates:\n"
            << template_list() << '\n'
            << options.visible;
        return kExitOk;
    }
    if (file.empty()) return usage_error("init", "missing the file to write", err);
    const scenarios::ScenarioTemplate* chosen = nullptr;
    for (const auto& t : scenarios::scenario_templates())
        if (t.name == name) chosen = &t;
    if (chosen == nullptr)
        return usage_error(
            "init", fmt::format("--template must be one of:\n{}(got {})", template_list(), models::excerpt(name)), err);
    std::error_code ec;
    if (std::filesystem::exists(file, ec) && !force)
        return usage_error("init", fmt::format("{} exists; give another name, or --force to overwrite it", file), err);
    if (const std::string problem = check_output_path(file); !problem.empty()) return usage_error("init", problem, err);
    const std::string header = fmt::format(
        "# Written by `mvzsim {} init --template {}`: a starter scenario. Replace the values with your\n"
        "# centre's; every key is in docs/scenario-reference.md.\n",
        version(), chosen->name);
    write_file_atomically(file, header + std::string(chosen->text));
    err << fmt::format("mvzsim init: wrote {} (template {}); next: mvzsim validate {}\n", file, chosen->name, file);
    return kExitOk;
}

}  // namespace mvzsim::cli
