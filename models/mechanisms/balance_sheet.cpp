#include "models/mechanisms/balance_sheet.h"

namespace mvzsim::models {

void BalanceSheet::post(const MonthFlows& f) {
    // Investments add at cost; depreciation writes them down (straight-line, section 9.1).
    fixed_assets_ += f.investment_outflow - f.depreciation;
    // What the payers with a payment schedule owe: revenue earned less the money received.
    receivables_ += f.scheduled_revenue() - f.scheduled_revenue_cash;
    cash_ = f.cash;
    // Equity, capital injections and the owner's loss compensation are contributions to equity.
    paid_in_ += f.equity_inflow + f.loss_compensation;
    results_ += f.result();
    // An investment grant: its cash in, less its release into income; when repaid, the cash out and
    // the reversal of the release cancel what is left.
    special_item_ += f.investment_grant_cash - f.investment_grant_released + f.investment_grant_reversed;
    loans_ += f.loan_inflow - f.loan_principal;
}

}  // namespace mvzsim::models
