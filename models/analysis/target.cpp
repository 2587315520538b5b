#include "models/analysis/target.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <stdexcept>

#include "sim/intervals.h"
#include "sim/statistics.h"

namespace mvzsim::models {
namespace {

constexpr const char* kSyntax =
    "expected e.g. 'P(result[2030] >= 0) >= 0.9', 'mean(cumulative[last]) >= 0' or 'p5(result[2029]) >= -50000'";

Comparison comparison(const std::string& op) {
    return op[0] == '>' ? Comparison::at_least : Comparison::at_most;
}

// Reads "metric[year]".
void read_series(Target& t, const std::string& metric, const std::string& year) {
    const auto m = metric_by_name(metric);
    if (!m)
        throw std::invalid_argument("unknown output '" + metric +
                                    "': expected result, cumulative, revenue, costs or another name of the CSV report");
    t.metric = *m;
    if (year != "last") t.year = std::stoi(year);
}

}  // namespace

Target parse_target(const std::string& text) {
    static const std::string kNumber = R"(([-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?))";
    static const std::string kSeries = R"(([a-z_]+)\s*\[\s*([0-9]{4}|last)\s*\])";
    static const std::string kOp = R"((>=|<=|>|<))";
    static const std::regex kProbability(R"(\s*P\s*\(\s*)" + kSeries + R"(\s*)" + kOp + R"(\s*)" + kNumber +
                                         R"(\s*\)\s*)" + kOp + R"(\s*)" + kNumber + R"(\s*)");
    static const std::regex kStatistic(R"(\s*(mean|median|p[0-9]{1,3})\s*\(\s*)" + kSeries + R"(\s*\)\s*)" + kOp +
                                       R"(\s*)" + kNumber + R"(\s*)");
    Target t;
    t.text = text;
    std::smatch m;
    if (std::regex_match(text, m, kProbability)) {
        t.statistic = Statistic::probability;
        read_series(t, m[1], m[2]);
        t.event = comparison(m[3]);
        t.event_strict = m[3].length() == 1;
        t.event_value = std::stod(m[4]);
        t.comparison = comparison(m[5]);
        t.strict = m[5].length() == 1;
        t.threshold = std::stod(m[6]);
        if (t.threshold < 0.0 || t.threshold > 1.0)
            throw std::invalid_argument("a probability target must lie in [0, 1] (got " + std::string(m[6]) + ")");
        return t;
    }
    if (std::regex_match(text, m, kStatistic)) {
        const std::string stat = m[1];
        if (stat == "mean") {
            t.statistic = Statistic::mean;
        } else {
            t.statistic = Statistic::quantile;
            t.quantile = stat == "median" ? 0.5 : std::stoi(stat.substr(1)) / 100.0;
            if (t.quantile <= 0.0 || t.quantile >= 1.0)
                throw std::invalid_argument("percentiles run from p1 to p99 (got " + stat + ")");
        }
        read_series(t, m[2], m[3]);
        t.comparison = comparison(m[4]);
        t.strict = m[4].length() == 1;
        t.threshold = std::stod(m[5]);
        return t;
    }
    throw std::invalid_argument("cannot read the target '" + text + "': " + kSyntax);
}

int target_year_index(const Target& target, const Calendar& calendar) {
    if (!target.year) return calendar.years() - 1;
    const int index = *target.year - calendar.calendar_year(0);
    if (index < 0 || index >= calendar.years())
        throw std::invalid_argument("the target's year " + std::to_string(*target.year) +
                                    " lies outside the horizon, " + std::to_string(calendar.calendar_year(0)) + " to " +
                                    std::to_string(calendar.calendar_year(calendar.years() - 1)));
    return index;
}

std::size_t target_output(const Target& target, const CentreModel& model) {
    return CentreModel::output_index(target_year_index(target, model.calendar()), target.metric);
}

Estimate evaluate(const Target& target, const CentreModel& model, const sim::TrialMatrix& trials) {
    return evaluate(target, trials.column(target_output(target, model)));
}

Estimate evaluate(const Target& target, std::span<const double> column) {
    const std::size_t n = column.size();
    switch (target.statistic) {
        case Statistic::mean: {
            sim::RunningStats stats;
            for (double x : column) stats.add(x);
            const double half = sim::kZ95 * stats.standard_error();
            return {stats.mean(), stats.mean() - half, stats.mean() + half};
        }
        case Statistic::probability: {
            const auto hits = std::count_if(column.begin(), column.end(), [&](double x) {
                if (target.event == Comparison::at_least)
                    return target.event_strict ? x > target.event_value : x >= target.event_value;
                return target.event_strict ? x < target.event_value : x <= target.event_value;
            });
            const double p = static_cast<double>(hits) / static_cast<double>(n);
            const sim::Interval ci = sim::wilson_interval(p, n);
            return {p, ci.low, ci.high};
        }
        case Statistic::quantile:
            break;
    }
    // A distribution-free 95 % interval of a percentile: the order statistics at ranks
    // n q -+ 1.96 sqrt(n q (1 - q)).
    std::vector<double> values(column.begin(), column.end());
    const double q = target.quantile;
    const double spread = sim::kZ95 * std::sqrt(static_cast<double>(n) * q * (1.0 - q));
    const double nd = static_cast<double>(n);
    const double value = sim::quantile(values, q);
    const double low = sim::order_statistic(values, std::max(0.0, (nd * q - spread) / nd));
    const double high = sim::order_statistic(values, std::min(1.0, (nd * q + spread) / nd));
    return {value, low, high};
}

bool meets(const Target& target, double value) {
    if (target.comparison == Comparison::at_least)
        return target.strict ? value > target.threshold : value >= target.threshold;
    return target.strict ? value < target.threshold : value <= target.threshold;
}

}  // namespace mvzsim::models
