#pragma once
// Keys of a region file (`kind: region`): the region, its sites, the inputs they share and the
// county's posts (docs/scenario-reference.md, "Region files"). Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

// region
inline constexpr Key kRegionName{.name = "name", .type = V::text, .required = true, .what = "the region's name"};
inline constexpr Key kRegionSeed{
    .name = "seed", .type = V::whole_number, .what = "the default random seed", .range = whole(0, INFINITY)};
inline constexpr Key kRegionTrials{
    .name = "trials", .type = V::whole_number, .what = "the default number of trials", .range = whole(1, 10'000'000)};
inline constexpr Key kBudgetCeiling{.name = "budget_ceiling_eur_per_year",
                                    .type = V::number,
                                    .what = "the county's ceiling on its total subsidy (sites and posts), EUR per year",
                                    .range = non_negative("EUR per year"),
                                    .money = true};
inline constexpr const Key* kRegionHeaderKeys[] = {&kRegionName, &kRegionSeed, &kRegionTrials, &kBudgetCeiling};
inline constexpr Section kRegionHeader{"region", kRegionHeaderKeys};

// sites[]
inline constexpr Key kSiteName{
    .name = "name", .type = V::name, .required = true, .what = "a short unique name for the site, e.g. main"};
inline constexpr Key kSiteScenario{.name = "scenario",
                                   .type = V::text,
                                   .required = true,
                                   .what =
                                       "the site's scenario file (relative to the region file's folder), or "
                                       "the scenario itself as a block mapping (inline)"};
inline constexpr const Key* kSiteKeys[] = {&kSiteName, &kSiteScenario};
inline constexpr Section kSite{"site", kSiteKeys, "name"};

// posts[]
inline constexpr Key kPostName{.name = "name", .type = V::name, .required = true, .what = "a short unique name"};
inline constexpr Key kPostCost{.name = "cost_eur_per_year",
                               .type = V::uncertain,
                               .required = true,
                               .what = "the post's cost in its start year (pay, on-costs, office), EUR per year",
                               .range = non_negative("EUR per year"),
                               .money = true};
inline constexpr Key kPostStart{.name = "start", .type = V::month, .required = true, .what = kMonthWhat};
inline constexpr Key kPostYears{.name = "years",
                                .type = V::whole_number,
                                .what = "years in post (default: to the horizon's end)",
                                .range = whole(1, 50)};
inline constexpr Key kPostFunding{.name = "funding_eur_per_year",
                                  .type = V::number,
                                  .what = "the funding cap, EUR per year (pro rata in part years; default 0)",
                                  .range = non_negative("EUR per year"),
                                  .money = true};
inline constexpr Key kPostFundingYears{.name = "funding_years",
                                       .type = V::whole_number,
                                       .what = "years of funding from the start (default: as long as the post)",
                                       .range = whole(1, 50)};
inline constexpr const Key* kPostKeys[] = {&kPostName,  &kPostCost,    &kGrowthPerYear,   &kPostStart,
                                           &kPostYears, &kPostFunding, &kPostFundingYears};
inline constexpr Section kPost{"post", kPostKeys, "name"};

// the file
inline constexpr std::string_view kKindWords[] = {"region"};
inline constexpr Key kKind{.name = "kind", .type = V::word, .what = "region", .words = kKindWords};
inline constexpr Key kRegionSection{
    .name = "region", .type = V::mapping, .required = true, .what = "the region", .section = &kRegionHeader};
inline constexpr Key kSites{.name = "sites",
                            .type = V::list,
                            .required = true,
                            .what = "sites (each a centre's scenario file)",
                            .section = &kSite,
                            .max_entries = 100};
inline constexpr Key kShared{.name = "shared",
                             .type = V::texts,
                             .what =
                                 "key paths of inputs drawn once per trial for all sites, e.g. "
                                 "cost_inflation_per_year or doctors[*].raise_per_year"};
inline constexpr Key kPosts{.name = "posts",
                            .type = V::list,
                            .what = "posts of the county (a coordinator, an advisory service)",
                            .section = &kPost};
inline constexpr const Key* kRegionFileKeys[] = {&kKind, &kRegionSection, &kSites, &kShared, &kPosts};
inline constexpr Section kRegionFile{"region file", kRegionFileKeys};

}  // namespace mvzsim::scenarios::keys
