#pragma once
// Each command's options (in the command's file), for the command table (cli/command_table.h).
#include "cli/command_options.h"

namespace mvzsim::cli {

CommandOptions report_command_options();
CommandOptions run_command_options();
CommandOptions breakeven_command_options();
CommandOptions solve_command_options();
CommandOptions compare_command_options();
CommandOptions screen_command_options();
CommandOptions sensitivity_command_options();
CommandOptions validate_command_options();
CommandOptions show_command_options();
CommandOptions init_command_options();
CommandOptions bench_command_options();
// Only -h, --help (schema, man).
CommandOptions help_only_options();

}  // namespace mvzsim::cli
