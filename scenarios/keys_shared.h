#pragma once
// Keys that several sections share: months, pay, yearly rates. Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_bands.h"

namespace mvzsim::scenarios::keys {

using V = ValueType;

inline constexpr std::string_view kMonthWhat = "a month as YYYY-MM, e.g. 2026-04";
inline constexpr std::string_view kSalaryWhat = "gross salary for a full-time post, EUR per year";
inline constexpr std::string_view kYearlyRateWhat = "a yearly rate as a fraction, e.g. 0.03";

// A start month inside the horizon (default: the opening month).
inline constexpr Key kStart{.name = "start", .type = V::month, .what = kMonthWhat};

// Pay of a doctor position, a staff role or the Tagespflege's care staff.
inline constexpr Key kStaffSalary{.name = "salary_per_year",
                                  .type = V::uncertain,
                                  .required = true,
                                  .what = kSalaryWhat,
                                  .range = non_negative("EUR per year"),
                                  .money = true,
                                  .band = &kStaffSalaryBand};
inline constexpr Key kOnCostRate{.name = "on_cost_rate",
                                 .type = V::uncertain,
                                 .required = true,
                                 .what = "employer on-costs as a fraction of salary",
                                 .range = fraction("a fraction of salary: 0.21 = 21 %"),
                                 .band = &kOnCostBand};
inline constexpr Key kRaisePerYear{.name = "raise_per_year",
                                   .type = V::uncertain,
                                   .what = kYearlyRateWhat,
                                   .range = yearly_rate(),
                                   .period = Period::year,
                                   .band = &kYearlyRateBand};

// Yearly rates of change.
inline constexpr Key kGrowthPerYear{.name = "growth_per_year",
                                    .type = V::uncertain,
                                    .what = kYearlyRateWhat,
                                    .range = yearly_rate(),
                                    .period = Period::year,
                                    .band = &kYearlyRateBand};
inline constexpr Key kRentIncrease{.name = "rent_increase_per_year",
                                   .type = V::uncertain,
                                   .what = kYearlyRateWhat,
                                   .range = yearly_rate(),
                                   .period = Period::year,
                                   .band = &kYearlyRateBand};

}  // namespace mvzsim::scenarios::keys
