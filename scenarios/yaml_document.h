#pragma once
// Parsing one text of a scenario into its YAML document (internal to scenarios/).
#include <yaml-cpp/yaml.h>

#include <string>

#include "scenarios/source_map.h"

namespace mvzsim::scenarios {

// The sections of a scenario for messages, from the table of its top-level keys (keys::kScenario),
// so that a new section is named once it is read: "centre, doctors, billing, premises,
// running_costs and optionally staff, breakeven, addons, ...".
std::string section_list();

// The one YAML document of `text` (UTF-8), registered in `sources` as `name`. Throws InputError
// for YAML syntax errors, an empty text and a second document.
YAML::Node parse_document(SourceMap& sources, const std::string& name, const std::string& text);

}  // namespace mvzsim::scenarios
