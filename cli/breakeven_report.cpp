#include "cli/breakeven_report.h"

#include <fmt/format.h>

#include <stdexcept>

#include "cli/report_text.h"

namespace mvzsim::cli {
namespace {

std::string year_or_never(const std::optional<int>& year) {
    return year ? std::to_string(*year) : "never";
}

std::string months_or_never(const std::optional<int>& months) {
    return months ? fmt::format("{} months", *months) : "never";
}

std::string percent(double share) {
    return fmt::format("{:.1f} %", 100.0 * share);
}

// EUR thousand and the share of the investment volume, or why there is no such grant.
std::string investment_grant_cell(const models::CountResult& c) {
    if (!c.has_investments) return "n/a";
    if (!c.investment_grant) return "none";
    return fmt::format("{:.1f} ({:.0f} %)", *c.investment_grant / 1e3, 100.0 * c.investment_grant_share);
}

// Why a count has an investment grant or not: ok, no_investments, unreachable.
std::string investment_grant_status(const models::CountResult& c) {
    if (!c.has_investments) return "no_investments";
    return c.investment_grant ? "ok" : "unreachable";
}

std::string csv_number(const std::optional<double>& v) {
    return v ? fmt::format("{}", *v) : "";
}
std::string json_number(const std::optional<double>& v) {
    return v ? fmt::format("{}", *v) : "null";
}

// The verdict in one or two sentences.
std::string verdict(const models::BreakevenResult& r) {
    const double c = r.options.confidence;
    if (r.minimum) {
        const auto& m = r.counts[*r.minimum];
        std::string text = fmt::format(
            "Minimum: {:g} doctor FTE. There the annual result {} is >= 0 in {} of trials (95 % interval {:.1f} to "
            "{:.1f} %), at least the required {}.\n",
            m.fte, r.year, percent(m.probability), 100.0 * m.probability_ci.low, 100.0 * m.probability_ci.high,
            percent(c));
        if (!r.minimum_certain)
            text += fmt::format(
                "Within Monte Carlo error: the 95 % interval reaches below {}; run more trials (--trials) to be "
                "sure.\n",
                percent(c));
        return text;
    }
    const auto& b = r.counts[r.best];
    std::string text = fmt::format(
        "No count from {:g} to {:g} doctor FTE reaches {}. The best is {:g} FTE with {} (95 % interval {:.1f} to "
        "{:.1f} %); see the support needed below.\n",
        r.options.min_fte, r.options.max_fte, percent(c), b.fte, percent(b.probability), 100.0 * b.probability_ci.low,
        100.0 * b.probability_ci.high);
    // Still rising at the top of the range: more doctors may get there.
    const std::size_t n = r.counts.size();
    if (n >= 2 && r.best == n - 1 && r.counts[n - 1].probability > r.counts[n - 2].probability)
        text += fmt::format(
            "The probability still rises at {:g} FTE: a larger range (e.g. --doctors {:g}..{:g}) may "
            "reach {}.\n",
            r.options.max_fte, r.options.min_fte, r.options.max_fte + 4 * r.options.step, percent(c));
    return text;
}

std::string format_table(const Provenance& p, const models::BreakevenResult& r) {
    std::string out = fmt::format("mvzsim {}: break-even analysis of {}\n", p.version, p.scenario_name);
    out += provenance_lines(p);
    out += fmt::format(
        "  year analysed  {}{}\n", r.year,
        r.options.year ? "" : " (the first steady-state year: every position in post at its full case load)");
    out += fmt::format(
        "  confidence     {}: a count carries itself when at least this share of trials has an\n"
        "                 annual result >= 0 in {}\n",
        percent(r.options.confidence), r.year);
    out += fmt::format("  added doctors  copies of position {} (own random streams; staff per doctor FTE follow)\n",
                       r.template_id);
    out += "  Amounts in EUR thousand; all counts use the same random draws (common random numbers).\n";

    out += fmt::format("\nAnnual result {} by doctor FTE\n", r.year);
    out += fmt::format("  {:>5} {:>8} {:>15} {:>9} {:>8} {:>9} {:>9} {:>9} {:>10}\n", "FTE", "P(>=0)", "95 % interval",
                       "mean", "+- s.e.", "P5", "P50", "P95", "subsidy");
    for (const auto& c : r.counts) {
        out += fmt::format(
            "  {:>5g} {:>7.1f}% {:>6.1f} to {:>4.1f}% {:>9.1f} {:>8.1f} {:>9.1f} {:>9.1f} {:>9.1f} {:>10.1f}\n", c.fte,
            100.0 * c.probability, 100.0 * c.probability_ci.low, 100.0 * c.probability_ci.high, c.result.mean / 1e3,
            c.result.standard_error / 1e3, c.result.p5 / 1e3, c.result.p50 / 1e3, c.result.p95 / 1e3,
            c.subsidy.mean / 1e3);
    }
    out += "  subsidy: the owner's mean loss compensation in the year, mean of max(0, -result).\n\n";
    out += verdict(r);

    out += fmt::format("\nSupport to reach {} in {}, and the credit need\n", percent(r.options.confidence), r.year);
    out += fmt::format("  {:>5} {:>16} {:>16} {:>24} {:>16}\n", "FTE", "yearly subsidy", "one-off grant",
                       "investment grant", "credit line P95");
    for (const auto& c : r.counts)
        out += fmt::format("  {:>5g} {:>16.1f} {:>16.1f} {:>24} {:>16.1f}\n", c.fte, c.operating_subsidy / 1e3,
                           c.one_off_grant / 1e3, investment_grant_cell(c), c.credit_line_p95 / 1e3);
    out += fmt::format(
        "  yearly subsidy: smallest amount a year that lifts the annual result {} to >= 0 in {} of trials;\n"
        "  one-off grant: smallest amount paid at opening that lifts the cumulative result by the end of {} to\n"
        "  >= 0 in {} of trials; investment grant: smallest further grant on the investments, released with\n"
        "  their depreciation, that lifts the annual result {} to >= 0 in {} of trials (in % of the mean\n"
        "  investment volume; 'n/a': no investments; 'none': not within what the scenario's investment grants\n"
        "  leave of the investments, or nothing is depreciated in {});\n"
        "  credit line P95: 95th percentile of the largest negative cash at any month end.\n",
        r.year, percent(r.options.confidence), r.year, percent(r.options.confidence), r.year,
        percent(r.options.confidence), r.year);

    out +=
        "\nBreak-even in time (first year with an annual result >= 0; months until the cumulative\n"
        "result stays >= 0; 'never' = not within the horizon)\n";
    out += fmt::format("  {:>5} {:>7} {:>7} {:>7} {:>7} {:>10} {:>10} {:>10} {:>7}\n", "FTE", "P5", "P50", "P95",
                       "never", "P5", "P50", "P95", "never");
    for (const auto& c : r.counts)
        out += fmt::format("  {:>5g} {:>7} {:>7} {:>7} {:>6.1f}% {:>10} {:>10} {:>10} {:>6.1f}%\n", c.fte,
                           year_or_never(c.first_year.p5), year_or_never(c.first_year.p50),
                           year_or_never(c.first_year.p95), 100.0 * c.first_year.share_never,
                           months_or_never(c.payback_month.p5), months_or_never(c.payback_month.p50),
                           months_or_never(c.payback_month.p95), 100.0 * c.payback_month.share_never);
    out += "\nCash in time (months until month-end cash stays >= 0)\n";
    out += fmt::format("  {:>5} {:>10} {:>10} {:>10} {:>7}\n", "FTE", "P5", "P50", "P95", "never");
    for (const auto& c : r.counts)
        out += fmt::format("  {:>5g} {:>10} {:>10} {:>10} {:>6.1f}%\n", c.fte, months_or_never(c.cash_month.p5),
                           months_or_never(c.cash_month.p50), months_or_never(c.cash_month.p95),
                           100.0 * c.cash_month.share_never);
    return out;
}

std::string csv_optional(const std::optional<int>& v) {
    return v ? std::to_string(*v) : "";
}

std::string format_csv(const Provenance& p, const models::BreakevenResult& r) {
    std::string out =
        "# " + provenance_comment(p) +
        fmt::format("; year {}; confidence {}; template {}\n", r.year, r.options.confidence, one_line(r.template_id));
    out +=
        "doctor_fte,year,probability_nonnegative,probability_ci_low,probability_ci_high,mean,standard_error,sd,p5,"
        "p50,p95,subsidy_mean,subsidy_standard_error,subsidy_p95,operating_subsidy,one_off_grant,investment_grant,"
        "investment_grant_share,investment_grant_status,credit_line_p95,"
        "first_year_p5,first_year_p50,first_year_p95,first_year_share_never,payback_months_p5,payback_months_p50,"
        "payback_months_p95,payback_share_never,cash_months_p5,cash_months_p50,cash_months_p95,cash_share_never,"
        "meets_confidence\n";
    for (const auto& c : r.counts) {
        out += fmt::format(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            c.fte, r.year, c.probability, c.probability_ci.low, c.probability_ci.high, c.result.mean,
            c.result.standard_error, c.result.sd, c.result.p5, c.result.p50, c.result.p95, c.subsidy.mean,
            c.subsidy.standard_error, c.subsidy.p95, c.operating_subsidy, c.one_off_grant,
            csv_number(c.investment_grant),
            c.investment_grant ? fmt::format("{}", c.investment_grant_share) : std::string{},
            investment_grant_status(c), c.credit_line_p95, csv_optional(c.first_year.p5),
            csv_optional(c.first_year.p50), csv_optional(c.first_year.p95), c.first_year.share_never,
            csv_optional(c.payback_month.p5), csv_optional(c.payback_month.p50), csv_optional(c.payback_month.p95),
            c.payback_month.share_never, csv_optional(c.cash_month.p5), csv_optional(c.cash_month.p50),
            csv_optional(c.cash_month.p95), c.cash_month.share_never,
            c.probability >= r.options.confidence ? "yes" : "no");
    }
    return out;
}

std::string json_optional(const std::optional<int>& v) {
    return v ? std::to_string(*v) : "null";
}

std::string json_times(const models::TimePercentiles& t) {
    return fmt::format("{{\"p5\": {}, \"p50\": {}, \"p95\": {}, \"share_never\": {}}}", json_optional(t.p5),
                       json_optional(t.p50), json_optional(t.p95), t.share_never);
}

std::string format_json(const Provenance& p, const models::BreakevenResult& r) {
    std::string out = "{\n" + json_provenance(p);
    out += fmt::format("  \"year\": {},\n  \"confidence\": {},\n  \"template\": {},\n", r.year, r.options.confidence,
                       json_string(r.template_id));
    out += fmt::format("  \"minimum_doctor_fte\": {},\n  \"minimum_certain\": {},\n",
                       r.minimum ? fmt::format("{}", r.counts[*r.minimum].fte) : "null",
                       r.minimum_certain ? "true" : "false");
    out += "  \"counts\": [\n";
    for (std::size_t i = 0; i < r.counts.size(); ++i) {
        const auto& c = r.counts[i];
        out += fmt::format(
            "    {{\"doctor_fte\": {}, \"probability_nonnegative\": {}, \"probability_ci\": [{}, {}], "
            "\"annual_result\": {}, \"subsidy\": {}, \"operating_subsidy\": {}, \"one_off_grant\": {}, "
            "\"investment_grant\": {}, \"investment_grant_share\": {}, \"investment_grant_status\": \"{}\", "
            "\"credit_line_p95\": {}, \"first_year\": {}, \"payback_months\": {}, \"cash_months\": {}}}{}\n",
            c.fte, c.probability, c.probability_ci.low, c.probability_ci.high, json_summary(c.result, "EUR"),
            json_summary(c.subsidy, "EUR"), c.operating_subsidy, c.one_off_grant, json_number(c.investment_grant),
            c.investment_grant ? fmt::format("{}", c.investment_grant_share) : std::string("null"),
            investment_grant_status(c), c.credit_line_p95, json_times(c.first_year), json_times(c.payback_month),
            json_times(c.cash_month), i + 1 < r.counts.size() ? "," : "");
    }
    return out + "  ]\n}\n";
}

}  // namespace

std::string format_breakeven(const Provenance& p, const models::BreakevenResult& result, Format format) {
    switch (format) {
        case Format::csv:
            return format_csv(p, result);
        case Format::json:
            return format_json(p, result);
        case Format::table:
            break;
        case Format::xlsx:
        case Format::html:
        case Format::pdf:
            throw std::logic_error("format_breakeven: a report format goes through cli/report");
    }
    return format_table(p, result);
}

}  // namespace mvzsim::cli
