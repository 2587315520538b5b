#include "models/mechanisms/billing.h"

namespace mvzsim::models {

Billing::Billing(const BillingSpec& b)
    : by_points_(b.gkv.by_points),
      quota_(b.gkv.payout_quota),
      ow_ct_(compile(b.gkv.orientierungswert_ct_per_point)),
      gkv_growth_(compile(b.gkv.growth_per_year)),
      pkv_growth_(compile(b.pkv_growth_per_year)),
      other_growth_(compile(b.other_growth_per_year)) {
    for (const Input* input : {&b.cases_per_fte_per_quarter, &b.gkv.eur_per_case, &b.gkv.points_per_case,
                               &b.pkv_share_of_cases, &b.pkv_eur_per_case, &b.other_eur_per_case})
        series_.push_back(compile(*input));
    for (const auto& s : b.surcharges) {
        series_.push_back(compile(s.eur_per_case));
        series_.push_back(compile(s.eur_per_month));
        stops_without_doctor_.push_back(s.stops_without_doctor ? 1 : 0);
    }
}

BillingTrial Billing::draw(const TrialKey& key, int months, int years) const {
    BillingTrial t;
    draw(key, months, years, t);
    return t;
}

void Billing::draw(const TrialKey& key, int months, int years, BillingTrial& t) const {
    t.gkv_index = growth_index(gkv_growth_, key, years);
    t.pkv_index = growth_index(pkv_growth_, key, years);
    t.other_index = growth_index(other_growth_, key, years);
    t.ow_eur_per_point = InputDraw(ow_ct_, key).next() / 100.0;  // cent -> EUR
    t.series.clear();
    t.series.reserve(series_.size());
    for (const CompiledInput& input : series_) t.series.emplace_back(input, key, months);
}

}  // namespace mvzsim::models
