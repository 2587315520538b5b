#include "scenarios/section_readers.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace mvzsim::scenarios {

using models::Input;

namespace {

// "YYYY-MM": four digits, a hyphen, two digits; nullopt when written otherwise.
std::optional<models::YearMonth> year_month_of(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    int digits[6] = {};
    for (int i = 0, k = 0; i < 7; ++i) {
        if (i == 4) continue;
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        digits[k++] = text[i] - '0';
    }
    return models::YearMonth{digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
                             digits[4] * 10 + digits[5]};
}

}  // namespace

std::optional<models::YearMonth> read_year_month(MapReader& m, const Key& key, bool required) {
    if (required ? !m.require(key) : !m.has(key)) return std::nullopt;
    if (const YAML::Node node = m.node(key); !node.IsScalar()) {
        m.context().error(m.mark(key), m.path(key),
                          "expected " + std::string(keys::kMonthWhat) + " (got " + describe_node(node) + ")");
        return std::nullopt;
    }
    const auto text = m.string(key, false);
    if (!text) return std::nullopt;
    // YAML reads 2027-01 as text; a quoted "2027-01" is accepted the same.
    if (const auto ym = year_month_of(*text);
        ym && ym->month >= 1 && ym->month <= 12 && ym->year >= 1900 && ym->year <= 2200)
        return ym;
    m.context().error(m.mark(key), m.path(key),
                      "expected a month as YYYY-MM with MM from 01 to 12, e.g. 2026-04 (got " + *text + ")");
    return std::nullopt;
}

// A required name that also names random streams: letters, digits, '-', '_' and '.'.
std::string read_name(MapReader& m, const Key& key) {
    const auto name = m.string(key, true);
    if (!name) return {};
    const bool ok = !name->empty() && std::all_of(name->begin(), name->end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
    if (ok) return *name;
    m.context().error(
        m.mark(key), m.path(key),
        "expected a name of letters, digits, '-', '_' or '.', such as gp-1 or mfa (got \"" + *name + "\")");
    return {};
}

// A start month inside the horizon, as months after opening; the opening month when absent.
models::MonthIndex read_start(MapReader& m, const CentreHeader& header, const Key& key) {
    if (!header.ok) return 0;  // it cannot be checked without a valid opening and horizon
    const auto start = read_year_month(m, key, false);
    if (!start) return 0;
    const models::Calendar calendar(header.opening, header.horizon_years);
    const int offset = models::months_between(header.opening, *start);
    if (offset < 0 || offset >= calendar.months()) {
        m.context().error(m.mark(key), m.path(key),
                          "must be between the opening " + models::to_string(header.opening) +
                              " and the end of the horizon " + models::to_string(calendar.at(calendar.months() - 1)) +
                              " (got " + models::to_string(*start) + ")");
        return 0;
    }
    return offset;
}

// Checks that `name` is not yet in `seen` (name -> path of the entry that has it).
void check_unique(MapReader& m, const Key& key, const std::string& name, std::map<std::string, std::string>& seen) {
    const auto [first, inserted] = seen.emplace(name, m.own_path());
    const std::string what(key.name);
    if (!inserted)
        m.context().error(m.mark(key), m.path(key),
                          "duplicate " + what + " '" + name + "': already used by " + first->second + " (each " + what +
                              " must be unique)");
}

// Salary, on-costs and raises of a doctor position or a staff role; `stream` prefixes the streams.
models::PaySpec read_pay(MapReader& m, const Key& salary, const std::string& stream) {
    models::PaySpec pay;
    pay.salary_per_year = read_input(m, salary, stream + "salary_per_year").value_or(Input{});
    pay.on_cost_rate = read_input(m, keys::kOnCostRate, stream + "on_cost_rate").value_or(Input{});
    pay.raise_per_year = read_input_or(m, keys::kRaisePerYear, 0.0, stream + "raise_per_year");
    return pay;
}

}  // namespace mvzsim::scenarios
