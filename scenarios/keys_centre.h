#pragma once
// Keys of the sections centre, doctors, billing, staff, premises, running_costs and breakeven
// (docs/scenario-reference.md, "Keys, section by section"). Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_payroll.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

// centre
inline constexpr Key kCentreName{.name = "name", .type = V::text, .required = true, .what = "the centre's name"};
inline constexpr Key kOpening{.name = "opening", .type = V::month, .required = true, .what = kMonthWhat};
inline constexpr Key kHorizonYears{.name = "horizon_years",
                                   .type = V::whole_number,
                                   .required = true,
                                   .what = "number of calendar years projected",
                                   .range = whole(1, 50)};
inline constexpr Key kSeed{
    .name = "seed", .type = V::whole_number, .what = "the default random seed", .range = whole(0, INFINITY)};
inline constexpr Key kTrials{
    .name = "trials", .type = V::whole_number, .what = "the default number of trials", .range = whole(1, 10'000'000)};
inline constexpr const Key* kCentreKeys[] = {&kCentreName, &kOpening, &kHorizonYears, &kSeed, &kTrials};
inline constexpr Section kCentre{"centre", kCentreKeys};

// doctors[].recruitment
inline constexpr Key kTimeToFill{.name = "time_to_fill_months",
                                 .type = V::uncertain,
                                 .what = "a number of months",
                                 .range = non_negative("months"),
                                 .band = &kTimeToFillBand};
inline constexpr Key kDepartures{.name = "departures_per_year",
                                 .type = V::uncertain,
                                 .what = "a yearly probability",
                                 .range = fraction("a yearly probability as a fraction: 0.1 = 10 %")};
inline constexpr Key kRefillMonths{
    .name = "refill_months", .type = V::uncertain, .what = "a number of months", .range = non_negative("months")};
inline constexpr Key kRecruitingCost{.name = "recruiting_cost_eur",
                                     .type = V::uncertain,
                                     .what = "EUR per hire",
                                     .range = non_negative("EUR per hire"),
                                     .money = true};
inline constexpr const Key* kRecruitmentKeys[] = {&kTimeToFill, &kDepartures, &kRefillMonths, &kRecruitingCost};
inline constexpr Section kRecruitment{"recruitment", kRecruitmentKeys};

// doctors[]
inline constexpr Key kDoctorId{
    .name = "id", .type = V::name, .required = true, .what = "a short unique name for the position, e.g. gp-1"};
inline constexpr Key kSpecialty{.name = "specialty", .type = V::text, .what = "the specialty, e.g. general_practice"};
inline constexpr Key kDoctorFte{.name = "fte",
                                .type = V::number,
                                .required = true,
                                .what = "full-time equivalents of the position",
                                .range = fte_range()};
inline constexpr Key kDoctorSalary{.name = "salary_per_year",
                                   .type = V::uncertain,
                                   .required = true,
                                   .what = kSalaryWhat,
                                   .range = non_negative("EUR per year"),
                                   .money = true,
                                   .band = &kDoctorSalaryBand};
inline constexpr Key kProductivity{.name = "productivity",
                                   .type = V::uncertain,
                                   .what = "a factor on the case load",
                                   .range = {0.0, 2.0, true, false, "a factor on the case load: 0.8 = 80 %"}};
inline constexpr Key kRecruitmentSection{.name = "recruitment",
                                         .type = V::mapping,
                                         .what = "recruitment and departures of the position",
                                         .section = &kRecruitment};
inline constexpr const Key* kDoctorKeys[] = {&kDoctorId,
                                             &kSpecialty,
                                             &kDoctorFte,
                                             &kStart,
                                             &kDoctorSalary,
                                             &kOnCostRate,
                                             &kRaisePerYear,
                                             &kProductivity,
                                             &kRecruitmentSection,
                                             &kSpecialPaymentSection,
                                             &kPensionRate,
                                             &kAllowance,
                                             &kSocialSecuritySection,
                                             &kRevenueBonusSection};
inline constexpr Section kDoctor{"doctor", kDoctorKeys, "id"};

// billing.gkv.payout_quota
inline constexpr Key kQuotaLimit{.name = "limit_cases_per_fte_per_quarter",
                                 .type = V::number,
                                 .required = true,
                                 .what = "the case limit per doctor FTE per quarter",
                                 .range = non_negative("cases per FTE per quarter")};
inline constexpr Key kQuota{.name = "quota",
                            .type = V::number,
                            .required = true,
                            .what = "the payout quota",
                            .range = fraction("the share paid for cases above the limit")};
