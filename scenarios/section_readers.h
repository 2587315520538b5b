#pragma once
// Readers shared by the sections of a scenario file (internal to scenarios/).
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "models/spec/centre_spec.h"
#include "scenarios/input_syntax.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {

// Rules shared by several keys.
extern const InputRule kSalary;      // EUR per year, drawn once per trial
extern const InputRule kOnCost;      // fraction of salary
extern const InputRule kYearlyRate;  // [-0.5, 0.5] per year, trial or year
extern const InputRule kEurPerCase;  // EUR per case, trial or month

// The centre's opening and horizon, once read; `ok` is false when either is missing or invalid.
struct CentreHeader {
    bool ok = false;
    models::YearMonth opening;
    int horizon_years = 0;
};

// A month as YYYY-MM.
std::optional<models::YearMonth> read_year_month(MapReader& m, const std::string& key, bool required);
// A required name that also names random streams: letters, digits, '-', '_' and '.'.
std::string read_name(MapReader& m, const std::string& key, std::string_view what);
// The month `key` (default "start") inside the horizon, as months after opening; 0 when absent.
models::MonthIndex read_start(MapReader& m, const CentreHeader& header, const std::string& key = "start");
// Checks that `name` is not yet in `seen` (name -> path of the entry that has it).
void check_unique(MapReader& m, const std::string& key, const std::string& name,
                  std::map<std::string, std::string>& seen);
// Salary, on-costs and raises of a doctor position or a staff role; `stream` prefixes the streams.
models::PaySpec read_pay(MapReader& m, const std::string& stream);

// Reads `key` as a list and calls read(item, path) for each element.
template <class Read>
void for_each_item(MapReader& top, const std::string& key, bool required, std::string_view what, Read read) {
    if (required ? !top.require(key, what) : !top.has(key)) return;
    const YAML::Node list = top.node(key);
    if (!list.IsSequence() || (required && list.size() == 0)) {
        top.context().error(top.mark(key), top.path(key),
                            "expected a list of " + std::string(what) + " (got " + describe_node(list) + ")");
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) read(list[i], top.path(key) + "[" + std::to_string(i) + "]");
}

}  // namespace mvzsim::scenarios
