#pragma once
// The outputs of a projection: one table holds each output's name, unit, titles and meaning. The
// CLI's reports, the CSV and JSON, and the target syntax of `solve` all read it. The table is an
// X-macro, so that the enum identifiers are the output names by construction: a new output is one
// line here (and the mechanism that computes it).
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace mvzsim::models {

enum class Unit {
    eur,     // EUR
    cases,   // treatment cases
    fte,     // full-time equivalents
    months,  // months from opening
    share,   // a 0/1 outcome whose mean is a probability
};
// "EUR", "cases", "FTE", "months", "share": as the CSV and JSON write it.
std::string_view unit_name(Unit unit);

// clang-format off
// X(name, unit, English title, German title, description, alias accepted by targets or "")
// Yearly outputs: one value per calendar year of a trial.
#define MVZSIM_YEARLY_OUTPUTS(X) \
    X(cases, cases, "Cases", "Behandlungsfälle", \
      "treatment cases (GKV and PKV) in the year", "") \
    X(doctor_fte, fte, "Doctor FTE in post (average)", "Ärztliche VZÄ im Dienst (Jahresmittel)", \
      "doctor FTE in post, average over the year's months", "") \
    X(vacancy, share, "Probability that a doctor position is vacant", "Wahrscheinlichkeit einer unbesetzten Arztstelle", \
      "1 if a doctor position was vacant after its planned start in some month of the year, else 0", "") \
    X(gkv_revenue, eur, "GKV revenue", "GKV-Erlöse", \
      "statutory (GKV) revenue after any payout quota", "") \
    X(pkv_revenue, eur, "PKV revenue", "Privaterlöse (PKV)", \
      "private (PKV, GOÄ) revenue", "") \
    X(other_revenue, eur, "Other revenue", "Sonstige Erlöse", \
      "other revenue per case (IGeL, certificates, contracts)", "") \
    X(lump_sums, eur, "KV lump sums and surcharges", "KV-Pauschalen und Zuschläge", \
      "KV lump sums and surcharges (TI-Pauschale, NäPA, home visits)", "") \
    X(addons_revenue, eur, "Add-on revenue", "Erlöse der Zusatzangebote", \
      "revenue of add-on services (Tagespflege, own services) and tenants' rent", "") \
    X(revenue, eur, "Revenue", "Erlöse gesamt", \
      "all revenue", "") \
    X(doctor_costs, eur, "Doctor costs", "Personalkosten Ärzte", \
      "doctors' salaries and employer on-costs", "") \
    X(staff_costs, eur, "Staff costs", "Personalkosten Praxisteam", \
      "non-physician staff's salaries and employer on-costs", "") \
    X(premises_costs, eur, "Premises costs", "Raumkosten", \
      "rent of the premises", "") \
    X(running_costs, eur, "Running costs", "Sachkosten", \
      "running costs: fixed, per case, per doctor FTE and as a share of revenue", "") \
    X(recruiting_costs, eur, "Recruiting costs", "Kosten der Personalgewinnung", \
      "recruiting costs of doctor hires", "") \
    X(addons_costs, eur, "Add-on costs", "Kosten der Zusatzangebote", \
      "costs of add-on services", "") \
    X(costs, eur, "Costs", "Kosten gesamt", \
      "all operating costs", "") \
    X(ebitda, eur, "EBITDA", "EBITDA", \
      "revenue - costs", "") \
    X(depreciation, eur, "Depreciation", "Abschreibungen", \
      "straight-line depreciation of investments", "") \
    X(interest, eur, "Interest", "Zinsen", \
      "interest on loans and the credit line", "") \
    X(grants, eur, "Grant income", "Fördermittel (Ertrag)", \
      "grant income: operating subsidies, position funding, turnover guarantee, investment grants released with depreciation", "") \
    X(repayments, eur, "Grant repayments", "Rückforderungen von Fördermitteln", \
      "grants repaid when a condition was broken", "") \
    X(annual_result, eur, "Annual result", "Jahresergebnis", \
      "ebitda - depreciation - interest + grants - repayments", "result") \
    X(cumulative_result, eur, "Cumulative result", "Kumuliertes Ergebnis", \
      "sum of the annual results up to and including the year", "cumulative") \
    X(subsidy_need, eur, "Owner's subsidy need (loss compensation)", "Zuschussbedarf des Trägers (Verlustausgleich)", \
      "the owner's loss compensation: max(0, -annual_result)", "") \
    X(cash_end, eur, "Cash at year end", "Liquidität zum Jahresende", \
      "cash at the end of the year (after the owner's loss compensation when it is paid)", "") \
    X(cash_min, eur, "Lowest month-end cash in the year", "Niedrigster Monatsendbestand der Liquidität", \
      "lowest month-end cash in the year", "") \
    MVZSIM_BALANCE_SHEET_OUTPUTS(X)

// The plan balance sheet at the year's end (models/mechanisms/balance_sheet.h) and the year's loan
// principal; part of the yearly outputs, after the others.
#define MVZSIM_BALANCE_SHEET_OUTPUTS(X) \
    X(fixed_assets, eur, "Fixed assets (net book value)", "Anlagevermögen (Restbuchwert)", \
      "investments at cost less their depreciation so far, at the year's end", "") \
    X(receivables, eur, "Receivables from the KV and private patients", "Forderungen gegen KV und Privatpatienten", \
      "KV and PKV revenue earned but not yet paid at the year's end (net: negative when KV advances exceed it)", "") \
    X(bank_balance, eur, "Cash at bank (balance sheet)", "Kassenbestand, Guthaben bei Kreditinstituten", \
      "max(0, cash_end): cash on the assets side", "") \
    X(total_assets, eur, "Balance sheet total", "Bilanzsumme", \
      "fixed_assets + receivables + bank_balance = equity + grant_special_item + loans_outstanding + overdraft", "") \
    X(paid_in_capital, eur, "Paid-in capital and owner's contributions", "Gezeichnetes Kapital und Kapitalrücklage (mit Verlustausgleich)", \
      "equity, capital injections and the owner's loss compensation paid in so far", "") \
    X(equity, eur, "Equity", "Eigenkapital", \
      "paid_in_capital + cumulative_result (the results carried forward)", "") \
    X(grant_special_item, eur, "Special item for investment grants", "Sonderposten für Investitionszuschüsse", \
      "investment grants received and not yet released into income (net: negative while the release runs ahead of the payment)", "") \
    X(loans_outstanding, eur, "Loans outstanding", "Darlehen (Restschuld)", \
      "loan principal outstanding at the year's end", "") \
    X(overdraft, eur, "Overdraft (credit line drawn)", "Kontokorrent (in Anspruch genommene Kreditlinie)", \
      "max(0, -cash_end): negative cash on the liabilities side", "") \
    X(loan_principal, eur, "Loan principal repaid", "Tilgung", \
      "principal repaid on loans in the year", "") \
    MVZSIM_LINE_OUTPUTS(X)

// Revenue and cost lines beyond the KV billing, after the balance sheet: selective contracts and
// trainee GPs (their funding is part of grants).
#define MVZSIM_LINE_OUTPUTS(X) \
    X(hzv_revenue, eur, "Selective-contract revenue (HZV)", "Erlöse aus Selektivverträgen (HZV)", \
      "fees of selective contracts (HZV) per enrolled patient, paid outside the KV; part of revenue", "") \
    X(trainee_costs, eur, "Trainee GP costs", "Personalkosten Ärzte in Weiterbildung", \
      "salaries and on-costs of trainee GPs (Weiterbildungsassistenten); part of costs", "") \
    X(trainee_funding, eur, "Trainee GP funding (§ 75a SGB V)", "Förderung der Weiterbildung (§ 75a SGB V)", \
      "§ 75a SGB V funding of trainee GPs with regional top-ups; part of grant income", "")

// Whole-trial outputs: one value per trial, stored after the yearly ones.
#define MVZSIM_TRIAL_OUTPUTS(X) \
    X(payback_month, months, "Months until the cumulative result stays >= 0", "Monate bis zum dauerhaft positiven kumulierten Ergebnis", \
      "months from opening until the cumulative result is >= 0 for good; the horizon's months when it never is", "") \
    X(largest_deficit, eur, "Largest cumulative loss", "Größter kumulierter Verlust", \
      "largest cumulative loss at any month end (>= 0)", "") \
    X(largest_cash_gap, eur, "Largest cash gap (credit line or guarantee needed)", "Größte Liquiditätslücke (Kreditlinie oder Bürgschaft)", \
      "largest negative cash at any month end (>= 0): the credit need", "") \
    X(cash_payback_month, months, "Months until cash stays >= 0", "Monate bis zur dauerhaft positiven Liquidität", \
      "months from opening until cash stays >= 0; the horizon's months when it never does", "") \
    X(repayment, share, "Probability that a grant must be repaid", "Wahrscheinlichkeit einer Rückforderung", \
      "1 if any grant had to be repaid, else 0", "") \
    X(subsidy_over_ceiling, share, "Probability that the subsidy need exceeds the ceiling", "Wahrscheinlichkeit, dass der Zuschussbedarf die Obergrenze übersteigt", \
      "1 if the subsidy need exceeded grants.subsidy_ceiling_eur_per_year in some year, else 0", "") \
    X(investments, eur, "Investment volume", "Investitionsvolumen", \
      "sum of the investment amounts drawn in the trial", "") \
    X(investment_grants, eur, "Investment grants", "Investitionszuschüsse", \
      "sum of the investment grants of the trial, after caps", "") \
    MVZSIM_SOURCES_AND_USES_OUTPUTS(X)

// Sources and uses of the investments (Mittelherkunft und -verwendung) over the horizon, beside
// `investments` (the uses) and `investment_grants`.
#define MVZSIM_SOURCES_AND_USES_OUTPUTS(X) \
    X(funding_equity, eur, "Equity and capital injections paid in", "Eingezahltes Eigenkapital und Kapitalrücklage", \
      "equity and capital injections paid in within the horizon (without the owner's loss compensation)", "") \
    X(funding_loans, eur, "Loans paid out", "Ausgezahlte Darlehen", \
      "loans paid out within the horizon", "") \
    X(investments_unfunded, eur, "Investments not covered by grants, equity and loans", "Nicht durch Zuschüsse, Eigenkapital und Darlehen gedeckte Investitionen", \
      "investments - investment_grants - funding_equity - funding_loans: paid from operations or the credit line (negative: funds beyond the investments)", "")
// clang-format on

#define MVZSIM_OUTPUT_ENUM(name, ...) name,
enum class Metric : std::size_t { MVZSIM_YEARLY_OUTPUTS(MVZSIM_OUTPUT_ENUM) count_ };
enum class TrialMetric : std::size_t { MVZSIM_TRIAL_OUTPUTS(MVZSIM_OUTPUT_ENUM) count_ };
#undef MVZSIM_OUTPUT_ENUM
inline constexpr std::size_t kMetricCount = static_cast<std::size_t>(Metric::count_);
inline constexpr std::size_t kTrialMetricCount = static_cast<std::size_t>(TrialMetric::count_);

struct OutputInfo {
    std::string_view name;  // as in CSV, JSON and targets; equals the enum identifier
    Unit unit;
    std::string_view title;        // English heading
    std::string_view title_de;     // German heading
    std::string_view description;  // what it is, for docs and reports
    std::string_view alias;        // a short name the target syntax also accepts ("result"), or empty
};

const OutputInfo& info(Metric m);
const OutputInfo& info(TrialMetric m);
inline std::string_view metric_name(Metric m) {
    return info(m).name;
}
inline std::string_view metric_name(TrialMetric m) {
    return info(m).name;
}
inline std::string_view metric_unit(Metric m) {
    return unit_name(info(m).unit);
}
inline std::string_view metric_unit(TrialMetric m) {
    return unit_name(info(m).unit);
}

// Where each output of a trial lies in its row of values: kMetricCount values for each year,
// year-major, then the whole-trial outputs.
struct OutputLayout {
    int years = 0;
    std::size_t year_outputs() const { return static_cast<std::size_t>(years) * kMetricCount; }
    std::size_t width() const { return year_outputs() + kTrialMetricCount; }
    static std::size_t index(int year, Metric m) {
        return static_cast<std::size_t>(year) * kMetricCount + static_cast<std::size_t>(m);
    }
    std::size_t index(TrialMetric m) const { return year_outputs() + static_cast<std::size_t>(m); }
};

// The yearly output of that name or alias.
std::optional<Metric> metric_by_name(std::string_view name);
std::optional<TrialMetric> trial_metric_by_name(std::string_view name);

}  // namespace mvzsim::models
