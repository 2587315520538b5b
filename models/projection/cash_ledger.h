#pragma once
// The cash of one run, month by month: which of the month's flows are payments in the month, and
// the owner's loss compensation.
#include "models/calendar.h"
#include "models/mechanisms/finance.h"
#include "models/mechanisms/grants.h"
#include "models/mechanisms/loss_compensation.h"
#include "models/mechanisms/month_flows.h"
#include "models/mechanisms/revenue_cash.h"

namespace mvzsim::models {

class CashLedger {
public:
    CashLedger(const BillingSpec& billing, const FinanceSpec& finance, const GrantsSpec& grants,
               const Calendar& calendar)
        : revenue_(billing, calendar),
          credit_line_rate_(finance.credit_line_rate_per_year),
          loss_compensation_(grants.loss_compensation_paid, grants.loss_compensation_month) {}

    // Interest this month on an overdraft of last month's closing cash, EUR.
    Money overdraft_interest() const { return credit_line_interest(credit_line_rate_, cash_); }

    // Closes month `at`: sets f.cash (and f.loss_compensation in the month the owner pays it).
    // KV money (GKV and lump sums) arrives by the KV's schedule and PKV money after its lag; other
    // revenue and add-ons, costs, interest and grant income are cash in their month (the KV's and the
    // billing service's fees are kept from their payments; income taxes are paid in December), except that
    // investment grants are paid and repaid in one sum (g.cash) and their release and its reversal
    // are not payments; finance_cash is equity, loans and investments.
    void close(const MonthStep& at, const GrantsMonth& g, Money finance_cash, MonthFlows& f) {
        // The payers' fees are not paid out: the KV and the billing service keep them from their payments.
        const Money medical =
            revenue_.receive(at.m, f.gkv_revenue + f.lump_sums - f.kv_fees, f.pkv_revenue - f.billing_fees) +
            f.hzv_cash;
        f.scheduled_revenue_cash = medical;
        const Money paid_costs = f.costs() - f.kv_fees - f.billing_fees;
        cash_ += medical + f.other_revenue + f.addons_revenue - paid_costs - f.interest + (f.grants - g.released) -
                 (f.repayments - g.reversed) + g.cash + finance_cash - f.income_taxes;
        // The owner's loss compensation, when paid: the year's loss in December or in the chosen month
        // of the following year.
        f.loss_compensation = loss_compensation_.month(at, f.result());
        if (f.loss_compensation > 0.0) cash_ += f.loss_compensation;
        f.cash = cash_;
    }

private:
    RevenueCash revenue_;
    double credit_line_rate_;
    LossCompensation loss_compensation_;
    Money cash_ = 0.0;
};

}  // namespace mvzsim::models
