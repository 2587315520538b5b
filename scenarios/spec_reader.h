#pragma once
// Internal to scenarios/: from a resolved YAML tree to the spec, for callers that edit the tree
// before reading it (NumberEditor).
#include <yaml-cpp/yaml.h>

#include <vector>

#include "models/spec/centre_spec.h"
#include "scenarios/diagnostics.h"
#include "scenarios/source_map.h"

namespace mvzsim::scenarios {

// The validated spec of a tree whose nodes come from `sources`; throws InputError with every
// error in file order. The plausibility warnings go to `warnings` when given.
models::CentreSpec spec_from_node(const SourceMap& sources, const YAML::Node& root,
                                  std::vector<Diagnostic>* warnings = nullptr);

}  // namespace mvzsim::scenarios
