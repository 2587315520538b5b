#pragma once
// The starter scenarios that `mvzsim init` writes: complete, commented scenarios with every
// required key, typical values and their sources (scenarios/templates/small-gp.yaml, and the
// examples rvz-leinebergland and saxony-county-mvz). Compiled in by CMake.
#include <string_view>
#include <vector>

namespace mvzsim::scenarios {

struct ScenarioTemplate {
    std::string_view name;         // as --template takes it
    std::string_view description;  // for help texts
    std::string_view text;         // the YAML
};

// In the order of `mvzsim init --help`, the default first.
const std::vector<ScenarioTemplate>& scenario_templates();

}  // namespace mvzsim::scenarios