inline constexpr const Key* kPayoutQuotaKeys[] = {&kQuotaLimit, &kQuota};
inline constexpr Section kPayoutQuota{"payout_quota", kPayoutQuotaKeys};

// billing.gkv
inline constexpr Key kGkvEurPerCase{.name = "eur_per_case",
                                    .type = V::uncertain,
                                    .what = "EUR per case",
                                    .range = non_negative("EUR per case"),
                                    .period = Period::month,
                                    .money = true,
                                    .band = &kGkvEurPerCaseBand};
inline constexpr Key kPointsPerCase{.name = "points_per_case",
                                    .type = V::uncertain,
                                    .what = "EBM points per case per quarter",
                                    .range = non_negative("EBM points per case"),
                                    .period = Period::month,
                                    .band = &kPointsPerCaseBand};
inline constexpr Key kOrientierungswert{.name = "orientierungswert_ct_per_point",
                                        .type = V::uncertain,
                                        .what = "the Orientierungswert in cent per point",
                                        .range = positive("cent per point, e.g. 12.7404 in 2026"),
                                        .band = &kOrientierungswertBand};
inline constexpr Key kPayoutQuotaSection{.name = "payout_quota",
                                         .type = V::mapping,
                                         .what = "the payout quota above a case limit",
                                         .section = &kPayoutQuota};
inline constexpr const Key* kGkvKeys[] = {&kGkvEurPerCase, &kPointsPerCase, &kOrientierungswert, &kGrowthPerYear,
                                          &kPayoutQuotaSection};
inline constexpr Section kGkv{"gkv", kGkvKeys};

// billing.private, billing.other
inline constexpr Key kPrivateShare{.name = "share_of_cases",
                                   .type = V::uncertain,
                                   .required = true,
                                   .what = "share of private cases",
                                   .range = fraction("a fraction of all cases"),
                                   .period = Period::month,
                                   .band = &kPrivateShareBand};
inline constexpr Key kPrivateEurPerCase{.name = "eur_per_case",
                                        .type = V::uncertain,
                                        .required = true,
                                        .what = "EUR per case",
                                        .range = non_negative("EUR per case"),
                                        .period = Period::month,
                                        .money = true};
inline constexpr Key kPaymentLag{.name = "payment_lag_months",
                                 .type = V::whole_number,
                                 .what = "months until private invoices are paid",
                                 .range = whole(0, 12)};
inline constexpr Key kBillingFeeShare{.name = "billing_fee_share",
                                      .type = V::uncertain,
                                      .what = "a billing service's fee as a share of private revenue",
                                      .range = fraction("a share of private (PKV) revenue: 0.05 = 5 %")};
inline constexpr const Key* kPrivateKeys[] = {&kPrivateShare, &kPrivateEurPerCase, &kGrowthPerYear, &kPaymentLag,
                                              &kBillingFeeShare};
inline constexpr Section kPrivate{"private", kPrivateKeys};
inline constexpr const Key* kOtherKeys[] = {&kPrivateEurPerCase, &kGrowthPerYear};
inline constexpr Section kOther{"other", kOtherKeys};

// billing.ramp_up, billing.kv_payment
inline constexpr Key kRampQuarters{.name = "quarters",
                                   .type = V::whole_number,
                                   .required = true,
                                   .what = "quarters until the full case load",
                                   .range = whole(1, 40)};
inline constexpr Key kRampStartShare{.name = "start_share",
                                     .type = V::number,
                                     .required = true,
                                     .what = "the share of the target case load in the first quarter",
                                     .range = fraction("a share of the target case load")};
inline constexpr Key kRampRefillShare{.name = "refill_start_share",
                                      .type = V::number,
                                      .what =
                                          "the share of the target case load a successor starts with after a "
                                          "departure",
                                      .range = fraction("a share of the target case load")};
inline constexpr std::string_view kShapeWords[] = {"linear", "s_curve"};
inline constexpr Key kRampShape{.name = "shape", .type = V::word, .what = "linear or s_curve", .words = kShapeWords};
inline constexpr const Key* kRampUpKeys[] = {&kRampQuarters, &kRampStartShare, &kRampRefillShare, &kRampShape};
inline constexpr Section kRampUp{"ramp_up", kRampUpKeys};
inline constexpr Key kAdvanceShare{.name = "advance_share",
                                   .type = V::number,
                                   .required = true,
                                   .what = "the share of the previous quarter paid in advances",
                                   .range = fraction("a share of the previous quarter's GKV revenue")};
