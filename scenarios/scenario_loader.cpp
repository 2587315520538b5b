#include "scenarios/scenario_loader.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "models/draws/streams.h"
#include "scenarios/addons_reader.h"
#include "scenarios/finance_reader.h"
#include "scenarios/input_syntax.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/map_reader.h"
#include "scenarios/operations_reader.h"
#include "scenarios/payroll_reader.h"
#include "scenarios/scenario_resolver.h"
#include "scenarios/section_readers.h"
#include "scenarios/selective_contracts_reader.h"
#include "scenarios/source_text.h"
#include "scenarios/spec_reader.h"
#include "scenarios/takeover_reader.h"
#include "scenarios/taxes_reader.h"
#include "scenarios/trainees_reader.h"
#include "scenarios/yaml_document.h"

namespace mvzsim::scenarios {
namespace {

using models::Input;

namespace k = keys;

CentreHeader read_centre(MapReader& top, models::CentreSpec& spec) {
    CentreHeader header;
    if (!top.require(k::kCentreSection)) return header;
    MapReader m(top, k::kCentreSection);
    if (!m.valid()) return header;
    spec.name = m.string(k::kCentreName).value_or("");
    const auto opening = read_year_month(m, k::kOpening, true);
    const auto horizon = m.integer(k::kHorizonYears);
    spec.default_seed = static_cast<std::uint64_t>(m.integer(k::kSeed).value_or(1));
    spec.default_trials = static_cast<std::size_t>(m.integer(k::kTrials).value_or(10'000));
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
    for_each_item(top, k::kDoctors, [&](MapReader& m) {
        models::DoctorSpec d;
        d.id = read_name(m, k::kDoctorId);
        if (!d.id.empty()) check_unique(m, k::kDoctorId, d.id, ids);
        const std::string stream = models::streams::doctor(d.id) + ".";
        d.specialty = m.string(k::kSpecialty).value_or("general_practice");
        d.fte = m.number(k::kDoctorFte).value_or(1.0);
        d.start = read_start(m, header);
        d.pay = read_pay(m, k::kDoctorSalary, stream);
        read_payroll_extras(m, d.pay.extras);
        read_revenue_bonus(m, d.bonus);
        read_recruitment(m, stream, d);
        m.finish();
        spec.doctors.push_back(std::move(d));
    });
}

void read_gkv(MapReader& billing, models::GkvFeeSpec& gkv) {
    if (!billing.require(k::kGkvSection)) return;
    MapReader m(billing, k::kGkvSection);
    if (!m.valid()) return;
    const bool by_eur = m.has(k::kGkvEurPerCase);
    const bool by_points = m.has(k::kPointsPerCase) || m.has(k::kOrientierungswert);
    if (by_eur && by_points) {
        m.context().error(m.mark(k::kGkvEurPerCase), m.path(k::kGkvEurPerCase),
                          "give either eur_per_case, or points_per_case with orientierungswert_ct_per_point, not both");
    } else if (by_points) {
        gkv.by_points = true;
        gkv.points_per_case = read_input(m, k::kPointsPerCase, {}, true).value_or(Input{});
        gkv.orientierungswert_ct_per_point = read_input(m, k::kOrientierungswert, {}, true).value_or(Input{});
    } else {
        gkv.eur_per_case = read_input(m, k::kGkvEurPerCase, {}, true).value_or(Input{});
    }
    gkv.growth_per_year = read_input_or(m, k::kGrowthPerYear, 0.0);
    read_payout_quota(m, gkv.payout_quota);
    m.finish();
}

void read_private(MapReader& billing, models::BillingSpec& b) {
    b.pkv_share_of_cases = models::fixed_input(0.0, "billing.private.share_of_cases");
    b.pkv_eur_per_case = models::fixed_input(0.0, "billing.private.eur_per_case");
    b.pkv_growth_per_year = models::fixed_input(0.0, "billing.private.growth_per_year");
    if (!billing.has(k::kPrivateSection)) return;
    MapReader p(billing, k::kPrivateSection);
    if (!p.valid()) return;
    b.pkv_share_of_cases = read_input(p, k::kPrivateShare).value_or(Input{});
    b.pkv_eur_per_case = read_input(p, k::kPrivateEurPerCase).value_or(Input{});
    b.pkv_growth_per_year = read_input_or(p, k::kGrowthPerYear, 0.0);
    b.pkv_payment_lag_months = static_cast<int>(p.integer(k::kPaymentLag).value_or(0));
    b.billing_fee_share = read_input_or(p, k::kBillingFeeShare, 0.0);
    p.finish();
}

void read_billing(MapReader& top, models::BillingSpec& b) {
    if (!top.require(k::kBillingSection)) return;
    MapReader m(top, k::kBillingSection);
    if (!m.valid()) return;
    b.cases_per_fte_per_quarter = read_input(m, k::kCasesPerFte).value_or(Input{});
    read_gkv(m, b.gkv);
    read_billing_timing(m, b);
    read_private(m, b);
    b.kv_fee_share = read_input_or(m, k::kKvFeeShare, 0.0);
    b.other_eur_per_case = models::fixed_input(0.0, "billing.other.eur_per_case");
    b.other_growth_per_year = models::fixed_input(0.0, "billing.other.growth_per_year");
    if (m.has(k::kOtherSection)) {
        MapReader o(m, k::kOtherSection);
        if (o.valid()) {
            b.other_eur_per_case = read_input(o, k::kPrivateEurPerCase).value_or(Input{});
            b.other_growth_per_year = read_input_or(o, k::kGrowthPerYear, 0.0);
            o.finish();
        }
    }
    m.finish();
}

void read_staff(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    std::map<std::string, std::string> roles;
    for_each_item(top, k::kStaffList, [&](MapReader& m) {
        models::StaffSpec s;
        s.role = read_name(m, k::kRole);
        if (!s.role.empty()) check_unique(m, k::kRole, s.role, roles);
        const std::string stream = models::streams::staff(s.role) + ".";
        const bool per_doctor = m.has(k::kFtePerDoctor);
        if (per_doctor && m.has(k::kStaffFte)) {
            m.context().error(
                m.mark(k::kStaffFte), m.path(k::kStaffFte),
                "give either fte_per_doctor_fte (scales with doctors in post) or fte (a fixed number), not both");
        } else if (per_doctor) {
            s.per_doctor = true;
            s.fte = m.number(k::kFtePerDoctor, true).value_or(0.0);
            s.follows_planned = m.string(k::kStaffFollows).value_or("doctors_in_post") == "planned_positions";
            if (m.has(k::kStart))
                m.context().error(m.mark(k::kStart), m.path(k::kStart),
                                  "staff per doctor FTE start with the doctors; 'start' is only for a fixed fte");
        } else {
            s.fte = m.number(k::kStaffFte, true).value_or(0.0);
            s.start = read_start(m, header);
            if (m.has(k::kStaffFollows))
                m.context().error(m.mark(k::kStaffFollows), m.path(k::kStaffFollows),
                                  "'follows' is only for staff per doctor FTE (fte_per_doctor_fte)");
        }
        s.pay = read_pay(m, k::kStaffSalary, stream);
        read_payroll_extras(m, s.pay.extras);
        read_turnover(m, stream, s);
        m.finish();
        spec.staff.push_back(std::move(s));
    });
}

void read_premises(MapReader& top, models::PremisesSpec& p) {
    if (!top.require(k::kPremisesSection)) return;
    MapReader m(top, k::kPremisesSection);
    if (!m.valid()) return;
    const bool by_area = m.has(k::kAreaM2) || m.has(k::kRentPerM2);
    if (by_area && m.has(k::kRentPerMonth)) {
        m.context().error(m.mark(k::kRentPerMonth), m.path(k::kRentPerMonth),
                          "give either area_m2 with rent_eur_per_m2_per_month, or rent_eur_per_month, not both");
    } else if (by_area) {
        p.by_area = true;
        p.area_m2 = m.number(k::kAreaM2, true).value_or(0.0);
        p.rent_eur_per_m2_per_month = read_input(m, k::kRentPerM2, {}, true).value_or(Input{});
    } else {
        p.rent_eur_per_month = read_input(m, k::kRentPerMonth, {}, true).value_or(Input{});
    }
    p.rent_increase_per_year = read_input_or(m, k::kRentIncrease, 0.0);
    m.finish();
}

void read_running_costs(MapReader& top, models::RunningCostsSpec& r) {
    if (!top.require(k::kRunningCostsSection)) return;
    MapReader m(top, k::kRunningCostsSection);
    if (!m.valid()) return;
    r.fixed_eur_per_month = read_input(m, k::kFixedPerMonth).value_or(Input{});
    r.eur_per_case = read_input_or(m, k::kRunningPerCase, 0.0);
    r.share_of_revenue = read_input_or(m, k::kShareOfRevenue, 0.0);
    r.eur_per_month_per_doctor_fte = read_input_or(m, k::kPerDoctorFte, 0.0);
    m.finish();
}

// The optional breakeven section: which position `mvzsim breakeven` copies, and the space an
// added doctor needs.
void read_breakeven(MapReader& top, const models::CentreSpec& spec, models::BreakevenSpec& b) {
    if (!top.has(k::kBreakevenSection)) return;
    MapReader m(top, k::kBreakevenSection);
    if (!m.valid()) return;
    if (const auto id = m.string(k::kTemplate)) {
        const bool known = std::any_of(spec.doctors.begin(), spec.doctors.end(),
                                       [&](const models::DoctorSpec& d) { return d.id == *id; });
        if (known) {
            b.template_id = *id;
        } else {
            std::vector<std::string> ids;
            for (const auto& d : spec.doctors) ids.push_back(d.id);
            const std::string guess = did_you_mean(*id, ids);
            m.context().error(m.mark(k::kTemplate), m.path(k::kTemplate),
                              "expected the id of a doctor position (got " + *id + ")" +
                                  (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
        }
    }
    b.area_m2_per_fte = m.number(k::kAreaPerFte).value_or(0.0);
    if (b.area_m2_per_fte > 0.0 && !spec.premises.by_area)
        m.context().error(m.mark(k::kAreaPerFte), m.path(k::kAreaPerFte),
                          "needs premises given by area_m2 and rent_eur_per_m2_per_month (the rent is a fixed amount)");
    m.finish();
}

models::CentreSpec read_spec(Context& context, const YAML::Node& root) {
    models::CentreSpec spec;
    if (!root.IsMap()) {
        context.error(root, "",
                      "expected the scenario as a mapping of sections (" + section_list() + ") (got " +
                          describe_node(root) + ")");
        return spec;
    }
    MapReader top(context, root, "", k::kScenario);
    const CentreHeader header = read_centre(top, spec);
    read_doctors(top, header, spec);
    read_billing(top, spec.billing);
    read_staff(top, header, spec);
    read_premises(top, spec.premises);
    read_running_costs(top, spec.running_costs);
    spec.cost_inflation_per_year = read_input_or(top, k::kCostInflation, 0.0);
    read_breakeven(top, spec, spec.breakeven);
    read_addons(top, header, spec.addons);
    read_finance(top, header, spec.finance);
    read_grants(top, header, spec);
    read_taxes(top, spec.taxes);
    read_takeovers(top, header, spec);
    read_selective_contracts(top, header, spec);
    read_trainees(top, header, spec);
    read_correlations(top, spec.correlations);  // last: refers to inputs of every other section
    top.finish();
    return spec;
}

}  // namespace

models::CentreSpec spec_from_node(const SourceMap& sources, const YAML::Node& root, std::vector<Diagnostic>* warnings) {
    Context context(sources);
    models::CentreSpec spec = read_spec(context, root);
    // Sections are read in a fixed order; report in file order.
    if (!context.errors().empty()) throw InputError(context.sorted_errors());
    if (warnings != nullptr) *warnings = context.sorted_warnings();
    return spec;
}

Scenario parse_scenario(const std::string& file, const std::string& text, const LoadOptions& options) {
    auto document = std::make_shared<Document>();
    Scenario scenario{file, text, {}, options.sets, {}, {}, {}};
    document->root.reset(resolve_scenario(*document, file, text, options.sets, scenario.bases));
    scenario.spec = spec_from_node(document->sources, document->root, &scenario.warnings);
    scenario.document = std::move(document);
    return scenario;
}

Scenario load_scenario(const std::string& file, const LoadOptions& options) {
    return parse_scenario(file, read_scenario_file(file), options);
}

}  // namespace mvzsim::scenarios
