#pragma once
// The optional top-level section `selective_contracts` (internal to scenarios/).
#include "models/spec/centre_spec.h"
#include "scenarios/map_reader.h"
#include "scenarios/section_readers.h"

namespace mvzsim::scenarios {

// Reads `selective_contracts` (HZV and other contracts paid per enrolled patient outside the KV
// billing) of the scenario mapping `top` into spec.selective_contracts.
void read_selective_contracts(MapReader& top, const CentreHeader& header, models::CentreSpec& spec);

}  // namespace mvzsim::scenarios
