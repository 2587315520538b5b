#pragma once
// The command line: `mvzsim COMMAND [options]`. Data goes to `out`, diagnostics to `err`.
#include <iosfwd>
#include <string>
#include <vector>

namespace mvzsim::cli {

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // anything else that went wrong (e.g. output not writable)
inline constexpr int kExitBadInput = 2;  // bad scenario, bad usage

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);
// Convenience for tests: arguments without the program name.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

const char* version();

// Commands (argv[0] is the command name).
int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int breakeven_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int sensitivity_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int solve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int bench_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int show_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int schema_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int init_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int compare_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int screen_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace mvzsim::cli
