#include "scenarios/addons_reader.h"

#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "models/draws/streams.h"
#include "scenarios/input_syntax.h"
#include "scenarios/keys_scenario.h"

namespace mvzsim::scenarios {
namespace {

using models::Input;

namespace k = keys;

// Tagespflege day rates, for comments and examples: Seniorenzentrum Ostheim v.d. Rhön from 1 Aug
// 2023, care part billed to the Pflegekasse PG 2 61.36 / PG 3 66.83 / PG 4 74.14 / PG 5 84.22 EUR
// per day; self-paid Unterkunft 4.76 + Verpflegung 8.41 + Investitionskosten 6.47 = 19.64 EUR per
// day. The monthly Sachleistung caps (§ 41 SGB XI, 2025: PG 2 721 ... PG 5 2,085 EUR) bound how
// many days a guest's Pflegekasse pays. About 85 % occupancy is needed for viability
// (bibliomed-pflege, 2015).

// Values for PG 2, 3, 4 and 5 from the mapping `key` ({pg2: ..., pg3: ..., pg4: ..., pg5: ...});
// 0 where missing or invalid (after reporting).
std::vector<double> read_by_pflegegrad(MapReader& tp, const Key& key) {
    std::vector<double> values(4, 0.0);
    if (!tp.require(key)) return values;
    MapReader m(tp, key);
    if (!m.valid()) return values;
    for (std::size_t i = 0; i < 4; ++i) values[i] = m.number(*key.section->keys[i]).value_or(0.0);
    m.finish();
    return values;
}

models::PaySpec read_care_staff(MapReader& tp) {
    if (!tp.require(k::kCareStaffSection)) return {};
    MapReader m(tp, k::kCareStaffSection);
    if (!m.valid()) return {};
    models::PaySpec pay = read_pay(m, k::kStaffSalary, "addons.tagespflege.care_staff.");
    m.finish();
    return pay;
}

void read_tagespflege(MapReader& addons, const CentreHeader& header, models::TagespflegeSpec& t) {
    if (!addons.has(k::kTagespflegeSection)) return;
    MapReader m(addons, k::kTagespflegeSection);
    if (!m.valid()) return;
    t.present = true;
    // ≈ 15.7 places per facility in Germany (82,639 places in 5,266 facilities, Destatis 2019).
    t.places = whole_number(m, k::kPlaces, 0);
    t.start = read_start(m, header);
    t.opening_days_per_month = read_input(m, k::kOpeningDays).value_or(Input{});
    t.occupancy = read_input(m, k::kOccupancy).value_or(Input{});
    const auto ramp = m.integer(k::kRampUpMonths);
    t.ramp_up_months = static_cast<int>(ramp.value_or(0));
    t.start_occupancy = m.number(k::kStartOccupancy).value_or(0.0);
    // Without a ramp the start occupancy would be silently ignored. (An invalid ramp is reported already.)
    const bool ramp_ok = ramp || !m.has(k::kRampUpMonths);
    if (m.has(k::kStartOccupancy) && ramp_ok && t.ramp_up_months == 0)
        m.context().error(m.mark(k::kStartOccupancy), m.path(k::kStartOccupancy),
                          "needs ramp_up_months > 0 (the months over which occupancy rises to its target)");
    t.pflegegrad_weights = read_by_pflegegrad(m, k::kMix);
    if (m.has(k::kMix) && m.node(k::kMix).IsMap() &&
        std::accumulate(t.pflegegrad_weights.begin(), t.pflegegrad_weights.end(), 0.0) <= 0.0)
        m.context().error(m.mark(k::kMix), m.path(k::kMix), "at least one of pg2, pg3, pg4, pg5 must be > 0");
    t.care_eur_per_day = read_by_pflegegrad(m, k::kCareEurPerDay);
    t.self_paid_eur_per_day = read_input(m, k::kSelfPaid).value_or(Input{});
    t.price_growth_per_year = read_input_or(m, k::kPriceGrowth, 0.0);
    t.care_staff_fte_per_guest = m.number(k::kCareStaffPerGuest).value_or(0.0);
    t.care_staff_pay = read_care_staff(m);
    t.fixed_eur_per_month = read_input(m, k::kTagespflegeFixed).value_or(Input{});
    m.finish();
}

void read_tenants(MapReader& addons, const CentreHeader& header, std::vector<models::TenantSpec>& tenants) {
    std::map<std::string, std::string> names;
    for_each_item(addons, k::kTenants, [&](MapReader& m) {
        models::TenantSpec t;
        t.name = read_name(m, k::kTenantName);
        if (!t.name.empty()) check_unique(m, k::kTenantName, t.name, names);
        const std::string stream = models::streams::tenant(t.name) + ".";
        t.area_m2 = m.number(k::kTenantArea).value_or(0.0);
        t.rent_eur_per_m2_per_month =
            read_input(m, k::kTenantRent, stream + "rent_eur_per_m2_per_month").value_or(Input{});
        t.lease_start = read_start(m, header, k::kLeaseStart);
        // A tenant that may leave needs the time to find the next one.
        const bool may_leave = m.has(k::kLossProbability);
        t.loss_probability_per_year = read_input_or(m, k::kLossProbability, 0.0, stream + "loss_probability_per_year");
        t.months_to_relet = read_input(m, k::kMonthsToRelet, stream + "months_to_relet", may_leave)
                                .value_or(models::fixed_input(0.0, stream + "months_to_relet"));
        t.rent_increase_per_year = read_input_or(m, k::kRentIncrease, 0.0, stream + "rent_increase_per_year");
        m.finish();
        tenants.push_back(std::move(t));
    });
}

void read_services(MapReader& addons, const CentreHeader& header, std::vector<models::ServiceLineSpec>& services) {
    std::map<std::string, std::string> names;
    for_each_item(addons, k::kServices, [&](MapReader& m) {
        models::ServiceLineSpec s;
        s.name = read_name(m, k::kServiceName);
        if (!s.name.empty()) check_unique(m, k::kServiceName, s.name, names);
        const std::string stream = models::streams::service(s.name) + ".";
        if (!m.has(k::kServiceRevenue) && !m.has(k::kServiceCosts))
            m.context().error(m.self(), m.own_path(), "give revenue_eur_per_month, costs_eur_per_month or both");
        // E.g. a Gemeindeschwester: about 71,300 EUR state funding per FTE and year in
        // Rhineland-Palatinate (derived from 106,950 EUR for 1.5 FTE, Bürgerkurier 2025), as
        // revenue, against her pay as costs.
        s.revenue_eur_per_month = read_input_or(m, k::kServiceRevenue, 0.0, stream + "revenue_eur_per_month");
        s.costs_eur_per_month = read_input_or(m, k::kServiceCosts, 0.0, stream + "costs_eur_per_month");
        s.start = read_start(m, header);
        m.finish();
        services.push_back(std::move(s));
    });
}

}  // namespace

void read_addons(MapReader& top, const CentreHeader& header, models::AddonsSpec& spec) {
    if (!top.has(k::kAddonsSection)) return;
    MapReader m(top, k::kAddonsSection);
    if (!m.valid()) return;
    read_tagespflege(m, header, spec.tagespflege);
    read_tenants(m, header, spec.tenants);
    read_services(m, header, spec.services);
    m.finish();
}

}  // namespace mvzsim::scenarios
