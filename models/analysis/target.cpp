#include "models/analysis/target.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>
#include <string_view>

#include "models/text/scanner.h"
#include "sim/intervals.h"
#include "sim/statistics.h"

namespace mvzsim::models {
namespace {

constexpr const char* kSyntax =
    "expected e.g. 'P(result[2030] >= 0) >= 0.9', 'mean(cumulative[last]) >= 0' or 'p5(result[2029]) >= -50000'";

// A comparison operator: >=, <=, > or <; nullopt when none starts here.
struct Operator {
    Comparison comparison;
    bool strict;
};

std::optional<Operator> read_operator(Scanner& s) {
    s.skip_spaces();
    if (s.literal(">=")) return Operator{Comparison::at_least, false};
    if (s.literal("<=")) return Operator{Comparison::at_most, false};
    if (s.literal(">")) return Operator{Comparison::at_least, true};
    if (s.literal("<")) return Operator{Comparison::at_most, true};
    return std::nullopt;
}

bool read_literal(Scanner& s, std::string_view word) {
    s.skip_spaces();
    return s.literal(word);
}

// A number of the target; nullopt when none is written here. Throws when it is out of range.
std::optional<double> read_number(Scanner& s) {
    s.skip_spaces();
    const auto text = s.number_text({.sign = true, .leading_dot = true, .trailing_dot = true, .exponent = true});
    if (!text) return std::nullopt;
    const auto value = decimal_value(*text);
    if (!value) throw std::invalid_argument("the number " + excerpt(*text) + " is out of range");
    return value;
}

// Reads "metric[year]" (year: four digits or "last"); false when it is not written so.
bool read_series(Scanner& s, Target& t) {
    s.skip_spaces();
    const std::string_view metric = s.run([](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    if (metric.empty() || !read_literal(s, "[")) return false;
    s.skip_spaces();
    std::optional<int> year;
    if (!s.literal("last")) {
        const std::string_view digits = s.run(is_digit);
        if (digits.size() != 4) return false;
        year = static_cast<int>(*integer_value(digits));
    }
    if (!read_literal(s, "]")) return false;
    const auto m = metric_by_name(std::string(metric));
    if (!m)
        throw std::invalid_argument("unknown output '" + std::string(metric) +
                                    "': expected result, cumulative, revenue, costs or another name of the CSV report");
    t.metric = *m;
    t.year = year;
    return true;
}

// The statistic's name: P (a probability), mean, median or p1..p99; false when it is none.
bool read_statistic(std::string_view name, Target& t) {
    if (name == "P") {
        t.statistic = Statistic::probability;
    } else if (name == "mean") {
        t.statistic = Statistic::mean;
    } else if (name == "median") {
        t.statistic = Statistic::quantile;
        t.quantile = 0.5;
    } else if (name.size() >= 2 && name.size() <= 4 && name[0] == 'p' &&
               std::all_of(name.begin() + 1, name.end(), is_digit)) {
        t.statistic = Statistic::quantile;
        t.quantile = static_cast<double>(*integer_value(name.substr(1))) / 100.0;
        if (t.quantile <= 0.0 || t.quantile >= 1.0)
            throw std::invalid_argument("percentiles run from p1 to p99 (got " + std::string(name) + ")");
    } else {
        return false;
    }
    return true;
}

// The grammar (blanks allowed between the parts):
//   P ( SERIES OP NUMBER ) OP NUMBER
//   STATISTIC ( SERIES ) OP NUMBER        STATISTIC: mean, median, p1..p99
// Returns false when the text does not follow it.
bool read_target(Scanner& s, Target& t) {
    s.skip_spaces();
    const std::string_view name = s.run([](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
    if (!read_statistic(name, t) || !read_literal(s, "(") || !read_series(s, t)) return false;
    if (t.statistic == Statistic::probability) {
        const auto event = read_operator(s);
        if (!event) return false;
        t.event = event->comparison;
        t.event_strict = event->strict;
        const auto value = read_number(s);
        if (!value) return false;
        t.event_value = *value;
    }
    if (!read_literal(s, ")")) return false;
    const auto op = read_operator(s);
    if (!op) return false;
    t.comparison = op->comparison;
    t.strict = op->strict;
    const auto threshold = read_number(s);
    if (!threshold) return false;
    t.threshold = *threshold;
    s.skip_spaces();
    return s.at_end();
}

}  // namespace

Target parse_target(const std::string& text) {
    Target t;
    t.text = text;
    Scanner s(text);
    if (!read_target(s, t))
        throw std::invalid_argument("cannot read the target '" + excerpt(text, 80) + "': " + kSyntax);
    if (t.statistic == Statistic::probability && (t.threshold < 0.0 || t.threshold > 1.0))
        throw std::invalid_argument("a probability target must lie in [0, 1] (got " + fmt::format("{}", t.threshold) +
                                    ")");
    return t;
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
