#pragma once
// Keys of the section addons: Tagespflege, tenants, own service lines. Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

// Weights and day rates by Pflegegrad: {pg2, pg3, pg4, pg5}.
inline constexpr std::string_view kMixWhat = "weights of Pflegegrad 2 to 5 among the guests, e.g. {pg2: 0.35, ...}";
inline constexpr std::string_view kRateWhat = "the care part of the day rate per Pflegegrad, EUR per guest-day";
inline constexpr Range kWeight = non_negative("a weight; weights are normalised");
inline constexpr Key kMixPg2{.name = "pg2", .type = V::number, .what = kMixWhat, .range = kWeight};
inline constexpr Key kMixPg3{.name = "pg3", .type = V::number, .what = kMixWhat, .range = kWeight};
inline constexpr Key kMixPg4{.name = "pg4", .type = V::number, .what = kMixWhat, .range = kWeight};
inline constexpr Key kMixPg5{.name = "pg5", .type = V::number, .what = kMixWhat, .range = kWeight};
inline constexpr const Key* kMixKeys[] = {&kMixPg2, &kMixPg3, &kMixPg4, &kMixPg5};
inline constexpr Section kPflegegradMix{"pflegegrad_mix", kMixKeys};
inline constexpr Range kDayRate = non_negative("EUR per guest-day");
inline constexpr Key kRatePg2{.name = "pg2",
                              .type = V::number,
                              .required = true,
                              .what = kRateWhat,
                              .range = kDayRate,
                              .money = true,
                              .band = &kCareRateBand};
inline constexpr Key kRatePg3{.name = "pg3",
                              .type = V::number,
                              .required = true,
                              .what = kRateWhat,
                              .range = kDayRate,
                              .money = true,
                              .band = &kCareRateBand};
inline constexpr Key kRatePg4{.name = "pg4",
                              .type = V::number,
                              .required = true,
                              .what = kRateWhat,
                              .range = kDayRate,
                              .money = true,
                              .band = &kCareRateBand};
inline constexpr Key kRatePg5{.name = "pg5",
                              .type = V::number,
                              .required = true,
                              .what = kRateWhat,
                              .range = kDayRate,
                              .money = true,
                              .band = &kCareRateBand};
inline constexpr const Key* kRateKeys[] = {&kRatePg2, &kRatePg3, &kRatePg4, &kRatePg5};
inline constexpr Section kCareRates{"care_eur_per_day", kRateKeys};

// addons.tagespflege.care_staff
inline constexpr const Key* kCareStaffKeys[] = {&kStaffSalary, &kOnCostRate, &kRaisePerYear};
inline constexpr Section kCareStaff{"care_staff", kCareStaffKeys};

// addons.tagespflege
inline constexpr Key kPlaces{.name = "places",
                             .type = V::whole_number,
                             .required = true,
                             .what = "licensed places, e.g. 15",
                             .range = whole(1, 1000),
                             .band = &kPlacesBand};
inline constexpr Key kOpeningDays{.name = "opening_days_per_month",
                                  .type = V::uncertain,
                                  .required = true,
                                  .what = "opening days per month, e.g. 21",
                                  .range = {0.0, 31.0, false, false, "days per month"}};
inline constexpr Key kOccupancy{.name = "occupancy",
                                .type = V::uncertain,
                                .required = true,
                                .what = "the target share of places occupied per opening day",
                                .range = fraction("a fraction of places: 0.85 = 85 %"),
                                .period = Period::month};
inline constexpr Key kRampUpMonths{.name = "ramp_up_months",
                                   .type = V::whole_number,
                                   .what = "months from start until the target occupancy",
                                   .range = whole(0, 120)};
inline constexpr Key kStartOccupancy{.name = "start_occupancy",
                                     .type = V::number,
                                     .what = "the share of places occupied in the first month",
                                     .range = fraction("a fraction of places: 0.3 = 30 %")};
inline constexpr Key kMix{
    .name = "pflegegrad_mix", .type = V::mapping, .required = true, .what = kMixWhat, .section = &kPflegegradMix};
inline constexpr Key kCareEurPerDay{
    .name = "care_eur_per_day", .type = V::mapping, .required = true, .what = kRateWhat, .section = &kCareRates};
inline constexpr Key kSelfPaid{
    .name = "self_paid_eur_per_day",
    .type = V::uncertain,
    .required = true,
    .what = "EUR per guest-day paid by the guest (Unterkunft, Verpflegung, Investitionskosten)",
    .range = non_negative("EUR per guest-day"),
    .money = true,
    .band = &kSelfPaidBand};
