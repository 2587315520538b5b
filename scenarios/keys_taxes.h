#pragma once
// Keys of the `taxes` section: income taxes on positive results. Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

inline constexpr Key kTaxExempt{
    .name = "exempt", .type = V::flag, .what = "true for a tax-privileged (gemeinnützig) centre: no income tax"};
inline constexpr Key kHebesatz{
    .name = "trade_tax_hebesatz_percent",
    .type = V::number,
    .what = "the municipality's trade tax Hebesatz in percent, e.g. 400 (required unless exempt)",
    .range = {200.0, 1000.0, false, false, "a Hebesatz in percent (at least 200)"}};
inline constexpr Key kCorporateRate{.name = "corporate_tax_rate",
                                    .type = V::number,
                                    .what = "the corporate tax rate (default 0.15)",
                                    .range = fraction("a fraction of taxable profit")};
inline constexpr Key kSolidarityRate{.name = "solidarity_surcharge_rate",
                                     .type = V::number,
                                     .what = "the solidarity surcharge on the corporate tax (default 0.055)",
                                     .range = fraction("a fraction of the corporate tax")};
inline constexpr Key kTradeBaseRate{.name = "trade_tax_base_rate",
                                    .type = V::number,
                                    .what = "the trade tax Steuermesszahl (default 0.035)",
                                    .range = fraction("a fraction of taxable profit")};
inline constexpr const Key* kTaxesKeys[] = {&kTaxExempt, &kHebesatz, &kCorporateRate, &kSolidarityRate,
                                            &kTradeBaseRate};
inline constexpr Section kTaxes{"taxes", kTaxesKeys};

}  // namespace mvzsim::scenarios::keys
