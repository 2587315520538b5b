#pragma once
// The declarative description of a scenario file's keys (internal to scenarios/): for each
// mapping (a Section) its keys, and for each key its type, whether it is required, its range,
// unit and plausible band. The readers read every value through its Key (MapReader accepts no
// other), unknown keys are those not in the section, and the JSON Schema (schema.h) is generated
// from the same tables: the schema and the readers cannot disagree on keys, types or ranges.
// The tables are in keys_*.h.
#include <cmath>
#include <limits>
#include <span>
#include <string>
#include <string_view>

namespace mvzsim::scenarios {

// No number of a scenario comes near this size (a salary, a rent, a case count, an investment):
// larger ones are slips, and refusing them keeps every sum of the model finite.
inline constexpr double kMaxMagnitude = 1e9;

// An allowed interval for a number, and how to explain it. Every number must also lie within
// +-kMaxMagnitude.
struct Range {
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    bool min_open = false;
    bool max_open = false;
    std::string_view meaning;  // e.g. "a yearly rate as a fraction: 0.03 = 3 %"

    bool contains(double x) const;
    std::string describe() const;  // "in (0, 1]", ">= 0"
};

// Common ranges.
constexpr Range any_number(std::string_view meaning = {}) {
    return {-INFINITY, INFINITY, false, false, meaning};
}
constexpr Range non_negative(std::string_view meaning = {}) {
    return {0.0, INFINITY, false, false, meaning};
}
constexpr Range positive(std::string_view meaning = {}) {
    return {0.0, INFINITY, true, false, meaning};
}
constexpr Range fraction(std::string_view meaning = {}) {  // [0, 1]
    return {0.0, 1.0, false, false, meaning};
}
constexpr Range fte_range() {  // (0, 1]
    return {0.0, 1.0, true, false, "full-time equivalents: 1 = full time, 0.5 = half"};
}
constexpr Range yearly_rate() {  // [-0.5, 0.5]
    return {-0.5, 0.5, false, false, "a yearly rate as a fraction: 0.03 = 3 %"};
}
constexpr Range whole(double min, double max, std::string_view meaning = {}) {
    return {min, max, false, false, meaning};
}

// The natural period of a quantity, i.e. how often `draw: ...` may redraw it.
enum class Period {
    none,   // a level set once (a salary, a rate of on-costs): drawn once per trial only
    month,  // a monthly flow: `draw: month` redraws it each month
    year,   // a yearly rate: `draw: year` redraws it each year
};

// Where a value is plausible, and who says so; a value outside is a warning (plausibility.h).
struct Band {
    double low, high;
    std::string_view what;    // what the band is of, e.g. "an employed doctor's gross salary, EUR per year"
    std::string_view source;  // the public figures behind it
};

enum class ValueType {
    text,          // one line of UTF-8
    name,          // letters, digits, '-', '_', '.': an id that also names random streams
    month,         // YYYY-MM
    number,        // a plain number
    whole_number,  // digits, optionally with a leading '-'
    uncertain,     // a number or a distribution
    flag,          // true or false
    word,          // one of Key::words
    mapping,       // a mapping of Key::section's keys
    list,          // a list of mappings of Key::section's keys
    numbers,       // a list of numbers (Key::count of them; 0: any number, at least one)
    texts,         // a list of texts (Key::count of them; 0: any number)
};

struct Section;

struct Key {
    std::string_view name;
    ValueType type = ValueType::number;
    bool required = false;         // always required; keys required only with others say so in `what`
    std::string_view what;         // what the value is, for messages: "gross salary for a full-time post, EUR per year"
    Range range{};                 // numbers, whole numbers, uncertain values; numbers of lists
    Period period = Period::none;  // uncertain values: how `draw` may redraw them
    bool money = false;            // an amount in EUR (so 90.000 is a slip for 90000)
    const Section* section = nullptr;           // mapping: its keys; list: its entries' keys
    std::size_t max_entries = 0;                // list: the most entries (0: only the general limit)
    std::span<const std::string_view> words{};  // word: the words allowed
    std::size_t count = 0;                      // numbers, texts: exactly this many (0: any)
    const Band* band = nullptr;                 // a plausible band, for warnings
};

struct Section {
    std::string_view name;  // e.g. "doctor": the schema's definition, and for messages
    std::span<const Key* const> keys;
    std::string_view name_key{};  // entries of lists of named entries: the key that names them

    const Key* find(std::string_view key) const {
        for (const Key* k : keys)
            if (k->name == key) return k;
        return nullptr;
    }
};

// Calls visit(path, key) for every key reachable from `section`, depth first in table order, with
// paths as messages write them: "billing.gkv.eur_per_case", "doctors[].salary_per_year". A
// section reached twice on one path (none is) would be visited once.
template <class Visit>
void walk_keys(const Section& section, const std::string& path, Visit&& visit) {
    for (const Key* key : section.keys) {
        std::string here = path;
        if (!here.empty()) here += '.';
        here.append(key->name);
        visit(here, *key);
        if (key->section != nullptr && key->section != &section)
            walk_keys(*key->section, key->type == ValueType::list ? std::string(here).append("[]") : here, visit);
    }
}

}  // namespace mvzsim::scenarios
