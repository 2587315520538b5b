#include "cli/report.h"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "cli/report_text.h"

namespace mvzsim::cli {
namespace {

using models::Metric;

void table_header(std::string& out, const Provenance& p) {
    out += fmt::format("mvzsim {}: yearly projection of {}\n", p.version, p.scenario_name);
    out += provenance_lines(p);
    out += "  Amounts in EUR thousand. mean +- s.e.: the mean over trials and its Monte Carlo standard error.\n";
    out += fmt::format("  P5/P50/P95: percentiles over trials, rule {}.\n", kQuantileRule);
}

// A yearly section; `below_zero` adds the share of trials below zero (a loss, negative cash).
void table_section(std::string& out, const models::Projection& projection, Metric metric, const char* below_zero) {
    const std::string_view unit = models::metric_unit(metric);
    const bool money = unit == "EUR";
    const double scale = money ? 1e-3 : unit == "share" ? 100.0 : 1.0;
    out += fmt::format("\n{}{}\n", models::info(metric).title,
                       money             ? " (EUR thousand)"
                       : unit == "share" ? " (%)"
                                         : "");
    if (unit == "share") {
        out += fmt::format("  {:>4} {:>6} {:>11} {:>8}\n", "year", "months", "percent", "+- s.e.");
        for (const auto& y : projection.years)
            out += fmt::format("  {:>4} {:>6} {:>10.1f}% {:>7.1f}%\n", y.year, y.months, y[metric].mean * scale,
                               y[metric].standard_error * scale);
        return;
    }
    out += fmt::format("  {:>4} {:>6} {:>11} {:>8} {:>11} {:>11} {:>11}", "year", "months", "mean", "+- s.e.", "P5",
                       "P50", "P95");
    out += below_zero ? fmt::format(" {:>8} {:>7}\n", below_zero, "+- s.e.") : "\n";
    for (const auto& y : projection.years) {
        const sim::Summary& s = y[metric];
        out += fmt::format("  {:>4} {:>6} {:>11.{}f} {:>8.{}f} {:>11.{}f} {:>11.{}f} {:>11.{}f}", y.year, y.months,
                           s.mean * scale, money ? 1 : 2, s.standard_error * scale, money ? 1 : 2, s.p5 * scale,
                           money ? 1 : 2, s.p50 * scale, money ? 1 : 2, s.p95 * scale, money ? 1 : 2);
        out += below_zero ? fmt::format(" {:>7.1f}% {:>6.1f}%\n", 100.0 * s.share_negative, 100.0 * s.share_negative_se)
                          : "\n";
    }
}

// Whole-trial outcomes: the credit need, repayments, the subsidy ceiling.
void trial_block(std::string& out, const models::Projection& projection) {
    using models::TrialMetric;
    const sim::Summary& gap = projection[TrialMetric::largest_cash_gap];
    out += "\nOver the whole horizon\n";
    out += fmt::format(
        "  largest cash gap (credit line or guarantee needed), EUR thousand: mean {:.1f} +- {:.1f}, "
        "P50 {:.1f}, P95 {:.1f}\n",
        gap.mean / 1e3, gap.standard_error / 1e3, gap.p50 / 1e3, gap.p95 / 1e3);
    const sim::Summary& deficit = projection[TrialMetric::largest_deficit];
    out += fmt::format("  largest cumulative loss, EUR thousand: P50 {:.1f}, P95 {:.1f}\n", deficit.p50 / 1e3,
                       deficit.p95 / 1e3);
    const sim::Summary& repay = projection[TrialMetric::repayment];
    out += fmt::format("  probability that a grant must be repaid: {:.1f} % +- {:.1f} %\n", 100.0 * repay.mean,
                       100.0 * repay.standard_error);
    const sim::Summary& ceiling = projection[TrialMetric::subsidy_over_ceiling];
    out += fmt::format(
        "  probability that the subsidy need exceeds the ceiling in some year: {:.1f} % +- {:.1f} % "
        "(0 when no ceiling is set)\n",
        100.0 * ceiling.mean, 100.0 * ceiling.standard_error);
}

std::string format_table(const Provenance& p, const models::Projection& projection, bool detail) {
    std::string out;
    table_header(out, p);
    if (detail) {
        for (Metric m : {Metric::cases, Metric::doctor_fte, Metric::vacancy, Metric::gkv_revenue, Metric::pkv_revenue,
                         Metric::other_revenue, Metric::lump_sums, Metric::addons_revenue})
            table_section(out, projection, m, nullptr);
    }
    table_section(out, projection, Metric::revenue, nullptr);
    if (detail) {
        for (Metric m : {Metric::doctor_costs, Metric::staff_costs, Metric::premises_costs, Metric::running_costs,
                         Metric::recruiting_costs, Metric::addons_costs})
            table_section(out, projection, m, nullptr);
    }
    table_section(out, projection, Metric::costs, nullptr);
    if (detail) {
        table_section(out, projection, Metric::ebitda, "P(<0)");
        for (Metric m : {Metric::depreciation, Metric::interest, Metric::grants, Metric::repayments})
            table_section(out, projection, m, nullptr);
    }
    table_section(out, projection, Metric::annual_result, "P(loss)");
    table_section(out, projection, Metric::cumulative_result, "P(<0)");
    table_section(out, projection, Metric::subsidy_need, nullptr);
    table_section(out, projection, Metric::cash_end, "P(<0)");
    if (detail) table_section(out, projection, Metric::cash_min, "P(<0)");
    trial_block(out, projection);
    out +=
        projection.loss_compensation_paid
            ? "\n  Cash includes the owner's loss compensation, paid each December (grants.loss_compensation_paid).\n"
            : "\n  Cash is before the owner's loss compensation (grants.loss_compensation_paid is not set).\n";
    out +=
        "  P(loss): share of trials with a negative annual result in the year; P(<0): share below zero.\n"
        "  --detail adds revenue by source, costs by type, EBITDA, depreciation, interest, grants, staffing\n"
        "  and the lowest cash in each year.\n";
    return out;
}

std::string format_csv(const Provenance& p, const models::Projection& projection) {
    std::string out;
    out += "# " + provenance_comment(p) + "\n";
    out += "year,months,metric,unit,mean,standard_error,sd,p5,p50,p95,min,max,share_negative,share_negative_se\n";
    for (const auto& y : projection.years) {
        for (std::size_t k = 0; k < models::kMetricCount; ++k) {
            const Metric m = static_cast<Metric>(k);
            const sim::Summary& s = y[m];
            out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", y.year, y.months,
                               csv_field(std::string(models::metric_name(m))), models::metric_unit(m), s.mean,
                               s.standard_error, s.sd, s.p5, s.p50, s.p95, s.min, s.max, s.share_negative,
                               s.share_negative_se);
        }
    }
    for (std::size_t k = 0; k < models::kTrialMetricCount; ++k) {
        const auto m = static_cast<models::TrialMetric>(k);
        const sim::Summary& s = projection[m];
        out += fmt::format("all,,{},{},{},{},{},{},{},{},{},{},{},{}\n", models::metric_name(m), models::metric_unit(m),
                           s.mean, s.standard_error, s.sd, s.p5, s.p50, s.p95, s.min, s.max, s.share_negative,
                           s.share_negative_se);
    }
    return out;
}

std::string format_json(const Provenance& p, const models::Projection& projection) {
    std::string out = "{\n" + json_provenance(p);
    out += "  \"years\": [\n";
    for (std::size_t i = 0; i < projection.years.size(); ++i) {
        const auto& y = projection.years[i];
        out += fmt::format("    {{\"year\": {}, \"months\": {}, \"metrics\": {{\n", y.year, y.months);
        for (std::size_t k = 0; k < models::kMetricCount; ++k) {
            const Metric m = static_cast<Metric>(k);
            out += fmt::format("      {}: {}{}\n", json_string(std::string(models::metric_name(m))),
                               json_summary(y[m], std::string(models::metric_unit(m)).c_str()),
                               k + 1 < models::kMetricCount ? "," : "");
        }
        out += fmt::format("    }}}}{}\n", i + 1 < projection.years.size() ? "," : "");
    }
    out += "  ],\n  \"trial\": {\n";
    for (std::size_t k = 0; k < models::kTrialMetricCount; ++k) {
        const auto m = static_cast<models::TrialMetric>(k);
        out += fmt::format("    {}: {}{}\n", json_string(std::string(models::metric_name(m))),
                           json_summary(projection[m], std::string(models::metric_unit(m)).c_str()),
                           k + 1 < models::kTrialMetricCount ? "," : "");
    }
    return out + "  }\n}\n";
}

}  // namespace

