#pragma once
// The top level of a scenario file: its sections. Internal to scenarios/.
#include "scenarios/keys_addons.h"
#include "scenarios/keys_centre.h"
#include "scenarios/keys_finance.h"
#include "scenarios/keys_selective_contracts.h"
#include "scenarios/keys_takeovers.h"
#include "scenarios/keys_trainees.h"

namespace mvzsim::scenarios::keys {

// Most entries of the lists of entities: each entry costs every trial a little time, so these
// bound a run's work (a county's centre has a few dozen doctors at most).
inline constexpr std::size_t kMaxDoctors = 200;
inline constexpr std::size_t kMaxStaffRoles = 100;
inline constexpr std::size_t kMaxInvestments = 500;
inline constexpr std::size_t kMaxCorrelations = 500;

inline constexpr Key kExtends{.name = "extends",
                              .type = V::text,
                              .what = "the path of the scenario file this one extends, e.g. ../rural-gp-3.yaml"};
inline constexpr Key kCentreSection{.name = "centre",
                                    .type = V::mapping,
                                    .required = true,
                                    .what = "name, opening and horizon of the centre",
                                    .section = &kCentre};
inline constexpr Key kDoctors{.name = "doctors",
                              .type = V::list,
                              .required = true,
                              .what = "doctor positions",
                              .section = &kDoctor,
                              .max_entries = kMaxDoctors};
inline constexpr Key kBillingSection{
    .name = "billing", .type = V::mapping, .required = true, .what = "cases and fees", .section = &kBilling};
inline constexpr Key kStaffList{
    .name = "staff", .type = V::list, .what = "staff roles", .section = &kStaff, .max_entries = kMaxStaffRoles};
inline constexpr Key kPremisesSection{
    .name = "premises", .type = V::mapping, .required = true, .what = "the rent", .section = &kPremises};
inline constexpr Key kRunningCostsSection{.name = "running_costs",
                                          .type = V::mapping,
                                          .required = true,
                                          .what = "IT, insurance, consumables and other running costs",
                                          .section = &kRunningCosts};
inline constexpr Key kCostInflation{.name = "cost_inflation_per_year",
                                    .type = V::uncertain,
                                    .what = kYearlyRateWhat,
                                    .range = yearly_rate(),
                                    .period = Period::year,
                                    .band = &kYearlyRateBand};
inline constexpr Key kBreakevenSection{
    .name = "breakeven", .type = V::mapping, .what = "how mvzsim breakeven adds doctors", .section = &kBreakeven};
inline constexpr Key kAddonsSection{
    .name = "addons", .type = V::mapping, .what = "Tagespflege, tenants and own services", .section = &kAddons};
inline constexpr Key kInvestments{.name = "investments",
                                  .type = V::list,
                                  .what = "investments",
                                  .section = &kInvestment,
                                  .max_entries = kMaxInvestments};
inline constexpr Key kFinancingSection{.name = "financing",
                                       .type = V::mapping,
                                       .what = "equity, capital injections, loans and a credit line",
                                       .section = &kFinancing};
inline constexpr Key kGrantsSection{
    .name = "grants", .type = V::mapping, .what = "grants and owner support", .section = &kGrants};
inline constexpr Key kCorrelations{.name = "correlations",
                                   .type = V::list,
                                   .what = "rank correlations",
                                   .section = &kCorrelation,
                                   .max_entries = kMaxCorrelations};
inline constexpr const Key* kScenarioKeys[] = {&kExtends,
                                               &kCentreSection,
                                               &kDoctors,
                                               &kBillingSection,
                                               &kStaffList,
                                               &kPremisesSection,
                                               &kRunningCostsSection,
                                               &kCostInflation,
                                               &kBreakevenSection,
                                               &kAddonsSection,
                                               &kInvestments,
                                               &kFinancingSection,
                                               &kGrantsSection,
                                               &kCorrelations,
                                               &kTakeovers,
                                               &kSelectiveContracts,
                                               &kTrainees};
inline constexpr Section kScenario{"scenario", kScenarioKeys};

}  // namespace mvzsim::scenarios::keys
