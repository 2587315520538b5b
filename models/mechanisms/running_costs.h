#pragma once
// Running costs: fixed per month, per case and per doctor FTE in post, all growing with the cost
// inflation index, plus a share of the month's medical revenue (billing service fees).
#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/premises_spec.h"

namespace mvzsim::models {

struct RunningCostsTrial {
    YearIndex inflation;  // cost inflation index (also the add-ons' fixed costs follow it)
    MonthlySeries fixed, per_case, share, per_doctor;
};

class RunningCosts {
public:
    RunningCosts(const RunningCostsSpec& spec, const Input& cost_inflation_per_year);

    RunningCostsTrial draw(const TrialKey& key, int months, int years) const;

    // The month's running costs, EUR: (fixed + cases x per case + doctor FTE x per FTE) x the year's
    // inflation index + share x the medical revenue (all revenue but the add-ons').
    Money month(const RunningCostsTrial& t, double cases, Fte doctor_fte, Money medical_revenue,
                const MonthStep& at) const {
        const std::size_t m = at.mi();
        return (t.fixed[m] + cases * t.per_case[m] + doctor_fte * t.per_doctor[m]) * t.inflation[at.yi()] +
               t.share[m] * medical_revenue;
    }

private:
    CompiledInput fixed_, per_case_, share_, per_doctor_, inflation_;
};

}  // namespace mvzsim::models
