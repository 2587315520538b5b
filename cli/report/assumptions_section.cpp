// The Annahmenkatalog: every input of the scenario with its distribution as a reader says it,
// when it is drawn, and its source; the structure of the centre; rank correlations; and the
// inputs the file leaves at their documented defaults.
#include "cli/report/input_text.h"
#include "cli/report/sections.h"

namespace mvzsim::cli::report {
namespace {

// The group of a key path by its first segment, for headings.
Label group_of(const std::string& path) {
    const std::string first = path.substr(0, path.find_first_of(".["));
    if (first == "doctors") return Label::group_doctors;
    if (first == "staff") return Label::group_staff;
    if (first == "billing") return Label::group_billing;
    if (first == "premises") return Label::group_premises;
    if (first == "running_costs" || first == "cost_inflation_per_year") return Label::group_running_costs;
    if (first == "addons") return Label::group_addons;
    if (first == "investments") return Label::group_investments;
    return Label::group_grants;
}

Table given_table(const ReportData& d, const Words& w) {
    Table t{
        w(Label::assumptions_given),
        {w(Label::col_input), w(Label::col_assumption), w(Label::col_mean), w(Label::col_drawn), w(Label::col_source)},
        {},
        {w(Label::assumptions_reading)}};
    std::optional<Label> group;
    for (const auto& i : d.inputs) {
        if (!i.given) continue;
        if (group != group_of(i.path)) {
            group = group_of(i.path);
            t.rows.push_back({{Cell::of(w(*group))}, RowStyle::heading});
        }
        const InputLabel l = label_of(i);
        const bool fixed = sim::is_fixed(i.input.distribution);
        t.rows.push_back(
            {{Cell::of(input_name(i, w), i.path), Cell::of(distribution_text(i.input.distribution, l.unit, w)),
              Cell::of(fixed ? std::string() : parameter_text(sim::mean(i.input.distribution), l.unit, w)),
              Cell::of(draw_text(i.input, l, w)), Cell::of(i.input.source.empty() ? "\u2013" : i.input.source)}});
    }
    return t;
}

Table defaults_table(const ReportData& d, const Words& w) {
    Table t{w(Label::assumptions_defaults),
            {w(Label::col_input), w(Label::col_value)},
            {},
            {w(Label::assumptions_defaults_reading)}};
    for (const auto& i : d.inputs)
        if (!i.given)
            t.rows.push_back({{Cell::of(input_name(i, w), i.path),
                               Cell::of(distribution_text(i.input.distribution, label_of(i).unit, w))}});
    return t;
}

std::string yes_no(bool b, const Words& w) {
    return b ? w(Label::yes) : w(Label::no);
}

Table structure_table(const ReportData& d, const Words& w) {
    const models::CentreSpec& s = d.spec;
    const models::Calendar calendar(s.opening, s.horizon_years);
    Table t{w(Label::assumptions_structure), {w(Label::col_setting), w(Label::col_value)}, {}, {}};
    auto add = [&](std::string label, std::string value, std::string key = {}) {
        t.rows.push_back({{Cell::of(std::move(label), std::move(key)), Cell::of(std::move(value))}});
    };
    add(w(Label::set_opening), w.month(s.opening), "centre.opening");
    add(w(Label::set_horizon), w(Label::set_horizon_value, s.horizon_years), "centre.horizon_years");
    for (const auto& doc : s.doctors)
        add(w(Label::set_doctor, doc.id),
            w(Label::set_doctor_value, w.number(doc.fte, 2), w.month(calendar.at(doc.start))),
            "doctors[" + doc.id + "]");
    for (const auto& st : s.staff)
        add(w(Label::set_staff, st.role),
            st.per_doctor ? w(Label::set_staff_per_doctor, w.number(st.fte, 2))
                          : w(Label::set_staff_fixed, w.number(st.fte, 2)),
            "staff[" + st.role + "]");
    if (s.premises.by_area)
        add(w(Label::set_area), w(Label::set_area_value, w.number(s.premises.area_m2, 0)), "premises.area_m2");
    if (s.billing.ramp_up.quarters > 0)
        add(w(Label::set_ramp_up),
            w(Label::set_ramp_up_value, s.billing.ramp_up.quarters, w.percent(s.billing.ramp_up.start_share)),
            "billing.ramp_up");
    if (s.billing.kv_payment.present)
        add(w(Label::set_kv_payment),
            w(Label::set_kv_payment_value, w.percent(s.billing.kv_payment.advance_share),
              s.billing.kv_payment.settlement_lag_months),
            "billing.kv_payment");
    if (s.addons.tagespflege.present)
        add(w(Label::set_tagespflege),
            w(Label::set_tagespflege_value, s.addons.tagespflege.places,
              w.month(calendar.at(s.addons.tagespflege.start))),
            "addons.tagespflege");
    add(w(Label::set_loss_compensation), yes_no(s.grants.loss_compensation_paid, w), "grants.loss_compensation_paid");
    if (s.grants.subsidy_ceiling_eur_per_year > 0.0)
        add(w(Label::set_ceiling), w(Label::value_thousand, w.thousand(s.grants.subsidy_ceiling_eur_per_year)),
            "grants.subsidy_ceiling_eur_per_year");
    return t;
}

std::optional<Table> correlation_table(const ReportData& d, const Words& w) {
    const auto& c = d.spec.correlations;
    const std::size_t n = c.inputs.size();
    Table t{w(Label::assumptions_correlations),
            {w(Label::col_input), w(Label::col_input), w(Label::col_rank)},
            {},
            {w(Label::assumptions_correlations_reading)}};
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (const double r = c.rank[i * n + j]; r != 0.0)
                t.rows.push_back(
                    {{Cell::of(c.inputs[i].stream), Cell::of(c.inputs[j].stream), Cell::of(w.number(r, 2))}});
    if (t.rows.empty()) return std::nullopt;
    return t;
}

// One row per input, given or not, with numbers where a spreadsheet can use them.
Table sheet_table(const ReportData& d, const Words& w) {
    Table t{w(Label::assumptions_title),
            {w(Label::col_group), w(Label::col_key), w(Label::col_input), w(Label::col_assumption), w(Label::col_mean),
             w(Label::col_drawn), w(Label::col_source), w(Label::col_given)},
            {},
            {}};
    for (const auto& i : d.inputs) {
        const InputLabel l = label_of(i);
        t.rows.push_back(
            {{Cell::of(w(group_of(i.path))), Cell::of(i.path), Cell::of(input_name(i, w)),
              Cell::of(distribution_text(i.input.distribution, l.unit, w)),
              Cell::of(sim::mean(i.input.distribution), NumberKind::plain), Cell::of(draw_text(i.input, l, w)),
              Cell::of(i.input.source), Cell::of(i.given ? w(Label::yes) : w(Label::given_default))}});
    }
    return t;
}

}  // namespace

Section assumptions_section(const ReportData& d, const Words& w) {
    Section s{"assumptions", w(Label::assumptions_title), {}, w(Label::sheet_assumptions), {}, true};
    s.blocks.push_back(given_table(d, w));
    s.blocks.push_back(structure_table(d, w));
    if (auto c = correlation_table(d, w)) {
        s.blocks.push_back(*c);
        s.sheet.push_back(*c);
    }
    const Table defaults = defaults_table(d, w);
    if (!defaults.rows.empty()) s.blocks.push_back(defaults);
    s.sheet.insert(s.sheet.begin(), sheet_table(d, w));
    s.sheet.push_back(structure_table(d, w));
    return s;
}

}  // namespace mvzsim::cli::report
