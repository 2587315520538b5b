#pragma once
// Income taxes on positive results: corporate tax with the solidarity surcharge and trade tax, after
// the losses carried forward. Absent (or exempt): no tax.
namespace mvzsim::models {

struct TaxesSpec {
    bool present = false;                  // false: results are before tax (no tax line)
    bool exempt = false;                   // a tax-privileged centre (gemeinnützig, § 66 AO): no tax
    double corporate_rate = 0.15;          // Körperschaftsteuer, § 23 KStG
    double solidarity_rate = 0.055;        // Solidaritätszuschlag, of the corporate tax (§ 4 SolZG)
    double trade_base_rate = 0.035;        // Steuermesszahl, § 11 Abs. 2 GewStG
    double trade_multiplier = 4.0;         // Hebesatz of the municipality as a factor: 400 % = 4.0
    double loss_offset_limit_eur = 1.0e6;  // losses carried forward offset in full up to this ...
    double loss_offset_share = 0.6;        // ... and at this share of the profit above it (§ 10d EStG)
};

}  // namespace mvzsim::models
