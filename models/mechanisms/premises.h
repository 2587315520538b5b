#pragma once
// Premises: rent per m2 of the floor area, or a fixed rent per month, with a yearly increase.
#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/premises_spec.h"

namespace mvzsim::models {

struct PremisesTrial {
    YearIndex rent_index;
    MonthlySeries per_m2, per_month;
};

class Premises {
public:
    explicit Premises(const PremisesSpec& spec);

    PremisesTrial draw(const TrialKey& key, int months, int years) const;

    // The month's rent, EUR: area x rent per m2 (or the rent per month) x the rent index of the year.
    // `area_m2` is the run's floor area (a break-even count has its own).
    Money month(const PremisesTrial& t, double area_m2, const MonthStep& at) const {
        const double rent = by_area_ ? area_m2 * t.per_m2[at.mi()] : t.per_month[at.mi()];
        return rent * t.rent_index[at.yi()];
    }

private:
    bool by_area_;
    CompiledInput per_m2_, per_month_, increase_;
};

}  // namespace mvzsim::models
