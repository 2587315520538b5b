#pragma once
// Internal to scenarios/: from a resolved YAML tree to the spec, for callers that edit the tree
// before reading it (NumberEditor).
#include <yaml-cpp/yaml.h>

#include "models/spec/centre_spec.h"
#include "scenarios/source_map.h"

namespace mvzsim::scenarios {

// The validated spec of a tree whose nodes come from `sources`; throws InputError with every
// error in file order.
models::CentreSpec spec_from_node(const SourceMap& sources, const YAML::Node& root);

}  // namespace mvzsim::scenarios
