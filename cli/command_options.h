#pragma once
// A command's options, built by one function of the command and used by its parser, its help,
// `mvzsim help COMMAND`, the bash completion and the man page (cli/command_table.h): none of them
// can drift from what the command accepts.
#include <any>
#include <boost/program_options.hpp>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace mvzsim::cli {

namespace po = boost::program_options;

struct CommandOptions {
    std::any storage;                               // std::shared_ptr<Args>: the variables the options write to
    po::options_description visible{"Options"};     // listed in the help, completion and man page
    po::options_description hidden;                 // the positional arguments: parsed, never listed
    po::positional_options_description positional;  // which hidden options the bare arguments fill
    std::vector<std::string> operands;              // how the help names them, e.g. SCENARIO or FILE...

    // The variables; throws std::bad_any_cast if they are not an Args.
    template <typename Args>
    Args& args() const {
        return *std::any_cast<const std::shared_ptr<Args>&>(storage);
    }
    // A positional argument: `name` in the parser, `operand` (e.g. SCENARIO) in the help; max_count
    // -1 for any number.
    template <typename T>
    void add_operand(const char* name, const char* operand, T* store, int max_count = 1) {
        hidden.add_options()(name, po::value(store), operand);
        positional.add(name, max_count);
        operands.push_back(max_count == 1 ? operand : std::string(operand) + "...");
    }
};

// -h, --help: every command has it.
inline void add_help_option(CommandOptions& o) {
    o.visible.add_options()("help,h", "this help");
}

// The options of a command whose variables are an `Args`, described by `describe`.
template <typename Args>
CommandOptions make_command_options(void (*describe)(CommandOptions&, Args&)) {
    auto args = std::make_shared<Args>();
    CommandOptions o;
    o.storage = args;
    describe(o, *args);
    return o;
}

// Parses a command's arguments; on a usage error prints it (with a suggestion for a misspelt
// option) and returns false.
bool parse_options(const std::string& command, const std::vector<std::string>& args, const CommandOptions& options,
                   po::variables_map& values, std::ostream& err);

}  // namespace mvzsim::cli
