#pragma once
// Key paths into a scenario's YAML tree (internal to scenarios/), as `solve --vary` and `--set`
// write them: keys joined by dots, list entries by index or by name in brackets:
//   billing.cases_per_fte_per_quarter
//   doctors[gp-2].fte                           (the doctor whose id is gp-2)
//   staff[mfa].fte_per_doctor_fte               (the staff line whose role is mfa)
//   billing.cases_per_fte_per_quarter.pert[1]   (the second number of the list)
// A bracket selects by index when it holds digits only, else the entry whose id, role or name
// (the name key of the list: doctors by id, staff by role, all other lists by name) is that text.
#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mvzsim::scenarios {

struct PathStep {
    std::string text;        // a key, or the text between the brackets
    bool selector = false;   // [text]
    std::size_t offset = 0;  // where the step starts in the path (0-based)
};

// The steps of `path`; nullopt when it is not a key path: keys of letters, digits, '_' and '-',
// selectors of letters, digits, '-', '_' and '.', starting with a key.
std::optional<std::vector<PathStep>> parse_key_path(std::string_view path);
// The path of steps[0..count) as written, e.g. "doctors[gp-2]".
std::string path_text(const std::vector<PathStep>& steps, std::size_t count);

// A step that does not lead anywhere: which step, and why.
struct PathError {
    std::size_t step;
    std::string message;
};

// The node at the end of `steps`; throws PathError.
YAML::Node node_at(const YAML::Node& root, const std::vector<PathStep>& steps);

// `root` with the node at the end of `steps` replaced by `value`, or removed when `value` is
// nullopt. The tree is not modified (a YAML alias may share a node between two places): the
// mappings and lists on the way are copied, everything else is shared. A key missing on the way
// is created, with the key node that `make_key` makes for its step, when `make_key` is given;
// else it is an error. Throws PathError.
using KeyMaker = std::function<YAML::Node(const PathStep&)>;
YAML::Node replaced_at(const YAML::Node& root, const std::vector<PathStep>& steps,
                       const std::optional<YAML::Node>& value, const KeyMaker& make_key = {});

}  // namespace mvzsim::scenarios
