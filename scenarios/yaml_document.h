#pragma once
// Parsing one text of a scenario into its YAML document (internal to scenarios/).
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "scenarios/source_map.h"

namespace mvzsim::scenarios {

inline constexpr std::string_view kSections =
    "centre, doctors, billing, premises, running_costs and optionally staff, addons, investments, financing, "
    "grants, correlations, breakeven";

// The one YAML document of `text` (UTF-8), registered in `sources` as `name`. Throws InputError
// for YAML syntax errors, an empty text and a second document.
YAML::Node parse_document(SourceMap& sources, const std::string& name, const std::string& text);

}  // namespace mvzsim::scenarios
