#pragma once
// The optional top-level section `trainees` (internal to scenarios/).
#include "models/spec/centre_spec.h"
#include "scenarios/map_reader.h"
#include "scenarios/section_readers.h"

namespace mvzsim::scenarios {

// Reads `trainees` (trainee GPs with their pay, training months, § 75a funding and case load) of
// the scenario mapping `top` into spec.trainees.
void read_trainees(MapReader& top, const CentreHeader& header, models::CentreSpec& spec);

}  // namespace mvzsim::scenarios
