#pragma once
// The cash of one run, month by month: which of the month's flows are payments in the month, and
// the owner's loss compensation.
#include "models/calendar.h"
#include "models/mechanisms/finance.h"
#include "models/mechanisms/grants.h"
#include "models/mechanisms/month_flows.h"
#include "models/mechanisms/revenue_cash.h"

namespace mvzsim::models {

class CashLedger {
public:
    CashLedger(const BillingSpec& billing, const FinanceSpec& finance, bool loss_compensation_paid,
               const Calendar& calendar)
        : revenue_(billing, calendar),
          credit_line_rate_(finance.credit_line_rate_per_year),
          loss_compensation_paid_(loss_compensation_paid) {}

    // Interest this month on an overdraft of last month's closing cash, EUR.
    Money overdraft_interest() const { return credit_line_interest(credit_line_rate_, cash_); }

    // Closes month `at`: sets f.cash (and f.loss_compensation in December when the owner pays it).
    // KV money (GKV and lump sums) arrives by the KV's schedule and PKV money after its lag; other
    // revenue and add-ons, costs, interest and grant income are cash in their month, except that
    // investment grants are paid and repaid in one sum (g.cash) and their release and its reversal
    // are not payments; finance_cash is equity, loans and investments.
    void close(const MonthStep& at, const GrantsMonth& g, Money finance_cash, MonthFlows& f) {
        const Money medical = revenue_.receive(at.m, f.gkv_revenue + f.lump_sums, f.pkv_revenue) + f.hzv_cash;
        f.scheduled_revenue_cash = medical;
        cash_ += medical + f.other_revenue + f.addons_revenue - f.costs() - f.interest + (f.grants - g.released) -
                 (f.repayments - g.reversed) + g.cash + finance_cash;
        // The owner's loss compensation, when paid, covers the year's loss in its last month.
        year_result_ += f.result();
        if (at.month_of_year == 12) {
            if (loss_compensation_paid_ && year_result_ < 0.0) {
                f.loss_compensation = -year_result_;
                cash_ += f.loss_compensation;
            }
            year_result_ = 0.0;
        }
        f.cash = cash_;
    }

private:
    RevenueCash revenue_;
    double credit_line_rate_;
    bool loss_compensation_paid_;
    Money cash_ = 0.0, year_result_ = 0.0;
};

}  // namespace mvzsim::models
