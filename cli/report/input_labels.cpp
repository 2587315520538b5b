#include "cli/report/input_labels.h"

#include <array>

namespace mvzsim::cli::report {
namespace {

using U = InputUnit;

// clang-format off
constexpr std::array kLabels = {
    InputLabel{"doctors[].salary_per_year", U::eur_per_year, false, "Gehalt (Vollzeit, brutto)", "Salary (full time, gross)"},
    InputLabel{"doctors[].on_cost_rate", U::share, false, "Arbeitgeberkosten auf das Gehalt", "Employer on-costs on salary"},
    InputLabel{"doctors[].raise_per_year", U::rate, false, "Gehaltssteigerung", "Pay rise"},
    InputLabel{"doctors[].productivity", U::factor, false, "Produktivität (Faktor auf die Fallzahl)", "Productivity (factor on the case load)"},
    InputLabel{"doctors[].recruitment.time_to_fill_months", U::months, false, "Zeit bis zur Besetzung", "Time to fill the position"},
    InputLabel{"doctors[].recruitment.departures_per_year", U::share, false, "Wahrscheinlichkeit eines Weggangs je Jahr", "Probability of leaving per year"},
    InputLabel{"doctors[].recruitment.refill_months", U::months, true, "Vakanz nach einem Weggang", "Vacancy after a departure"},
    InputLabel{"doctors[].recruitment.recruiting_cost_eur", U::eur, false, "Kosten je Einstellung", "Cost per hire"},
    InputLabel{"staff[].salary_per_year", U::eur_per_year, false, "Gehalt (Vollzeit, brutto)", "Salary (full time, gross)"},
    InputLabel{"staff[].on_cost_rate", U::share, false, "Arbeitgeberkosten auf das Gehalt", "Employer on-costs on salary"},
    InputLabel{"staff[].raise_per_year", U::rate, false, "Gehaltssteigerung", "Pay rise"},
    InputLabel{"staff[].turnover.departures_per_year", U::share, false, "Fluktuation je Jahr", "Turnover per year"},
    InputLabel{"staff[].turnover.refill_months", U::months, false, "Dauer der Nachbesetzung", "Time to refill"},
    InputLabel{"billing.cases_per_fte_per_quarter", U::cases, false, "Behandlungsfälle je Arzt-VZÄ und Quartal", "Cases per doctor FTE and quarter"},
    InputLabel{"billing.gkv.points_per_case", U::points, false, "EBM-Punkte je Fall", "EBM points per case"},
    InputLabel{"billing.gkv.orientierungswert_ct_per_point", U::ct_per_point, false, "Orientierungswert im Eröffnungsjahr", "Orientierungswert in the opening year"},
    InputLabel{"billing.gkv.eur_per_case", U::eur_per_case, false, "GKV-Honorar je Fall", "GKV fee per case"},
    InputLabel{"billing.gkv.growth_per_year", U::rate, false, "Steigerung des GKV-Honorars", "Growth of the GKV fee"},
    InputLabel{"billing.private.share_of_cases", U::share, false, "Anteil der Privatfälle", "Share of private cases"},
    InputLabel{"billing.private.eur_per_case", U::eur_per_case, false, "Erlös je Privatfall (GOÄ)", "Revenue per private case (GOÄ)"},
    InputLabel{"billing.private.growth_per_year", U::rate, false, "Steigerung der Privaterlöse", "Growth of private fees"},
    InputLabel{"billing.private.billing_fee_share", U::share, false, "Gebühr der Privatabrechnung (Anteil der Privaterlöse)", "Billing-service fee (share of private revenue)"},
    InputLabel{"billing.kv_fee_share", U::share, false, "Verwaltungskostenbeitrag der KV (Anteil der KV-Erlöse)", "KV administration fee (share of KV money)"},
    InputLabel{"billing.other.eur_per_case", U::eur_per_case, false, "Sonstige Erlöse je Fall (IGeL, Atteste)", "Other revenue per case (IGeL, certificates)"},
    InputLabel{"billing.other.growth_per_year", U::rate, false, "Steigerung der sonstigen Erlöse", "Growth of other revenue"},
    InputLabel{"billing.surcharges[].eur_per_case", U::eur_per_case, false, "KV-Zuschlag je Fall", "KV surcharge per case"},
    InputLabel{"billing.surcharges[].eur_per_month", U::eur_per_month, false, "KV-Pauschale je Monat", "KV lump sum per month"},
    InputLabel{"premises.rent_eur_per_m2_per_month", U::eur_per_m2, false, "Miete je m² und Monat", "Rent per m² and month"},
    InputLabel{"premises.rent_eur_per_month", U::eur_per_month, false, "Miete je Monat", "Rent per month"},
    InputLabel{"premises.rent_increase_per_year", U::rate, false, "Mietsteigerung", "Rent increase"},
    InputLabel{"running_costs.fixed_eur_per_month", U::eur_per_month, false, "Feste Sachkosten je Monat", "Fixed running costs per month"},
    InputLabel{"running_costs.eur_per_case", U::eur_per_case, false, "Sachkosten je Fall", "Running costs per case"},
    InputLabel{"running_costs.share_of_revenue", U::share, false, "Sachkosten als Anteil der Erlöse", "Running costs as a share of revenue"},
    InputLabel{"running_costs.eur_per_month_per_doctor_fte", U::eur_per_month, false, "Sachkosten je Arzt-VZÄ und Monat", "Running costs per doctor FTE and month"},
    InputLabel{"cost_inflation_per_year", U::rate, false, "Steigerung der Sachkosten", "Growth of running costs"},
    InputLabel{"addons.tagespflege.opening_days_per_month", U::days, false, "Tagespflege: Öffnungstage je Monat", "Day care: opening days per month"},
    InputLabel{"addons.tagespflege.occupancy", U::share, false, "Tagespflege: Auslastung der Plätze", "Day care: occupancy of places"},
    InputLabel{"addons.tagespflege.self_paid_eur_per_day", U::eur_per_day, false, "Tagespflege: Eigenanteil je Gasttag", "Day care: self-paid part per guest-day"},
    InputLabel{"addons.tagespflege.price_growth_per_year", U::rate, false, "Tagespflege: Steigerung der Tagessätze", "Day care: growth of day rates"},
    InputLabel{"addons.tagespflege.care_staff.salary_per_year", U::eur_per_year, false, "Tagespflege: Gehalt Pflegekraft (Vollzeit)", "Day care: care staff salary (full time)"},
    InputLabel{"addons.tagespflege.care_staff.on_cost_rate", U::share, false, "Tagespflege: Arbeitgeberkosten", "Day care: employer on-costs"},
    InputLabel{"addons.tagespflege.care_staff.raise_per_year", U::rate, false, "Tagespflege: Gehaltssteigerung", "Day care: pay rise"},
    InputLabel{"addons.tagespflege.fixed_eur_per_month", U::eur_per_month, false, "Tagespflege: feste Kosten je Monat", "Day care: fixed costs per month"},
    InputLabel{"addons.tenants[].rent_eur_per_m2_per_month", U::eur_per_m2, false, "Mieteinnahme je m² und Monat", "Rent received per m² and month"},
    InputLabel{"addons.tenants[].loss_probability_per_year", U::share, false, "Wahrscheinlichkeit des Auszugs je Jahr", "Probability of the tenant leaving per year"},
    InputLabel{"addons.tenants[].months_to_relet", U::months, true, "Leerstand nach einem Auszug", "Vacancy after the tenant leaves"},
    InputLabel{"addons.tenants[].rent_increase_per_year", U::rate, false, "Steigerung der Mieteinnahme", "Rent increase"},
    InputLabel{"addons.services[].revenue_eur_per_month", U::eur_per_month, false, "Erlöse je Monat", "Revenue per month"},
    InputLabel{"addons.services[].costs_eur_per_month", U::eur_per_month, false, "Kosten je Monat", "Costs per month"},
    InputLabel{"investments[].amount_eur", U::eur, false, "Investitionsbetrag", "Investment amount"},
    InputLabel{"grants.operating[].eur_per_year", U::eur_per_year, false, "Betriebskostenzuschuss je Jahr", "Operating subsidy per year"},
};
// clang-format on

}  // namespace

std::optional<InputLabel> input_label(std::string_view key) {
    for (const auto& l : kLabels)
        if (l.key == key) return l;
    return std::nullopt;
}

std::span<const InputLabel> input_labels() {
    return kLabels;
}

std::optional<Label> unit_label(InputUnit unit) {
    switch (unit) {
        case U::eur:
            return Label::unit_eur;
        case U::eur_per_year:
            return Label::unit_eur_per_year;
        case U::eur_per_month:
            return Label::unit_eur_per_month;
        case U::eur_per_case:
            return Label::unit_eur_per_case;
        case U::eur_per_day:
            return Label::unit_eur_per_day;
        case U::eur_per_m2:
            return Label::unit_eur_per_m2;
        case U::ct_per_point:
            return Label::unit_ct_per_point;
        case U::points:
            return Label::unit_points;
        case U::cases:
            return Label::unit_cases;
        case U::months:
            return Label::unit_months;
        case U::days:
            return Label::unit_days;
        case U::share:
        case U::rate:
        case U::factor:
            break;
    }
    return std::nullopt;
}

}  // namespace mvzsim::cli::report
