#include "models/mechanisms/running_costs.h"

namespace mvzsim::models {

RunningCosts::RunningCosts(const RunningCostsSpec& spec, const Input& cost_inflation_per_year)
    : fixed_(compile(spec.fixed_eur_per_month)),
      per_case_(compile(spec.eur_per_case)),
      share_(compile(spec.share_of_revenue)),
      per_doctor_(compile(spec.eur_per_month_per_doctor_fte)),
      inflation_(compile(cost_inflation_per_year)) {}

RunningCostsTrial RunningCosts::draw(const TrialKey& key, int months, int years) const {
    return {growth_index(inflation_, key, years), MonthlySeries(fixed_, key, months),
            MonthlySeries(per_case_, key, months), MonthlySeries(share_, key, months),
            MonthlySeries(per_doctor_, key, months)};
}

}  // namespace mvzsim::models
