#include "cli/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "cli/report_text.h"
#include "models/projection/projection.h"
#include "sim/finite.h"

namespace mvzsim::cli {
namespace {

using models::Metric;

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
    for (const Format f : {Format::table, Format::csv, Format::json, Format::xlsx, Format::html, Format::pdf})
        if (name == format_name(f)) return f;
    return std::nullopt;
}

const char* format_name(Format format) {
    switch (format) {
        case Format::table:
            return "table";
        case Format::csv:
            return "csv";
        case Format::json:
            return "json";
        case Format::xlsx:
            return "xlsx";
        case Format::html:
            return "html";
        case Format::pdf:
            return "pdf";
    }
    return "";
}

void check_finite(const models::Projection& projection) {
    // Inputs near the limits of double arithmetic (e.g. a salary of 1e308) overflow; report
    // that rather than print "inf" or "nan" into a report.
    // models::summarize has checked each output already (naming it); this guards every writer.
    const auto finite = [](const auto& summaries) {
        return std::all_of(summaries.begin(), summaries.end(), [](const sim::Summary& s) { return sim::is_finite(s); });
    };
    bool ok = finite(projection.trial);
    for (const auto& y : projection.years) ok = ok && finite(y.metrics);
    if (!ok)
        throw std::runtime_error("the projection overflowed (a non-finite result): check for implausibly large inputs");
}

std::string format_projection(const Provenance& p, const models::Projection& projection, Format format,
                              const TableOptions& table) {
    check_finite(projection);
    switch (format) {
        case Format::csv:
            return format_csv(p, projection);
        case Format::json:
            return format_json(p, projection);
        case Format::table:
            break;
        case Format::xlsx:
        case Format::html:
        case Format::pdf:
            throw std::logic_error("format_projection: a report format goes through cli/report");
    }
    return format_table(p, projection, table);
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
    // No inf or nan may reach the table, CSV or JSON (where it is not even valid).
    for (std::size_t i = 0; i < months.size(); ++i) {
        const std::string month = models::to_string(calendar.at(static_cast<int>(i)));
        for (const auto& c : kColumns)
            if (!std::isfinite(months[i].*c.field))
                throw std::runtime_error(
                    models::non_finite_message(fmt::format("{} in {}", c.name, month), trial, months[i].*c.field));
        if (!std::isfinite(months[i].result()))
            throw std::runtime_error(
                models::non_finite_message(fmt::format("result in {}", month), trial, months[i].result()));
    }
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
