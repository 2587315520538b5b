#include "scenarios/scenario_resolver.h"

#include <filesystem>

#include "scenarios/key_path.h"
#include "scenarios/map_reader.h"
#include "scenarios/scenario_merge.h"
#include "scenarios/set_values.h"
#include "scenarios/source_text.h"
#include "scenarios/yaml_document.h"

namespace mvzsim::scenarios {
namespace {

namespace fs = std::filesystem;

// A file of the chain: as shown in messages, and as compared to find a cycle.
struct ChainLink {
    std::string path;
    fs::path identity;
};

fs::path identity_of(const std::string& path) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    return ec ? fs::path(path).lexically_normal() : canonical;
}

std::string chain_text(const std::vector<ChainLink>& chain, const std::string& last) {
    std::string text;
    for (const auto& link : chain) text += link.path + " -> ";
    return text + last;
}

// `map` without the key `key` (a new mapping sharing the other entries).
YAML::Node without_key(const YAML::Node& map, const std::string& key) {
    YAML::Node copy(YAML::NodeType::Map);
    for (const auto& entry : map)
        if (!entry.first.IsScalar() || entry.first.Scalar() != key) copy.force_insert(entry.first, entry.second);
    return copy;
}

class Resolver {
public:
    Resolver(Document& document, std::vector<SourceFile>& bases)
        : document_(document), bases_(bases), ctx_(document.sources) {}

    // The tree of `file` (already parsed to `root`) merged over its bases.
    YAML::Node chain(const std::string& file, const YAML::Node& root, std::vector<ChainLink>& links) {
        if (!root.IsMap()) return root;
        const YAML::Node& map = root;
        const YAML::Node extends = map["extends"];
        if (!extends) return root;
        const YAML::Node own = without_key(root, "extends");
        const auto base_file = base_path(file, extends);
        if (!base_file) return own;
        const fs::path identity = identity_of(*base_file);
        for (const auto& link : links) {
            if (link.identity == identity) {
                ctx_.error(extends, "extends", "the extends chain is a cycle: " + chain_text(links, *base_file));
                return own;
            }
        }
        if (links.size() >= kMaxExtendsChain) {
            ctx_.error(extends, "extends",
                       "the extends chain is longer than " + std::to_string(kMaxExtendsChain) +
                           " files: " + chain_text(links, *base_file));
            return own;
        }
        std::string bytes;
        try {
            bytes = read_scenario_file(*base_file);
        } catch (const InputError& e) {
            ctx_.error(extends, "extends",
                       "cannot use the base scenario " + *base_file + ": " + e.diagnostics().front().message);
            return own;
        }
        bases_.push_back({*base_file, bytes});
        const YAML::Node base_root = parse_document(document_.sources, *base_file, to_utf8(bytes));
        links.push_back({*base_file, identity});
        const YAML::Node base = chain(*base_file, base_root, links);
        return merge_scenarios(base, own, ctx_);
    }

    Context& context() { return ctx_; }

private:
    // The base's path: relative to the folder of the file that names it.
    std::optional<std::string> base_path(const std::string& file, const YAML::Node& extends) {
        if (!extends.IsScalar() || extends.Scalar().empty() || !is_plain_utf8(extends.Scalar())) {
            ctx_.error(extends, "extends",
                       "expected the path of the scenario file this one extends, e.g. ../rural-gp-3.yaml (got " +
                           describe_node(extends) + ")");
            return std::nullopt;
        }
        const fs::path named(extends.Scalar());
        if (named.is_absolute()) return named.lexically_normal().string();
        return (fs::path(file).parent_path() / named).lexically_normal().string();
    }

    Document& document_;
    std::vector<SourceFile>& bases_;
    Context ctx_;
};

}  // namespace

YAML::Node resolve_scenario(Document& document, const std::string& file, const std::string& text,
                            const std::vector<std::string>& sets, std::vector<SourceFile>& bases) {
    const YAML::Node root = parse_document(document.sources, file, to_utf8(text));
    Resolver resolver(document, bases);
    std::vector<ChainLink> links{{file, identity_of(file)}};
    const YAML::Node resolved =
        apply_sets(document.sources, resolver.chain(file, root, links), sets, resolver.context());
    if (!resolver.context().errors().empty()) throw InputError(resolver.context().sorted_errors());
    return resolved;
}

}  // namespace mvzsim::scenarios
