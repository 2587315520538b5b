#include "cli/report.h"

#include "cli/report_text.h"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

namespace mvzsim::cli {
namespace {

using models::Metric;

// Human titles of the metrics, in the order of models::Metric.
constexpr const char* kTitles[] = {"Cases",          "GKV revenue",   "PKV revenue",    "Other revenue",
                                   "Revenue",        "Doctor costs",  "Staff costs",    "Premises costs",
                                   "Running costs",  "Costs",         "Annual result",  "Cumulative result"};

void table_header(std::string& out, const Provenance& p) {
    out += fmt::format("mvzsim {}: yearly projection of {}\n", p.version, p.scenario_name);
    out += provenance_lines(p);
    out += "  Amounts in EUR thousand. mean +- s.e.: the mean over trials and its Monte Carlo standard error.\n";
    out += fmt::format("  P5/P50/P95: percentiles over trials, rule {}.\n", kQuantileRule);
}

void table_section(std::string& out, const models::Projection& projection, Metric metric, bool with_loss) {
    const bool money = metric != Metric::cases;
    const double scale = money ? 1e-3 : 1.0;
    out += fmt::format("\n{}{}\n", kTitles[static_cast<std::size_t>(metric)], money ? " (EUR thousand)" : "");
    out += fmt::format("  {:>4} {:>6} {:>11} {:>8} {:>11} {:>11} {:>11}", "year", "months", "mean", "+- s.e.", "P5",
                       "P50", "P95");
    out += with_loss ? fmt::format(" {:>8} {:>7}\n", "P(loss)", "+- s.e.") : "\n";
    for (const auto& y : projection.years) {
        const sim::Summary& s = y[metric];
        out += fmt::format("  {:>4} {:>6} {:>11.1f} {:>8.1f} {:>11.1f} {:>11.1f} {:>11.1f}", y.year, y.months,
                           s.mean * scale, s.standard_error * scale, s.p5 * scale, s.p50 * scale, s.p95 * scale);
        out += with_loss ? fmt::format(" {:>7.1f}% {:>6.1f}%\n", 100.0 * s.share_negative, 100.0 * s.share_negative_se)
                         : "\n";
    }
}

std::string format_table(const Provenance& p, const models::Projection& projection, bool detail) {
    std::string out;
    table_header(out, p);
    if (detail) {
        for (Metric m : {Metric::cases, Metric::gkv, Metric::pkv, Metric::other}) table_section(out, projection, m, false);
    }
    table_section(out, projection, Metric::revenue, false);
    if (detail) {
        for (Metric m : {Metric::doctors, Metric::staff, Metric::premises, Metric::running})
            table_section(out, projection, m, false);
    }
    table_section(out, projection, Metric::costs, false);
    table_section(out, projection, Metric::result, true);
    table_section(out, projection, Metric::cumulative, true);
    out += "\n  P(loss) of the annual result: share of trials with a negative result in the year;\n"
           "  of the cumulative result: share of trials still below zero in total by the end of the year.\n";
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
                               csv_field(std::string(models::metric_name(m))), m == Metric::cases ? "cases" : "EUR",
                               s.mean, s.standard_error, s.sd, s.p5, s.p50, s.p95, s.min, s.max, s.share_negative,
                               s.share_negative_se);
        }
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
            out += fmt::format("      {}: {}{}\n", json_string(std::string(models::metric_name(m))), json_summary(y[m], m == Metric::cases ? "cases" : "EUR"),
                               k + 1 < models::kMetricCount ? "," : "");
        }
        out += fmt::format("    }}}}{}\n", i + 1 < projection.years.size() ? "," : "");
    }
    return out + "  ]\n}\n";
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
                throw std::runtime_error("the projection overflowed (a non-finite result): check for implausibly large inputs");
    switch (format) {
        case Format::csv: return format_csv(p, projection);
        case Format::json: return format_json(p, projection);
        case Format::table: break;
    }
    return format_table(p, projection, detail);
}

std::string format_replay(const Provenance& p, const models::Calendar& calendar,
                          const std::vector<models::MonthFlows>& months, std::uint64_t trial, Format format) {
    struct Column { const char* name; double models::MonthFlows::*field; };
    static constexpr Column kColumns[] = {
        {"doctor_fte", &models::MonthFlows::doctor_fte}, {"cases", &models::MonthFlows::cases},
        {"gkv_revenue", &models::MonthFlows::gkv},       {"pkv_revenue", &models::MonthFlows::pkv},
        {"other_revenue", &models::MonthFlows::other},   {"doctor_costs", &models::MonthFlows::doctors},
        {"staff_costs", &models::MonthFlows::staff},     {"premises_costs", &models::MonthFlows::premises},
        {"running_costs", &models::MonthFlows::running}};
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
        out = fmt::format("# mvzsim {}; scenario {}; sha256 {}; seed {}; trial {}\nmonth", p.version, one_line(p.scenario_name),
                          p.sha256, p.seed, trial);
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
    out += fmt::format("  {:>7} {:>6} {:>7} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n", "month", "FTE", "cases",
                       "revenue", "GKV", "PKV+other", "doctors", "staff", "other cost", "result");
    for (std::size_t i = 0; i < months.size(); ++i) {
        const auto& f = months[i];
        out += fmt::format("  {:>7} {:>6.2f} {:>7.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>10.0f} {:>10.0f}\n",
                           models::to_string(calendar.at(static_cast<int>(i))), f.doctor_fte, f.cases, f.revenue(),
                           f.gkv, f.pkv + f.other, f.doctors, f.staff, f.premises + f.running, f.result());
    }
    return out;
}

}  // namespace mvzsim::cli
