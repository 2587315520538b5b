#pragma once
// Plausible bands of values, each with the public figures behind it (docs/scenario-reference.md,
// "Plausibility warnings"). A value outside its band is a warning, not an error: the band says
// what centres are known to have, and a scenario may model a centre unlike those. Internal to
// scenarios/.
#include "scenarios/key_table.h"

namespace mvzsim::scenarios::keys {

inline constexpr Band kDoctorSalaryBand{
    20'000, 250'000, "an employed doctor's gross salary for a full-time post, EUR per year",
    "employed GPs 60,000-88,000, mean 75,900, employed specialists up to 158,900 (apoBank/DocCheck survey 2021); "
    "TV-Ärzte/VKA specialists 6,980-8,964 a month (2024)"};
inline constexpr Band kStaffSalaryBand{
    20'000, 150'000, "a non-physician employee's gross salary for a full-time post, EUR per year",
    "MFA tariff 2,700-4,544 a month (vmf tariff 2024), practice managers 2,580-4,200 a month (medi-karriere, "
    "medatixx 2021-2025); trainees earn 1,000-1,200 a month (vmf tariff 2025)"};
inline constexpr Band kCasesBand{
    300, 3'000, "treatment cases per doctor FTE per quarter",
    "GP practices 300-3,000 per doctor, mean 1,135 (SESAM-5 survey); about 870-900 per GP nationally (KBV "
    "Honorarbericht 2022/2023)"};
inline constexpr Band kRentPerM2Band{
    0, 60, "a rent in EUR per m2 per month",
    "practice rents from 7.50 (a municipal building, Eppertshausen 2018, op-online) to 26 (a Munich new build, "
    "hausarzt.digital 2023-2025)"};
inline constexpr Band kGkvEurPerCaseBand{
    20, 200, "the GKV fee per case, EUR",
    "GP Fallwert 61-77 EUR by KV, 69-72 nationally (KBV Honorarbericht 2022/2023)"};
inline constexpr Band kOrientierungswertBand{10, 16, "the Orientierungswert in cent per point",
                                             "10.0000 ct from Oct 2013 (DKG) to 12.7404 ct in 2026 (KV Brandenburg)"};
inline constexpr Band kPointsPerCaseBand{
    200, 2'000, "EBM points per case",
    "a GP case: 72.29 EUR at 11.4915 ct = 629 points in 2023 (KBV, Rebmann Research; derived)"};
inline constexpr Band kOnCostBand{
    0.15, 0.35, "employer on-costs as a fraction of salary",
    "employer social security about 21 % of gross pay (GTAI), 21-25 % with other on-costs (von Engelhardt)"};
inline constexpr Band kYearlyRateBand{
    -0.05, 0.12, "a yearly rate of change",
    "2021-2026: Orientierungswert +2.8 % to +3.85 % a year (KBV, KV Brandenburg), MFA tariff up to +7.4 % (2024), "
    "TV-Ärzte/VKA +4.0-4.8 % (Marburger Bund), practice costs up to +11.0 % (Destatis 2022)"};
inline constexpr Band kStaffPerDoctorBand{
    0, 6, "non-physician staff FTE per doctor FTE",
    "about 4 staff per doctor in German practices (Ärzte Zeitung, about 2013), 9.7 persons per practice (Destatis "
    "2023)"};
inline constexpr Band kPlacesBand{
    10, 40, "places of a Tagespflege",
    "15.7 places per facility on average (Destatis Pflegestatistik 2019, derived); facilities of 12-35 places in a "
    "study of ten"};
inline constexpr Band kTimeToFillBand{0, 60, "months to fill a doctor position",
                                      "finding a GP successor takes about 2 years on average (Zi survey 2024)"};
inline constexpr Band kPrivateShareBand{
    0, 0.3, "the share of private cases",
    "private patients bring 24.5 % of all practices' revenue (Destatis 2021) at about twice the GKV fee per case"};
inline constexpr Band kCareRateBand{30, 150, "the care part of a Tagespflege day rate, EUR per guest-day",
                                    "61.36-84.22 EUR for PG 2-5 at one provider (Seniorenzentrum Ostheim, Aug 2023)"};
inline constexpr Band kSelfPaidBand{5, 60, "the self-paid part of a Tagespflege day rate, EUR per guest-day",
                                    "19.64 EUR at one provider (Seniorenzentrum Ostheim, Aug 2023)"};

}  // namespace mvzsim::scenarios::keys
