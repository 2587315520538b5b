#pragma once
// The reader of the `taxes` section (keys_taxes.h). Internal to scenarios/.
#include "models/spec/taxes_spec.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {

void read_taxes(MapReader& top, models::TaxesSpec& taxes);

}  // namespace mvzsim::scenarios
