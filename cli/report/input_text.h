#pragma once
// An input's distribution as a reader says it: "dreieckig 580 / 630 / 680 Punkte je Fall",
// "fest 21 %", "jedes Jahr neu gezogen".
#include <string>

#include "cli/report/input_labels.h"
#include "cli/report/words.h"
#include "models/spec/input.h"
#include "scenarios/input_list.h"

namespace mvzsim::cli::report {

// The label of a listed input (its key path where the table has none).
InputLabel label_of(const scenarios::ListedInput& i);
// Its name in the report's language, with its owner: "gp-1: Gehalt (Vollzeit, brutto)".
std::string input_name(const scenarios::ListedInput& i, const Words& w);
// A parameter value in its unit's form: 85.000 / 12,7404 / 2,8 % (shares and rates in percent).
std::string parameter_text(double v, InputUnit unit, const Words& w);
// The distribution with its parameters and the unit: "dreieckig 70.000 / 85.000 / 100.000 EUR je Jahr".
std::string distribution_text(const sim::Distribution& d, InputUnit unit, const Words& w);
// When it is drawn: fixed, once per trial, each year, each month, at each departure.
std::string draw_text(const models::Input& input, const InputLabel& label, const Words& w);

}  // namespace mvzsim::cli::report
