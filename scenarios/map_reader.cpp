#include "scenarios/map_reader.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <sstream>

#include "scenarios/plausibility.h"

namespace mvzsim::scenarios {

YAML::Mark position_of(const YAML::Node& node) {
    if (SourceMap::has_position(node.Mark())) return node.Mark();
    if (node.IsMap() && node.begin() != node.end()) return node.begin()->first.Mark();
    if (node.IsSequence() && node.size() > 0) return position_of(node[0]);
    return node.Mark();
}

void Context::error(const YAML::Node& at, const std::string& path, std::string message) {
    error(position_of(at), path, std::move(message));
}

namespace {

Diagnostic make_diagnostic(const SourceMap& sources, const YAML::Mark& at, const std::string& path,
                           std::string message) {
    const Location where = sources.locate(at);
    return {where.source, where.line, where.column, path, std::move(message)};
}

std::pair<long, long> order_of(const YAML::Mark& at) {
    if (!SourceMap::has_position(at)) return {-1, -1};
    return {at.line, at.column};
}

}  // namespace

void Context::error(const YAML::Mark& at, const std::string& path, std::string message) {
    errors_.push_back(make_diagnostic(*sources_, at, path, std::move(message)));
    order_.push_back(order_of(at));
}

void Context::add(Diagnostic diagnostic) {
    errors_.push_back(std::move(diagnostic));
    order_.push_back({std::numeric_limits<long>::max(), static_cast<long>(errors_.size())});
}

void Context::replace(std::size_t index, const YAML::Mark& at, const std::string& path, std::string message) {
    errors_.at(index) = make_diagnostic(*sources_, at, path, std::move(message));
    order_.at(index) = order_of(at);
}

void Context::warn(const YAML::Mark& at, const std::string& path, std::string message) {
    Diagnostic d = make_diagnostic(*sources_, at, path, std::move(message));
    d.warning = true;
    warnings_.push_back(std::move(d));
    warning_order_.push_back(order_of(at));
}

void Context::drop_warnings(const std::string& path) {
    for (std::size_t i = warnings_.size(); i-- > 0;)
        if (warnings_[i].path == path) {
            warnings_.erase(warnings_.begin() + static_cast<std::ptrdiff_t>(i));
            warning_order_.erase(warning_order_.begin() + static_cast<std::ptrdiff_t>(i));
        }
}

namespace {

std::vector<Diagnostic> in_order(const std::vector<Diagnostic>& all, const std::vector<std::pair<long, long>>& order) {
    std::vector<std::size_t> index(all.size());
    for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
    std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) { return order[a] < order[b]; });
    std::vector<Diagnostic> sorted;
    for (const std::size_t i : index) sorted.push_back(all[i]);
    return sorted;
}

}  // namespace

std::vector<Diagnostic> Context::sorted_errors() const {
    return in_order(errors_, order_);
}

std::vector<Diagnostic> Context::sorted_warnings() const {
    return in_order(warnings_, warning_order_);
}

std::string number_text(double x) {
    std::ostringstream out;
    out.precision(10);
    out << x;
    return out.str();
}

