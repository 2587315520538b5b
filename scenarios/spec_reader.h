#pragma once
// Internal to scenarios/: the two steps of parse_scenario, for callers that edit the YAML tree
// in between (NumberEditor).
#include <yaml-cpp/yaml.h>

#include <string>

#include "models/spec/centre_spec.h"

namespace mvzsim::scenarios {

// The document of `text`; throws InputError for YAML syntax errors, an empty file, several documents.
YAML::Node load_root(const std::string& file, const std::string& text);
// The validated spec of a document; throws InputError with every error in file order.
models::CentreSpec spec_from_node(const std::string& file, const YAML::Node& root);

}  // namespace mvzsim::scenarios
