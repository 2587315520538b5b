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

// The natural period of a quantity, i.e. how often `draw: ...` may redraw it.
enum class Period {
    none,   // a level set once (a salary, a rate of on-costs): drawn once per trial only
    month,  // a monthly flow: `draw: month` redraws it each month
    year,   // a yearly rate: `draw: year` redraws it each year
};

struct InputRule {
    Range range;
    Period period = Period::none;
    std::string_view what;  // e.g. "EUR per year"
};

// Reads key `key` of `map` as an input; `stream` names its random stream (empty: the key path).
// Returns nullopt (after reporting) when missing and required, or invalid.
std::optional<models::Input> read_input(MapReader& map, const std::string& key, const InputRule& rule, bool required,
                                        std::string stream = {});

// The same, with a value to use when the key is absent (a documented default).
models::Input read_input_or(MapReader& map, const std::string& key, const InputRule& rule, double fallback,
                            std::string stream = {});

// Whether `key` names a distribution (uniform, triangular, pert, ...): a mapping with such a key
// is an uncertain value.
bool is_distribution_name(std::string_view key);

}  // namespace mvzsim::scenarios
