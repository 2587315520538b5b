// The terminal table of a projection: a block per output with years as rows, a short legend,
// thousands separators, and only the whole-horizon lines that apply to the scenario. German or
// English (--lang); English by default, since a terminal is mostly read by the modeller, while the
// council report (cli/report/) is German by default.
#include <fmt/format.h>

#include "cli/report.h"
#include "cli/report/words.h"
#include "cli/report_text.h"
#include "models/mechanisms/finance.h"

namespace mvzsim::cli {
namespace {

using models::Metric;
using report::Label;
using report::Words;

std::string money(const Words& w, double eur) {
    return w.number(eur / 1000.0, 1);
}

std::string share(const Words& w, double s) {
    return w.number(100.0 * s, 1) + "%";
}

void header(std::string& out, const Provenance& p, const Words& w) {
    out += w(Label::tt_title, p.version, p.scenario_name) + "\n";
    out += w(Label::tt_prov_file, one_line(p.file)) + "\n" + w(Label::tt_prov_sha256, p.sha256) + "\n";
    for (const auto& base : p.extends)
        out += w(Label::tt_prov_extends, one_line(base.file)) + "\n" + w(Label::tt_prov_sha256, base.sha256) + "\n";
    for (const auto& set : p.sets) out += w(Label::tt_prov_set, one_line(set)) + "\n";
    out += w(Label::tt_prov_seed, p.seed) + "\n" +
           w(Label::tt_prov_trials, w.number(static_cast<double>(p.trials), 0)) + "\n";
    out += w(Label::tt_prov_opening, p.opening, p.horizon_years) + "\n";
    out += w(Label::tt_legend) + "\n";
}

// A yearly section; `below_zero` adds the share of trials below zero (a loss, negative cash).
void section(std::string& out, const models::Projection& projection, Metric metric, std::optional<Label> below_zero,
             const Words& w) {
    const models::Unit unit = models::info(metric).unit;
    const bool is_money = unit == models::Unit::eur;
    out += fmt::format("\n{}{}\n", w.title(metric),
                       is_money                      ? w(Label::tt_unit_teur)
                       : unit == models::Unit::share ? std::string(" (%)")
                                                     : std::string());
    if (unit == models::Unit::share) {
        out += fmt::format("  {:>4} {:>6} {:>11} {:>8}\n", w(Label::tt_col_year), w(Label::tt_col_months),
                           w(Label::tt_col_percent), w(Label::tt_col_se));
        for (const auto& y : projection.years)
            out += fmt::format("  {:>4} {:>6} {:>11} {:>8}\n", y.year, y.months, share(w, y[metric].mean),
                               share(w, y[metric].standard_error));
        return;
    }
    auto number = [&](double v) { return is_money ? money(w, v) : w.number(v, 2); };
    out += fmt::format("  {:>4} {:>6} {:>11} {:>8} {:>11} {:>11} {:>11}", w(Label::tt_col_year),
                       w(Label::tt_col_months), w(Label::tt_col_mean), w(Label::tt_col_se), "P5", "P50", "P95");
    out += below_zero ? fmt::format(" {:>10} {:>7}\n", w(*below_zero), w(Label::tt_col_se)) : "\n";
    for (const auto& y : projection.years) {
        const sim::Summary& s = y[metric];
        out += fmt::format("  {:>4} {:>6} {:>11} {:>8} {:>11} {:>11} {:>11}", y.year, y.months, number(s.mean),
                           number(s.standard_error), number(s.p5), number(s.p50), number(s.p95));
        out += below_zero ? fmt::format(" {:>10} {:>7}\n", share(w, s.share_negative), share(w, s.share_negative_se))
                          : "\n";
    }
}

void whole_horizon(std::string& out, const models::Projection& projection, const TableOptions& t, const Words& w) {
    using models::TrialMetric;
    out += fmt::format("\n{}\n", w(Label::tt_horizon));
    const sim::Summary& gap = projection[TrialMetric::largest_cash_gap];
    out +=
        w(Label::tt_gap, money(w, gap.mean), money(w, gap.standard_error), money(w, gap.p50), money(w, gap.p95)) + "\n";
    const sim::Summary& deficit = projection[TrialMetric::largest_deficit];
    out += w(Label::tt_deficit, money(w, deficit.p50), money(w, deficit.p95)) + "\n";
    if (t.has_repayment_conditions) {
        const sim::Summary& repay = projection[TrialMetric::repayment];
        out += w(Label::tt_repayment, share(w, repay.mean), share(w, repay.standard_error)) + "\n";
    }
    if (t.has_ceiling) {
        const sim::Summary& ceiling = projection[TrialMetric::subsidy_over_ceiling];
        out += w(Label::tt_ceiling, money(w, t.ceiling_eur), share(w, ceiling.mean), share(w, ceiling.standard_error)) +
               "\n";
    }
    if (t.detail && t.has_finance) {
        auto mean = [&](TrialMetric m) { return money(w, projection[m].mean); };
        out += w(Label::tt_sources_uses, mean(TrialMetric::investments), mean(TrialMetric::investment_grants),
                 mean(TrialMetric::funding_equity), mean(TrialMetric::funding_loans),
                 mean(TrialMetric::investments_unfunded)) +
               "\n";
    }
}

}  // namespace

TableOptions table_options(const models::CentreSpec& spec, bool detail, report::Lang lang) {
    TableOptions t;
    t.detail = detail;
    t.lang = lang;
    t.ceiling_eur = spec.grants.subsidy_ceiling_eur_per_year;
    t.has_ceiling = t.ceiling_eur > 0.0;
    const auto& g = spec.grants;
    for (const auto& i : g.investment) t.has_repayment_conditions |= i.binding_years > 0;
    for (const auto& p : g.positions) t.has_repayment_conditions |= p.max_vacancy_months > 0;
    for (const auto& tg : g.turnover_guarantees) t.has_repayment_conditions |= tg.binding_years > 0;
    t.has_finance = models::has_finance(spec.finance);
    return t;
}

std::string format_table(const Provenance& p, const models::Projection& projection, const TableOptions& t) {
    const Words w(t.lang, report::text_style(t.lang));
    std::string out;
    header(out, p, w);
    auto add = [&](std::initializer_list<Metric> metrics, std::optional<Label> below = std::nullopt) {
        for (const Metric m : metrics) section(out, projection, m, below, w);
    };
    if (t.detail)
        add({Metric::cases, Metric::doctor_fte, Metric::vacancy, Metric::gkv_revenue, Metric::pkv_revenue,
             Metric::other_revenue, Metric::lump_sums, Metric::addons_revenue, Metric::hzv_revenue});
    add({Metric::revenue});
    if (t.detail)
        add({Metric::doctor_costs, Metric::staff_costs, Metric::premises_costs, Metric::running_costs,
             Metric::recruiting_costs, Metric::addons_costs, Metric::trainee_costs});
    add({Metric::costs});
    if (t.detail) {
        add({Metric::ebitda}, Label::tt_col_below);
        add({Metric::depreciation, Metric::interest, Metric::grants, Metric::trainee_funding, Metric::repayments});
    }
    add({Metric::annual_result}, Label::tt_col_loss);
    add({Metric::cumulative_result}, Label::tt_col_below);
    add({Metric::subsidy_need});
    add({Metric::cash_end}, Label::tt_col_below);
    if (t.detail) add({Metric::cash_min}, Label::tt_col_below);
    if (t.detail) {
        out += fmt::format("\n{}\n", w(Label::tt_balance_sheet));
        add({Metric::fixed_assets, Metric::receivables, Metric::bank_balance, Metric::total_assets,
             Metric::paid_in_capital, Metric::equity, Metric::grant_special_item, Metric::loans_outstanding,
             Metric::overdraft, Metric::loan_principal});
    }
    whole_horizon(out, projection, t, w);
    out += fmt::format("\n{}\n", w(projection.loss_compensation_paid ? Label::tt_cash_paid : Label::tt_cash_not_paid));
    if (!t.detail) out += w(Label::tt_detail_hint) + "\n";
    return out;
}

}  // namespace mvzsim::cli
