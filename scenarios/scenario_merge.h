#pragma once
// Merging a scenario file over the scenario it extends (internal to scenarios/):
// - mappings merge key by key, recursively;
// - lists of named entries merge entry by entry by name: doctors by id, staff by role, and by
//   name billing.surcharges, addons.tenants, addons.services, investments, financing.loans and
//   the four lists of grants; an entry with a new name is added at the end;
// - every other value (a number, a text, an uncertain value such as {pert: [...]}, any other
//   list) replaces the base's;
// - `{remove: true}` as a key's value removes the key, and an entry holding only its name and
//   `remove: true` removes the base's entry of that name.
// See docs/scenario-reference.md, "Extending a scenario".
#include <yaml-cpp/yaml.h>

#include <string>

#include "scenarios/key_table.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {

// `derived` over `base`. Neither tree is modified: the merge builds new mappings and lists that
// share the nodes it takes unchanged. Errors (an entry to remove that the base lacks) go to `ctx`.
YAML::Node merge_scenarios(const YAML::Node& base, const YAML::Node& derived, Context& ctx);

// The key of the list at `path` (e.g. "doctors", "grants.operating") by which its entries are
// named ("id", "role", "name": Section::name_key), or empty when its entries are not merged by name.
std::string name_key_of(const std::string& path);

// The Key at a key path such as "billing.gkv.eur_per_case" or "doctors[gp-1].recruitment"
// (a bracket steps into a list's entries), or nullptr when the path names no key.
const Key* key_at(std::string_view path);

// Whether `node` is `{remove: true}` (or a mapping of `remove` alone, whatever its value).
bool is_removal(const YAML::Node& node);

}  // namespace mvzsim::scenarios
