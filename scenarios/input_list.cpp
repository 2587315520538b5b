#include "scenarios/input_list.h"

#include <yaml-cpp/yaml.h>

#include <set>

#include "scenarios/keys_scenario.h"
#include "scenarios/scenario_resolver.h"
#include "scenarios/spec_reader.h"

namespace mvzsim::scenarios {
namespace {

// Whether the file has a value at a key path such as "doctors[gp-1].recruitment.refill_months",
// where "[name]" selects the list item whose id, role or name it is. (Nodes are rebound with
// reset(): yaml-cpp's assignment would overwrite the node a handle refers to.)
bool has_path(const YAML::Node& root, const std::string& path) {
    YAML::Node node;
    node.reset(root);
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '.') {
            ++i;
            continue;
        }
        if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            const std::string name = path.substr(i + 1, close - i - 1);
            i = close + 1;
            if (!node.IsSequence()) return false;
            bool found = false;
            for (const auto& item : node)
                for (const char* id : {"id", "role", "name"})
                    if (!found && item.IsMap() && item[id] && item[id].IsScalar() && item[id].Scalar() == name) {
                        node.reset(item);
                        found = true;
                    }
            if (!found) return false;
            continue;
        }
        const std::size_t end = path.find_first_of(".[", i);
        const std::string key = path.substr(i, end == std::string::npos ? std::string::npos : end - i);
        i = end == std::string::npos ? path.size() : end;
        if (!node.IsMap()) return false;
        const YAML::Node& map = node;  // const: the non-const operator[] could insert the key
        const YAML::Node next = map[key];
        if (!next) return false;
        node.reset(next);
    }
    return true;
}

// Whether the key of a listed input ("doctors[].raise_per_year") is a yearly rate, by the key tables.
bool is_yearly(const std::string& key) {
    static const std::set<std::string> yearly = [] {
        std::set<std::string> keys;
        walk_keys(keys::kScenario, "", [&](const std::string& path, const Key& k) {
            if (k.period == Period::year) keys.insert(path);
        });
        return keys;
    }();
    return yearly.count(key) > 0;
}

class Lister {
public:
    explicit Lister(const Scenario& scenario) : root_(scenario.document->root) {}

    // `owner` is the name in brackets within `prefix` ("doctors[gp-1]."), empty without one.
    void add(const std::string& prefix, const std::string& owner, const std::string& key, const models::Input& input) {
        ListedInput entry;
        entry.path = prefix + key;
        entry.key = entry.path;
        entry.owner = owner;
        if (!owner.empty()) entry.key.replace(entry.key.find("[" + owner + "]"), owner.size() + 2, "[]");
        entry.input = input;
        entry.given = has_path(root_, entry.path);
        entry.yearly = is_yearly(entry.key);
        list_.push_back(std::move(entry));
    }
    void add(const std::string& key, const models::Input& input) { add("", "", key, input); }
    void add_pay(const std::string& prefix, const std::string& owner, const models::PaySpec& pay) {
        add(prefix, owner, "salary_per_year", pay.salary_per_year);
        add(prefix, owner, "on_cost_rate", pay.on_cost_rate);
        add(prefix, owner, "raise_per_year", pay.raise_per_year);
    }
    std::vector<ListedInput> take() { return std::move(list_); }

private:
    YAML::Node root_;
    std::vector<ListedInput> list_;
};

void list_doctors(const models::CentreSpec& spec, Lister& l) {
    for (const auto& d : spec.doctors) {
        const std::string prefix = "doctors[" + d.id + "].";
        l.add_pay(prefix, d.id, d.pay);
        l.add(prefix, d.id, "productivity", d.productivity);
        l.add(prefix, d.id, "recruitment.time_to_fill_months", d.recruitment.time_to_fill_months);
        l.add(prefix, d.id, "recruitment.departures_per_year", d.recruitment.departures_per_year);
        l.add(prefix, d.id, "recruitment.refill_months", d.recruitment.refill_months);
        l.add(prefix, d.id, "recruitment.recruiting_cost_eur", d.recruitment.recruiting_cost_eur);
    }
}

void list_staff(const models::CentreSpec& spec, Lister& l) {
    for (const auto& s : spec.staff) {
        const std::string prefix = "staff[" + s.role + "].";
        l.add_pay(prefix, s.role, s.pay);
        l.add(prefix, s.role, "turnover.departures_per_year", s.departures_per_year);
        l.add(prefix, s.role, "turnover.refill_months", s.refill_months);
    }
}