namespace {

std::optional<double> parse_number_text(std::string_view text) {
    double value = 0.0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (begin != end && *begin == '+') ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (begin == end || ec != std::errc{} || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

// A long scalar (a pasted paragraph) would drown the message.
std::string shorten(const std::string& text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) return text;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return text.substr(0, cut) + "...";
}

// 0,21 as 0.21. With three digits after the comma (85,000) it is a thousands separator instead.
std::optional<std::string> decimal_comma(const std::string& text) {
    const auto comma = text.find(',');
    if (comma == std::string::npos || text.find_first_of(",.", comma + 1) != std::string::npos ||
        text.size() - comma - 1 == 3)
        return std::nullopt;
    std::string point = text;
    point[comma] = '.';
    if (!parse_number_text(point)) return std::nullopt;
    return point;
}

// Digits grouped in threes by dots after a first group of 1-3 digits (not starting with 0), with
// at least `groups` groups of three, as German texts write thousands: 90.000, 1.250.000.
bool dot_grouped(const std::string& text, std::size_t groups) {
    const auto digit = [&](std::size_t k) { return std::isdigit(static_cast<unsigned char>(text[k])) != 0; };
    std::size_t i = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    const std::size_t lead_start = i;
    while (i < text.size() && digit(i)) ++i;
    const std::size_t lead = i - lead_start;
    if (lead == 0 || lead > 3 || text[lead_start] == '0') return false;
    std::size_t count = 0;
    for (; i < text.size(); i += 4, ++count) {
        if (text[i] != '.' || i + 4 > text.size() || !digit(i + 1) || !digit(i + 2) || !digit(i + 3)) return false;
    }
    return count >= groups;
}

// Quoted ("880") or tagged as a string (!!str 880): text even when it reads as a number.
bool is_text(const YAML::Node& node) {
    return node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str";
}

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

}  // namespace

// Valid UTF-8 (RFC 3629: no overlong forms, no surrogates) without control characters.
bool is_plain_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f) return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t extra = 0;
        std::uint32_t code = 0;
        if (c >= 0xc2 && c <= 0xdf)
            extra = 1, code = c & 0x1fu;
        else if (c >= 0xe0 && c <= 0xef)
            extra = 2, code = c & 0x0fu;
        else if (c >= 0xf0 && c <= 0xf4)
            extra = 3, code = c & 0x07u;
        else
            return false;
        if (i + extra >= s.size()) return false;  // truncated sequence
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80) return false;
            code = (code << 6) | (cc & 0x3fu);
        }
        const std::uint32_t min_code = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
        if (code < min_code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
        i += extra + 1;
    }
    return true;
}

bool Range::contains(double x) const {
    const bool above = min_open ? x > min : x >= min;
    const bool below = max_open ? x < max : x <= max;
    return above && below && std::abs(x) <= kMaxMagnitude;
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

std::string describe_node(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            return node.size() == 0 ? "an empty mapping" : "a mapping";
        case YAML::NodeType::Sequence:
            if (node.size() == 0) return "an empty list";
            return "a list with " + std::to_string(node.size()) + (node.size() == 1 ? " entry" : " entries");
        case YAML::NodeType::Null:
            return "no value";
        case YAML::NodeType::Scalar:
            return is_text(node) ? "the string \"" + shorten(node.Scalar()) + "\"" : shorten(node.Scalar());
        default:
            return "an undefined value";
    }
}

std::optional<double> parse_number(const YAML::Node& node) {
    if (!node.IsScalar() || is_text(node)) return std::nullopt;
    return parse_number_text(node.Scalar());
}

std::string number_hint(const YAML::Node& node) {
    if (!node.IsScalar()) return {};
    const std::string text = trim(node.Scalar());
    if (node.Tag() == "!" && parse_number_text(text)) return "; remove the quotes: a quoted value is text";
    if (is_text(node) && parse_number_text(text)) return "; remove the !!str tag: it makes the value text";
    if (text.size() > 1 && text.back() == '%') {
        if (const auto x = parse_number_text(trim(text.substr(0, text.size() - 1))))
            return "; write " + number_text(*x) + " % as the fraction " + number_text(*x / 100.0);
    }
    if (const auto point = decimal_comma(text)) return "; use a decimal point, not a comma: " + *point;
    // 1.250.000 (German thousands separators, which YAML cannot read as one number).
    if (dot_grouped(text, 2)) {
        std::string plain = text;
        plain.erase(std::remove(plain.begin(), plain.end(), '.'), plain.end());
        return "; write numbers without thousands separators, e.g. " + plain;
    }
    // Thousands separators as people write them: 85,000 or 85 000 or 85'000.
    std::string digits;
    for (char c : text)
        if (c != ',' && c != ' ' && c != '\'' && c != '_') digits += c;
    if (digits != text && parse_number_text(digits))
        return "; write numbers without thousands separators, e.g. " + digits;
    // A unit after the number: 85000 EUR, 1500 €, 7.50 EUR/m2, 12.7ct (but not 0x10).
    const auto unit = text.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\xE2");
    if (unit == std::string::npos || unit == 0 || !parse_number_text(trim(text.substr(0, unit)))) return {};
    const bool spaced = text[unit - 1] == ' ';
    const bool letters_only = text.find_first_of("0123456789", unit) == std::string::npos;
    if (spaced || letters_only) return "; write the number without a unit";
    return {};
}

