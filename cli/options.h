#pragma once
// Helpers shared by the commands (internal to cli/).
#include <boost/program_options.hpp>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "scenarios/scenario_loader.h"

namespace mvzsim::cli {

namespace po = boost::program_options;

// Parses a command's arguments; on a usage error prints it (with a suggestion for a misspelt
// option) and returns false.
bool parse_options(const std::string& command, const std::vector<std::string>& args,
                   const po::options_description& options, const po::positional_options_description& positional,
                   po::variables_map& values, std::ostream& err);

// Loads a scenario; on bad input prints every error and returns nullopt.
std::optional<scenarios::Scenario> load_or_report(const std::string& file, std::ostream& err);

}  // namespace mvzsim::cli
