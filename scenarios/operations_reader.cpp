#include "scenarios/operations_reader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>
#include <tuple>

#include "models/draws/streams.h"
#include "sim/copula.h"

namespace mvzsim::scenarios {
namespace {

using models::Input;

const InputRule kMonths{non_negative("months"), Period::none, "a number of months"};
const InputRule kYearlyProbability{fraction("a yearly probability as a fraction: 0.1 = 10 %"), Period::none,
                                   "a yearly probability"};

// A whole number; `fallback` when absent (or invalid, which is reported). Required when
// `fallback` is nullopt.
int whole_number(MapReader& m, const std::string& key, long long min, long long max, std::optional<long long> fallback,
                 std::string_view what) {
    return static_cast<int>(m.integer(key, min, max, !fallback, what).value_or(fallback.value_or(min)));
}

// An id of a doctor position or a staff role, with a suggestion when misspelt.
std::string read_position(MapReader& m, const models::CentreSpec& spec, bool doctors_only, bool required = true) {
    const auto name = m.string(
        "position", required,
        doctors_only ? "the id of a doctor position" : "the id of a doctor position or the role of a staff line");
    if (!name) return {};
    std::vector<std::string> names;
    for (const auto& d : spec.doctors) names.push_back(d.id);
    if (!doctors_only)
        for (const auto& s : spec.staff) names.push_back(s.role);
    if (std::find(names.begin(), names.end(), *name) != names.end()) return *name;
    const std::string guess = did_you_mean(*name, names);
    m.context().error(m.mark("position"), m.path("position"),
                      std::string(doctors_only ? "expected the id of a doctor position"
                                               : "expected the id of a doctor position or a staff role") +
                          " (got " + *name + ")" + (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
    return {};
}

}  // namespace

void read_recruitment(MapReader& doctor, const std::string& stream, models::DoctorSpec& d) {
    d.productivity = read_input_or(
        doctor, "productivity",
        {{0.0, 2.0, true, false, "a factor on the case load: 0.8 = 80 %"}, Period::none, "a factor on the case load"},
        1.0, stream + "productivity");
    models::RecruitmentSpec& r = d.recruitment;
    r.time_to_fill_months = models::fixed_input(0.0);
    r.departures_per_year = models::fixed_input(0.0);
    r.refill_months = models::fixed_input(0.0);
    r.recruiting_cost_eur = models::fixed_input(0.0);
    if (!doctor.has("recruitment")) return;
    MapReader m(doctor, "recruitment");
    if (!m.valid()) return;
    r.time_to_fill_months = read_input_or(m, "time_to_fill_months", kMonths, 0.0, stream + "time_to_fill_months");
    r.departures_per_year =
        read_input_or(m, "departures_per_year", kYearlyProbability, 0.0, stream + "departures_per_year");
    r.refill_months = read_input_or(m, "refill_months", kMonths, 0.0, stream + "refill_months");
    r.recruiting_cost_eur =
        read_input_or(m, "recruiting_cost_eur", {non_negative("EUR per hire"), Period::none, "EUR per hire"}, 0.0,
                      stream + "recruiting_cost_eur");
    m.finish();
}

void read_turnover(MapReader& staff, const std::string& stream, models::StaffSpec& s) {
    s.departures_per_year = models::fixed_input(0.0);
    s.refill_months = models::fixed_input(0.0);
    if (!staff.has("turnover")) return;
    MapReader m(staff, "turnover");
    if (!m.valid()) return;
    s.departures_per_year =
        read_input(m, "departures_per_year", kYearlyProbability, true, stream + "departures_per_year")
            .value_or(models::fixed_input(0.0));
    s.refill_months =
        read_input(m, "refill_months", kMonths, true, stream + "refill_months").value_or(models::fixed_input(0.0));
    m.finish();
}

void read_billing_timing(MapReader& billing, models::BillingSpec& b) {
    if (billing.has("ramp_up")) {
        MapReader m(billing, "ramp_up");
        if (m.valid()) {
            b.ramp_up.quarters = whole_number(m, "quarters", 1, 40, std::nullopt, "quarters until the full case load");
            b.ramp_up.start_share = m.number("start_share", fraction("a share of the target case load"), true,
                                             "the share of the target case load in the first quarter")
                                        .value_or(1.0);
            b.ramp_up.refill_start_share =
                m.number("refill_start_share", fraction("a share of the target case load"), false,
                         "the share of the target case load a successor starts with after a departure")
                    .value_or(1.0);
            if (const auto shape = m.string("shape", false, "linear or s_curve")) {
                if (*shape == "s_curve")
                    b.ramp_up.shape = models::RampShape::s_curve;
                else if (*shape != "linear") {
                    const std::string guess = did_you_mean(*shape, {"linear", "s_curve"});
                    m.context().error(m.mark("shape"), m.path("shape"),
                                      "expected linear or s_curve (got " + *shape + ")" +
                                          (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
                }
            }
            m.finish();
        }
    }
    if (billing.has("kv_payment")) {
        MapReader m(billing, "kv_payment");
        if (m.valid()) {
            b.kv_payment.present = true;
            b.kv_payment.advance_share =
                m.number("advance_share", fraction("a share of the previous quarter's GKV revenue"), true,
                         "the share of the previous quarter paid in advances")
                    .value_or(0.0);
            b.kv_payment.settlement_lag_months =
                whole_number(m, "settlement_lag_months", 0, 12, std::nullopt,
                             "months after the quarter's end until the remainder is paid");
            m.finish();
        }
    }
    std::map<std::string, std::string> names;
    for_each_item(billing, "surcharges", false, "KV lump sums and surcharges",
                  [&](const YAML::Node& item, const std::string& path) {
                      MapReader m(billing.context(), item, path);
                      if (!m.valid()) return;
                      models::SurchargeSpec s;
                      s.name = read_name(m, "name", "a name such as ti-pauschale");
                      if (!s.name.empty()) check_unique(m, "name", s.name, names);
                      const std::string stream = models::streams::surcharge(s.name) + ".";
                      s.eur_per_case = read_input_or(m, "eur_per_case", kEurPerCase, 0.0, stream + "eur_per_case");
                      s.eur_per_month = read_input_or(m, "eur_per_month",
                                                      {non_negative("EUR per month"), Period::month, "EUR per month"},
                                                      0.0, stream + "eur_per_month");
                      if (!m.has("eur_per_case") && !m.has("eur_per_month"))
                          m.context().error(item, path, "give eur_per_case, eur_per_month or both");
                      m.finish();
                      b.surcharges.push_back(std::move(s));
                  });
}

void read_payout_quota(MapReader& gkv, models::PayoutQuotaSpec& q) {
    if (!gkv.has("payout_quota")) return;
    MapReader m(gkv, "payout_quota");
    if (!m.valid()) return;
    q.present = true;
    q.limit_cases_per_fte_per_quarter =
        m.number("limit_cases_per_fte_per_quarter", non_negative("cases per FTE per quarter"), true,
                 "the case limit per doctor FTE per quarter")
            .value_or(0.0);
    q.quota =
        m.number("quota", fraction("the share paid for cases above the limit"), true, "the payout quota").value_or(1.0);
    m.finish();
}

void read_grants(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    if (!top.has("grants")) return;
    MapReader g(top, "grants");
    if (!g.valid()) return;
    models::GrantsSpec& grants = spec.grants;
    grants.subsidy_ceiling_eur_per_year = g.number("subsidy_ceiling_eur_per_year", non_negative("EUR per year"), false,
                                                   "the council's ceiling for the yearly loss compensation")
                                              .value_or(0.0);
    if (const auto paid = g.string("loss_compensation_paid", false, "true or false")) {
        if (*paid == "true")
            grants.loss_compensation_paid = true;
        else if (*paid != "false")
            g.context().error(g.mark("loss_compensation_paid"), g.path("loss_compensation_paid"),
                              "expected true or false (got " + *paid + ")");
    }
    std::map<std::string, std::string> names;
    for_each_item(g, "investment", false, "investment grants", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(g.context(), item, path);
        if (!m.valid()) return;
        models::InvestmentGrantSpec s;
        s.name = read_name(m, "name", "a name such as state-rvz-grant");
        if (!s.name.empty()) check_unique(m, "name", s.name, names);
        s.rate = m.number("rate", fraction("the funded share of eligible cost: 0.95 = 95 %"), true, "the funding rate")
                     .value_or(0.0);
        s.cap_eur = m.number("cap_eur", non_negative("EUR"), false, "the largest grant").value_or(0.0);
        s.paid = read_start(m, header, "paid");
        s.binding_years = whole_number(m, "binding_years", 0, 30, 0, "years of the binding period");
        s.max_vacancy_months =
            whole_number(m, "max_vacancy_months", 0, 120, 0, "months a doctor position may stay vacant");
        if (m.has("position")) s.position = read_position(m, spec, true, false);
        const YAML::Node eligible = m.node("eligible");
        if (eligible.IsDefined() && !eligible.IsNull()) {
            std::vector<std::string> known;
            for (const auto& i : spec.finance.investments) known.push_back(i.name);
            if (!eligible.IsSequence()) {
                m.context().error(m.mark("eligible"), m.path("eligible"), "expected a list of investment names");
            } else {
                for (const auto& e : eligible) {
                    const std::string name = e.IsScalar() ? e.Scalar() : describe_node(e);
                    if (std::find(known.begin(), known.end(), name) != known.end()) {
                        s.eligible.push_back(name);
                        continue;
                    }
                    const std::string guess = did_you_mean(name, known);
                    m.context().error(e, m.path("eligible"),
                                      "expected the name of an investment (got " + name + ")" +
                                          (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
                }
            }
        }
        m.finish();
        grants.investment.push_back(std::move(s));
    });
    for_each_item(g, "operating", false, "operating subsidies", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(g.context(), item, path);
        if (!m.valid()) return;
        models::OperatingSubsidySpec s;
        s.name = read_name(m, "name", "a name such as county-subsidy");
        if (!s.name.empty()) check_unique(m, "name", s.name, names);
        s.eur_per_year =
            read_input(m, "eur_per_year", {non_negative("EUR per year"), Period::none, "EUR per year"}, true,
                       models::streams::input(models::streams::operating_subsidy(s.name), "eur_per_year"))
                .value_or(Input{});
        s.start = read_start(m, header);
        s.years = whole_number(m, "years", 1, 50, std::nullopt, "the number of years paid");
        m.finish();
        grants.operating.push_back(std::move(s));
    });
    for_each_item(g, "positions", false, "position fundings", [&](const YAML::Node& item, const std::string& path) {
        MapReader m(g.context(), item, path);
        if (!m.valid()) return;
        models::PositionFundingSpec s;
        s.name = read_name(m, "name", "a name such as regional-coordinator");
        if (!s.name.empty()) check_unique(m, "name", s.name, names);
        s.position = read_position(m, spec, false);
        s.eur_per_year =
            m.number("eur_per_year", non_negative("EUR per year"), true, "the largest amount a year").value_or(0.0);
        s.share_of_cost = m.number("share_of_cost", fraction("a share of the position's cost"), false,
                                   "the largest share of the position's cost")
                              .value_or(1.0);
        s.start = read_start(m, header);
        s.years = whole_number(m, "years", 1, 50, std::nullopt, "the number of years funded");
        s.max_vacancy_months = whole_number(m, "max_vacancy_months", 0, 120, 0, "months the position may stay vacant");
        m.finish();
        grants.positions.push_back(std::move(s));
    });
    for_each_item(
        g, "turnover_guarantees", false, "KV turnover guarantees",
        [&](const YAML::Node& item, const std::string& path) {
            MapReader m(g.context(), item, path);
            if (!m.valid()) return;
            models::TurnoverGuaranteeSpec s;
            s.name = read_name(m, "name", "a name such as kv-strukturfonds");
            if (!s.name.empty()) check_unique(m, "name", s.name, names);
            s.position = read_position(m, spec, true);
            s.reference_eur_per_quarter = m.number("reference_eur_per_quarter", non_negative("EUR per quarter"), true,
                                                   "the guaranteed GKV revenue per quarter")
                                              .value_or(0.0);
            s.quarters = whole_number(m, "quarters", 1, 40, std::nullopt, "the number of quarters guaranteed");
            s.binding_years = whole_number(m, "binding_years", 0, 30, 0, "years the doctor must stay");
            m.finish();
            grants.turnover_guarantees.push_back(std::move(s));
        });
    g.finish();
}

void read_correlations(MapReader& top, models::CorrelationSpec& spec) {
    if (!top.has("correlations")) return;
    Context& ctx = top.context();
    // Inputs that can be correlated: uncertain and drawn once per trial.
    std::vector<std::string> candidates;
    // Inputs drawn anew at each event (the model says which) have no single value to correlate.
    for (const auto& [name, input] : ctx.inputs())
        if (!sim::is_fixed(input.distribution) && input.draw == models::Draw::per_trial &&
            !models::streams::drawn_per_event(name))
            candidates.push_back(name);
    std::vector<std::string> names;
    std::vector<std::tuple<std::size_t, std::size_t, double>> pairs;
    auto index_of = [&](const std::string& name) {
        const auto found = std::find(names.begin(), names.end(), name);
        if (found != names.end()) return static_cast<std::size_t>(found - names.begin());
        names.push_back(name);
        return names.size() - 1;
    };
    bool ok = true;
    for_each_item(
        top, "correlations", false, "rank correlations", [&](const YAML::Node& item, const std::string& path) {
            MapReader m(ctx, item, path);
            if (!m.valid()) return void(ok = false);
            const YAML::Node between = m.node("between");
            const auto rank = m.number("rank", {-1.0, 1.0, true, true, "a Spearman rank correlation"}, true,
                                       "the rank correlation, e.g. 0.5");
            if (!m.require("between",
                           "the two inputs, by key path, e.g. [billing.cases_per_fte_per_quarter, "
                           "billing.private.share_of_cases]")) {
                ok = false;
            } else if (!between.IsSequence() || between.size() != 2) {
                ctx.error(m.mark("between"), m.path("between"),
                          "expected a list of two key paths (got " + describe_node(between) + ")");
                ok = false;
            } else {
                std::array<std::string, 2> pair;
                for (std::size_t j = 0; j < 2; ++j) {
                    pair[j] = between[j].IsScalar() ? between[j].Scalar() : describe_node(between[j]);
                    if (std::find(candidates.begin(), candidates.end(), pair[j]) != candidates.end()) continue;
                    std::string why = "expected the key path of an uncertain input drawn once per trial";
                    const auto known = ctx.inputs().find(pair[j]);
                    if (known != ctx.inputs().end() && models::streams::drawn_per_event(pair[j]) &&
                        !sim::is_fixed(known->second.distribution))
                        why =
                            "this input is drawn anew at each departure or loss; only inputs drawn once per trial can "
                            "be "
                            "correlated";
                    else if (known != ctx.inputs().end())
                        why = sim::is_fixed(known->second.distribution)
                                  ? "this input is a fixed number; only uncertain inputs can be correlated"
                                  : "this input is drawn anew each period; only inputs drawn once per trial can be "
                                    "correlated";
                    const std::string guess =
                        known == ctx.inputs().end() ? did_you_mean(pair[j], candidates) : std::string{};
                    ctx.error(
                        between[j], m.path("between") + "[" + std::to_string(j) + "]",
                        why + " (got " + pair[j] + ")" + (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
                    ok = false;
                }
                if (ok && pair[0] == pair[1]) {
                    ctx.error(m.mark("between"), m.path("between"), "names the same input twice");
                    ok = false;
                }
                if (ok && rank) {
                    const std::size_t a = index_of(pair[0]);  // in the order written
                    const std::size_t b = index_of(pair[1]);
                    pairs.emplace_back(a, b, *rank);
                }
            }
            if (!rank) ok = false;
            m.finish();
        });
    if (!ok || names.empty()) return;
    const std::size_t k = names.size();
    spec.rank.assign(k * k, 0.0);
    for (std::size_t i = 0; i < k; ++i) spec.rank[i * k + i] = 1.0;
    for (const auto& [a, b, r] : pairs) {
        if (spec.rank[a * k + b] != 0.0) {
            ctx.error(top.mark("correlations"), "correlations",
                      "the pair " + names[a] + " and " + names[b] + " is given twice");
            return;
        }
        spec.rank[a * k + b] = spec.rank[b * k + a] = r;
    }
    try {
        sim::GaussianCopula check(spec.rank, k);
    } catch (const std::invalid_argument& e) {
        std::string numbering;
        for (std::size_t i = 0; i < k; ++i) numbering += (i ? ", " : "") + std::to_string(i) + " = " + names[i];
        ctx.error(top.mark("correlations"), "correlations",
                  std::string(e.what()) + " (inputs numbered " + numbering + "); weaken one of the correlations");
        spec.rank.clear();
        return;
    }
    for (const auto& name : names) spec.inputs.push_back(ctx.inputs().at(name));
}

}  // namespace mvzsim::scenarios
