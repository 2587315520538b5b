#pragma once
// The inputs of a spec and the streams a trial of it can draw from, for tests that look at
// stream names (the catalogue test) and for the builder's correlations.
#include <string>
#include <vector>

#include "models/spec/centre_spec.h"

namespace mvzsim::testing {

// Every input of `spec`, section by section in the order of the scenario reference (doctors,
// billing, staff, premises, running costs, inflation, grants, investments, add-ons); the
// correlations' copies are not listed again.
std::vector<const models::Input*> inputs_of(const models::CentreSpec& spec);

// The input of that stream name, or nullptr.
const models::Input* find_input(const models::CentreSpec& spec, const std::string& stream);

// Every stream a trial of `spec` may draw from, sorted and without empty names: each input's
// stream, each doctor's departures, each tenant's losses, each investment's amount (the input's
// stream, by default the investment's own) and, with correlations, the copula's.
std::vector<std::string> stream_names(const models::CentreSpec& spec);

}  // namespace mvzsim::testing
