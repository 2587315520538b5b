#include "scenarios/scenario_merge.h"

#include <string_view>
#include <utility>
#include <vector>

#include "scenarios/input_syntax.h"
#include "scenarios/keys_scenario.h"

namespace mvzsim::scenarios {
namespace {

// Bounds the work of a merge of two trees that share nodes through many YAML aliases (a tree
// can name exponentially many paths with few nodes); no real scenario comes near it.
constexpr std::size_t kMaxMergedNodes = 100'000;

// An uncertain value is one value: an override replaces it whole, never key by key.
bool is_uncertain_value(const YAML::Node& map) {
    for (const auto& entry : map)
        if (entry.first.IsScalar() && is_distribution_name(entry.first.Scalar())) return true;
    return false;
}

std::string child_path(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string key_text(const YAML::Node& key) {
    return key.IsScalar() ? key.Scalar() : std::string{};
}

// The value of `key` in `map`, or an undefined node.
YAML::Node lookup(const YAML::Node& map, const std::string& key) {
    return map[key];
}

class Merger {
public:
    explicit Merger(Context& ctx) : ctx_(ctx) {}

    YAML::Node value(const YAML::Node& base, const YAML::Node& derived, const std::string& path) {
        if (++visited_ > kMaxMergedNodes) {
            if (visited_ == kMaxMergedNodes + 1)
                ctx_.error(derived, path,
                           "the files are too intricate to merge (more than " + std::to_string(kMaxMergedNodes) +
                               " values, through YAML aliases): write the values out");
            return derived;
        }
        const Key* key = key_at(path);
        const bool one_value = key != nullptr && key->type == ValueType::uncertain;
        if (base.IsMap() && derived.IsMap() && !one_value && !is_uncertain_value(base) && !is_uncertain_value(derived))
            return map(base, derived, path);
        const std::string name_key = name_key_of(path);
        if (!name_key.empty() && base.IsSequence() && derived.IsSequence()) return list(base, derived, path, name_key);
        return derived;
    }

private:
    // Keys of `derived` merge into the base's, in the base's order; new keys follow.
    YAML::Node map(const YAML::Node& base, const YAML::Node& derived, const std::string& path) {
        YAML::Node merged(YAML::NodeType::Map);
        std::vector<bool> used(derived.size(), false);
        for (const auto& b : base) {
            const std::string key = key_text(b.first);
            std::size_t i = 0;
            bool overridden = false;
            for (const auto& d : derived) {
                if (!used[i] && !key.empty() && key_text(d.first) == key) {
                    used[i] = overridden = true;
                    if (!removal(d.second, path, key))
                        merged.force_insert(d.first, value(b.second, d.second, child_path(path, key)));
                    break;
                }
                ++i;
            }
            if (!overridden) merged.force_insert(b.first, b.second);
        }
        std::size_t i = 0;
        for (const auto& d : derived) {
            if (!used[i++]) {
                if (is_removal(d.second))
                    ctx_.error(d.first, child_path(path, key_text(d.first)),
                               "nothing to remove: the base scenario has no '" + key_text(d.first) + "' here");
                else
                    merged.force_insert(d.first, d.second);
            }
        }
        return merged;
    }

    // Whether `node` removes the key (after checking that it says remove: true).
    bool removal(const YAML::Node& node, const std::string& path, const std::string& key) {
        if (!is_removal(node)) return false;
        check_remove_value(node, child_path(path, key) + ".remove");
        return true;
    }

    void check_remove_value(const YAML::Node& map, const std::string& path) {
        const YAML::Node flag = lookup(map, "remove");
        if (!flag.IsScalar() || flag.Scalar() != "true")
            ctx_.error(flag, path,
                       "expected true: 'remove: true' removes the base's value (got " + describe_node(flag) + ")");
    }

    // Entries of `derived` merge into the base's entries of the same name, in the base's order;
    // entries with new names follow. A second entry of the same name is kept, for the reader
    // to report.
    YAML::Node list(const YAML::Node& base, const YAML::Node& derived, const std::string& path,
                    const std::string& name_key) {
        YAML::Node merged(YAML::NodeType::Sequence);
        std::vector<bool> used(derived.size(), false);
        for (const auto& b : base) {
            const std::string name = entry_name(b, name_key);
            std::size_t match = derived.size();
            for (std::size_t i = 0; i < derived.size() && !name.empty(); ++i)
                if (!used[i] && entry_name(derived[i], name_key) == name) match = i;
            if (match == derived.size()) {
                merged.push_back(b);
                continue;
            }
            used[match] = true;
            const YAML::Node d = derived[match];
            const std::string entry_path = path + "[" + name + "]";
            if (!lookup(d, "remove")) {
                merged.push_back(value(b, d, entry_path));
            } else if (d.size() != 2) {
                ctx_.error(lookup(d, "remove"), entry_path + ".remove",
                           "an entry that removes holds only its " + name_key + " and remove: true");
                merged.push_back(b);
            } else {
                check_remove_value(d, entry_path + ".remove");
            }
        }
        for (std::size_t i = 0; i < derived.size(); ++i) {
            if (used[i]) continue;
            const YAML::Node d = derived[i];
            if (d.IsMap() && lookup(d, "remove")) {
                std::vector<std::string> names;
                for (const auto& b : base)
                    if (const std::string n = entry_name(b, name_key); !n.empty()) names.push_back(n);
                const std::string name = entry_name(d, name_key);
                const std::string guess = did_you_mean(name, names);
                ctx_.error(lookup(d, "remove"), path + "[" + std::to_string(i) + "].remove",
                           "nothing to remove: the base scenario has no entry with " + name_key + " '" + name + "'" +
                               (guess.empty() ? std::string{} : " (did you mean '" + guess + "'?)"));
                continue;
            }
            merged.push_back(d);
        }
        return merged;
    }

    static std::string entry_name(const YAML::Node& entry, const std::string& name_key) {
        if (!entry.IsMap()) return {};
        const YAML::Node name = lookup(entry, name_key);
        return name.IsScalar() ? name.Scalar() : std::string{};
    }

    Context& ctx_;
    std::size_t visited_ = 0;
};

}  // namespace

const Key* key_at(std::string_view path) {
    const Section* section = &keys::kScenario;
    const Key* key = nullptr;
    while (!path.empty()) {
        if (path.front() == '[') {  // an entry of the list `key`: its keys are the list's section's
            const auto close = path.find(']');
            if (key == nullptr || key->type != ValueType::list || close == std::string_view::npos) return nullptr;
            section = key->section;
            path.remove_prefix(close + 1);
            if (!path.empty() && path.front() == '.') path.remove_prefix(1);
            continue;
        }
        const auto end = path.find_first_of(".[");
        if (section == nullptr) return nullptr;
        key = section->find(path.substr(0, end));
        if (key == nullptr) return nullptr;
        section = key->type == ValueType::mapping ? key->section : nullptr;
        path.remove_prefix(end == std::string_view::npos ? path.size() : end);
        if (!path.empty() && path.front() == '.') path.remove_prefix(1);
    }
    return key;
}

std::string name_key_of(const std::string& path) {
    const Key* key = key_at(path);
    if (key == nullptr || key->type != ValueType::list || key->section == nullptr) return {};
    return std::string(key->section->name_key);
}

bool is_removal(const YAML::Node& node) {
    return node.IsMap() && node.size() == 1 && lookup(node, "remove").IsDefined();
}

YAML::Node merge_scenarios(const YAML::Node& base, const YAML::Node& derived, Context& ctx) {
    return Merger(ctx).value(base, derived, "");
}

}  // namespace mvzsim::scenarios
