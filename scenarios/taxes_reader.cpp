#include "scenarios/taxes_reader.h"

#include "scenarios/keys_scenario.h"
#include "scenarios/section_readers.h"

namespace mvzsim::scenarios {

namespace k = keys;

void read_taxes(MapReader& top, models::TaxesSpec& t) {
    if (!top.has(k::kTaxesSection)) return;
    MapReader m(top, k::kTaxesSection);
    if (!m.valid()) return;
    t.present = true;
    t.exempt = read_flag(m, k::kTaxExempt, false);
    if (!t.exempt && !m.has(k::kHebesatz))
        m.context().error(m.self(), m.own_path(),
                          "needs trade_tax_hebesatz_percent (the municipality's Hebesatz) unless exempt: true");
    t.trade_multiplier = m.number(k::kHebesatz).value_or(400.0) / 100.0;
    t.corporate_rate = m.number(k::kCorporateRate).value_or(t.corporate_rate);
    t.solidarity_rate = m.number(k::kSolidarityRate).value_or(t.solidarity_rate);
    t.trade_base_rate = m.number(k::kTradeBaseRate).value_or(t.trade_base_rate);
    m.finish();
}

}  // namespace mvzsim::scenarios
