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
    // Trade tax add-backs (Hinzurechnungen, § 8 Nr. 1 GewStG): a quarter of the interest and of the
    // financing share of rents (half of the rent of immovable property, § 8 Nr. 1 e) above an
    // allowance of 200,000 EUR a year. Statutory; not scenario keys.
    double addback_share = 0.25;
    double addback_rent_share = 0.5;
    double addback_allowance_eur = 200000.0;
};

}  // namespace mvzsim::models
