#pragma once
// The plan balance sheet (Planbilanz) of a run: the stocks that the month's flows build up. Assets:
// fixed assets at their net book value, receivables (medical revenue earned but not yet paid by the
// KV or the private patients) and cash; liabilities and equity: paid-in capital (equity, capital
// injections and the owner's loss compensation), the results carried forward, the special item for
// investment grants (Sonderposten, released with the depreciation of what they funded), loans
// outstanding and an overdraft. Assets equal equity and liabilities in every month by
// construction of the flows (docs/model.md section 9.7 derives it); a test checks it on every
// example.
#include <algorithm>

#include "models/mechanisms/month_flows.h"

namespace mvzsim::models {

class BalanceSheet {
public:
    // Posts month f (after the cash ledger has closed it). Inline: it runs every month of every trial.
    void post(const MonthFlows& f) {
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

    Money fixed_assets() const { return fixed_assets_; }
    // Net: negative while the KV's advances exceed the KV money earned (an amount owed back).
    Money receivables() const { return receivables_; }
    Money cash() const { return std::max(0.0, cash_); }
    Money total_assets() const { return fixed_assets() + receivables() + cash(); }

    Money paid_in_capital() const { return paid_in_; }
    Money results_carried() const { return results_; }
    Money equity() const { return paid_in_ + results_; }
    // Net: negative while a grant's release runs ahead of its payment (a grant receivable).
    Money grant_special_item() const { return special_item_; }
    Money loans() const { return loans_; }
    Money overdraft() const { return std::max(0.0, -cash_); }
    Money total_equity_and_liabilities() const { return equity() + grant_special_item() + loans() + overdraft(); }

private:
    Money fixed_assets_ = 0.0, receivables_ = 0.0, cash_ = 0.0;
    Money paid_in_ = 0.0, results_ = 0.0, special_item_ = 0.0, loans_ = 0.0;
};

}  // namespace mvzsim::models
