#pragma once
// Billing: the month's cases from the doctors' capacity, and what they earn: the GKV fee per case
// (EUR, or EBM points x the Orientierungswert) with its yearly growth and an optional payout quota
// above a case limit, PKV and other revenue per case, and the KV's lump sums and surcharges.
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/billing_spec.h"

namespace mvzsim::models {

// What one trial draws for billing.
struct BillingTrial {
    YearIndex gkv_index, pkv_index, other_index;  // fee growth indices (1 in the opening year)
    double ow_eur_per_point = 0.0;                // Orientierungswert, EUR per point (when billed by points)
    std::vector<MonthlySeries> series;            // by Billing::Series, then two per surcharge
};

// The billing lines of one month, EUR (cases in cases).
struct BillingMonth {
    double cases = 0.0;      // all cases (GKV and PKV) in the month
    double gkv_cases = 0.0;  // of which GKV
    Money gkv_revenue = 0.0, pkv_revenue = 0.0, other_revenue = 0.0, lump_sums = 0.0;
};

class Billing {
public:
    explicit Billing(const BillingSpec& spec);

    BillingTrial draw(const TrialKey& key, int months, int years) const;
    // The same into `t` (its memory reused).
    void draw(const TrialKey& key, int months, int years, BillingTrial& t) const;

    // The month's billing. `capacity`: the doctors' share of a full case load (FTE x productivity x
    // ramp); `doctor_fte`: FTE in post (the payout quota's limit is per FTE in post); `shortage`:
    // the share of staff posts vacant, which cuts the cases by the same share.
    BillingMonth month(const BillingTrial& t, double capacity, Fte doctor_fte, double shortage,
                       const MonthStep& at) const {
        const std::size_t m = at.mi(), y = at.yi();
        const auto& s = t.series;
        BillingMonth b;
        // cases_per_fte_per_quarter is per quarter: a third of it a month.
        b.cases = capacity * s[kCasesRate][m] / 3.0 * (1.0 - shortage);
        const double fee = by_points_ ? s[kGkvPoints][m] * t.ow_eur_per_point : s[kGkvEur][m];
        const double private_share = s[kPkvShare][m];
        b.gkv_cases = b.cases * (1.0 - private_share);
        // GKV cases above the limit (per doctor FTE in post, a third of the quarterly limit a month)
        // are paid at the quota.
        double paid_cases = b.gkv_cases;
        if (quota_.present) {
            const double limit = doctor_fte * quota_.limit_cases_per_fte_per_quarter / 3.0;
            if (b.gkv_cases > limit) paid_cases = limit + (b.gkv_cases - limit) * quota_.quota;
        }
        b.gkv_revenue = paid_cases * fee * t.gkv_index[y];
        b.pkv_revenue = b.cases * private_share * s[kPkvEur][m] * t.pkv_index[y];
        b.other_revenue = b.cases * s[kOtherEur][m] * t.other_index[y];
        // Surcharges: per GKV case and per month, growing with the GKV fee; a monthly lump sum that
        // stops without a doctor (the TI-Pauschale) is not paid in a month with no doctor in post.
        for (std::size_t i = kSeriesCount, j = 0; i < s.size(); i += 2, ++j) {
            const double per_month = stops_without_doctor_[j] && doctor_fte <= 0.0 ? 0.0 : s[i + 1][m];
            b.lump_sums += (b.gkv_cases * s[i][m] + per_month) * t.gkv_index[y];
        }
        return b;
    }

private:
    enum Series : std::size_t { kCasesRate, kGkvEur, kGkvPoints, kPkvShare, kPkvEur, kOtherEur, kSeriesCount };

    bool by_points_;
    PayoutQuotaSpec quota_;
    std::vector<CompiledInput> series_;       // by Series, then per surcharge its per-case and per-month input
    std::vector<char> stops_without_doctor_;  // per surcharge
    CompiledInput ow_ct_, gkv_growth_, pkv_growth_, other_growth_;
};

}  // namespace mvzsim::models
