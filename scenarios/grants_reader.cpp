#include <algorithm>
#include <array>
#include <stdexcept>
#include <tuple>

#include "models/draws/streams.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/operations_reader.h"
#include "sim/copula.h"

namespace mvzsim::scenarios {
namespace {

namespace k = keys;
using models::Input;

// An id of a doctor position or a staff role, with a suggestion when misspelt.
std::string read_position(MapReader& m, const Key& key, const models::CentreSpec& spec, bool doctors_only) {
    const auto name = m.string(key);
    if (!name) return {};
    std::vector<std::string> names;
    for (const auto& d : spec.doctors) names.push_back(d.id);
    if (!doctors_only)
        for (const auto& s : spec.staff) names.push_back(s.role);
    if (std::find(names.begin(), names.end(), *name) != names.end()) return *name;
    const std::string guess = did_you_mean(*name, names);
    m.context().error(m.mark(key), m.path(key),
                      std::string(doctors_only ? "expected the id of a doctor position"
                                               : "expected the id of a doctor position or a staff role") +
                          " (got " + *name + ")" + (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
    return {};
}

// grants.investment[].eligible: names of investments.
std::vector<std::string> read_eligible(MapReader& m, const models::CentreSpec& spec) {
    std::vector<std::string> eligible;
    const YAML::Node list = m.node(k::kEligible);
    if (!list.IsDefined() || list.IsNull()) return eligible;
    std::vector<std::string> known;
    for (const auto& i : spec.finance.investments) known.push_back(i.name);
    if (!list.IsSequence()) {
        m.context().error(m.mark(k::kEligible), m.path(k::kEligible), "expected a list of investment names");
        return eligible;
    }
    for (const auto& e : list) {
        const std::string name = e.IsScalar() ? e.Scalar() : describe_node(e);
        if (std::find(known.begin(), known.end(), name) != known.end()) {
            eligible.push_back(name);
            continue;
        }
        const std::string guess = did_you_mean(name, known);
        m.context().error(e, m.path(k::kEligible),
                          "expected the name of an investment (got " + name + ")" +
                              (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
    }
    return eligible;
}

void read_investment_grants(MapReader& g, const CentreHeader& header, models::CentreSpec& spec,
                            std::map<std::string, std::string>& names) {
    for_each_item(g, k::kInvestmentGrants, [&](MapReader& m) {
        models::InvestmentGrantSpec s;
        s.name = read_name(m, k::kGrantName);
        if (!s.name.empty()) check_unique(m, k::kGrantName, s.name, names);
        s.rate = m.number(k::kGrantRate).value_or(0.0);
        s.cap_eur = m.number(k::kGrantCap).value_or(0.0);
        s.paid = read_start(m, header, k::kPaid);
        s.binding_years = whole_number(m, k::kBindingYears, 0);
        s.max_vacancy_months = whole_number(m, k::kMaxVacancy, 0);
        if (m.has(k::kGrantPosition)) s.position = read_position(m, k::kGrantPosition, spec, true);
        s.eligible = read_eligible(m, spec);
        m.finish();
        spec.grants.investment.push_back(std::move(s));
    });
}

void read_position_grants(MapReader& g, const CentreHeader& header, models::CentreSpec& spec,
                          std::map<std::string, std::string>& names) {
    for_each_item(g, k::kPositionGrants, [&](MapReader& m) {
        models::PositionFundingSpec s;
        s.name = read_name(m, k::kFundingName);
        if (!s.name.empty()) check_unique(m, k::kFundingName, s.name, names);
        s.position = read_position(m, k::kFundedPosition, spec, false);
        s.eur_per_year = m.number(k::kFundingAmount).value_or(0.0);
        s.share_of_cost = m.number(k::kShareOfCost).value_or(1.0);
        s.start = read_start(m, header);
        s.years = whole_number(m, k::kYearsFunded, 1);
        s.max_vacancy_months = whole_number(m, k::kPositionVacancy, 0);
        m.finish();
        spec.grants.positions.push_back(std::move(s));
    });
    for_each_item(g, k::kGuarantees, [&](MapReader& m) {
        models::TurnoverGuaranteeSpec s;
        s.name = read_name(m, k::kGuaranteeName);
        if (!s.name.empty()) check_unique(m, k::kGuaranteeName, s.name, names);
        s.position = read_position(m, k::kGuaranteedPosition, spec, true);
        s.reference_eur_per_quarter = m.number(k::kReference).value_or(0.0);
        s.quarters = whole_number(m, k::kGuaranteeQuarters, 1);
        s.binding_years = whole_number(m, k::kStayYears, 0);
        m.finish();
        spec.grants.turnover_guarantees.push_back(std::move(s));
    });
}

}  // namespace

void read_grants(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    if (!top.has(k::kGrantsSection)) return;
    MapReader g(top, k::kGrantsSection);
    if (!g.valid()) return;
    models::GrantsSpec& grants = spec.grants;
    grants.subsidy_ceiling_eur_per_year = g.number(k::kSubsidyCeiling).value_or(0.0);
    if (const auto paid = g.string(k::kLossCompensationPaid)) {
        if (*paid == "true")
            grants.loss_compensation_paid = true;
        else if (*paid != "false")
            g.context().error(g.mark(k::kLossCompensationPaid), g.path(k::kLossCompensationPaid),
                              "expected true or false (got " + *paid + ")");
    }
    if (g.has(k::kLossCompensationMonth)) {
        grants.loss_compensation_month = whole_number(g, k::kLossCompensationMonth, 0);
        if (!grants.loss_compensation_paid)
            g.context().error(g.mark(k::kLossCompensationMonth), g.path(k::kLossCompensationMonth),
                              "needs loss_compensation_paid: true (the month says when the owner pays)");
    }
    std::map<std::string, std::string> names;  // unique across all four lists
    read_investment_grants(g, header, spec, names);
    for_each_item(g, k::kOperatingGrants, [&](MapReader& m) {
        models::OperatingSubsidySpec s;
        s.name = read_name(m, k::kOperatingName);
        if (!s.name.empty()) check_unique(m, k::kOperatingName, s.name, names);
        s.eur_per_year = read_input(m, k::kOperatingAmount,
                                    models::streams::input(models::streams::operating_subsidy(s.name), "eur_per_year"))
                             .value_or(Input{});
        s.start = read_start(m, header);
        s.years = whole_number(m, k::kYearsPaid, 1);
        m.finish();
        grants.operating.push_back(std::move(s));
    });
    read_position_grants(g, header, spec, names);
    g.finish();
}

void read_correlations(MapReader& top, models::CorrelationSpec& spec) {
    if (!top.has(k::kCorrelations)) return;
    Context& ctx = top.context();
    // Inputs that can be correlated: uncertain and drawn once per trial.
    std::vector<std::string> candidates;
    // Inputs drawn anew at each event (the model says which) have no single value to correlate.
    const auto drawn_apart = [](const std::string& name) { return models::streams::drawn_per_event(name); };
    for (const auto& [name, input] : ctx.inputs())
        if (!sim::is_fixed(input.distribution) && input.draw == models::Draw::per_trial && !drawn_apart(name))
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
    const bool entries_ok = for_each_item(top, k::kCorrelations, [&](MapReader& m) {
        const YAML::Node between = m.node(k::kBetween);
        const auto rank = m.number(k::kRank);
        if (!m.require(k::kBetween)) {
            ok = false;
        } else if (!between.IsSequence() || between.size() != 2) {
            ctx.error(m.mark(k::kBetween), m.path(k::kBetween),
                      "expected a list of two key paths (got " + describe_node(between) + ")");
            ok = false;
        } else {
            std::array<std::string, 2> pair;
            for (std::size_t j = 0; j < 2; ++j) {
                pair[j] = between[j].IsScalar() ? between[j].Scalar() : describe_node(between[j]);
                if (std::find(candidates.begin(), candidates.end(), pair[j]) != candidates.end()) continue;
                std::string why = "expected the key path of an uncertain input drawn once per trial";
                const auto known = ctx.inputs().find(pair[j]);
                if (known != ctx.inputs().end() && drawn_apart(pair[j]) && !sim::is_fixed(known->second.distribution))
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
                ctx.error(between[j], m.path(k::kBetween) + "[" + std::to_string(j) + "]",
                          why + " (got " + pair[j] + ")" + (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
                ok = false;
            }
            if (ok && pair[0] == pair[1]) {
                ctx.error(m.mark(k::kBetween), m.path(k::kBetween), "names the same input twice");
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
    if (!ok || !entries_ok || names.empty()) return;
    const std::size_t k = names.size();
    spec.rank.assign(k * k, 0.0);
    for (std::size_t i = 0; i < k; ++i) spec.rank[i * k + i] = 1.0;
    for (const auto& [a, b, r] : pairs) {
        if (spec.rank[a * k + b] != 0.0) {
            ctx.error(top.mark(k::kCorrelations), "correlations",
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
        ctx.error(top.mark(k::kCorrelations), "correlations",
                  std::string(e.what()) + " (inputs numbered " + numbering + "); weaken one of the correlations");
        spec.rank.clear();
        return;
    }
    for (const auto& name : names) spec.inputs.push_back(ctx.inputs().at(name));
}

}  // namespace mvzsim::scenarios
