// show_scenario: the resolved tree of a scenario as YAML text.
#include <yaml-cpp/yaml.h>

#include <string>

#include "scenarios/input_syntax.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/scenario_resolver.h"

namespace mvzsim::scenarios {
namespace {

bool all_scalars(const YAML::Node& node) {
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node value = node.IsMap() ? it->second : *it;
        if (!value.IsScalar() && !value.IsNull()) return false;
    }
    return true;
}

bool is_uncertain_value(const YAML::Node& map) {
    for (const auto& entry : map)
        if (entry.first.IsScalar() && is_distribution_name(entry.first.Scalar())) return true;
    return false;
}

void emit(YAML::Emitter& out, const YAML::Node& node, int depth);

// Whether `node` written in flow style fits on a line.
bool fits_on_line(const YAML::Node& node) {
    YAML::Emitter line;
    line << YAML::Flow;
    emit(line, node, 99);
    return line.size() <= 72;
}

// Short collections of numbers and uncertain values on one line, as the examples write them:
// {triangular: [70000, 85000, 100000]}, [0.35, 0.35, 0.2, 0.1], {quarters: 3, start_share: 0.25}.
bool flow(const YAML::Node& node, int depth) {
    if (depth >= 99) return true;  // inside a collection written in flow style
    if (depth < 2) return false;
    return (all_scalars(node) || (node.IsMap() && is_uncertain_value(node))) && fits_on_line(node);
}

void emit_scalar(YAML::Emitter& out, const YAML::Node& node) {
    const std::string& tag = node.Tag();
    // A quoted value stays quoted: "880" is text, 880 a number.
    if (tag == "!")
        out << YAML::DoubleQuoted << node.Scalar();
    else if (!tag.empty() && tag != "?")
        out << YAML::VerbatimTag(tag) << node.Scalar();
    else
        out << node.Scalar();
}

void emit(YAML::Emitter& out, const YAML::Node& node, int depth) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            out << (flow(node, depth) ? YAML::Flow : YAML::Block) << YAML::BeginMap;
            for (const auto& entry : node) {
                out << YAML::Key;
                emit(out, entry.first, depth + 1);
                out << YAML::Value;
                emit(out, entry.second, depth + 1);
            }
            out << YAML::EndMap;
            break;
        case YAML::NodeType::Sequence:
            out << (flow(node, depth) ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
            for (const auto& item : node) emit(out, item, depth + 1);
            out << YAML::EndSeq;
            break;
        case YAML::NodeType::Scalar:
            emit_scalar(out, node);
            break;
        default:
            out << YAML::Null;
    }
}

// A line of a comment: no control character may end it early.
std::string comment_text(const std::string& text) {
    return escape_control(text);
}

}  // namespace

std::string show_scenario(const Scenario& scenario) {
    std::string header = "# The scenario " + comment_text(scenario.file) + " as mvzsim reads it";
    if (!scenario.bases.empty() || !scenario.sets.empty()) header += ":";
    for (const auto& base : scenario.bases) header += "\n#   extends " + comment_text(base.path);
    for (const auto& set : scenario.sets) header += "\n#   --set " + comment_text(set);
    YAML::Emitter out;
    out.SetIndent(2);
    emit(out, scenario.document->root, 0);
    return header + "\n" + out.c_str() + "\n";
}

}  // namespace mvzsim::scenarios
