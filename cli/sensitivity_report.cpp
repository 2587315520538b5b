#include "cli/sensitivity_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "cli/report_text.h"

namespace mvzsim::cli {
namespace {

// Amounts in EUR print in thousands, as the run table does; other units as they are.
struct Scale {
    bool thousands = false;
    std::string unit;
    std::string operator()(double v) const {
        if (std::isnan(v)) return "-";
        return thousands ? fmt::format("{:.1f}", v / 1000.0) : fmt::format("{:.4g}", v);
    }
};

Scale scale_of(const SensitivityReport& r) {
    return r.unit == "EUR" ? Scale{true, "EUR thousand"} : Scale{false, r.unit};
}

// An input's value: whole units from 1,000, else four significant digits.
std::string number(double v) {
    if (std::isnan(v)) return "-";
    if (std::abs(v) >= 1000.0) return fmt::format("{:.0f}", v);
    if (std::abs(v) >= 100.0) return fmt::format("{:.1f}", v);
    return fmt::format("{:.4g}", v);
}

std::size_t name_width(const SensitivityReport& r) {
    std::size_t w = 24;
    for (const auto& i : r.result.inputs) w = std::max(w, i.name.size());
    return std::min<std::size_t>(w, 60);
}

std::string percent(double p) {
    return fmt::format("{:g}", std::round(p * 1000.0) / 10.0);
}

std::string header(const SensitivityReport& r) {
    const Scale s = scale_of(r);
    const auto& x = r.result;
    std::string out = fmt::format("mvzsim {}: sensitivity of {} ({})\n", r.p.version, r.output, s.unit);
    out += provenance_lines(r.p);
    out += fmt::format("  output         mean {} +- {} {} ({} is better)\n", s(x.mean), s(x.se), s.unit,
                       r.higher_is_better ? "higher" : "lower");
    out += fmt::format("  failure        {}: {} of {} trials ({} % +- {} %)\n", r.failure, x.failing, x.trials,
                       percent(x.failing_share), percent(x.failing_share_se));
    out += fmt::format(
        "  inputs         {} uncertain, each by its value in the trial (drawn each month or year: the mean of "
        "the trial's draws)\n",
        x.inputs.size());
    for (const auto& u : r.untraced)
        out += fmt::format("                 {}: drawn anew at each event, not analysed (median in the cases)\n", u);
    return out;
}

std::string tornado(const SensitivityReport& r) {
    const Scale s = scale_of(r);
    const std::size_t w = name_width(r);
    const std::string tail = percent(r.options.tail);
    std::string out = fmt::format(
        "\nTornado: mean of the output when the input is in its lowest / highest {} % of trials ({}, +- s.e.),\n"
        "largest swing first; Spearman: rank correlation of the input with the output\n",
        tail, s.unit);
    out += fmt::format("  {:<{}} {:>20} {:>20} {:>10} {:>9}\n", "input", w, fmt::format("lowest {} %", tail),
                       fmt::format("highest {} %", tail), "swing", "Spearman");
    for (const auto& i : r.result.inputs)
        out += fmt::format("  {:<{}} {:>20} {:>20} {:>10} {:>9.3f}\n", i.name, w,
                           fmt::format("{} +- {}", s(i.low.mean), s(i.low.se)),
                           fmt::format("{} +- {}", s(i.high.mean), s(i.high.se)), s(i.swing), i.spearman);
    return out;
}

std::string shares(const SensitivityReport& r) {
    const std::size_t w = name_width(r);
    std::string out = fmt::format(
        "\nVariance share: the share of the output's variance that the input explains alone (first-order, {} bins;\n"
        "95 % bootstrap interval): what is worth finding out before deciding\n",
        r.options.bins);
    out += fmt::format("  {:<{}} {:>7} {:>18}\n", "input", w, "share", "95 % interval");
    for (const std::size_t k : models::by_share(r.result)) {
        const auto& i = r.result.inputs[k];
        out += fmt::format("  {:<{}} {:>7.3f} {:>18}\n", i.name, w, i.share.share,
                           fmt::format("{:.3f} .. {:.3f}", i.share.low, i.share.high));
    }
    return out;
}

std::string failure(const SensitivityReport& r) {
    const std::size_t w = name_width(r);
    const std::string tail = percent(r.options.tail);
    std::string out = fmt::format(
        "\nGiven failure ({}: {} of {} trials): the input's P10 / P50 / P90 in the failing trials, in the\n"
        "others and in all; P(fail) with the input in its lowest / highest {} % of trials; shift: how far the\n"
        "failing trials' median lies from the median of all, in P10..P90 ranges\n",
        r.failure, r.result.failing, r.result.trials, tail);
    if (r.result.failing == 0) return out + "  no trial fails the condition\n";
    out += fmt::format("  {:<{}} {:>26} {:>26} {:>26} {:>15} {:>6}\n", "input", w, "failing P10 / P50 / P90",
                       "others P10 / P50 / P90", "all P10 / P50 / P90", "P(fail) lo / hi", "shift");
    const auto triple = [](const std::array<double, 3>& v) {
        return fmt::format("{} / {} / {}", number(v[0]), number(v[1]), number(v[2]));
    };
    for (const std::size_t k : models::by_failure_shift(r.result)) {
        const auto& i = r.result.inputs[k];
        out += fmt::format("  {:<{}} {:>26} {:>26} {:>26} {:>15} {:>+6.2f}\n", i.name, w, triple(i.failing),
                           triple(i.passing), triple(i.all), fmt::format("{:.2f} / {:.2f}", i.fail_low, i.fail_high),
                           models::failure_shift(i));
    }
    return out;
}

std::string cases(const SensitivityReport& r) {
    const Scale s = scale_of(r);
    const std::size_t w = name_width(r);
    const auto& c = r.cases;
    const auto p = [&](std::size_t k) { return fmt::format("P{}", percent(c.percentiles[k])); };
    std::string out = fmt::format(
        "\nBest / base / worst: deterministic projections, not Monte Carlo results. Each case is one trial with\n"
        "every input at a fixed percentile of its distribution ({}, {} or {}; per input the side that is worse or\n"
        "better for the output, by the sign of its Spearman correlation). All inputs at their bad side together\n"
        "is far rarer than the Monte Carlo {} of the output: the cases are no probabilities.\n",
        p(0), p(1), p(2), r.higher_is_better ? p(0) : p(2));
    out += fmt::format("  {:<{}} {:>14} {:>14} {:>14}\n", "", w, "worst", "base", "best");
    out += fmt::format("  {:<{}} {:>14} {:>14} {:>14}   ({}, deterministic)\n", r.output, w, s(c.output[0]),
                       s(c.output[1]), s(c.output[2]), s.unit);
    const bool up = r.higher_is_better;
    out += fmt::format("  {:<{}} {:>14} {:>14} {:>14}   (Monte Carlo {} / {} / {})\n", "Monte Carlo percentiles", w,
                       s(c.monte_carlo[up ? 0 : 2]), s(c.monte_carlo[1]), s(c.monte_carlo[up ? 2 : 0]), p(up ? 0 : 2),
                       p(1), p(up ? 2 : 0));
    out += "  inputs in each case:\n";
    for (const auto& row : c.inputs)
        out += fmt::format("  {:<{}} {:>14} {:>14} {:>14}\n", row.name, w, number(row.values[0]), number(row.values[1]),
                           number(row.values[2]));
    return out;
}

std::string format_table(const SensitivityReport& r) {
    return header(r) + tornado(r) + shares(r) + failure(r) + cases(r);
}

const models::InputSensitivity* find(const SensitivityReport& r, const std::string& name) {
    for (const auto& i : r.result.inputs)
        if (i.name == name) return &i;
    return nullptr;
}

// A number for the CSV: empty where there is none (the failing trials' percentiles when none fails).
std::string csv_value(double v) {
    return std::isnan(v) ? std::string() : fmt::format("{}", v);
}

std::string format_csv(const SensitivityReport& r) {
    const auto& x = r.result;
    const auto& c = r.cases;
    std::string out = "# " + provenance_comment(r.p) +
                      fmt::format("; output {}; failure {}; failing {} of {}; cases at P{}/P{}/P{}\n",
                                  one_line(r.output), one_line(r.failure), x.failing, x.trials,
                                  percent(c.percentiles[0]), percent(c.percentiles[1]), percent(c.percentiles[2]));
    out +=
        "kind,name,low_mean,low_se,high_mean,high_se,swing,spearman,share,share_se,share_low,share_high,"
        "all_p10,all_p50,all_p90,failing_p10,failing_p50,failing_p90,others_p10,others_p50,others_p90,"
        "fail_share_low,fail_share_high,failure_shift,worst,base,best\n";
    for (const auto& i : x.inputs) {
        std::array<double, 3> v{NAN, NAN, NAN};
        for (const auto& row : c.inputs)
            if (row.name == i.name) v = row.values;
        out += fmt::format("input,{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
                           csv_field(i.name), i.low.mean, i.low.se, i.high.mean, i.high.se, i.swing, i.spearman,
                           i.share.share, i.share.se, i.share.low, i.share.high, i.all[0], i.all[1], i.all[2],
                           csv_value(i.failing[0]), csv_value(i.failing[1]), csv_value(i.failing[2]),
                           csv_value(i.passing[0]), csv_value(i.passing[1]), csv_value(i.passing[2]), i.fail_low,
                           i.fail_high, models::failure_shift(i), csv_value(v[0]), csv_value(v[1]), csv_value(v[2]));
    }
    for (const auto& row : c.inputs)
        if (!find(r, row.name))
            out += fmt::format("held,{},,,,,,,,,,,,,,,,,,,,,,,{},{},{}\n", csv_field(row.name), row.values[0],
                               row.values[1], row.values[2]);
    const bool up = r.higher_is_better;
    out += fmt::format("output,{},,,,,,,,,,,,,,,,,,,,,,,{},{},{}\n", csv_field(r.output), c.output[0], c.output[1],
                       c.output[2]);
    out += fmt::format("monte_carlo,{},,,,,,,,,,,,,,,,,,,,,,,{},{},{}\n", csv_field(r.output),
                       c.monte_carlo[up ? 0 : 2], c.monte_carlo[1], c.monte_carlo[up ? 2 : 0]);
    return out;
}

std::string json_number(double v) {
    return std::isnan(v) ? "null" : fmt::format("{}", v);
}

std::string json_triple(const std::array<double, 3>& v) {
    return fmt::format("[{}, {}, {}]", json_number(v[0]), json_number(v[1]), json_number(v[2]));
}

std::string format_json(const SensitivityReport& r) {
    const auto& x = r.result;
    const auto& c = r.cases;
    std::string out = "{\n" + json_provenance(r.p);
    out += fmt::format(
        "  \"output\": {{\"name\": {}, \"unit\": {}, \"higher_is_better\": {}, \"mean\": {}, \"standard_error\": "
        "{}}},\n",
        json_string(r.output), json_string(r.unit), r.higher_is_better ? "true" : "false", x.mean, x.se);
    out +=
        fmt::format("  \"failure\": {{\"condition\": {}, \"failing_trials\": {}, \"share\": {}, \"share_se\": {}}},\n",
                    json_string(r.failure), x.failing, x.failing_share, x.failing_share_se);
    out += fmt::format(
        "  \"method\": {{\"tail\": {}, \"bins\": {}, \"bootstrap_resamples\": {}, \"bootstrap_seed\": {}}},\n",
        r.options.tail, r.options.bins, r.options.resamples, r.options.bootstrap_seed);
    out += "  \"inputs\": [\n";
    for (std::size_t k = 0; k < x.inputs.size(); ++k) {
        const auto& i = x.inputs[k];
        out += fmt::format(
            "    {{\"name\": {}, \"low\": {{\"mean\": {}, \"se\": {}, \"trials\": {}}}, \"high\": {{\"mean\": {}, "
            "\"se\": {}, \"trials\": {}}}, \"swing\": {}, \"spearman\": {}, \"variance_share\": {{\"share\": {}, "
            "\"se\": {}, \"ci\": [{}, {}]}}, \"all_p10_p50_p90\": {}, \"failing_p10_p50_p90\": {}, "
            "\"others_p10_p50_p90\": {}, \"fail_share_low\": {}, \"fail_share_high\": {}, \"failure_shift\": "
            "{}}}{}\n",
            json_string(i.name), i.low.mean, i.low.se, i.low.trials, i.high.mean, i.high.se, i.high.trials, i.swing,
            i.spearman, i.share.share, i.share.se, i.share.low, i.share.high, json_triple(i.all),
            json_triple(i.failing), json_triple(i.passing), i.fail_low, i.fail_high, models::failure_shift(i),
            k + 1 < x.inputs.size() ? "," : "");
    }
    out += "  ],\n";
    out += fmt::format("  \"untraced_inputs\": [");
    for (std::size_t k = 0; k < r.untraced.size(); ++k)
        out += fmt::format("{}{}", k ? ", " : "", json_string(r.untraced[k]));
    out += "],\n";
    const bool up = r.higher_is_better;
    out += fmt::format(
        "  \"deterministic_cases\": {{\"note\": \"one trial each, every input at a fixed percentile: not a "
        "probability\", \"percentiles\": {}, \"output_worst_base_best\": {}, "
        "\"monte_carlo_worst_base_best\": {}, \"inputs\": [\n",
        json_triple(c.percentiles), json_triple(c.output),
        json_triple({c.monte_carlo[up ? 0 : 2], c.monte_carlo[1], c.monte_carlo[up ? 2 : 0]}));
    for (std::size_t k = 0; k < c.inputs.size(); ++k)
        out += fmt::format("    {{\"name\": {}, \"worst_base_best\": {}}}{}\n", json_string(c.inputs[k].name),
                           json_triple(c.inputs[k].values), k + 1 < c.inputs.size() ? "," : "");
    return out + "  ]}\n}\n";
}

}  // namespace

std::string format_sensitivity(const SensitivityReport& r, Format format) {
    switch (format) {
        case Format::table:
            return format_table(r);
        case Format::csv:
            return format_csv(r);
        case Format::json:
            return format_json(r);
        case Format::xlsx:
        case Format::html:
        case Format::pdf:
            break;
    }
    throw std::logic_error("sensitivity writes a table, CSV or JSON");
}

}  // namespace mvzsim::cli
