#pragma once
// The flows of one month of one trial: what the mechanisms fill in, in the order of the month loop
// (models/projection/centre_model.cpp), and what the yearly outputs sum.
#include "models/units.h"

namespace mvzsim::models {

struct MonthFlows {
    double doctor_fte = 0.0;  // FTE of doctors in post
    bool vacancy = false;     // a position is vacant after its planned start
    double cases = 0.0;
    Money gkv_revenue = 0.0, pkv_revenue = 0.0, other_revenue = 0.0, lump_sums = 0.0, addons_revenue = 0.0;
    Money doctor_costs = 0.0, staff_costs = 0.0, premises_costs = 0.0, running_costs = 0.0, recruiting_costs = 0.0,
          addons_costs = 0.0;
    Money depreciation = 0.0, interest = 0.0, grants = 0.0, repayments = 0.0;
    Money loss_compensation = 0.0;  // the owner's payment of the year's loss (when paid)
    Money cash = 0.0;               // cash at the end of the month
    bool repaid = false;            // a grant was repaid in the month
    // Stocks and payments of the plan balance sheet (models/mechanisms/balance_sheet.h); none of
    // them is income or expense.
    Money scheduled_revenue_cash = 0.0;  // KV and PKV money received in the month
    Money investment_outflow = 0.0, equity_inflow = 0.0, loan_inflow = 0.0, loan_principal = 0.0;
    Money investment_grant_cash = 0.0;  // investment grants paid (+) and repaid (-) in the month
    Money investment_grant_released = 0.0, investment_grant_reversed = 0.0;  // parts of grants, repayments
    // Selective contracts (revenue and the money received from them) and trainee GPs (their cost,
    // and their funding, which is part of grants).
    Money hzv_revenue = 0.0, hzv_cash = 0.0, trainee_costs = 0.0, trainee_funding = 0.0;

    Money revenue() const {
        return gkv_revenue + pkv_revenue + other_revenue + lump_sums + addons_revenue + hzv_revenue;
    }
    Money costs() const {
        return doctor_costs + staff_costs + premises_costs + running_costs + recruiting_costs + addons_costs +
               trainee_costs;
    }
    // The revenue whose payer pays on a schedule of its own (section 9.5): KV money and PKV.
    Money scheduled_revenue() const { return gkv_revenue + lump_sums + pkv_revenue + hzv_revenue; }
    Money ebitda() const { return revenue() - costs(); }
    Money result() const { return ebitda() - depreciation - interest + grants - repayments; }
};

}  // namespace mvzsim::models
