#pragma once
// Selective contracts (hausarztzentrierte Versorgung, HZV, § 73b SGB V, and other contracts with
// the Kassen outside the KV billing): a share of the GKV patients enrolled, a fee per enrolled
// patient, paid by the contract's own settlement, and for a full contract the KV billing of the
// enrolled patients that it replaces. Plain data (validated by the reader).
#include <string>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

struct SelectiveContractSpec {
    std::string name;
    Input enrolled_share;              // share of the GKV cases whose patients are enrolled
    Input eur_per_patient;             // fee per enrolled patient, opening-year prices
    bool per_year = false;             // eur_per_patient is per year (a quarter earns a fourth), else per quarter
    Input growth_per_year;             // yearly change of the fee, each January
    MonthIndex start = 0;              // months after opening when the contract begins
    int settlement_lag_months = 0;     // a quarter's fees are paid this many months after it ends
    double kv_billing_replaced = 0.0;  // share of the enrolled patients' GKV fee no longer billed to the KV
};

}  // namespace mvzsim::models
