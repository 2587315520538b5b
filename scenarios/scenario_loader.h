#pragma once
// Turns a scenario file into a validated CentreSpec. The only part of mvzsim that knows YAML.
#include <string>

#include "models/spec/centre_spec.h"
#include "scenarios/diagnostics.h"

namespace mvzsim::scenarios {

struct Scenario {
    std::string file;  // as given
    std::string text;  // the file's bytes, for hashing and provenance
    models::CentreSpec spec;
};

// Throws InputError with every problem found (unreadable file, YAML syntax, unknown or missing
// keys, wrong types, values out of range).
Scenario load_scenario(const std::string& file);
// The same for text already in memory; `file` is used in messages.
Scenario parse_scenario(const std::string& file, const std::string& text);

}  // namespace mvzsim::scenarios
