#include "cli/command_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"

namespace mvzsim::cli {
namespace {

struct HelpArgs {
    std::string command;
};

void describe_help(CommandOptions& o, HelpArgs& a) {
    add_help_option(o);
    o.add_operand("command", "[COMMAND]", &a.command);
}

CommandOptions help_options() {
    return make_command_options(describe_help);
}

struct CompletionArgs {
    std::string shell;
};

void describe_completion(CommandOptions& o, CompletionArgs& a) {
    add_help_option(o);
    o.add_operand("shell", "bash", &a.shell);
}

CommandOptions completion_options() {
    return make_command_options(describe_completion);
}

int help_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int completion_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int man_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

const std::array kCommands = {
    Command{"report", "the council report: HTML, PDF or Excel, German by default", report_command,
            report_command_options},
    Command{"run", "project a scenario: yearly revenue, costs, results with uncertainty", run_command,
            run_command_options},
    Command{"breakeven", "the minimum number of doctors (FTE) at which the centre carries itself", breakeven_command,
            breakeven_command_options},
    Command{"solve", "the value of one input at which a target on the results is just met", solve_command,
            solve_command_options},
    Command{"compare", "scenarios side by side on common random numbers, with paired differences", compare_command,
            compare_command_options},
    Command{"screen", "many municipalities as sites of one template: doctors needed, subsidy, credit line, P(loss)",
            screen_command, screen_command_options},
    Command{"sensitivity", "which uncertain inputs drive the result: tornado, variance shares, failure",
            sensitivity_command, sensitivity_command_options},
    Command{"validate", "check scenario files and report every error", validate_command, validate_command_options},
    Command{"show", "print the scenario as read: its extends chain merged, --set applied", show_command,
            show_command_options},
    Command{"schema", "print the JSON Schema of scenario files (for editors)", schema_command, help_only_options},
    Command{"init", "write a starter scenario (--template small-gp, rvz or county)", init_command,
            init_command_options},
    Command{"bench", "measure the speed of the engine (trial-months per second)", bench_command, bench_command_options},
    Command{"help", "this help, or a command's (the same as 'mvzsim COMMAND --help')", help_command, help_options},
    Command{"completion", "print the bash completion script", completion_command, completion_options},
    Command{"man", "print the man page (roff)", man_command, help_only_options},
};

// Commands that print a fixed text: `--help` or nothing else.
int print_text(const char* name, const std::string& text, const std::vector<std::string>& args, std::ostream& out,
               std::ostream& err) {
    po::variables_map values;
    if (!parse_options(name, args, help_only_options(), values, err)) return kExitBadInput;
    if (values.count("help")) {
        std::string summary(find_command(name)->summary);
        summary[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(summary[0])));
        out << fmt::format("Usage: mvzsim {}\n\n{}.\n\n", name, summary) << help_only_options().visible;
        return kExitOk;
    }
    out << text << std::flush;
    return out ? kExitOk : kExitFailure;
}

int help_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = help_options();
    po::variables_map values;
    if (!parse_options("help", args, options, values, err)) return kExitBadInput;
    const std::string& name = options.args<HelpArgs>().command;
    if (values.count("help") || name.empty()) {
        out << general_help();
        return kExitOk;
    }
    const Command* command = find_command(name);
    if (command == nullptr) return run({name}, out, err);  // the unknown-command message with its suggestion
    return command->run({"--help"}, out, err);
}

int completion_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = completion_options();
    po::variables_map values;
    if (!parse_options("completion", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << "Usage: mvzsim completion bash\n\nPrints the bash completion script of mvzsim, generated from its "
               "command and option tables.\nInstalled as share/bash-completion/completions/mvzsim; or: "
               "source <(mvzsim completion bash)\n\n"
            << options.visible;
        return kExitOk;
    }
    const std::string& shell = options.args<CompletionArgs>().shell;
    if (shell != "bash") return usage_error("completion", fmt::format("the shell must be bash (got '{}')", shell), err);
    out << bash_completion() << std::flush;
    return out ? kExitOk : kExitFailure;
}

int man_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    return print_text("man", man_page(), args, out, err);
}

struct NoArgs {};

void describe_help_only(CommandOptions& o, NoArgs&) {
    add_help_option(o);
}

}  // namespace

CommandOptions help_only_options() {
    return make_command_options(describe_help_only);
}

std::span<const Command> commands() {
    return kCommands;
}

const Command* find_command(std::string_view name) {
    for (const auto& c : kCommands)
        if (c.name == name) return &c;
    return nullptr;
}

std::string general_help() {
    std::string text =
        "mvzsim: Monte Carlo projection of the economics of a municipal medical care centre (MVZ/RVZ)\n"
        "\n"
        "Usage: mvzsim COMMAND [options]\n"
        "\n"
        "Commands:\n";
    std::vector<std::string> heads;
    std::size_t width = 21;
    for (const auto& c : kCommands) {
        std::string head(c.name);
        for (const auto& operand : c.options().operands) head += " " + operand;
        width = std::max(width, head.size());
        heads.push_back(std::move(head));
    }
    for (std::size_t i = 0; i < kCommands.size(); ++i)
        text += fmt::format("  {:<{}} {}\n", heads[i], width, kCommands[i].summary);
    text +=
        "\n"
        "Options:\n"
        "  -h, --help            this help; 'mvzsim help COMMAND' for a command's options\n"
        "  --version             the program version\n"
        "\n"
        "Exit codes: 0 success, 2 bad input or usage, 1 other failure.\n";
    return text;
}

}  // namespace mvzsim::cli
