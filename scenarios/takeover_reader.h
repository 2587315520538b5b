#pragma once
// The optional top-level section `takeovers` (internal to scenarios/).
#include "models/spec/centre_spec.h"
#include "scenarios/map_reader.h"
#include "scenarios/section_readers.h"

namespace mvzsim::scenarios {

// Reads `takeovers` (practices taken over by doctor positions) of the scenario mapping `top` into
// spec.takeovers; the positions must be among spec.doctors (read before), months inside the horizon.
void read_takeovers(MapReader& top, const CentreHeader& header, models::CentreSpec& spec);

// An id of one of spec's doctor positions, with a suggestion when misspelt; empty when unknown.
std::string read_doctor_id(MapReader& m, const Key& key, const models::CentreSpec& spec);

}  // namespace mvzsim::scenarios
