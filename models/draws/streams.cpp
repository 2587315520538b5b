#include "models/draws/streams.h"

#include "sim/random.h"

namespace mvzsim::models::streams {

std::string list_entry(std::string_view list, std::string_view name) {
    std::string s(list);
    s += '[';
    s += name;
    s += ']';
    return s;
}

std::string doctor(std::string_view id) {
    return list_entry("doctors", id);
}
std::string staff(std::string_view role) {
    return list_entry("staff", role);
}
std::string surcharge(std::string_view name) {
    return list_entry("billing.surcharges", name);
}
std::string tenant(std::string_view name) {
    return list_entry("addons.tenants", name);
}
std::string service(std::string_view name) {
    return list_entry("addons.services", name);
}
std::string operating_subsidy(std::string_view name) {
    return list_entry("grants.operating", name);
}

std::string takeover(std::string_view name) {
    return list_entry("takeovers", name);
}
std::string selective_contract(std::string_view name) {
    return list_entry("selective_contracts", name);
}
std::string trainee(std::string_view id) {
    return list_entry("trainees", id);
}

std::string investment(std::string_view name) {
    return list_entry("finance.investments", name);
}

std::string input(std::string_view entity, std::string_view purpose) {
    if (entity.empty()) return std::string(purpose);
    std::string s(entity);
    s += '.';
    s += purpose;
    return s;
}

std::string departures(std::string_view doctor_id) {
    return input(doctor(doctor_id), "departure");
}
std::string tenant_losses(std::string_view name) {
    return input(tenant(name), "loss_events");
}
std::string investment_amount(std::string_view name) {
    return input(investment(name), "amount_eur");
}

bool drawn_per_event(std::string_view name) {
    const auto starts = [&](std::string_view head) { return name.substr(0, head.size()) == head; };
    const auto ends = [&](std::string_view tail) {
        return name.size() >= tail.size() && name.substr(name.size() - tail.size()) == tail;
    };
    return (starts("doctors[") && ends("].refill_months")) || (starts("addons.tenants[") && ends("].months_to_relet"));
}

std::string renamed(std::string_view stream, std::string_view from, std::string_view to) {
    if (stream.substr(0, from.size()) != from) return std::string(stream);
    std::string s(to);
    s += stream.substr(from.size());
    return s;
}

std::uint64_t key(std::string_view name) {
    return sim::stream_key(name);
}

}  // namespace mvzsim::models::streams