inline constexpr Key kSettlementLag{.name = "settlement_lag_months",
                                    .type = V::whole_number,
                                    .required = true,
                                    .what = "months after the quarter's end until the remainder is paid",
                                    .range = whole(0, 12)};
inline constexpr const Key* kKvPaymentKeys[] = {&kAdvanceShare, &kSettlementLag};
inline constexpr Section kKvPayment{"kv_payment", kKvPaymentKeys};

// billing.surcharges[]
inline constexpr Key kSurchargeName{
    .name = "name", .type = V::name, .required = true, .what = "a name such as ti-pauschale"};
inline constexpr Key kSurchargePerCase{.name = "eur_per_case",
                                       .type = V::uncertain,
                                       .what = "EUR per case",
                                       .range = non_negative("EUR per case"),
                                       .period = Period::month,
                                       .money = true};
inline constexpr Key kSurchargePerMonth{.name = "eur_per_month",
                                        .type = V::uncertain,
                                        .what = "EUR per month",
                                        .range = non_negative("EUR per month"),
                                        .period = Period::month,
                                        .money = true};
inline constexpr Key kStopsWithoutDoctor{.name = "stops_without_doctor",
                                         .type = V::flag,
                                         .what = "true: eur_per_month is not paid in a month with no doctor in post"};
inline constexpr const Key* kSurchargeKeys[] = {&kSurchargeName, &kSurchargePerCase, &kSurchargePerMonth,
                                                &kStopsWithoutDoctor};
inline constexpr Section kSurcharge{"surcharge", kSurchargeKeys, "name"};

// billing
inline constexpr Key kCasesPerFte{.name = "cases_per_fte_per_quarter",
                                  .type = V::uncertain,
                                  .required = true,
                                  .what = "treatment cases (GKV and PKV) per doctor FTE per quarter",
                                  .range = non_negative("cases per doctor FTE per quarter"),
                                  .period = Period::month,
                                  .band = &kCasesBand};
inline constexpr Key kGkvSection{
    .name = "gkv", .type = V::mapping, .required = true, .what = "the statutory (GKV) fee per case", .section = &kGkv};
inline constexpr Key kPrivateSection{
    .name = "private", .type = V::mapping, .what = "private (PKV) cases and fees", .section = &kPrivate};
inline constexpr Key kOtherSection{
    .name = "other", .type = V::mapping, .what = "other revenue per case", .section = &kOther};
inline constexpr Key kRampUpSection{
    .name = "ramp_up", .type = V::mapping, .what = "the ramp-up of a new position's case load", .section = &kRampUp};
inline constexpr Key kKvPaymentSection{
    .name = "kv_payment", .type = V::mapping, .what = "when the KV pays", .section = &kKvPayment};
inline constexpr Key kSurcharges{.name = "surcharges",
                                 .type = V::list,
                                 .what = "KV lump sums and surcharges",
                                 .section = &kSurcharge,
                                 .max_entries = 100};
inline constexpr Key kKvFeeShare{
    .name = "kv_fee_share",
    .type = V::uncertain,
    .what = "the KV's administration fee as a share of KV money (GKV revenue and lump sums)",
    .range = fraction("a share of KV money: 0.025 = 2.5 %")};
inline constexpr const Key* kBillingKeys[] = {&kCasesPerFte,   &kGkvSection,       &kPrivateSection, &kOtherSection,
                                              &kRampUpSection, &kKvPaymentSection, &kSurcharges,     &kKvFeeShare};
inline constexpr Section kBilling{"billing", kBillingKeys};

// staff[] and staff[].turnover
inline constexpr Key kStaffDepartures{.name = "departures_per_year",
                                      .type = V::uncertain,
                                      .required = true,
                                      .what = "a yearly probability",
                                      .range = fraction("a yearly probability as a fraction: 0.1 = 10 %")};
inline constexpr Key kStaffRefill{.name = "refill_months",
                                  .type = V::uncertain,
                                  .required = true,
                                  .what = "a number of months",
                                  .range = non_negative("months")};
