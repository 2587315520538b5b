#include "scenarios/takeover_reader.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "models/draws/streams.h"
#include "scenarios/input_syntax.h"
#include "scenarios/keys_scenario.h"

namespace mvzsim::scenarios {

namespace k = keys;

std::string read_doctor_id(MapReader& m, const Key& key, const models::CentreSpec& spec) {
    const auto id = m.string(key);
    if (!id) return {};
    std::vector<std::string> ids;
    for (const auto& d : spec.doctors) ids.push_back(d.id);
    if (std::find(ids.begin(), ids.end(), *id) != ids.end()) return *id;
    const std::string guess = did_you_mean(*id, ids);
    m.context().error(m.mark(key), m.path(key),
                      "expected the id of a doctor position (got " + *id + ")" +
                          (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
    return {};
}

void read_takeovers(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    std::map<std::string, std::string> names;
    for_each_item(top, k::kTakeovers, [&](MapReader& m) {
        models::TakeoverSpec t;
        t.name = read_name(m, k::kTakeoverName);
        if (!t.name.empty()) check_unique(m, k::kTakeoverName, t.name, names);
        const std::string entity = models::streams::takeover(t.name);
        t.position = read_doctor_id(m, k::kTakeoverPosition, spec);
        if (m.require(k::kTakeoverMonth)) t.month = read_start(m, header, k::kTakeoverMonth);
        t.goodwill_eur =
            read_input(m, k::kGoodwill, models::streams::input(entity, "goodwill_eur")).value_or(models::Input{});
        t.goodwill_life_years = whole_number(m, k::kGoodwillLife, 5);
        t.equipment_eur = read_input_or(m, k::kEquipment, 0.0, models::streams::input(entity, "equipment_eur"));
        t.equipment_life_years = whole_number(m, k::kEquipmentLife, 5);
        t.previous_cases_per_quarter = m.number(k::kPreviousCases).value_or(0.0);
        t.subsidy_eur = m.number(k::kTakeoverSubsidy).value_or(0.0);
        t.subsidy_month = m.has(k::kSubsidyMonth) ? read_start(m, header, k::kSubsidyMonth) : t.month;
        m.finish();
        spec.takeovers.push_back(std::move(t));
    });
    // At most one takeover per position: its first doctor has one patient base to ramp up from.
    std::map<std::string, std::string> positions;
    for (std::size_t i = 0; i < spec.takeovers.size(); ++i) {
        const auto& t = spec.takeovers[i];
        if (t.position.empty()) continue;
        const auto [first, inserted] = positions.emplace(t.position, t.name);
        if (!inserted)
            top.context().error(
                top.node(k::kTakeovers)[i], top.path(k::kTakeovers) + "[" + std::to_string(i) + "].position",
                "the doctor position '" + t.position + "' already takes over the practice of takeover '" +
                    first->second + "' (one takeover per position)");
    }
}

}  // namespace mvzsim::scenarios
