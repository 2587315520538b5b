#pragma once
// What each scenario input is, in words: its label (German and English) and its unit, by the key
// path without names in brackets ("doctors[].salary_per_year"). The table of assumptions reads it.
#include <optional>
#include <span>
#include <string_view>

#include "cli/report/labels.h"

namespace mvzsim::cli::report {

enum class InputUnit {
    eur,            // EUR (once)
    eur_per_year,   // EUR per year
    eur_per_month,  // EUR per month
    eur_per_case,   // EUR per case
    eur_per_day,    // EUR per guest-day
    eur_per_m2,     // EUR per m2 and month
    ct_per_point,   // cent per EBM point
    points,         // EBM points per case
    cases,          // cases per doctor FTE and quarter
    share,          // a fraction, shown in %
    rate,           // a yearly rate, shown in % per year
    months,         // months
    days,           // days per month
    factor,         // a factor
};

struct InputLabel {
    std::string_view key;  // "doctors[].salary_per_year"
    InputUnit unit;
    bool per_event;  // drawn anew at each departure or loss (refill, reletting), whatever its draw
    std::string_view de, en;
};

// The label of `key`, or nullopt for a key the table does not know (a test checks that every key
// of every example has one).
std::optional<InputLabel> input_label(std::string_view key);
// Every entry, for the completeness test.
std::span<const InputLabel> input_labels();
// The label of the unit written after a value ("EUR je Jahr"); none for shares, rates and factors
// (their values carry "%" or stand alone).
std::optional<Label> unit_label(InputUnit unit);

}  // namespace mvzsim::cli::report
