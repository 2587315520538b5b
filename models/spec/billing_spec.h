#pragma once
// Billing: cases, the GKV fee, PKV and other revenue, ramp-up, KV payment timing, lump sums.
#include <string>
#include <vector>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

// Payout quota for cases above a limit (specialists; GPs are paid in full since Oct 2025).
struct PayoutQuotaSpec {
    bool present = false;
    double limit_cases_per_fte_per_quarter = 0.0;
    double quota = 1.0;  // fraction paid for cases above the limit
};

// GKV (statutory) fee per case: EUR per case, or EBM points per case times the Orientierungswert.
struct GkvFeeSpec {
    bool by_points = false;
    Input eur_per_case;                    // EUR per case per quarter (when !by_points)
    Input points_per_case;                 // EBM points per case per quarter (when by_points)
    Input orientierungswert_ct_per_point;  // cent per point in the opening year (when by_points)
    Input growth_per_year;                 // yearly change of the fee (OW negotiation), each January
    PayoutQuotaSpec payout_quota;
};

// Case load of a new position over its first quarters in post: start_share of the target in
// its first quarter, rising to the full target after `quarters` quarters.
enum class RampShape { linear, s_curve };
struct RampUpSpec {
    int quarters = 0;  // 0: no ramp-up
    RampShape shape = RampShape::linear;
    double start_share = 1.0;
    double refill_start_share = 1.0;  // a successor after a departure starts here (1: at the full load)
};

// How the KV pays: monthly advances during a quarter (a share of the previous quarter's GKV
// revenue, a third each month), the rest some months after the quarter ends.
struct KvPaymentSpec {
    bool present = false;           // absent: cash follows the revenue month by month
    double advance_share = 0.0;     // fraction of the previous quarter's GKV revenue paid in advances
    int settlement_lag_months = 0;  // months after the quarter's end when the remainder is paid
};

// A lump sum or surcharge paid by the KV (TI-Pauschale, NäPA surcharges, home visits).
struct SurchargeSpec {
    std::string name;
    Input eur_per_case;                 // per case
    Input eur_per_month;                // per month
    bool stops_without_doctor = false;  // eur_per_month is not paid in a month with no doctor in post
};

struct BillingSpec {
    Input cases_per_fte_per_quarter;  // all cases (GKV and PKV) per doctor FTE per quarter
    GkvFeeSpec gkv;
    RampUpSpec ramp_up;
    KvPaymentSpec kv_payment;
    std::vector<SurchargeSpec> surcharges;  // grow with the GKV fee
    int pkv_payment_lag_months = 0;
    Input pkv_share_of_cases;  // fraction of cases that are private (PKV)
    Input pkv_eur_per_case;    // EUR per private case (GOÄ)
    Input pkv_growth_per_year;
    Input other_eur_per_case;  // other revenue (IGeL, certificates, contracts) per case, EUR
    Input other_growth_per_year;
    // Fees the payers deduct (0: none): the KV's administration fee, a share of KV money (GKV fee
    // revenue and lump sums); a billing service's fee, a share of private (PKV) revenue.
    Input kv_fee_share = fixed_input(0.0, "billing.kv_fee_share");
    Input billing_fee_share = fixed_input(0.0, "billing.private.billing_fee_share");
};

}  // namespace mvzsim::models
