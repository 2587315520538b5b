#include "models/projection/year_sink.h"

#include <algorithm>

namespace mvzsim::models {

void YearSink::start_year(int year, const MonthFlows& first) {
    flush();
    current_year_ = year;
    sum_ = MonthFlows{};
    cash_min_ = first.cash;
    vacancy_ = false;
    fte_months_ = 0.0;
}

void YearSink::flush() {
    if (current_year_ < 0) return;
    const int y = current_year_;
    for (const auto& [metric, flow] : kSummedFlows) at(y, metric) = sum_.*flow;
    at(y, Metric::doctor_fte) = fte_months_ / calendar_.months_in_year(y);
    at(y, Metric::vacancy) = vacancy_ ? 1.0 : 0.0;
    at(y, Metric::cash_end) = sum_.cash;
    at(y, Metric::cash_min) = cash_min_;
    write_balance_sheet(y);
}

// The balance sheet as it stands after the year's last month.
void YearSink::write_balance_sheet(int y) {
    at(y, Metric::fixed_assets) = balance_.fixed_assets();
    at(y, Metric::receivables) = balance_.receivables();
    at(y, Metric::bank_balance) = balance_.cash();
    at(y, Metric::total_assets) = balance_.total_assets();
    at(y, Metric::paid_in_capital) = balance_.paid_in_capital();
    at(y, Metric::equity) = balance_.equity();
    at(y, Metric::grant_special_item) = balance_.grant_special_item();
    at(y, Metric::loans_outstanding) = balance_.loans();
    at(y, Metric::overdraft) = balance_.overdraft();
}

void YearSink::finish(const TrialTotals& totals) {
    flush();
    bool over_ceiling = false;
    double cumulative = 0.0;
    for (int y = 0; y < calendar_.years(); ++y) {
        at(y, Metric::revenue) = at(y, Metric::gkv_revenue) + at(y, Metric::pkv_revenue) +
                                 at(y, Metric::other_revenue) + at(y, Metric::lump_sums) +
                                 at(y, Metric::addons_revenue) + at(y, Metric::hzv_revenue);
        at(y, Metric::costs) = at(y, Metric::doctor_costs) + at(y, Metric::staff_costs) +
                               at(y, Metric::premises_costs) + at(y, Metric::running_costs) +
                               at(y, Metric::recruiting_costs) + at(y, Metric::addons_costs) +
                               at(y, Metric::trainee_costs);
        at(y, Metric::ebitda) = at(y, Metric::revenue) - at(y, Metric::costs);
        at(y, Metric::annual_result) = at(y, Metric::ebitda) - at(y, Metric::depreciation) - at(y, Metric::interest) +
                                       at(y, Metric::grants) - at(y, Metric::repayments);
        cumulative += at(y, Metric::annual_result);
        at(y, Metric::cumulative_result) = cumulative;
        at(y, Metric::subsidy_need) = std::max(0.0, -at(y, Metric::annual_result));
        over_ceiling =
            over_ceiling || (totals.subsidy_ceiling > 0.0 && at(y, Metric::subsidy_need) > totals.subsidy_ceiling);
    }
    const OutputLayout layout{calendar_.years()};
    auto whole = [&](TrialMetric m) -> double& { return out_[layout.index(m)]; };
    whole(TrialMetric::payback_month) = last_negative_month_ + 1;
    whole(TrialMetric::largest_deficit) = largest_deficit_;
    whole(TrialMetric::largest_cash_gap) = largest_cash_gap_;
    whole(TrialMetric::cash_payback_month) = last_negative_cash_month_ + 1;
    whole(TrialMetric::repayment) = repaid_ ? 1.0 : 0.0;
    whole(TrialMetric::subsidy_over_ceiling) = over_ceiling ? 1.0 : 0.0;
    whole(TrialMetric::investments) = totals.investments;
    whole(TrialMetric::investment_grants) = totals.investment_grants;
    whole(TrialMetric::funding_equity) = funding_equity_;
    whole(TrialMetric::funding_loans) = funding_loans_;
    whole(TrialMetric::investments_unfunded) =
        totals.investments - totals.investment_grants - funding_equity_ - funding_loans_;
}

}  // namespace mvzsim::models