std::string too_large(const std::string& text) {
    return "lies beyond +-" + number_text(kMaxMagnitude) + ", the largest size of a number in a scenario (got " + text +
           "): check the number";
}

std::optional<std::string> thousands_dot(const std::string& text) {
    // 90.000: one group of three zeros after the dot. 90.500 could be 90.5; 1.250.000 is no number.
    if (!dot_grouped(text, 1) || std::count(text.begin(), text.end(), '.') != 1 ||
        text.compare(text.size() - 4, 4, ".000") != 0)
        return std::nullopt;
    const std::string whole = text.substr(0, text.size() - 4);
    return text + " reads as " + whole + " EUR (YAML takes the dot for a decimal point): write " + whole + "000 for " +
           whole + " thousand EUR, or " + whole + " for " + whole + " EUR";
}

std::string out_of_range(const Range& range, double x, const std::string& text) {
    if (std::abs(x) > kMaxMagnitude && std::isfinite(x)) return too_large(text);
    std::string message = "must be " + range.describe() + " (got " + text + ")";
    // A fraction written as a percentage (3 for 3 %) is the commonest slip with rates and shares.
    // Ranges of fractions say so in their meaning ("a fraction of salary"); FTE are not percentages.
    const bool fraction_range = range.meaning.find("fraction") != std::string_view::npos;
    if (fraction_range && std::abs(x) >= 1.0 && std::abs(x) <= 100.0)
        message += "; if you mean " + number_text(x) + " %, write " + number_text(x / 100.0);
    return message;
}

MapReader::MapReader(Context& context, const YAML::Node& node, std::string path, const Section& section)
    : context_(context), node_(node), path_(std::move(path)), section_(&section), valid_(node.IsMap()) {
    check_mapping(node.Mark());
}

MapReader::MapReader(MapReader& parent, const Key& key)
    : context_(parent.context_),
      node_(parent.node(key)),
      path_(parent.path(key)),
      section_(key.section),
      valid_(node_.IsMap()) {
    assert(key.type == ValueType::mapping && key.section != nullptr);
    check_mapping(parent.mark(key));
}

void MapReader::check(const Key& key) const {
    assert(section_->find(key.name) == &key && "the key is not in the reader's section");
    (void)key;
}

void MapReader::check_mapping(const YAML::Mark& at) {
    if (valid_) return;
    std::string message = "expected a mapping of keys to values (got " + describe_node(node_) + ")";
    // An empty section is most often one whose keys lost their indentation.
    if (node_.IsNull()) message += "; indent the keys that belong to it under it";
    context_.error(at, path_, message);
}

bool MapReader::has(const Key& key) const {
    check(key);
    return valid_ && lookup(key.name).IsDefined();
}

YAML::Node MapReader::node(const Key& key) const {
    check(key);
    if (!valid_) return YAML::Node(YAML::NodeType::Null);
    return lookup(key.name);
}

YAML::Mark MapReader::mark(const Key& key) const {
    if (!valid_) return position_of(node_);
    for (const auto& entry : node_) {
        if (!entry.first.IsScalar() || entry.first.Scalar() != key.name) continue;
        if (entry.second.IsNull()) return entry.first.Mark();
        // A value that --set or solve put there has no position of its own.
        const YAML::Mark at = position_of(entry.second);
        return SourceMap::has_position(at) ? at : entry.first.Mark();
    }
    return position_of(node_);
}

