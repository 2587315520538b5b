#pragma once
// The syntax of numeric inputs: a number, or an uncertain value such as
//   {triangular: [700, 880, 1000]}            drawn once per trial (the default)
//   {normal: {mean: 0.03, sd: 0.01, min: 0, max: 0.1}, draw: year}   drawn anew each year
// See docs/scenario-reference.md, "Uncertain values".
#include <optional>
#include <string>
#include <string_view>

#include "models/spec/centre_spec.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {

// Reads the uncertain value `key` of `map` (with its range, period and meaning) as an input;
// `stream` names its random stream (empty: the key path). Returns nullopt (after reporting)
// when missing and required (the key's own requirement unless `required` is given), or invalid.
std::optional<models::Input> read_input(MapReader& map, const Key& key, std::string stream = {});
std::optional<models::Input> read_input(MapReader& map, const Key& key, std::string stream, bool required);

// The same, with a value to use when the key is absent (a documented default).
models::Input read_input_or(MapReader& map, const Key& key, double fallback, std::string stream = {});

// Whether `key` names a distribution (uniform, triangular, pert, ...): a mapping with such a key
// is an uncertain value.
bool is_distribution_name(std::string_view key);

}  // namespace mvzsim::scenarios
