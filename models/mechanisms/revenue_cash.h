#pragma once
// When revenue becomes cash: the KV pays GKV revenue and lump sums as monthly advances during a
// quarter (a share of the previous quarter's) and the remainder some months after the quarter;
// private (PKV) invoices are paid after a lag. Other revenue is cash in its month.
#include <vector>

#include "models/calendar.h"
#include "models/spec/billing_spec.h"

namespace mvzsim::models {

class KvCash {
public:
    KvCash(const KvPaymentSpec& spec, const Calendar& calendar);
    // Cash received in month m, given the KV revenue accrued in that month. Months must be fed
    // in order. Without a payment spec the cash is the accrued revenue itself.
    Money receive(MonthIndex m, Money accrued) { return spec_.present ? receive_scheduled(m, accrued) : accrued; }

private:
    Money receive_scheduled(MonthIndex m, Money accrued);

    KvPaymentSpec spec_;
    std::vector<Money> due_;
    // The quarter being fed: its KV money so far, its advances, the previous quarter's total, and
    // the month of the quarter (1..3) of the next month fed.
    Money accrued_ = 0.0, advanced_ = 0.0, previous_ = 0.0;
    int month_in_quarter_ = 1;
};

// PKV invoices paid `lag` months after the month they are earned in (0: in the month); what falls
// due after the horizon is not received within the projection.
class PkvCash {
public:
    PkvCash(int lag_months, int months)
        : lag_(lag_months), due_(lag_months > 0 ? static_cast<std::size_t>(months) : 0) {}
    Money receive(MonthIndex m, Money accrued) {
        if (due_.empty()) return accrued;
        const auto mi = static_cast<std::size_t>(m);
        if (mi + static_cast<std::size_t>(lag_) < due_.size()) due_[mi + static_cast<std::size_t>(lag_)] += accrued;
        return due_[mi];
    }

private:
    int lag_;
    std::vector<Money> due_;
};

// Both payers of medical revenue: the month's cash from the KV and from private patients.
class RevenueCash {
public:
    RevenueCash(const BillingSpec& billing, const Calendar& calendar)
        : kv_(billing.kv_payment, calendar), pkv_(billing.pkv_payment_lag_months, calendar.months()) {}
    // `kv_accrued`: GKV revenue and lump sums of month m; `pkv_accrued`: its PKV revenue.
    Money receive(MonthIndex m, Money kv_accrued, Money pkv_accrued) {
        const Money kv = kv_.receive(m, kv_accrued);
        return kv + pkv_.receive(m, pkv_accrued);
    }

private:
    KvCash kv_;
    PkvCash pkv_;
};

}  // namespace mvzsim::models
