#pragma once
// The options of a break-even search, shared by `breakeven` and `report`: --doctors, --step,
// --confidence, --year and --template.
#include <iosfwd>
#include <optional>
#include <string>

#include "cli/options.h"
#include "models/analysis/breakeven.h"

namespace mvzsim::cli {

struct BreakevenArgs {
    std::string doctors, template_id;
    double step = 1.0, confidence = 0.8;
    long long year = 2000;  // read when --year is given
};

void add_breakeven_options(po::options_description& options, BreakevenArgs& args);
// Checks --confidence and --step before anything is loaded; prints and returns false when wrong.
bool check_breakeven_args(const std::string& command, const BreakevenArgs& args, std::ostream& err);
// The search's options for `spec` (with --template applied to it), for a run of `trials`;
// nullopt after reporting a usage error.
std::optional<models::BreakevenOptions> breakeven_options(const std::string& command, const po::variables_map& values,
                                                          const BreakevenArgs& args, models::CentreSpec& spec,
                                                          std::size_t trials, std::ostream& err);

}  // namespace mvzsim::cli
