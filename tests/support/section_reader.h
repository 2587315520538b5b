#pragma once
// Runs one section reader of scenarios/ on a YAML text, as the scenario loader calls it: the
// document's top-level map, the centre's header, the spec the reader fills. For the tests of the
// readers (tests/scenarios/*_reader_test.cpp).
#include <yaml-cpp/yaml.h>

#include <string>
#include <utility>
#include <vector>

#include "scenarios/diagnostics.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/map_reader.h"
#include "scenarios/section_readers.h"
#include "scenarios/yaml_document.h"

namespace mvzsim::testing {

template <class Spec>
struct SectionRead {
    Spec spec;
    std::vector<std::string> errors;  // formatted "file:line:col: path: message"
};

// What `reader(top, header, spec)` reads from `yaml` (registered as `file`), starting from `spec`,
// with the errors of the whole top level (unknown sections too).
template <class Spec, class Reader>
SectionRead<Spec> read_section(const std::string& file, const std::string& yaml, const scenarios::CentreHeader& header,
                               Reader reader, Spec spec = {}) {
    scenarios::SourceMap sources;
    const YAML::Node root = scenarios::parse_document(sources, file, yaml);
    scenarios::Context context(sources);
    scenarios::MapReader top(context, root, "", scenarios::keys::kScenario);
    SectionRead<Spec> result{std::move(spec), {}};
    reader(top, header, result.spec);
    top.finish();
    for (const auto& d : context.errors()) result.errors.push_back(scenarios::format(d));
    return result;
}

}  // namespace mvzsim::testing
