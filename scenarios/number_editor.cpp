#include "scenarios/number_editor.h"

#include <charconv>
#include <vector>

#include "scenarios/map_reader.h"
#include "scenarios/spec_reader.h"

namespace mvzsim::scenarios {
namespace {

// "a.b[2].c[gp-1]" -> steps "a", "b", "[2]", "c", "[gp-1]". Dots inside brackets belong to the id.
std::vector<std::string> split_path(const std::string& path) {
    std::vector<std::string> steps;
    std::string current;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '[') {
            if (!current.empty()) steps.push_back(current);
            const auto close = path.find(']', i);
            if (close == std::string::npos) return {};
            steps.push_back(path.substr(i, close - i + 1));
            current.clear();
            i = close;
        } else if (c == '.') {
            if (!current.empty()) steps.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) steps.push_back(current);
    return steps;
}

std::optional<std::size_t> as_index(const std::string& text) {
    std::size_t index = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
    if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return index;
}

// The list item selected by "[i]" or "[id]" (an item whose id or role is that name).
YAML::Node select_item(const YAML::Node& list, const std::string& selector, const std::string& path,
                       const std::string& file) {
    if (const auto index = as_index(selector)) {
        if (*index < list.size()) return list[*index];
        throw InputError(
            {{file, 0, 0, path, "the list has " + std::to_string(list.size()) + " entries, numbered from 0"}});
    }
    for (const auto& item : list) {
        if (!item.IsMap()) continue;
        for (const char* key : {"id", "role"})
            if (item[key] && item[key].IsScalar() && item[key].Scalar() == selector) return item;
    }
    throw InputError({{file, 0, 0, path, "no entry with id or role '" + selector + "'"}});
}

YAML::Node resolve(const YAML::Node& root, const std::string& path, const std::string& file) {
    const auto steps = split_path(path);
    if (steps.empty())
        throw InputError({{file, 0, 0, path, "expected a key path such as billing.cases_per_fte_per_quarter"}});
    // yaml-cpp: assignment writes through a node handle; reset() rebinds it.
    YAML::Node node;
    node.reset(root);
    std::string walked;
    for (const auto& step : steps) {
        if (step.front() == '[') {
            const std::string selector = step.substr(1, step.size() - 2);
            walked += step;
            if (!node.IsSequence())
                throw InputError({{file, 0, 0, walked, "is not a list (got " + describe_node(node) + ")"}});
            node.reset(select_item(node, selector, walked, file));
            continue;
        }
        walked += (walked.empty() ? "" : ".") + step;
        if (!node.IsMap()) throw InputError({{file, 0, 0, walked, "is not inside a mapping"}});
        if (!node[step]) {
            std::vector<std::string> keys;
            for (const auto& entry : node) keys.push_back(entry.first.Scalar());
            const std::string guess = did_you_mean(step, keys);
            throw InputError({{file, 0, 0, walked,
                               "no such key in the scenario" +
                                   (guess.empty() ? std::string{} : " (did you mean '" + guess + "'?)")}});
        }
        node.reset(node[step]);
    }
    return node;
}

}  // namespace

struct NumberEditor::Tree {
    YAML::Node root;
    YAML::Node target;
};

NumberEditor::NumberEditor(const Scenario& scenario, const std::string& path)
    : tree_(std::make_unique<Tree>()), file_(scenario.file) {
    tree_->root = load_root(scenario.file, scenario.text);
    tree_->target.reset(resolve(tree_->root, path, file_));
    // A fixed value written {value: X, source: ...} is varied through its value.
    // (Read through a const handle: yaml-cpp's non-const operator[] could insert the key.)
    const YAML::Node& found = tree_->target;
    if (found.IsMap() && found["value"]) tree_->target.reset(found["value"]);
    const auto value = parse_number(tree_->target);
    if (!value) {
        const YAML::Mark mark = tree_->target.Mark();
        throw InputError({{file_, mark.line + 1, mark.column + 1, path,
                           "solve varies a plain number (got " + describe_node(tree_->target) +
                               "); for an uncertain value name one of its parameters, e.g. " + path +
                               ".triangular[1] for the most likely value"}});
    }
    current_ = *value;
}

NumberEditor::~NumberEditor() = default;

models::CentreSpec NumberEditor::with(double value) {
    char text[32];
    const auto [end, ec] = std::to_chars(text, text + sizeof text, value);
    (void)ec;
    tree_->target = std::string(text, end);  // writes into the tree
    return spec_from_node(file_, tree_->root);
}

}  // namespace mvzsim::scenarios
