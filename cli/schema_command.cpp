#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "scenarios/schema.h"

namespace mvzsim::cli {

int schema_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = help_only_options();
    po::variables_map values;
    if (!parse_options("schema", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << "Usage: mvzsim schema\n\nPrints the JSON Schema of scenario files (draft-07), generated from the keys\n"
               "the loader reads, for editors: see the README. docs/scenario.schema.json is a copy.\n\n"
            << options.visible;
        return kExitOk;
    }
    out << scenarios::scenario_schema() << std::flush;
    return out ? kExitOk : kExitFailure;
}

}  // namespace mvzsim::cli
