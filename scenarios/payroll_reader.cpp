#include "scenarios/payroll_reader.h"

#include "scenarios/keys_centre.h"
#include "scenarios/keys_payroll.h"

namespace mvzsim::scenarios {

namespace k = keys;

void read_payroll_extras(MapReader& entry, models::PayrollExtrasSpec& x) {
    if (entry.has(k::kSpecialPaymentSection)) {
        MapReader m(entry, k::kSpecialPaymentSection);
        if (m.valid()) {
            x.special_payment_share = m.number(k::kSpecialShare).value_or(0.0);
            x.special_payment_month = static_cast<int>(m.integer(k::kSpecialMonth).value_or(11));
            m.finish();
        }
    }
    x.pension_rate = entry.number(k::kPensionRate).value_or(0.0);
    x.allowance_eur_per_month = entry.number(k::kAllowance).value_or(0.0);
    if (entry.has(k::kSocialSecuritySection)) {
        // on_cost_rate then holds only the on-costs outside the two shares (about 1 %): the flat
        // rate's plausible band does not apply to it.
        entry.context().drop_warnings(entry.path(k::kOnCostRate));
        MapReader m(entry, k::kSocialSecuritySection);
        if (m.valid()) {
            models::SocialSecuritySpec& s = x.social_security;
            s.present = true;
            s.health_care_rate = m.number(k::kHealthCareRate).value_or(0.0);
            s.pension_unemployment_rate = m.number(k::kPensionUnemploymentRate).value_or(0.0);
            s.health_ceiling_eur = m.number(k::kHealthCeiling).value_or(s.health_ceiling_eur);
            s.pension_ceiling_eur = m.number(k::kPensionCeiling).value_or(s.pension_ceiling_eur);
            m.finish();
        }
    }
}

void read_revenue_bonus(MapReader& doctor, models::RevenueBonusSpec& bonus) {
    if (!doctor.has(k::kRevenueBonusSection)) return;
    MapReader m(doctor, k::kRevenueBonusSection);
    if (!m.valid()) return;
    bonus.present = true;
    bonus.share = m.number(k::kBonusShare).value_or(0.0);
    bonus.threshold_eur_per_year = m.number(k::kBonusThreshold).value_or(0.0);
    bonus.private_only = m.string(k::kBonusBase).value_or("all") == "private";
    m.finish();
}

}  // namespace mvzsim::scenarios
