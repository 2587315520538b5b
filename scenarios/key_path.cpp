#include "scenarios/key_path.h"

#include <cctype>
#include <charconv>

#include "scenarios/diagnostics.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {
namespace {

bool key_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}
bool selector_char(char c) {
    return key_char(c) || c == '.';
}

std::optional<std::size_t> as_index(const std::string& text) {
    std::size_t index = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
    if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return index;
}

// The name of a list entry: its id, role or name.
std::optional<std::string> entry_name(const YAML::Node& item) {
    if (!item.IsMap()) return std::nullopt;
    for (const char* key : {"id", "role", "name"}) {
        const YAML::Node name = item[key];
        if (name && name.IsScalar()) return name.Scalar();
    }
    return std::nullopt;
}

std::size_t select_entry(const YAML::Node& list, const std::vector<PathStep>& steps, std::size_t i) {
    const PathStep& step = steps[i];
    if (!list.IsSequence()) throw PathError{i, "is not a list (got " + describe_node(list) + ")"};
    if (const auto index = as_index(step.text)) {
        if (*index < list.size()) return *index;
        throw PathError{i, "the list has " + std::to_string(list.size()) + " entries, numbered from 0"};
    }
    std::vector<std::string> names;
    for (std::size_t k = 0; k < list.size(); ++k) {
        const auto name = entry_name(list[k]);
        if (name && *name == step.text) return k;
        if (name) names.push_back(*name);
    }
    std::string message = "no entry with id, role or name '" + step.text + "'";
    if (const std::string guess = did_you_mean(step.text, names); !guess.empty())
        message += " (did you mean '" + guess + "'?)";
    else if (!names.empty()) {
        message += " (the entries are ";
        for (std::size_t k = 0; k < names.size(); ++k) message += (k == 0 ? "" : ", ") + names[k];
        message += ")";
    }
    throw PathError{i, message};
}

[[noreturn]] void no_such_key(const YAML::Node& map, const std::vector<PathStep>& steps, std::size_t i) {
    std::vector<std::string> keys;
    for (const auto& entry : map)
        if (entry.first.IsScalar()) keys.push_back(entry.first.Scalar());
    const std::string guess = did_you_mean(steps[i].text, keys);
    throw PathError{
        i, "no such key in the scenario" + (guess.empty() ? std::string{} : " (did you mean '" + guess + "'?)")};
}

YAML::Node replaced_from(const YAML::Node& node, const std::vector<PathStep>& steps, std::size_t i,
                         const std::optional<YAML::Node>& value, const KeyMaker& make_key) {
    const PathStep& step = steps[i];
    const bool last = i + 1 == steps.size();
    if (step.selector) {
        const std::size_t chosen = select_entry(node, steps, i);
        YAML::Node list(YAML::NodeType::Sequence);
        for (std::size_t k = 0; k < node.size(); ++k) {
            if (k != chosen)
                list.push_back(node[k]);
            else if (!last)
                list.push_back(replaced_from(node[k], steps, i + 1, value, make_key));
            else if (value)
                list.push_back(*value);
        }
        return list;
    }
    if (!node.IsMap()) throw PathError{i, "is not inside a mapping (got " + describe_node(node) + ")"};
    YAML::Node map(YAML::NodeType::Map);
    bool found = false;
    for (const auto& entry : node) {
        if (found || !entry.first.IsScalar() || entry.first.Scalar() != step.text) {
            map.force_insert(entry.first, entry.second);
            continue;
        }
        found = true;
        if (!last)
            map.force_insert(entry.first, replaced_from(entry.second, steps, i + 1, value, make_key));
        else if (value)
            map.force_insert(entry.first, *value);
    }
    if (found) return map;
    if (!make_key || (last && !value)) no_such_key(node, steps, i);
    if (!last && steps[i + 1].selector)
        throw PathError{
            i, "no such key in the scenario: there is no list here to select [" + steps[i + 1].text + "] from"};
    map.force_insert(make_key(step),
                     last ? *value : replaced_from(YAML::Node(YAML::NodeType::Map), steps, i + 1, value, make_key));
    return map;
}

}  // namespace

std::optional<std::vector<PathStep>> parse_key_path(std::string_view path) {
    std::vector<PathStep> steps;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '[') {
            const auto close = path.find(']', i);
            if (steps.empty() || close == std::string_view::npos || close == i + 1) return std::nullopt;
            const std::string_view inner = path.substr(i + 1, close - i - 1);
            for (char c : inner)
                if (!selector_char(c)) return std::nullopt;
            steps.push_back({std::string(inner), true, i});
            i = close + 1;
            if (i < path.size() && path[i] != '.' && path[i] != '[') return std::nullopt;
        } else {
            if (path[i] == '.') {
                if (steps.empty()) return std::nullopt;
                ++i;
            }
            const std::size_t start = i;
            while (i < path.size() && key_char(path[i])) ++i;
            if (i == start || (i < path.size() && path[i] != '.' && path[i] != '[')) return std::nullopt;
            steps.push_back({std::string(path.substr(start, i - start)), false, start});
        }
    }
    if (steps.empty()) return std::nullopt;
    return steps;
}

std::string path_text(const std::vector<PathStep>& steps, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count && i < steps.size(); ++i) {
        if (steps[i].selector)
            text += "[" + steps[i].text + "]";
        else
            text += (text.empty() ? "" : ".") + steps[i].text;
    }
    return text;
}

YAML::Node node_at(const YAML::Node& root, const std::vector<PathStep>& steps) {
    // yaml-cpp: assignment writes through a node handle; reset() rebinds it.
    YAML::Node node;
    node.reset(root);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const YAML::Node& current = node;  // const: lookups must not insert
        if (steps[i].selector) {
            node.reset(current[select_entry(current, steps, i)]);
            continue;
        }
        if (!current.IsMap()) throw PathError{i, "is not inside a mapping (got " + describe_node(current) + ")"};
        const YAML::Node child = current[steps[i].text];
        if (!child) no_such_key(current, steps, i);
        node.reset(child);
    }
    return node;
}

YAML::Node replaced_at(const YAML::Node& root, const std::vector<PathStep>& steps,
                       const std::optional<YAML::Node>& value, const KeyMaker& make_key) {
    return replaced_from(root, steps, 0, value, make_key);
}

}  // namespace mvzsim::scenarios