inline constexpr const Key* kTurnoverKeys[] = {&kStaffDepartures, &kStaffRefill};
inline constexpr Section kTurnover{"turnover", kTurnoverKeys};
inline constexpr Key kRole{.name = "role", .type = V::name, .required = true, .what = "the role, e.g. mfa"};
inline constexpr Key kFtePerDoctor{.name = "fte_per_doctor_fte",
                                   .type = V::number,
                                   .what = "FTE per doctor FTE",
                                   .range = {0.0, 20.0, true, false, "FTE of this role per doctor FTE"},
                                   .band = &kStaffPerDoctorBand};
inline constexpr Key kStaffFte{.name = "fte",
                               .type = V::number,
                               .what = "FTE in total (or fte_per_doctor_fte)",
                               .range = {0.0, 1000.0, true, false, "FTE in total"}};
inline constexpr Key kTurnoverSection{
    .name = "turnover", .type = V::mapping, .what = "departures and refill time", .section = &kTurnover};
inline constexpr std::string_view kFollowsWords[] = {"doctors_in_post", "planned_positions"};
inline constexpr Key kStaffFollows{.name = "follows",
                                   .type = V::word,
                                   .what = "doctors_in_post or planned_positions (staff per doctor FTE only)",
                                   .words = kFollowsWords};
inline constexpr const Key* kStaffKeys[] = {&kRole,
                                            &kFtePerDoctor,
                                            &kStaffFte,
                                            &kStart,
                                            &kStaffFollows,
                                            &kStaffSalary,
                                            &kOnCostRate,
                                            &kRaisePerYear,
                                            &kTurnoverSection,
                                            &kSpecialPaymentSection,
                                            &kPensionRate,
                                            &kAllowance,
                                            &kSocialSecuritySection};
inline constexpr Section kStaff{"staff", kStaffKeys, "role"};

// premises
inline constexpr Key kAreaM2{
    .name = "area_m2", .type = V::number, .what = "floor area in m2", .range = non_negative("m2")};
inline constexpr Key kRentPerM2{.name = "rent_eur_per_m2_per_month",
                                .type = V::uncertain,
                                .what = "rent in EUR per m2 per month",
                                .range = non_negative("EUR per m2 per month"),
                                .money = true,
                                .band = &kRentPerM2Band};
inline constexpr Key kRentPerMonth{.name = "rent_eur_per_month",
                                   .type = V::uncertain,
                                   .what = "rent in EUR per month (or area_m2 with rent_eur_per_m2_per_month)",
                                   .range = non_negative("EUR per month"),
                                   .money = true};
inline constexpr const Key* kPremisesKeys[] = {&kAreaM2, &kRentPerM2, &kRentPerMonth, &kRentIncrease};
inline constexpr Section kPremises{"premises", kPremisesKeys};

// running_costs
inline constexpr Key kFixedPerMonth{.name = "fixed_eur_per_month",
                                    .type = V::uncertain,
                                    .required = true,
                                    .what = "fixed running costs in EUR per month",
                                    .range = non_negative("EUR per month"),
                                    .period = Period::month,
                                    .money = true};
inline constexpr Key kRunningPerCase{.name = "eur_per_case",
                                     .type = V::uncertain,
                                     .what = "EUR per case",
                                     .range = non_negative("EUR per case"),
                                     .period = Period::month,
                                     .money = true};
inline constexpr Key kShareOfRevenue{.name = "share_of_revenue",
                                     .type = V::uncertain,
                                     .what = "a fraction of revenue",
                                     .range = fraction("a fraction of revenue"),
                                     .period = Period::month};
inline constexpr Key kPerDoctorFte{.name = "eur_per_month_per_doctor_fte",
                                   .type = V::uncertain,
                                   .what = "EUR per month per doctor FTE",
                                   .range = non_negative("EUR per month per doctor FTE in post"),
                                   .period = Period::month,
                                   .money = true};
inline constexpr const Key* kRunningCostsKeys[] = {&kFixedPerMonth, &kRunningPerCase, &kShareOfRevenue, &kPerDoctorFte};
inline constexpr Section kRunningCosts{"running_costs", kRunningCostsKeys};

// breakeven
inline constexpr Key kTemplate{
    .name = "template", .type = V::text, .what = "the id of the doctor position that added doctors copy"};
inline constexpr Key kAreaPerFte{.name = "area_m2_per_fte",
                                 .type = V::number,
                                 .what = "floor area per added doctor FTE",
                                 .range = non_negative("m2 per added doctor FTE")};
inline constexpr const Key* kBreakevenKeys[] = {&kTemplate, &kAreaPerFte};
inline constexpr Section kBreakeven{"breakeven", kBreakevenKeys};

}  // namespace mvzsim::scenarios::keys
