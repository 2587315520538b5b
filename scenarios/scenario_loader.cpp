#include "scenarios/scenario_loader.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "models/draws/streams.h"
#include "scenarios/addons_reader.h"
#include "scenarios/finance_reader.h"
#include "scenarios/input_syntax.h"
#include "scenarios/map_reader.h"
#include "scenarios/operations_reader.h"
#include "scenarios/scenario_resolver.h"
#include "scenarios/section_readers.h"
#include "scenarios/source_text.h"
#include "scenarios/spec_reader.h"
#include "scenarios/yaml_document.h"

namespace mvzsim::scenarios {
namespace {

using models::Input;

CentreHeader read_centre(MapReader& top, models::CentreSpec& spec) {
    CentreHeader header;
    if (!top.require("centre", "name, opening and horizon of the centre")) return header;
    MapReader m(top, "centre");
    if (!m.valid()) return header;
    spec.name = m.string("name", true, "the centre's name").value_or("");
    const auto opening = read_year_month(m, "opening", true);
    const auto horizon = m.integer("horizon_years", 1, 50, true, "number of calendar years projected");
    spec.default_seed = static_cast<std::uint64_t>(
        m.integer("seed", 0, std::numeric_limits<long long>::max(), false, "the default random seed").value_or(1));
    spec.default_trials = static_cast<std::size_t>(
        m.integer("trials", 1, 10'000'000, false, "the default number of trials").value_or(10'000));
    m.finish();
    if (opening && horizon) {
        header = {true, *opening, static_cast<int>(*horizon)};
        spec.opening = *opening;
        spec.horizon_years = header.horizon_years;
    }
    return header;
}

void read_doctors(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    std::map<std::string, std::string> ids;
    for_each_item(top, "doctors", true, "doctor positions", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(top.context(), item, path);
        if (!m.valid()) return;
        models::DoctorSpec d;
        d.id = read_name(m, "id", "a short unique name for the position, e.g. gp-1");
        if (!d.id.empty()) check_unique(m, "id", d.id, ids);
        const std::string stream = models::streams::doctor(d.id) + ".";
        d.specialty = m.string("specialty", false, "the specialty, e.g. general_practice").value_or("general_practice");
        d.fte = m.number("fte", fte_range(), true, "full-time equivalents of the position").value_or(1.0);
        d.start = read_start(m, header);
        d.pay = read_pay(m, stream);
        read_recruitment(m, stream, d);
        m.finish();
        spec.doctors.push_back(std::move(d));
    });
}

void read_gkv(MapReader& billing, models::GkvFeeSpec& gkv) {
    if (!billing.require("gkv", "the statutory (GKV) fee per case")) return;
    MapReader m(billing, "gkv");
    if (!m.valid()) return;
    const bool by_eur = m.has("eur_per_case");
    // Both has() calls must run (no ||): each marks its key as known for finish().
    const bool has_points = m.has("points_per_case");
    const bool has_ow = m.has("orientierungswert_ct_per_point");
    const bool by_points = has_points || has_ow;
    if (by_eur && by_points) {
        m.context().error(m.mark("eur_per_case"), m.path("eur_per_case"),
                          "give either eur_per_case, or points_per_case with orientierungswert_ct_per_point, not both");
    } else if (by_points) {
        gkv.by_points = true;
        gkv.points_per_case =
            read_input(m, "points_per_case",
                       {non_negative("EBM points per case"), Period::month, "EBM points per case per quarter"}, true)
                .value_or(Input{});
        gkv.orientierungswert_ct_per_point = read_input(m, "orientierungswert_ct_per_point",
                                                        {positive("cent per point, e.g. 12.7404 in 2026"), Period::none,
                                                         "the Orientierungswert in cent per point"},
                                                        true)
                                                 .value_or(Input{});
    } else {
        gkv.eur_per_case = read_input(m, "eur_per_case", kEurPerCase, true).value_or(Input{});
    }
    gkv.growth_per_year = read_input_or(m, "growth_per_year", kYearlyRate, 0.0);
    read_payout_quota(m, gkv.payout_quota);
    m.finish();
}

void read_billing(MapReader& top, models::BillingSpec& b) {
    if (!top.require("billing", "cases and fees")) return;
    MapReader m(top, "billing");
    if (!m.valid()) return;
    b.cases_per_fte_per_quarter = read_input(m, "cases_per_fte_per_quarter",
                                             {non_negative("cases per doctor FTE per quarter"), Period::month,
                                              "treatment cases (GKV and PKV) per doctor FTE per quarter"},
                                             true)
                                      .value_or(Input{});
    read_gkv(m, b.gkv);
    read_billing_timing(m, b);
    b.pkv_share_of_cases = models::fixed_input(0.0, "billing.private.share_of_cases");
    b.pkv_eur_per_case = models::fixed_input(0.0, "billing.private.eur_per_case");
    b.pkv_growth_per_year = models::fixed_input(0.0, "billing.private.growth_per_year");
    if (m.has("private")) {
        MapReader p(m, "private");
        if (p.valid()) {
            b.pkv_share_of_cases =
                read_input(p, "share_of_cases",
                           {fraction("a fraction of all cases"), Period::month, "share of private cases"}, true)
                    .value_or(Input{});
            b.pkv_eur_per_case = read_input(p, "eur_per_case", kEurPerCase, true).value_or(Input{});
            b.pkv_growth_per_year = read_input_or(p, "growth_per_year", kYearlyRate, 0.0);
            b.pkv_payment_lag_months = static_cast<int>(
                p.integer("payment_lag_months", 0, 12, false, "months until private invoices are paid").value_or(0));
            p.finish();
        }
    }
    b.other_eur_per_case = models::fixed_input(0.0, "billing.other.eur_per_case");
    b.other_growth_per_year = models::fixed_input(0.0, "billing.other.growth_per_year");
    if (m.has("other")) {
        MapReader o(m, "other");
        if (o.valid()) {
            b.other_eur_per_case = read_input(o, "eur_per_case", kEurPerCase, true).value_or(Input{});
            b.other_growth_per_year = read_input_or(o, "growth_per_year", kYearlyRate, 0.0);
            o.finish();
        }
    }
    m.finish();
}

void read_staff(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    std::map<std::string, std::string> roles;
    for_each_item(top, "staff", false, "staff roles", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(top.context(), item, path);
        if (!m.valid()) return;
        models::StaffSpec s;
        s.role = read_name(m, "role", "the role, e.g. mfa");
        if (!s.role.empty()) check_unique(m, "role", s.role, roles);
        const std::string stream = models::streams::staff(s.role) + ".";
        const bool per_doctor = m.has("fte_per_doctor_fte");
        if (per_doctor && m.has("fte")) {
            m.context().error(
                m.mark("fte"), m.path("fte"),
                "give either fte_per_doctor_fte (scales with doctors in post) or fte (a fixed number), not both");
            m.has("start");
        } else if (per_doctor) {
            s.per_doctor = true;
            s.fte = m.number("fte_per_doctor_fte", {0.0, 20.0, true, false, "FTE of this role per doctor FTE"}, true,
                             "FTE per doctor FTE")
                        .value_or(0.0);
            if (m.has("start"))
                m.context().error(m.mark("start"), m.path("start"),
                                  "staff per doctor FTE start with the doctors; 'start' is only for a fixed fte");
        } else {
            s.fte = m.number("fte", {0.0, 1000.0, true, false, "FTE in total"}, true,
                             "FTE in total (or fte_per_doctor_fte)")
                        .value_or(0.0);
            s.start = read_start(m, header);
        }
        s.pay = read_pay(m, stream);
        read_turnover(m, stream, s);
        m.finish();
        spec.staff.push_back(std::move(s));
    });
}

void read_premises(MapReader& top, models::PremisesSpec& p) {
    if (!top.require("premises", "the rent")) return;
    MapReader m(top, "premises");
    if (!m.valid()) return;
    // Both has() calls must run (no ||): each marks its key as known for finish().
    const bool has_area = m.has("area_m2");
    const bool has_rent_per_m2 = m.has("rent_eur_per_m2_per_month");
    const bool by_area = has_area || has_rent_per_m2;
    if (by_area && m.has("rent_eur_per_month")) {
        m.context().error(m.mark("rent_eur_per_month"), m.path("rent_eur_per_month"),
                          "give either area_m2 with rent_eur_per_m2_per_month, or rent_eur_per_month, not both");
    } else if (by_area) {
        p.by_area = true;
        p.area_m2 = m.number("area_m2", non_negative("m2"), true, "floor area in m2").value_or(0.0);
        p.rent_eur_per_m2_per_month =
            read_input(m, "rent_eur_per_m2_per_month",
                       {non_negative("EUR per m2 per month"), Period::none, "rent in EUR per m2 per month"}, true)
                .value_or(Input{});
    } else {
        p.rent_eur_per_month = read_input(m, "rent_eur_per_month",
                                          {non_negative("EUR per month"), Period::none,
                                           "rent in EUR per month (or area_m2 with rent_eur_per_m2_per_month)"},
                                          true)
                                   .value_or(Input{});
    }
    p.rent_increase_per_year = read_input_or(m, "rent_increase_per_year", kYearlyRate, 0.0);
    m.finish();
}

void read_running_costs(MapReader& top, models::RunningCostsSpec& r) {
    if (!top.require("running_costs", "IT, insurance, consumables and other running costs")) return;
    MapReader m(top, "running_costs");
    if (!m.valid()) return;
    r.fixed_eur_per_month =
        read_input(m, "fixed_eur_per_month",
                   {non_negative("EUR per month"), Period::month, "fixed running costs in EUR per month"}, true)
            .value_or(Input{});
    r.eur_per_case = read_input_or(m, "eur_per_case", kEurPerCase, 0.0);
    r.share_of_revenue = read_input_or(
        m, "share_of_revenue", {fraction("a fraction of revenue"), Period::month, "a fraction of revenue"}, 0.0);
    r.eur_per_month_per_doctor_fte = read_input_or(
        m, "eur_per_month_per_doctor_fte",
        {non_negative("EUR per month per doctor FTE in post"), Period::month, "EUR per month per doctor FTE"}, 0.0);
    m.finish();
}

// The optional breakeven section: which position `mvzsim breakeven` copies, and the space an
// added doctor needs.
void read_breakeven(MapReader& top, const models::CentreSpec& spec, models::BreakevenSpec& b) {
    if (!top.has("breakeven")) return;
    MapReader m(top, "breakeven");
    if (!m.valid()) return;
    if (const auto id = m.string("template", false, "the id of the doctor position that added doctors copy")) {
        const bool known = std::any_of(spec.doctors.begin(), spec.doctors.end(),
                                       [&](const models::DoctorSpec& d) { return d.id == *id; });
        if (known) {
            b.template_id = *id;
        } else {
            std::vector<std::string> ids;
            for (const auto& d : spec.doctors) ids.push_back(d.id);
            const std::string guess = did_you_mean(*id, ids);
            m.context().error(m.mark("template"), m.path("template"),
                              "expected the id of a doctor position (got " + *id + ")" +
                                  (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
        }
    }
    b.area_m2_per_fte =
        m.number("area_m2_per_fte", non_negative("m2 per added doctor FTE"), false, "floor area per added doctor FTE")
            .value_or(0.0);
    if (b.area_m2_per_fte > 0.0 && !spec.premises.by_area)
        m.context().error(m.mark("area_m2_per_fte"), m.path("area_m2_per_fte"),
                          "needs premises given by area_m2 and rent_eur_per_m2_per_month (the rent is a fixed amount)");
    m.finish();
}

models::CentreSpec read_spec(Context& context, const YAML::Node& root) {
    models::CentreSpec spec;
    if (!root.IsMap()) {
        context.error(root, "",
                      "expected the scenario as a mapping of sections (" + std::string(kSections) + ") (got " +
                          describe_node(root) + ")");
        return spec;
    }
    MapReader top(context, root, "");
    const CentreHeader header = read_centre(top, spec);
    read_doctors(top, header, spec);
    read_billing(top, spec.billing);
    read_staff(top, header, spec);
    read_premises(top, spec.premises);
    read_running_costs(top, spec.running_costs);
    spec.cost_inflation_per_year = read_input_or(top, "cost_inflation_per_year", kYearlyRate, 0.0);
    read_breakeven(top, spec, spec.breakeven);
    read_addons(top, header, spec.addons);
    read_finance(top, header, spec.finance);
    read_grants(top, header, spec);
    read_correlations(top, spec.correlations);  // last: refers to inputs of every other section
    top.finish();
    return spec;
}

}  // namespace

models::CentreSpec spec_from_node(const SourceMap& sources, const YAML::Node& root) {
    Context context(sources);
    models::CentreSpec spec = read_spec(context, root);
    // Sections are read in a fixed order; report in file order.
    if (!context.errors().empty()) throw InputError(context.sorted_errors());
    return spec;
}

Scenario parse_scenario(const std::string& file, const std::string& text, const LoadOptions& options) {
    auto document = std::make_shared<Document>();
    Scenario scenario{file, text, {}, options.sets, {}, {}};
    document->root.reset(resolve_scenario(*document, file, text, options.sets, scenario.bases));
    scenario.spec = spec_from_node(document->sources, document->root);
    scenario.document = std::move(document);
    return scenario;
}

Scenario load_scenario(const std::string& file, const LoadOptions& options) {
    return parse_scenario(file, read_scenario_file(file), options);
}

}  // namespace mvzsim::scenarios
