#pragma once
// The JSON Schema (draft-07) of scenario files, for editors (yaml-language-server) and other
// tools. Generated from the loader's own key tables, so that it cannot drift from what the loader
// accepts; docs/scenario.schema.json is its committed copy (scripts/update-schema.sh).
#include <string>

namespace mvzsim::scenarios {

// The schema as JSON text. A file with `extends` is checked as a partial scenario (no key
// required, any value may be {remove: true}). It checks keys, types, ranges of numbers, list
// lengths, fixed words and months' form; `mvzsim validate` checks the rest.
std::string scenario_schema();

}  // namespace mvzsim::scenarios
