#pragma once
// Readers of the payroll lines of doctors[] and staff[] (keys_payroll.h). Internal to scenarios/.
#include "models/spec/doctors_spec.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {

// special_payment, pension_rate, allowance_eur_per_month and social_security of an entry.
void read_payroll_extras(MapReader& entry, models::PayrollExtrasSpec& extras);
// revenue_bonus of a doctor position.
void read_revenue_bonus(MapReader& doctor, models::RevenueBonusSpec& bonus);

}  // namespace mvzsim::scenarios
