#include "models/mechanisms/revenue_cash.h"

namespace mvzsim::models {

KvCash::KvCash(const KvPaymentSpec& spec, const Calendar& calendar) : spec_(spec) {
    if (!spec.present) return;  // cash follows revenue: nothing to keep
    due_.assign(static_cast<std::size_t>(calendar.months()), 0.0);
    // Quarters are calendar quarters: the opening month may fall in the middle of one.
    month_in_quarter_ = (calendar.opening().month - 1) % 3 + 1;
}

Money KvCash::receive_scheduled(MonthIndex m, Money accrued) {
    accrued_ += accrued;
    // An advance each month: a third of advance_share of the previous quarter's KV money (none in
    // the opening quarter, whose previous quarter is 0).
    const Money advance = spec_.advance_share * previous_ / 3.0;
    advanced_ += advance;
    if (month_in_quarter_ == 3) {
        // The remainder (negative when the advances were too high) arrives after the lag; beyond
        // the horizon it is not received within the projection.
        const auto due_month = static_cast<std::size_t>(m + spec_.settlement_lag_months);
        if (due_month < due_.size()) due_[due_month] += accrued_ - advanced_;
        previous_ = accrued_;
        accrued_ = advanced_ = 0.0;
        month_in_quarter_ = 1;
    } else {
        ++month_in_quarter_;
    }
    return advance + due_[static_cast<std::size_t>(m)];
}

}  // namespace mvzsim::models