std::optional<Format> parse_format(const std::string& name) {
    if (name == "table") return Format::table;
    if (name == "csv") return Format::csv;
    if (name == "json") return Format::json;
    return std::nullopt;
}

std::string format_projection(const Provenance& p, const models::Projection& projection, Format format, bool detail) {
    // Inputs near the limits of double arithmetic (e.g. a salary of 1e308) overflow; report
    // that rather than print "inf" or "nan" into a report.
    for (const auto& y : projection.years)
        for (const auto& s : y.metrics)
            if (!std::isfinite(s.mean) || !std::isfinite(s.sd) || !std::isfinite(s.min) || !std::isfinite(s.max))
                throw std::runtime_error(
                    "the projection overflowed (a non-finite result): check for implausibly large inputs");
    switch (format) {
        case Format::csv:
            return format_csv(p, projection);
        case Format::json:
            return format_json(p, projection);
        case Format::table:
            break;
    }
    return format_table(p, projection, detail);
}

std::string format_replay(const Provenance& p, const models::Calendar& calendar,
                          const std::vector<models::MonthFlows>& months, std::uint64_t trial, Format format) {
    struct Column {
        const char* name;
        double models::MonthFlows::*field;
    };
    static constexpr Column kColumns[] = {{"doctor_fte", &models::MonthFlows::doctor_fte},
                                          {"cases", &models::MonthFlows::cases},
                                          {"gkv_revenue", &models::MonthFlows::gkv_revenue},
                                          {"pkv_revenue", &models::MonthFlows::pkv_revenue},
                                          {"other_revenue", &models::MonthFlows::other_revenue},
                                          {"lump_sums", &models::MonthFlows::lump_sums},
                                          {"addons_revenue", &models::MonthFlows::addons_revenue},
                                          {"doctor_costs", &models::MonthFlows::doctor_costs},
                                          {"staff_costs", &models::MonthFlows::staff_costs},
                                          {"premises_costs", &models::MonthFlows::premises_costs},
                                          {"running_costs", &models::MonthFlows::running_costs},
                                          {"recruiting_costs", &models::MonthFlows::recruiting_costs},
                                          {"addons_costs", &models::MonthFlows::addons_costs},
                                          {"depreciation", &models::MonthFlows::depreciation},
                                          {"interest", &models::MonthFlows::interest},
                                          {"grants", &models::MonthFlows::grants},
                                          {"repayments", &models::MonthFlows::repayments},
                                          {"loss_compensation", &models::MonthFlows::loss_compensation},
                                          {"cash", &models::MonthFlows::cash}};
    std::string out;
    if (format == Format::json) {
        out = "{\n" + json_provenance(p) + fmt::format("  \"trial\": {},\n  \"months\": [\n", trial);
        for (std::size_t i = 0; i < months.size(); ++i) {
            const auto& f = months[i];
            out += fmt::format("    {{\"month\": {}", json_string(models::to_string(calendar.at(static_cast<int>(i)))));
            for (const auto& c : kColumns) out += fmt::format(", \"{}\": {}", c.name, f.*c.field);
            out += fmt::format(", \"result\": {}}}{}\n", f.result(), i + 1 < months.size() ? "," : "");
        }
        return out + "  ]\n}\n";
    }
    if (format == Format::csv) {
        out = fmt::format("# mvzsim {}; scenario {}; sha256 {}; seed {}; trial {}\nmonth", p.version,
                          one_line(p.scenario_name), p.sha256, p.seed, trial);
        for (const auto& c : kColumns) out += fmt::format(",{}", c.name);
        out += ",result\n";
        for (std::size_t i = 0; i < months.size(); ++i) {
            out += models::to_string(calendar.at(static_cast<int>(i)));
            for (const auto& c : kColumns) out += fmt::format(",{}", months[i].*c.field);
            out += fmt::format(",{}\n", months[i].result());
        }
        return out;
    }
    out = fmt::format("mvzsim {}: trial {} of {} month by month (seed {}, sha256 {})\n  amounts in EUR\n", p.version,
                      trial, p.scenario_name, p.seed, p.sha256);
    out += fmt::format("  {:>7} {:>6} {:>7} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>11}\n", "month", "FTE",
                       "cases", "revenue", "doctors", "staff", "other cost", "fin.+grants", "result", "cash");
    for (std::size_t i = 0; i < months.size(); ++i) {
        const auto& f = months[i];
        out += fmt::format(
            "  {:>7} {:>6.2f} {:>7.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>11.0f}\n",
            models::to_string(calendar.at(static_cast<int>(i))), f.doctor_fte, f.cases, f.revenue(), f.doctor_costs,
            f.staff_costs, f.premises_costs + f.running_costs + f.recruiting_costs + f.addons_costs,
            f.grants - f.repayments - f.depreciation - f.interest, f.result(), f.cash);
    }
    out +=
        "  other cost: premises, running, recruiting, add-ons; fin.+grants: grants - repayments -\n"
        "  depreciation - interest; cash: month-end cash (including the owner's loss compensation only\n"
        "  when grants.loss_compensation_paid is set).\n";
    return out;
}

}  // namespace mvzsim::cli