inline constexpr Key kPriceGrowth{.name = "price_growth_per_year",
                                  .type = V::uncertain,
                                  .what = kYearlyRateWhat,
                                  .range = yearly_rate(),
                                  .period = Period::year,
                                  .band = &kYearlyRateBand};
inline constexpr Key kCareStaffPerGuest{.name = "care_staff_fte_per_guest",
                                        .type = V::number,
                                        .required = true,
                                        .what = "care staff FTE per average guest per day",
                                        .range = non_negative("FTE per average guest per day")};
inline constexpr Key kCareStaffSection{.name = "care_staff",
                                       .type = V::mapping,
                                       .required = true,
                                       .what = "salary_per_year, on_cost_rate and raise_per_year of the care staff",
                                       .section = &kCareStaff};
inline constexpr Key kTagespflegeFixed{.name = "fixed_eur_per_month",
                                       .type = V::uncertain,
                                       .required = true,
                                       .what = "fixed costs in EUR per month",
                                       .range = non_negative("EUR per month"),
                                       .period = Period::month,
                                       .money = true};
inline constexpr const Key* kTagespflegeKeys[] = {
    &kPlaces,        &kStart,    &kOpeningDays, &kOccupancy,         &kRampUpMonths,     &kStartOccupancy,  &kMix,
    &kCareEurPerDay, &kSelfPaid, &kPriceGrowth, &kCareStaffPerGuest, &kCareStaffSection, &kTagespflegeFixed};
inline constexpr Section kTagespflege{"tagespflege", kTagespflegeKeys};

// addons.tenants[]
inline constexpr Key kTenantName{
    .name = "name", .type = V::name, .required = true, .what = "a short unique name for the tenant, e.g. pharmacy"};
inline constexpr Key kTenantArea{.name = "area_m2",
                                 .type = V::number,
                                 .required = true,
                                 .what = "the rented floor area in m2",
                                 .range = non_negative("m2")};
inline constexpr Key kTenantRent{.name = "rent_eur_per_m2_per_month",
                                 .type = V::uncertain,
                                 .required = true,
                                 .what = "rent in EUR per m2 per month",
                                 .range = non_negative("EUR per m2 per month"),
                                 .money = true,
                                 .band = &kRentPerM2Band};
inline constexpr Key kLeaseStart{.name = "lease_start", .type = V::month, .what = kMonthWhat};
inline constexpr Key kLossProbability{.name = "loss_probability_per_year",
                                      .type = V::uncertain,
                                      .what = "the yearly probability of losing the tenant",
                                      .range = fraction("a yearly probability as a fraction: 0.03 = 3 %")};
inline constexpr Key kMonthsToRelet{.name = "months_to_relet",
                                    .type = V::uncertain,
                                    .what = "months the unit stays empty after a loss",
                                    .range = non_negative("months")};
inline constexpr const Key* kTenantKeys[] = {&kTenantName,      &kTenantArea,    &kTenantRent,  &kLeaseStart,
                                             &kLossProbability, &kMonthsToRelet, &kRentIncrease};
inline constexpr Section kTenant{"tenant", kTenantKeys, "name"};

// addons.services[]
inline constexpr Key kServiceName{.name = "name",
                                  .type = V::name,
                                  .required = true,
                                  .what = "a short unique name for the service, e.g. community-nurse"};
inline constexpr Key kServiceRevenue{.name = "revenue_eur_per_month",
                                     .type = V::uncertain,
                                     .what = "EUR per month",
                                     .range = non_negative("EUR per month"),
                                     .period = Period::month,
                                     .money = true};
inline constexpr Key kServiceCosts{.name = "costs_eur_per_month",
                                   .type = V::uncertain,
                                   .what = "EUR per month",
                                   .range = non_negative("EUR per month"),
                                   .period = Period::month,
                                   .money = true};
inline constexpr const Key* kServiceKeys[] = {&kServiceName, &kServiceRevenue, &kServiceCosts, &kStart};
inline constexpr Section kService{"service", kServiceKeys, "name"};

// addons
inline constexpr Key kTagespflegeSection{
    .name = "tagespflege", .type = V::mapping, .what = "an adult day care", .section = &kTagespflege};
inline constexpr Key kTenants{
    .name = "tenants", .type = V::list, .what = "tenants", .section = &kTenant, .max_entries = 100};
inline constexpr Key kServices{
    .name = "services", .type = V::list, .what = "service lines", .section = &kService, .max_entries = 100};
inline constexpr const Key* kAddonsKeys[] = {&kTagespflegeSection, &kTenants, &kServices};
inline constexpr Section kAddons{"addons", kAddonsKeys};

}  // namespace mvzsim::scenarios::keys
