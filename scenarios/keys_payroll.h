#pragma once
// Keys of the payroll lines beyond salary and on_cost_rate (doctors[] and staff[]): the yearly
// special payment, the supplementary pension, an allowance, social security with the contribution
// ceilings, and a doctor's revenue bonus. Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

// special_payment
inline constexpr Key kSpecialShare{.name = "share_of_monthly_salary",
                                   .type = V::number,
                                   .required = true,
                                   .what = "the yearly special payment as a share of a monthly salary",
                                   .range = {0.0, 3.0, false, false, "a share of one monthly salary: 0.65 = 65 %"}};
inline constexpr Key kSpecialMonth{.name = "month",
                                   .type = V::whole_number,
                                   .what = "the calendar month it is paid in (default 11, November)",
                                   .range = whole(1, 12, "a calendar month, 1 = January")};
inline constexpr const Key* kSpecialPaymentKeys[] = {&kSpecialShare, &kSpecialMonth};
inline constexpr Section kSpecialPayment{"special_payment", kSpecialPaymentKeys};

// social_security
inline constexpr Key kHealthCareRate{.name = "health_care_rate",
                                     .type = V::number,
                                     .required = true,
                                     .what = "the employer's share of health and care insurance",
                                     .range = fraction("a fraction of pay up to the health ceiling")};
inline constexpr Key kPensionUnemploymentRate{.name = "pension_unemployment_rate",
                                              .type = V::number,
                                              .required = true,
                                              .what = "the employer's share of pension and unemployment insurance",
                                              .range = fraction("a fraction of pay up to the pension ceiling")};
inline constexpr Key kHealthCeiling{.name = "health_ceiling_eur",
                                    .type = V::number,
                                    .what = "the health and care insurance ceiling (default 69,750, 2026)",
                                    .range = non_negative("EUR per year"),
                                    .money = true};
inline constexpr Key kPensionCeiling{.name = "pension_ceiling_eur",
                                     .type = V::number,
                                     .what = "the pension and unemployment insurance ceiling (default 101,400, 2026)",
                                     .range = non_negative("EUR per year"),
                                     .money = true};
inline constexpr const Key* kSocialSecurityKeys[] = {&kHealthCareRate, &kPensionUnemploymentRate, &kHealthCeiling,
                                                     &kPensionCeiling};
inline constexpr Section kSocialSecurity{"social_security", kSocialSecurityKeys};

// revenue_bonus (doctors only)
inline constexpr Key kBonusShare{.name = "share",
                                 .type = V::number,
                                 .required = true,
                                 .what = "the bonus as a share of the revenue above the threshold",
                                 .range = fraction("a share of the revenue above the threshold")};
inline constexpr Key kBonusThreshold{.name = "threshold_eur_per_year",
                                     .type = V::number,
                                     .what = "the revenue per FTE and year above which the bonus is paid",
                                     .range = non_negative("EUR per FTE per year"),
                                     .money = true};
inline constexpr std::string_view kBonusBaseWords[] = {"all", "private"};
inline constexpr Key kBonusBase{.name = "base",
                                .type = V::word,
                                .what = "all (medical revenue) or private (PKV revenue only)",
                                .words = kBonusBaseWords};
inline constexpr const Key* kRevenueBonusKeys[] = {&kBonusShare, &kBonusThreshold, &kBonusBase};
inline constexpr Section kRevenueBonus{"revenue_bonus", kRevenueBonusKeys};

// The keys in doctors[] and staff[].
inline constexpr Key kSpecialPaymentSection{
    .name = "special_payment", .type = V::mapping, .what = "a yearly special payment", .section = &kSpecialPayment};
inline constexpr Key kPensionRate{.name = "pension_rate",
                                  .type = V::number,
                                  .what = "the employer's supplementary pension contribution (ZVK/VBL)",
                                  .range = {0.0, 0.3, false, false, "a fraction of pay: 0.0645 = 6.45 %"}};
inline constexpr Key kAllowance{.name = "allowance_eur_per_month",
                                .type = V::number,
                                .what = "an allowance per FTE, EUR per month (e.g. the medical director's)",
                                .range = non_negative("EUR per month per FTE"),
                                .money = true};
inline constexpr Key kSocialSecuritySection{.name = "social_security",
                                            .type = V::mapping,
                                            .what = "employer social security with the contribution ceilings",
                                            .section = &kSocialSecurity};
inline constexpr Key kRevenueBonusSection{.name = "revenue_bonus",
                                          .type = V::mapping,
                                          .what = "a bonus on the revenue the doctor generates above a threshold",
                                          .section = &kRevenueBonus};

}  // namespace mvzsim::scenarios::keys
