#include "scenarios/set_values.h"

#include "scenarios/key_path.h"
#include "scenarios/scenario_merge.h"
#include "scenarios/yaml_document.h"

namespace mvzsim::scenarios {
namespace {

std::string source_name(const std::string& argument) {
    return "--set '" + argument + "'";
}

// A key node for a step of the argument's path, placed at the step's column, so that a reader's
// message about the key (an unknown key) points there. Steps are letters, digits, '_' and '-'
// only, so the quoted text is always the step itself.
YAML::Node key_node(SourceMap& sources, const std::string& name, const PathStep& step) {
    return parse_document(sources, name, std::string(step.offset, ' ') + "'" + step.text + "'");
}

YAML::Node apply_set(SourceMap& sources, const YAML::Node& root, const std::string& argument, Context& ctx) {
    const std::string name = source_name(argument);
    const auto equals = argument.find('=');
    const auto steps = parse_key_path(std::string_view(argument).substr(0, equals));
    if (equals == std::string::npos || !steps) {
        ctx.add({name, 0, 0, "",
                 "expected KEY.PATH=VALUE, e.g. billing.cases_per_fte_per_quarter=800 or doctors[gp-2].fte=0.5, "
                 "with keys of letters, digits and '_', and list entries by index or name in brackets"});
        return root;
    }
    if (!(*steps)[0].selector && (*steps)[0].text == "extends") {
        ctx.add({name, 1, 1, "extends", "--set cannot change the base scenario: name it in the file"});
        return root;
    }
    const std::string value_text = argument.substr(equals + 1);
    if (value_text.find_first_not_of(" \t") == std::string::npos) {
        ctx.add({name, 1, static_cast<int>(equals) + 2, path_text(*steps, steps->size()),
                 "expected a value after '=' (to remove a key or entry, write {remove: true})"});
        return root;
    }
    YAML::Node value;
    try {
        // Spaces in place of "KEY.PATH=" keep the columns those of the argument.
        value.reset(parse_document(sources, name, std::string(equals + 1, ' ') + value_text));
    } catch (const InputError& e) {
        for (const auto& d : e.diagnostics()) ctx.add(d);
        return root;
    }
    std::optional<YAML::Node> replacement = value;
    if (is_removal(value)) {
        const YAML::Node& map = value;
        if (!map["remove"].IsScalar() || map["remove"].Scalar() != "true") {
            ctx.error(map["remove"], "remove", "expected true: {remove: true} removes the key or entry");
            return root;
        }
        replacement.reset();
    }
    try {
        return replaced_at(root, *steps, replacement,
                           [&](const PathStep& step) { return key_node(sources, name, step); });
    } catch (const PathError& e) {
        ctx.add({name, 1, static_cast<int>((*steps)[e.step].offset) + 1, path_text(*steps, e.step + 1), e.message});
        return root;
    }
}

}  // namespace

YAML::Node apply_sets(SourceMap& sources, YAML::Node root, const std::vector<std::string>& sets, Context& ctx) {
    // yaml-cpp: assignment writes through a node handle; reset() rebinds it.
    for (const auto& argument : sets) root.reset(apply_set(sources, root, argument, ctx));
    return root;
}

}  // namespace mvzsim::scenarios
