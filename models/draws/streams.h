#pragma once
// The catalogue of random streams: every stream name of a centre is made here, from the entity that
// draws (a doctor position, a staff role, a tenant, an investment, ...) and the purpose of the draw
// (an input such as salary_per_year, or an event such as a departure). A stream's draws depend on
// its name only (sim::stream_key), never on the order of draws, so adding or renaming one entity
// leaves every other entity's draws unchanged. The names are part of the results: changing one
// changes every draw from it, which is why they are made in this one place and pinned by a test
// (tests/models/draws/streams_test.cpp). docs/model.md §2 lists them.
#include <cstdint>
#include <string>
#include <string_view>

namespace mvzsim::models::streams {

// Entities: the prefix of every stream an entity draws from.
std::string doctor(std::string_view id);                               // "doctors[ID]"
std::string staff(std::string_view role);                              // "staff[ROLE]"
std::string surcharge(std::string_view name);                          // "billing.surcharges[NAME]"
std::string tenant(std::string_view name);                             // "addons.tenants[NAME]"
std::string service(std::string_view name);                            // "addons.services[NAME]"
std::string investment(std::string_view name);                         // "finance.investments[NAME]"
std::string operating_subsidy(std::string_view name);                  // "grants.operating[NAME]"
std::string list_entry(std::string_view list, std::string_view name);  // "LIST[NAME]", for other named lists
std::string takeover(std::string_view name);                           // "takeovers[NAME]"
std::string selective_contract(std::string_view name);                 // "selective_contracts[NAME]"
std::string trainee(std::string_view id);                              // "trainees[ID]"

// An input of an entity or a section: "ENTITY.PURPOSE", e.g. "doctors[gp-2].salary_per_year" or
// "billing.cases_per_fte_per_quarter". The purpose is the input's key, so a stream name reads as
// the key path of the input it draws.
std::string input(std::string_view entity, std::string_view purpose);

// Event streams: uniforms or gaps drawn as events happen, one stream per entity.
std::string departures(std::string_view doctor_id);    // "doctors[ID].departure": a uniform per doctor in post
std::string tenant_losses(std::string_view tenant);    // "addons.tenants[NAME].loss_events": a uniform per letting
std::string investment_amount(std::string_view name);  // "finance.investments[NAME].amount_eur"
inline constexpr std::string_view kCorrelations = "correlations";  // the copula's normals

// Whether the input of stream `name` is drawn anew at each event of its entity, whatever its
// `draw`: a doctor's refill_months after each departure, a tenant's months_to_relet after each
// loss. Such an input has no single value per trial (so it cannot be rank-correlated).
bool drawn_per_event(std::string_view name);

// The stream of a copied entity: `stream` with the entity prefix `from` replaced by `to` (break-even
// copies of a doctor position draw from their own streams); other streams unchanged.
std::string renamed(std::string_view stream, std::string_view from, std::string_view to);

// The 64-bit key of a stream name (sim::stream_key).
std::uint64_t key(std::string_view name);

}  // namespace mvzsim::models::streams
