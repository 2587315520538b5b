#pragma once
// The command line's --set KEY.PATH=VALUE (internal to scenarios/).
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "scenarios/map_reader.h"
#include "scenarios/source_map.h"

namespace mvzsim::scenarios {

// `root` with each argument of `sets` applied in order: the value at KEY.PATH (see key_path.h)
// replaced by VALUE, read as YAML like a value in the file ({remove: true} removes the key or
// entry). A missing key is added, so that an optional key can be set. Each VALUE is registered
// in `sources` under the name "--set 'ARGUMENT'", with columns counted in the argument; errors
// go to `ctx` and leave that argument unapplied.
YAML::Node apply_sets(SourceMap& sources, YAML::Node root, const std::vector<std::string>& sets, Context& ctx);

}  // namespace mvzsim::scenarios
