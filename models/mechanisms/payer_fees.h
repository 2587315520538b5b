#pragma once
// Fees the payers deduct: the KV's administration fee (Verwaltungskostenbeitrag) as a share of the
// KV money it pays (GKV fee revenue and lump sums), and a billing service's fee (Privatärztliche
// Verrechnungsstelle) as a share of the private revenue it collects. Both are costs of the month of
// treatment, kept back from the payments (cash_ledger.h). running_costs.share_of_revenue, a share
// of all medical revenue, stays as the general form.
#include "models/draws/input_draw.h"
#include "models/spec/billing_spec.h"

namespace mvzsim::models {

// The fee shares of one trial (drawn once per trial).
struct PayerFeesTrial {
    double kv_share = 0.0, billing_share = 0.0;
};

struct PayerFeesMonth {
    Money kv = 0.0, billing = 0.0;  // EUR
};

class PayerFees {
public:
    explicit PayerFees(const BillingSpec& spec)
        : kv_share_(compile(spec.kv_fee_share)), billing_share_(compile(spec.billing_fee_share)) {}

    PayerFeesTrial draw(const TrialKey& key) const {
        return {InputDraw(kv_share_, key).next(), InputDraw(billing_share_, key).next()};
    }

    // The month's fees, EUR: the KV share x KV money (GKV revenue + lump sums), the billing share x
    // private revenue.
    static PayerFeesMonth month(const PayerFeesTrial& t, Money kv_money, Money private_revenue) {
        return {t.kv_share * kv_money, t.billing_share * private_revenue};
    }

private:
    CompiledInput kv_share_, billing_share_;
};

}  // namespace mvzsim::models
