#include "scenarios/map_reader.h"

#include <charconv>
#include <cmath>
#include <map>
#include <sstream>

namespace mvzsim::scenarios {

void Context::error(const YAML::Node& at, const std::string& path, std::string message) {
    error(at.Mark(), path, std::move(message));
}

void Context::error(const YAML::Mark& at, const std::string& path, std::string message) {
    // yaml-cpp counts from 0; a null mark (line -1) means "no position".
    const bool has_position = at.line >= 0;
    errors_.push_back({file_, has_position ? at.line + 1 : 0, has_position ? at.column + 1 : 0, path,
                       std::move(message)});
}

namespace {

std::string number_text(double x) {
    std::ostringstream out;
    out.precision(10);
    out << x;
    return out.str();
}

}  // namespace

bool Range::contains(double x) const {
    const bool above = min_open ? x > min : x >= min;
    const bool below = max_open ? x < max : x <= max;
    return above && below;
}

std::string Range::describe() const {
    std::string text;
    if (std::isinf(max))
        text = (min_open ? "> " : ">= ") + number_text(min);
    else if (std::isinf(min))
        text = (max_open ? "< " : "<= ") + number_text(max);
    else
        text = std::string("in ") + (min_open ? "(" : "[") + number_text(min) + ", " + number_text(max) +
               (max_open ? ")" : "]");
    if (!meaning.empty()) text += " (" + std::string(meaning) + ")";
    return text;
}

Range non_negative(std::string_view meaning) { return {0.0, INFINITY, false, false, meaning}; }
Range positive(std::string_view meaning) { return {0.0, INFINITY, true, false, meaning}; }
Range fraction(std::string_view meaning) { return {0.0, 1.0, false, false, meaning}; }
Range fte_range() { return {0.0, 1.0, true, false, "full-time equivalents: 1 = full time, 0.5 = half"}; }
Range yearly_rate() { return {-0.5, 0.5, false, false, "a yearly rate as a fraction: 0.03 = 3 %"}; }

std::string describe_node(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map: return "a mapping";
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Null: return "nothing";
        case YAML::NodeType::Scalar:
            return node.Tag() == "!" ? "the string \"" + node.Scalar() + "\"" : node.Scalar();
        default: return "an undefined value";
    }
}

std::optional<double> parse_number(const YAML::Node& node) {
    if (!node.IsScalar() || node.Tag() == "!") return std::nullopt;
    const std::string& text = node.Scalar();
    double value = 0.0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (begin != end && *begin == '+') ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc{} || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

MapReader::MapReader(Context& context, const YAML::Node& node, std::string path)
    : context_(context), node_(node), path_(std::move(path)), valid_(node.IsMap()) {
    if (!valid_) context_.error(node, path_, "expected a mapping of keys to values (got " + describe_node(node) + ")");
}

bool MapReader::has(const std::string& key) {
    known_.insert(key);
    return valid_ && lookup(key).IsDefined() && !lookup(key).IsNull();
}

YAML::Node MapReader::node(const std::string& key) {
    known_.insert(key);
    if (!valid_) return YAML::Node(YAML::NodeType::Null);
    return lookup(key);
}

std::string MapReader::path(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool MapReader::require(const std::string& key, std::string_view what) {
    if (has(key)) return true;
    if (valid_) context_.error(node_, path_, "missing required key '" + key + "': " + std::string(what));
    return false;
}

std::optional<std::string> MapReader::string(const std::string& key, bool required, std::string_view what) {
    if (required ? !require(key, what) : !has(key)) return std::nullopt;
    const YAML::Node value = lookup(key);
    if (!value.IsScalar()) {
        context_.error(value, path(key), "expected " + std::string(what) + " (got " + describe_node(value) + ")");
        return std::nullopt;
    }
    return value.Scalar();
}

std::optional<double> MapReader::number(const std::string& key, const Range& range, bool required,
                                        std::string_view what) {
    if (required ? !require(key, what) : !has(key)) return std::nullopt;
    const YAML::Node value = lookup(key);
    const auto x = parse_number(value);
    if (!x) {
        context_.error(value, path(key), "expected a number: " + std::string(what) + " (got " + describe_node(value) + ")");
        return std::nullopt;
    }
    if (!range.contains(*x)) {
        context_.error(value, path(key), "must be " + range.describe() + " (got " + value.Scalar() + ")");
        return std::nullopt;
    }
    return x;
}

std::optional<long long> MapReader::integer(const std::string& key, long long min, long long max, bool required,
                                            std::string_view what) {
    if (required ? !require(key, what) : !has(key)) return std::nullopt;
    const YAML::Node value = lookup(key);
    long long x = 0;
    const std::string text = value.IsScalar() && value.Tag() != "!" ? value.Scalar() : std::string{};
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
    if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) {
        context_.error(value, path(key),
                       "expected a whole number: " + std::string(what) + " (got " + describe_node(value) + ")");
        return std::nullopt;
    }
    if (x < min || x > max) {
        context_.error(value, path(key),
                       "must be in [" + std::to_string(min) + ", " + std::to_string(max) + "] (got " + text + ")");
        return std::nullopt;
    }
    return x;
}

void MapReader::finish() {
    if (!valid_) return;
    std::map<std::string, int> seen;
    const std::vector<std::string> candidates(known_.begin(), known_.end());
    for (const auto& entry : node_) {
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : describe_node(entry.first);
        if (++seen[key] > 1) {
            context_.error(entry.first, path(key), "duplicate key (each key may appear once in a mapping)");
            continue;
        }
        if (known_.count(key) != 0) continue;
        std::string message = "unknown key '" + key + "'";
        if (const std::string guess = did_you_mean(key, candidates); !guess.empty())
            message += " (did you mean '" + guess + "'?)";
        else {
            message += " (expected one of:";
            for (const auto& c : candidates) message += " " + c;
            message += ")";
        }
        context_.error(entry.first, path(key), message);
    }
}

}  // namespace mvzsim::scenarios
