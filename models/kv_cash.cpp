#include "models/kv_cash.h"

namespace mvzsim::models {

KvCash::KvCash(const KvPaymentSpec& spec, const Calendar& calendar) : spec_(spec), calendar_(calendar) {
    if (!spec.present) return;  // cash follows revenue: nothing to keep
    const auto quarters = static_cast<std::size_t>(calendar.years() * 4 + 1);
    quarter_accrued_.assign(quarters, 0.0);
    quarter_advanced_.assign(quarters, 0.0);
    due_.assign(static_cast<std::size_t>(calendar.months()), 0.0);
}

Money KvCash::receive(MonthIndex m, Money accrued) {
    if (!spec_.present) return accrued;
    // Quarters counted from the first quarter of the opening year.
    const auto q = static_cast<std::size_t>((calendar_.opening().month - 1 + m) / 3);
    quarter_accrued_[q] += accrued;
    // An advance each month: a third of advance_share of the previous quarter's revenue.
    const Money advance = q > 0 ? spec_.advance_share * quarter_accrued_[q - 1] / 3.0 : 0.0;
    quarter_advanced_[q] += advance;
    const bool quarter_ends = calendar_.month_of_year(m) % 3 == 0;
    if (quarter_ends) {
        // The remainder (negative when the advances were too high) arrives after the lag;
        // beyond the horizon it is not received within the projection.
        const auto due_month = static_cast<std::size_t>(m + spec_.settlement_lag_months);
        if (due_month < due_.size()) due_[due_month] += quarter_accrued_[q] - quarter_advanced_[q];
    }
    return advance + due_[static_cast<std::size_t>(m)];
}

}  // namespace mvzsim::models
