#pragma once
// Helpers shared by the commands (internal to cli/).
#include <boost/program_options.hpp>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/command_options.h"
#include "cli/number_args.h"
#include "cli/output_format.h"
#include "cli/report.h"
#include "scenarios/scenario_loader.h"

namespace mvzsim::cli {

// How a command loads its scenario: --set arguments, and whether --strict makes plausibility
// warnings errors.
struct LoadArgs {
    std::vector<std::string> sets;
    bool strict = false;
};

// Loads a scenario; prints its plausibility warnings; on bad input (and with --strict on
// warnings) prints every error and returns nullopt.
std::optional<scenarios::Scenario> load_or_report(const std::string& file, const LoadArgs& load, std::ostream& err);

// Adds --set KEY.PATH=VALUE (repeatable) and --strict to a command that loads a scenario.
void add_load_options(po::options_description& options, LoadArgs& load);

// Options that every command running trials shares.
struct RunArgs {
    std::string scenario;
    LoadArgs load;
    std::optional<long long> trials, seed;
    long long threads = 0;
    std::string format = "table";  // as given with --format
    std::string output;
    std::string lang_text, csv_text;  // as given with --lang and --csv
    // Set by the command before add_run_options: the formats it writes, its default first.
    std::vector<Format> formats = {Format::table, Format::csv, Format::json};
    // Set by finish_run_options (cli/output_format.h): the format, language and CSV dialect.
    Format chosen = Format::table;
    report::Lang lang = report::Lang::en;
    CsvDialect csv = CsvDialect::en;
};

// Adds SCENARIO (positional), --set, --strict, --trials, --seed, --threads, --format, --output, --lang
// and --csv.
void add_run_options(CommandOptions& options, RunArgs& args);
// Reads the optional values after parsing; checks ranges; chooses the output format from
// --format, the extension of --output and --csv; prints and returns false when wrong.
bool finish_run_options(const std::string& command, const po::variables_map& values, RunArgs& args, std::ostream& err);
// A doctor FTE range "2..6", "2 .. 6" or "3" (MIN = MAX); nullopt when malformed or beyond
// kMaxDoctorFte.
inline constexpr double kMaxDoctorFte = 1000.0;
std::optional<std::pair<double, double>> parse_doctor_range(const std::string& text);
// A range of values "LOW..HIGH" (solve's --range), e.g. "600..950" or "-1.5e3 .. .5"; nullopt when
// malformed or beyond the range of double.
std::optional<std::pair<double, double>> parse_value_range(const std::string& text);
// Whether a --step of doctor FTE is a multiple of 0.1 in [0.1, 10].
bool valid_doctor_step(double step);

// Reports a usage error of `command` and returns kExitBadInput.
int usage_error(const std::string& command, const std::string& message, std::ostream& err);

struct Provenance;
// Seed and trials: the command line's, else the scenario's defaults.
Provenance make_provenance(const scenarios::Scenario& scenario, const RunArgs& args);
// Writes a finished report to standard output or, atomically, to args.output.
int emit(const std::string& command, const std::string& report, const RunArgs& args, std::ostream& out,
         std::ostream& err);

}  // namespace mvzsim::cli
