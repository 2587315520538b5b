#pragma once
// When the KV's money arrives: monthly advances during a quarter, the remainder after it.
#include <vector>

#include "models/calendar.h"
#include "models/centre_spec.h"

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

}  // namespace mvzsim::models
