#pragma once
// Every command of mvzsim, in the order `mvzsim --help` lists them: the one table that drives the
// dispatch, `mvzsim --help`, `mvzsim help COMMAND`, the did-you-mean suggestion, the bash
// completion (`mvzsim completion bash`) and the man page (`mvzsim man`).
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command_options.h"

namespace mvzsim::cli {

struct Command {
    std::string_view name;
    std::string_view summary;  // one line, for `mvzsim --help` and the man page
    int (*run)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
    CommandOptions (*options)();  // the command's options, as its parser uses them
};

std::span<const Command> commands();
// The command named `name`, or nullptr.
const Command* find_command(std::string_view name);

// `mvzsim --help`: the commands with their operands and summaries.
std::string general_help();
// The bash completion script: every command, and each command's options.
std::string bash_completion();
// The man page (roff, section 1): every command with its options.
std::string man_page();

}  // namespace mvzsim::cli
