#pragma once
// Readers shared by the sections of a scenario file (internal to scenarios/).
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "models/spec/centre_spec.h"
#include "scenarios/input_syntax.h"
#include "scenarios/keys_shared.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {

// The centre's opening and horizon, once read; `ok` is false when either is missing or invalid.
struct CentreHeader {
    bool ok = false;
    models::YearMonth opening;
    int horizon_years = 0;
};

// A month as YYYY-MM.
std::optional<models::YearMonth> read_year_month(MapReader& m, const Key& key, bool required);
// A required name that also names random streams: letters, digits, '-', '_' and '.'.
std::string read_name(MapReader& m, const Key& key);
// The month `key` (default "start") inside the horizon, as months after opening; 0 when absent.
models::MonthIndex read_start(MapReader& m, const CentreHeader& header, const Key& key = keys::kStart);
// Checks that `name` is not yet in `seen` (name -> path of the entry that has it).
void check_unique(MapReader& m, const Key& key, const std::string& name, std::map<std::string, std::string>& seen);
// Salary (the key `salary`: doctors' and staff's differ in their plausible band), on-costs and
// raises of a doctor position or a staff role; `stream` prefixes the streams.
models::PaySpec read_pay(MapReader& m, const Key& salary, const std::string& stream);

// A whole number; `fallback` when absent (or invalid, which is reported).
inline int whole_number(MapReader& m, const Key& key, long long fallback) {
    return static_cast<int>(m.integer(key).value_or(fallback));
}

// A flag (`true` or `false`); `fallback` when absent; anything else is reported.
bool read_flag(MapReader& m, const Key& key, bool fallback);

// Reads the list `list` of `top` and calls read(entry) with a reader of each entry that is a
// mapping (the others are reported). Returns false when some entry was not a mapping.
template <class Read>
bool for_each_item(MapReader& top, const Key& list, Read read) {
    if (list.required ? !top.require(list) : !top.has(list)) return true;
    const YAML::Node items = top.node(list);
    if (!items.IsSequence() || (list.required && items.size() == 0)) {
        top.context().error(top.mark(list), top.path(list),
                            "expected a list of " + std::string(list.what) + " (got " + describe_node(items) + ")");
        return false;
    }
    if (list.max_entries > 0 && items.size() > list.max_entries) {
        top.context().error(top.mark(list), top.path(list),
                            "a list of " + std::to_string(items.size()) + " " + std::string(list.what) + ": at most " +
                                std::to_string(list.max_entries) + " are allowed (the limit)");
        return false;
    }
    bool all = true;
    for (std::size_t i = 0; i < items.size(); ++i) {
        MapReader entry(top.context(), items[i], top.path(list) + "[" + std::to_string(i) + "]", *list.section);
        if (entry.valid())
            read(entry);
        else
            all = false;
    }
    return all;
}

}  // namespace mvzsim::scenarios
