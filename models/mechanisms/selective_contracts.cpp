#include "models/mechanisms/selective_contracts.h"

#include <algorithm>

namespace mvzsim::models {

SelectiveContracts::SelectiveContracts(const std::vector<SelectiveContractSpec>& spec) : specs_(spec) {
    for (const auto& s : spec)
        compiled_.push_back({compile(s.enrolled_share), compile(s.eur_per_patient), compile(s.growth_per_year)});
}

std::vector<ContractTrial> SelectiveContracts::draw(const TrialKey& key, int months, int years) const {
    std::vector<ContractTrial> t;
    t.reserve(compiled_.size());
    for (const auto& c : compiled_)
        t.push_back({MonthlySeries(c.enrolled_share, key, months), MonthlySeries(c.fee, key, months),
                     growth_index(c.growth, key, years)});
    return t;
}

SelectiveContracts::Run::Run(const SelectiveContracts& contracts, std::span<const ContractTrial> trial, int months)
    : c_(contracts),
      trial_(trial),
      due_(static_cast<std::size_t>(std::max(months, 0)), 0.0),
      quarter_(contracts.specs_.size(), 0.0) {}

ContractsMonth SelectiveContracts::Run::month(const MonthStep& at, double gkv_cases, Money gkv_revenue,
                                              int month_of_quarter) {
    ContractsMonth out;
    const std::size_t m = at.mi();
    for (std::size_t i = 0; i < c_.specs_.size(); ++i) {
        const SelectiveContractSpec& s = c_.specs_[i];
        if (at.m >= s.start) {
            const ContractTrial& t = trial_[i];
            const double share = t.enrolled_share[m];
            // A third of the quarterly fee per enrolled patient each month (a fourth of a yearly fee
            // per quarter).
            const double per_quarter = s.per_year ? t.fee[m] / 4.0 : t.fee[m];
            const Money fees = share * gkv_cases * per_quarter / 3.0 * t.growth[at.yi()];
            out.revenue += fees;
            out.kv_replaced += share * s.kv_billing_replaced * gkv_revenue;
            quarter_[i] += fees;
        }
        // The quarter's fees are paid in one sum settlement_lag_months after its last month (what
        // falls due after the horizon is not received within the projection).
        if (month_of_quarter == 3) {
            const std::size_t due = m + static_cast<std::size_t>(s.settlement_lag_months);
            if (due < due_.size()) due_[due] += quarter_[i];
            quarter_[i] = 0.0;
        }
    }
    out.cash = due_[m];
    return out;
}

}  // namespace mvzsim::models