std::string MapReader::path(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool MapReader::require(const Key& key) {
    if (has(key)) return true;
    if (!valid_) return false;
    missing_.emplace(std::string(key.name), context_.errors().size());
    context_.error(node_, path_, "missing required key '" + std::string(key.name) + "': " + std::string(key.what));
    return false;
}

std::optional<std::string> MapReader::string(const Key& key, bool required) {
    if (required ? !require(key) : !has(key)) return std::nullopt;
    const YAML::Node value = lookup(key.name);
    if (!value.IsScalar()) {
        context_.error(mark(key), path(key),
                       "expected " + std::string(key.what) + " (got " + describe_node(value) + ")");
        return std::nullopt;
    }
    // Texts end up in CSV, JSON and table headers: one line of UTF-8.
    if (!is_plain_utf8(value.Scalar())) {
        context_.error(mark(key), path(key), "expected one line of UTF-8 text without control characters");
        return std::nullopt;
    }
    return value.Scalar();
}

std::optional<double> MapReader::number(const Key& key, bool required) {
    if (required ? !require(key) : !has(key)) return std::nullopt;
    const YAML::Node value = lookup(key.name);
    const auto x = parse_number(value);
    if (!x) {
        context_.error(
            mark(key), path(key),
            "expected a number: " + std::string(key.what) + " (got " + describe_node(value) + ")" + number_hint(value));
        return std::nullopt;
    }
    if (!key.range.contains(*x)) {
        context_.error(mark(key), path(key), out_of_range(key.range, *x, value.Scalar()));
        return std::nullopt;
    }
    if (const auto slip = key.money ? thousands_dot(value.Scalar()) : std::nullopt) {
        context_.error(mark(key), path(key), *slip);
        return std::nullopt;
    }
    check_band(context_, key, *x, value.Scalar(), mark(key), path(key));
    return x;
}

std::optional<long long> MapReader::integer(const Key& key, bool required) {
    if (required ? !require(key) : !has(key)) return std::nullopt;
    const YAML::Node value = lookup(key.name);
    long long x = 0;
    const std::string text = value.IsScalar() && !is_text(value) ? value.Scalar() : std::string{};
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
    if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) {
        context_.error(mark(key), path(key),
                       "expected a whole number: " + std::string(key.what) + " (got " + describe_node(value) + ")" +
                           number_hint(value));
        return std::nullopt;
    }
    const auto as_double = static_cast<double>(x);
    if (as_double < key.range.min || as_double > key.range.max) {
        // An infinite maximum stands for "no upper limit": say ">= 0".
        const Range range{key.range.min, key.range.max, false, false, key.what};
        context_.error(mark(key), path(key), out_of_range(range, as_double, text));
        return std::nullopt;
    }
    check_band(context_, key, as_double, text, mark(key), path(key));
    return x;
}

std::string MapReader::unknown_key(const std::string& key, const YAML::Mark& at) {
    // yaml-cpp 0.7 reads the merge key '<<' as an ordinary key.
    if (key == "<<") return "YAML merge keys ('<<') are not supported: write the keys out in full";
    // The merge of an extends chain takes every 'remove' it can apply (scenario_merge.h).
    if (key == "remove")
        return "unknown key 'remove': 'remove: true' removes what the base scenario (named by extends) has at "
               "this place, and there is none here";
    std::vector<std::string> candidates;
    for (const Key* k : section_->keys) candidates.emplace_back(k->name);
    std::sort(candidates.begin(), candidates.end());
    const std::string guess = did_you_mean(key, candidates);
    if (guess.empty()) {
        std::string message = "unknown key '" + key + "' (expected one of: ";
        for (std::size_t i = 0; i < candidates.size(); ++i) message += (i == 0 ? "" : ", ") + candidates[i];
        return message + ")";
    }
    std::string message = "unknown key '" + key + "' (did you mean '" + guess + "'?)";
    // The required key it stands for was reported missing; one message says it all.
    if (const auto missing = missing_.find(guess); missing != missing_.end()) {
        context_.replace(missing->second, at, path(key), message);
        missing_.erase(missing);
        return {};
    }
    return message;
}

void MapReader::finish() {
    if (!valid_) return;
    std::map<std::string, int> first_line;
    for (const auto& entry : node_) {
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : describe_node(entry.first);
        const int line = context_.sources().locate(entry.first.Mark()).line;
        if (const auto [first, inserted] = first_line.emplace(key, line); !inserted) {
            // yaml-cpp keeps both; the loader would silently use the first.
            context_.error(entry.first, path(key),
                           "duplicate key: already given on line " + std::to_string(first->second) +
                               " (each key may appear once in a mapping)");
            continue;
        }
        if (section_->find(key) != nullptr) continue;
        if (const std::string message = unknown_key(key, entry.first.Mark()); !message.empty())
            context_.error(entry.first, path(key), message);
    }
}

}  // namespace mvzsim::scenarios
