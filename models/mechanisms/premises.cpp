#include "models/mechanisms/premises.h"

namespace mvzsim::models {

Premises::Premises(const PremisesSpec& spec)
    : by_area_(spec.by_area),
      per_m2_(compile(spec.rent_eur_per_m2_per_month)),
      per_month_(compile(spec.rent_eur_per_month)),
      increase_(compile(spec.rent_increase_per_year)) {}

PremisesTrial Premises::draw(const TrialKey& key, int months, int years) const {
    return {growth_index(increase_, key, years), MonthlySeries(per_m2_, key, months),
            MonthlySeries(per_month_, key, months)};
}

}  // namespace mvzsim::models
