#pragma once
// From a scenario file to the one YAML tree the readers read (internal to scenarios/): the file,
// merged over the chain of files its `extends` names, with the --set values applied.
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "scenarios/scenario_loader.h"
#include "scenarios/source_map.h"

namespace mvzsim::scenarios {

// The texts behind a scenario and its resolved tree. Shared by every copy of a Scenario.
struct Document {
    SourceMap sources;
    YAML::Node root;
};

// Parses `text` of `file`, resolves its `extends` chain (appending the files read to `bases`,
// nearest first) and applies `sets` in order. Throws InputError with every problem found.
YAML::Node resolve_scenario(Document& document, const std::string& file, const std::string& text,
                            const std::vector<std::string>& sets, std::vector<SourceFile>& bases);

// The longest chain of files a scenario may extend.
inline constexpr std::size_t kMaxExtendsChain = 16;

}  // namespace mvzsim::scenarios
