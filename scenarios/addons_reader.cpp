#include "scenarios/addons_reader.h"

#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "models/draws/streams.h"
#include "scenarios/input_syntax.h"

namespace mvzsim::scenarios {
namespace {

using models::Input;

constexpr const char* kPflegegrade[] = {"pg2", "pg3", "pg4", "pg5"};

// Tagespflege day rates, for comments and examples (../shared/domain-figures.md §7): Seniorenzentrum
// Ostheim v.d. Rhön from 1 Aug 2023, care part billed to the Pflegekasse PG 2 61.36 / PG 3 66.83 /
// PG 4 74.14 / PG 5 84.22 EUR per day; self-paid Unterkunft 4.76 + Verpflegung 8.41 +
// Investitionskosten 6.47 = 19.64 EUR per day. The monthly Sachleistung caps (§ 41 SGB XI, 2025:
// PG 2 721 ... PG 5 2,085 EUR) bound how many days a guest's Pflegekasse pays.
const InputRule kOpeningDays{
    {0.0, 31.0, false, false, "days per month"}, Period::none, "opening days per month, e.g. 21"};
// About 85 % occupancy is needed for viability (consultant, 2015; domain-figures.md §7).
const InputRule kOccupancy{fraction("a fraction of places: 0.85 = 85 %"), Period::month,
                           "the target share of places occupied per opening day"};
const InputRule kSelfPaid{non_negative("EUR per guest-day"), Period::none,
                          "EUR per guest-day paid by the guest (Unterkunft, Verpflegung, Investitionskosten)"};
const InputRule kFixedPerMonth{non_negative("EUR per month"), Period::month, "fixed costs in EUR per month"};
const InputRule kRentPerM2{non_negative("EUR per m2 per month"), Period::none, "rent in EUR per m2 per month"};
const InputRule kLossProbability{fraction("a yearly probability as a fraction: 0.03 = 3 %"), Period::none,
                                 "the yearly probability of losing the tenant"};
const InputRule kMonthsToRelet{non_negative("months"), Period::none, "months the unit stays empty after a loss"};
const InputRule kServiceFlow{non_negative("EUR per month"), Period::month, "EUR per month"};

// Values for PG 2, 3, 4 and 5 from a mapping {pg2: ..., pg3: ..., pg4: ..., pg5: ...}; 0 where
// missing or invalid (after reporting). Every key is required when `all_required`.
std::vector<double> read_by_pflegegrad(MapReader& tp, const std::string& key, const Range& range, bool all_required,
                                       std::string_view what) {
    std::vector<double> values(4, 0.0);
    if (!tp.require(key, what)) return values;
    MapReader m(tp, key);
    if (!m.valid()) return values;
    for (std::size_t i = 0; i < 4; ++i) values[i] = m.number(kPflegegrade[i], range, all_required, what).value_or(0.0);
    m.finish();
    return values;
}

models::PaySpec read_care_staff(MapReader& tp) {
    if (!tp.require("care_staff", "salary_per_year, on_cost_rate and raise_per_year of the care staff")) return {};
    MapReader m(tp, "care_staff");
    if (!m.valid()) return {};
    models::PaySpec pay = read_pay(m, "addons.tagespflege.care_staff.");
    m.finish();
    return pay;
}

void read_tagespflege(MapReader& addons, const CentreHeader& header, models::TagespflegeSpec& t) {
    if (!addons.has("tagespflege")) return;
    MapReader m(addons, "tagespflege");
    if (!m.valid()) return;
    t.present = true;
    // ≈ 15.7 places per facility in Germany (82,639 places in 5,266 facilities, 2019; domain-figures.md §7).
    t.places = static_cast<int>(m.integer("places", 1, 1000, true, "licensed places, e.g. 15").value_or(0));
    t.start = read_start(m, header);
    t.opening_days_per_month = read_input(m, "opening_days_per_month", kOpeningDays, true).value_or(Input{});
    t.occupancy = read_input(m, "occupancy", kOccupancy, true).value_or(Input{});
    const auto ramp = m.integer("ramp_up_months", 0, 120, false, "months from start until the target occupancy");
    t.ramp_up_months = static_cast<int>(ramp.value_or(0));
    t.start_occupancy = m.number("start_occupancy", fraction("a fraction of places: 0.3 = 30 %"), false,
                                 "the share of places occupied in the first month")
                            .value_or(0.0);
    // Without a ramp the start occupancy would be silently ignored. (An invalid ramp is reported already.)
    const bool ramp_ok = ramp || !m.has("ramp_up_months");
    if (m.has("start_occupancy") && ramp_ok && t.ramp_up_months == 0)
        m.context().error(m.mark("start_occupancy"), m.path("start_occupancy"),
                          "needs ramp_up_months > 0 (the months over which occupancy rises to its target)");
    t.pflegegrad_weights =
        read_by_pflegegrad(m, "pflegegrad_mix", non_negative("a weight; weights are normalised"), false,
                           "weights of Pflegegrad 2 to 5 among the guests, e.g. {pg2: 0.35, ...}");
    if (m.has("pflegegrad_mix") && m.node("pflegegrad_mix").IsMap() &&
        std::accumulate(t.pflegegrad_weights.begin(), t.pflegegrad_weights.end(), 0.0) <= 0.0)
        m.context().error(m.mark("pflegegrad_mix"), m.path("pflegegrad_mix"),
                          "at least one of pg2, pg3, pg4, pg5 must be > 0");
    t.care_eur_per_day = read_by_pflegegrad(m, "care_eur_per_day", non_negative("EUR per guest-day"), true,
                                            "the care part of the day rate per Pflegegrad, EUR per guest-day");
    t.self_paid_eur_per_day = read_input(m, "self_paid_eur_per_day", kSelfPaid, true).value_or(Input{});
    t.price_growth_per_year = read_input_or(m, "price_growth_per_year", kYearlyRate, 0.0);
    t.care_staff_fte_per_guest = m.number("care_staff_fte_per_guest", non_negative("FTE per average guest per day"),
                                          true, "care staff FTE per average guest per day")
                                     .value_or(0.0);
    t.care_staff_pay = read_care_staff(m);
    t.fixed_eur_per_month = read_input(m, "fixed_eur_per_month", kFixedPerMonth, true).value_or(Input{});
    m.finish();
}

void read_tenants(MapReader& addons, const CentreHeader& header, std::vector<models::TenantSpec>& tenants) {
    std::map<std::string, std::string> names;
    for_each_item(addons, "tenants", false, "tenants", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(addons.context(), item, path);
        if (!m.valid()) return;
        models::TenantSpec t;
        t.name = read_name(m, "name", "a short unique name for the tenant, e.g. pharmacy");
        if (!t.name.empty()) check_unique(m, "name", t.name, names);
        const std::string stream = models::streams::tenant(t.name) + ".";
        t.area_m2 = m.number("area_m2", non_negative("m2"), true, "the rented floor area in m2").value_or(0.0);
        t.rent_eur_per_m2_per_month =
            read_input(m, "rent_eur_per_m2_per_month", kRentPerM2, true, stream + "rent_eur_per_m2_per_month")
                .value_or(Input{});
        t.lease_start = read_start(m, header, "lease_start");
        // A tenant that may leave needs the time to find the next one.
        const bool may_leave = m.has("loss_probability_per_year");
        t.loss_probability_per_year =
            read_input_or(m, "loss_probability_per_year", kLossProbability, 0.0, stream + "loss_probability_per_year");
        t.months_to_relet = read_input(m, "months_to_relet", kMonthsToRelet, may_leave, stream + "months_to_relet")
                                .value_or(models::fixed_input(0.0, stream + "months_to_relet"));
        t.rent_increase_per_year =
            read_input_or(m, "rent_increase_per_year", kYearlyRate, 0.0, stream + "rent_increase_per_year");
        m.finish();
        tenants.push_back(std::move(t));
    });
}

void read_services(MapReader& addons, const CentreHeader& header, std::vector<models::ServiceLineSpec>& services) {
    std::map<std::string, std::string> names;
    for_each_item(addons, "services", false, "service lines", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(addons.context(), item, path);
        if (!m.valid()) return;
        models::ServiceLineSpec s;
        s.name = read_name(m, "name", "a short unique name for the service, e.g. community-nurse");
        if (!s.name.empty()) check_unique(m, "name", s.name, names);
        const std::string stream = models::streams::service(s.name) + ".";
        // Both has() calls must run (no ||): each marks its key as known for finish().
        const bool has_revenue = m.has("revenue_eur_per_month");
        const bool has_costs = m.has("costs_eur_per_month");
        if (!has_revenue && !has_costs)
            m.context().error(m.self(), m.own_path(), "give revenue_eur_per_month, costs_eur_per_month or both");
        // E.g. a Gemeindeschwester: ≈ 71,300 EUR state funding per FTE and year in Rhineland-Palatinate
        // (domain-figures.md §7), as revenue, against her pay as costs.
        s.revenue_eur_per_month =
            read_input_or(m, "revenue_eur_per_month", kServiceFlow, 0.0, stream + "revenue_eur_per_month");
        s.costs_eur_per_month =
            read_input_or(m, "costs_eur_per_month", kServiceFlow, 0.0, stream + "costs_eur_per_month");
        s.start = read_start(m, header);
        m.finish();
        services.push_back(std::move(s));
    });
}

}  // namespace

void read_addons(MapReader& top, const CentreHeader& header, models::AddonsSpec& spec) {
    if (!top.has("addons")) return;
    MapReader m(top, "addons");
    if (!m.valid()) return;
    read_tagespflege(m, header, spec.tagespflege);
    read_tenants(m, header, spec.tenants);
    read_services(m, header, spec.services);
    m.finish();
}

}  // namespace mvzsim::scenarios
