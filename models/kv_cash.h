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
    Money receive(MonthIndex m, Money accrued);

private:
    KvPaymentSpec spec_;
    const Calendar& calendar_;
    std::vector<Money> quarter_accrued_, quarter_advanced_, due_;
};

}  // namespace mvzsim::models
