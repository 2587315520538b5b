#pragma once
// Plausibility warnings (internal to scenarios/): a value that is allowed but lies outside the
// band that public figures give for it (keys_bands.h), e.g. a yearly salary under 20,000 EUR.
#include <yaml-cpp/yaml.h>

#include <string>

#include "models/spec/input.h"
#include "scenarios/key_table.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {

// Warns (to `ctx`, at `at`) when `value`, the value of `key` written as `text`, lies outside the
// key's band; nothing when the key has none.
void check_band(Context& ctx, const Key& key, double value, const std::string& text, const YAML::Mark& at,
                const std::string& path);
// The same for an input: a number, or an uncertain value by its mean.
void check_band(Context& ctx, const Key& key, const models::Input& input, const YAML::Node& node, const YAML::Mark& at,
                const std::string& path);

}  // namespace mvzsim::scenarios
