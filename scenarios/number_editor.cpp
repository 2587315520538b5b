#include "scenarios/number_editor.h"

#include <charconv>

#include "scenarios/key_path.h"
#include "scenarios/map_reader.h"
#include "scenarios/scenario_resolver.h"
#include "scenarios/spec_reader.h"

namespace mvzsim::scenarios {

NumberEditor::NumberEditor(const Scenario& scenario, const std::string& path)
    : document_(scenario.document), file_(scenario.file) {
    const auto steps = parse_key_path(path);
    if (!steps)
        throw InputError({{file_, 0, 0, path, "expected a key path such as billing.cases_per_fte_per_quarter"}});
    steps_ = *steps;
    YAML::Node target;
    try {
        target.reset(node_at(document_->root, steps_));
    } catch (const PathError& e) {
        throw InputError({{file_, 0, 0, path_text(steps_, e.step + 1), e.message}});
    }
    // A fixed value written {value: X, source: ...} is varied through its value.
    // (Read through a const handle: yaml-cpp's non-const operator[] could insert the key.)
    const YAML::Node& found = target;
    if (found.IsMap() && found["value"]) {
        target.reset(found["value"]);
        PathStep value_step;
        value_step.text = "value";
        steps_.push_back(value_step);
    }
    const auto value = parse_number(target);
    if (!value) {
        const Location at = document_->sources.locate(position_of(target));
        throw InputError({{at.source, at.line, at.column, path,
                           "solve varies a plain number (got " + describe_node(target) +
                               "); for an uncertain value name one of its parameters, e.g. " + path +
                               ".triangular[1] for the most likely value"}});
    }
    current_ = *value;
}

NumberEditor::~NumberEditor() = default;

models::CentreSpec NumberEditor::with(double value) const {
    char text[32];
    const auto [end, ec] = std::to_chars(text, text + sizeof text, value);
    (void)ec;
    const YAML::Node number(std::string(text, end));
    return spec_from_node(document_->sources, replaced_at(document_->root, steps_, number));
}

}  // namespace mvzsim::scenarios
