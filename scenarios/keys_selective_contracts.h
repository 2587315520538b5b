#pragma once
// Keys of the section selective_contracts (HZV and other contracts outside the KV billing).
// Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

inline constexpr std::size_t kMaxContracts = 50;

inline constexpr Key kContractName{
    .name = "name", .type = V::name, .required = true, .what = "a short unique name for the contract, e.g. hzv-aok"};
inline constexpr Key kEnrolledShare{.name = "enrolled_share",
                                    .type = V::uncertain,
                                    .required = true,
                                    .what = "the share of the GKV patients enrolled in the contract",
                                    .range = fraction("a share of the GKV cases: 0.25 = 25 %"),
                                    .period = Period::month};
inline constexpr Key kFeePerYear{.name = "eur_per_patient_per_year",
                                 .type = V::uncertain,
                                 .what = "the fee per enrolled patient and year, EUR (or eur_per_patient_per_quarter)",
                                 .range = non_negative("EUR per patient and year"),
                                 .period = Period::month,
                                 .money = true};
inline constexpr Key kFeePerQuarter{
    .name = "eur_per_patient_per_quarter",
    .type = V::uncertain,
    .what = "the fee per enrolled patient and quarter, EUR (or eur_per_patient_per_year)",
    .range = non_negative("EUR per patient and quarter"),
    .period = Period::month,
    .money = true};
inline constexpr Key kContractSettlementLag{.name = "settlement_lag_months",
                                            .type = V::whole_number,
                                            .what = "months after a quarter's end until its fees are paid (default 0)",
                                            .range = whole(0, 24)};
inline constexpr Key kKvReplaced{
    .name = "kv_billing_replaced",
    .type = V::number,
    .what = "the share of the enrolled patients' GKV fee no longer billed to the KV (default 0: an add-on contract)",
    .range = fraction("a share of the enrolled patients' GKV fee: 1 = all of it")};
inline constexpr const Key* kContractKeys[] = {&kContractName,          &kEnrolledShare, &kFeePerYear,
                                               &kFeePerQuarter,         &kGrowthPerYear, &kStart,
                                               &kContractSettlementLag, &kKvReplaced};
inline constexpr Section kContract{"selective_contract", kContractKeys, "name"};

inline constexpr Key kSelectiveContracts{.name = "selective_contracts",
                                         .type = V::list,
                                         .what = "selective contracts (HZV)",
                                         .section = &kContract,
                                         .max_entries = kMaxContracts};

}  // namespace mvzsim::scenarios::keys
