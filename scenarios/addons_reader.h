#pragma once
// The optional `addons` section: the services that make an MVZ an RVZ (Tagespflege, tenants,
// own service lines). See docs/scenario-reference.md and docs/model.md §12.
#include "models/mechanisms/addons.h"
#include "scenarios/map_reader.h"
#include "scenarios/section_readers.h"

namespace mvzsim::scenarios {

// Reads the optional top-level key `addons` of `top` into `spec`, reporting errors to top's
// context. Leaves `spec` as it is (no Tagespflege, no tenants, no services) when the key is absent.
// Streams: the key path for the Tagespflege ("addons.tagespflege.occupancy"), the name for list
// entries ("addons.tenants[pharmacy].rent_eur_per_m2_per_month", "addons.services[transport]...").
void read_addons(MapReader& top, const CentreHeader& header, models::AddonsSpec& spec);

}  // namespace mvzsim::scenarios