void list_billing(const models::BillingSpec& b, Lister& l) {
    l.add("billing.cases_per_fte_per_quarter", b.cases_per_fte_per_quarter);
    if (b.gkv.by_points) {
        l.add("billing.gkv.points_per_case", b.gkv.points_per_case);
        l.add("billing.gkv.orientierungswert_ct_per_point", b.gkv.orientierungswert_ct_per_point);
    } else {
        l.add("billing.gkv.eur_per_case", b.gkv.eur_per_case);
    }
    l.add("billing.gkv.growth_per_year", b.gkv.growth_per_year);
    l.add("billing.private.share_of_cases", b.pkv_share_of_cases);
    l.add("billing.private.eur_per_case", b.pkv_eur_per_case);
    l.add("billing.private.growth_per_year", b.pkv_growth_per_year);
    l.add("billing.other.eur_per_case", b.other_eur_per_case);
    l.add("billing.other.growth_per_year", b.other_growth_per_year);
    for (const auto& s : b.surcharges) {
        l.add("billing.surcharges[" + s.name + "].", s.name, "eur_per_case", s.eur_per_case);
        l.add("billing.surcharges[" + s.name + "].", s.name, "eur_per_month", s.eur_per_month);
    }
}

void list_costs(const models::CentreSpec& spec, Lister& l) {
    const auto& p = spec.premises;
    if (p.by_area)
        l.add("premises.rent_eur_per_m2_per_month", p.rent_eur_per_m2_per_month);
    else
        l.add("premises.rent_eur_per_month", p.rent_eur_per_month);
    l.add("premises.rent_increase_per_year", p.rent_increase_per_year);
    const auto& r = spec.running_costs;
    l.add("running_costs.fixed_eur_per_month", r.fixed_eur_per_month);
    l.add("running_costs.eur_per_case", r.eur_per_case);
    l.add("running_costs.share_of_revenue", r.share_of_revenue);
    l.add("running_costs.eur_per_month_per_doctor_fte", r.eur_per_month_per_doctor_fte);
    l.add("cost_inflation_per_year", spec.cost_inflation_per_year);
}

void list_addons(const models::AddonsSpec& a, Lister& l) {
    if (const auto& t = a.tagespflege; t.present) {
        l.add("addons.tagespflege.opening_days_per_month", t.opening_days_per_month);
        l.add("addons.tagespflege.occupancy", t.occupancy);
        l.add("addons.tagespflege.self_paid_eur_per_day", t.self_paid_eur_per_day);
        l.add("addons.tagespflege.price_growth_per_year", t.price_growth_per_year);
        l.add_pay("addons.tagespflege.care_staff.", "", t.care_staff_pay);
        l.add("addons.tagespflege.fixed_eur_per_month", t.fixed_eur_per_month);
    }
    for (const auto& t : a.tenants) {
        const std::string prefix = "addons.tenants[" + t.name + "].";
        l.add(prefix, t.name, "rent_eur_per_m2_per_month", t.rent_eur_per_m2_per_month);
        l.add(prefix, t.name, "loss_probability_per_year", t.loss_probability_per_year);
        l.add(prefix, t.name, "months_to_relet", t.months_to_relet);
        l.add(prefix, t.name, "rent_increase_per_year", t.rent_increase_per_year);
    }
    for (const auto& s : a.services) {
        const std::string prefix = "addons.services[" + s.name + "].";
        l.add(prefix, s.name, "revenue_eur_per_month", s.revenue_eur_per_month);
        l.add(prefix, s.name, "costs_eur_per_month", s.costs_eur_per_month);
    }
}

}  // namespace

std::vector<ListedInput> list_inputs(const Scenario& scenario) {
    const models::CentreSpec& spec = scenario.spec;
    Lister l(scenario);
    list_doctors(spec, l);
    list_billing(spec.billing, l);
    list_staff(spec, l);
    list_costs(spec, l);
    list_addons(spec.addons, l);
    for (const auto& i : spec.finance.investments)
        l.add("investments[" + i.name + "].", i.name, "amount_eur", i.amount_eur);
    for (const auto& s : spec.grants.operating)
        l.add("grants.operating[" + s.name + "].", s.name, "eur_per_year", s.eur_per_year);
    return l.take();
}

}  // namespace mvzsim::scenarios
