#pragma once
// Keys of the section takeovers (taking over a practice). Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

// Useful lives of purchased goodwill (3-5 years for a medical practice, A&W Lexikon) and of
// equipment taken over (AfA tables: medical devices 5-10, furniture 13); 50 bounds both.
inline constexpr double kMaxTakeoverLifeYears = 50;
inline constexpr std::size_t kMaxTakeovers = 200;

inline constexpr Key kTakeoverName{.name = "name",
                                   .type = V::name,
                                   .required = true,
                                   .what = "a short unique name for the takeover, e.g. practice-mueller"};
inline constexpr Key kTakeoverPosition{.name = "position",
                                       .type = V::name,
                                       .required = true,
                                       .what = "the id of the doctor position that takes over the practice"};
inline constexpr Key kTakeoverMonth{
    .name = "month", .type = V::month, .required = true, .what = "the month of the takeover as YYYY-MM"};
inline constexpr Key kGoodwill{.name = "goodwill_eur",
                               .type = V::uncertain,
                               .required = true,
                               .what = "the part of the purchase price paid for the patient base (goodwill), EUR",
                               .range = non_negative("EUR"),
                               .money = true};
inline constexpr Key kGoodwillLife{.name = "goodwill_life_years",
                                   .type = V::whole_number,
                                   .what = "the years over which the goodwill is written off (default 5)",
                                   .range = whole(1, kMaxTakeoverLifeYears)};
inline constexpr Key kEquipment{
    .name = "equipment_eur",
    .type = V::uncertain,
    .what = "the part of the purchase price paid for equipment and furniture, EUR (default 0)",
    .range = non_negative("EUR"),
    .money = true};
inline constexpr Key kEquipmentLife{.name = "equipment_life_years",
                                    .type = V::whole_number,
                                    .what = "the years over which the equipment is written off (default 5)",
                                    .range = whole(1, kMaxTakeoverLifeYears)};
inline constexpr Key kPreviousCases{
    .name = "previous_cases_per_quarter",
    .type = V::number,
    .what = "the previous practice's cases per quarter, from which the position ramps up (default 0: none inherited)",
    .range = non_negative("cases per quarter")};
inline constexpr Key kTakeoverSubsidy{.name = "subsidy_eur",
                                      .type = V::number,
                                      .what = "a KV or municipal takeover subsidy, EUR (default 0: none)",
                                      .range = non_negative("EUR"),
                                      .money = true};
inline constexpr Key kSubsidyMonth{.name = "subsidy_month",
                                   .type = V::month,
                                   .what = "the month the subsidy is paid as YYYY-MM (default: the takeover month)"};
inline constexpr const Key* kTakeoverKeys[] = {&kTakeoverName,    &kTakeoverPosition, &kTakeoverMonth, &kGoodwill,
                                               &kGoodwillLife,    &kEquipment,        &kEquipmentLife, &kPreviousCases,
                                               &kTakeoverSubsidy, &kSubsidyMonth};
inline constexpr Section kTakeover{"takeover", kTakeoverKeys, "name"};

inline constexpr Key kTakeovers{.name = "takeovers",
                                .type = V::list,
                                .what = "practices taken over",
                                .section = &kTakeover,
                                .max_entries = kMaxTakeovers};

}  // namespace mvzsim::scenarios::keys
