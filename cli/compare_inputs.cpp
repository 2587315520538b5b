// The scenarios of a comparison from the command line: files and --variant NAME:KEY=VALUE,...
#include "cli/compare_inputs.h"

#include <fmt/format.h>

#include <filesystem>
#include <ostream>
#include <set>

#include "cli/cli.h"

namespace mvzsim::cli {
namespace {

// Splits at the commas outside brackets, braces and quotes, so that a VALUE may be a list or a
// map ({pert: [600, 800, 950]}).
std::vector<std::string> split_pairs(const std::string& text) {
    std::vector<std::string> parts(1);
    int depth = 0;
    char quote = 0;
    for (const char c : text) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.emplace_back();
            continue;
        }
        parts.back() += c;
    }
    return parts;
}

bool valid_name(const std::string& name) {
    if (name.empty() || name.size() > 40) return false;
    return name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.+-") ==
           std::string::npos;
}

}  // namespace

// A --variant NAME:KEY=VALUE[,KEY=VALUE ...]; on error, the reason.
std::optional<Variant> parse_variant(const std::string& text, std::string& problem) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || !valid_name(text.substr(0, colon))) {
        problem =
            "expected NAME:KEY=VALUE[,KEY=VALUE ...], NAME of letters, digits, '_', '.', '+' or '-' (e.g. "
            "four-gps:doctors[gp-3].fte=1)";
        return std::nullopt;
    }
    Variant v{text.substr(0, colon), {}};
    for (auto pair : split_pairs(text.substr(colon + 1))) {
        const auto start = pair.find_first_not_of(' ');
        pair = start == std::string::npos ? std::string() : pair.substr(start);
        const auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0) {
            problem = fmt::format("'{}' is not KEY=VALUE", pair.substr(0, 60));
            return std::nullopt;
        }
        v.sets.push_back(pair);
    }
    return v;
}

// The label of a file: its name without the extension, or the path when two files share a name.
std::vector<std::string> file_labels(const std::vector<std::string>& files) {
    std::vector<std::string> labels;
    std::set<std::string> seen, twice;
    for (const auto& f : files) {
        labels.push_back(std::filesystem::path(f).stem().string());
        if (!seen.insert(labels.back()).second) twice.insert(labels.back());
    }
    for (std::size_t i = 0; i < files.size(); ++i)
        if (twice.count(labels[i])) labels[i] = files[i];
    return labels;
}

// Loads every file and variant (reporting every error of every one before anything runs).
std::optional<Loaded> load_all(const std::string& command, const std::vector<std::string>& files,
                               const std::vector<Variant>& variants, const std::vector<std::string>& variant_args,
                               RunArgs& a, std::ostream& err) {
    Loaded l;
    bool ok = true;
    const auto labels = file_labels(files);
    auto add = [&](const std::string& file, const std::string& label, const LoadArgs& load) {
        const auto scenario = load_or_report(file, load, err);
        if (!scenario) return false;
        a.scenario = file;
        l.scenarios.push_back({label, make_provenance(*scenario, a)});
        l.specs.push_back(scenario->spec);
        return true;
    };
    for (std::size_t i = 0; i < files.size(); ++i) ok = add(files[i], labels[i], a.load) && ok;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        LoadArgs load = a.load;
        load.sets.insert(load.sets.end(), variants[i].sets.begin(), variants[i].sets.end());
        if (!add(files[0], variants[i].name, load)) {
            err << fmt::format("mvzsim {}: in --variant '{}'\n", command, variant_args[i]);
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return l;
}

std::optional<std::vector<Variant>> parse_variants(const std::string& command, const std::vector<std::string>& files,
                                                   const std::vector<std::string>& variant_args, std::ostream& err) {
    std::vector<Variant> variants;
    std::set<std::string> names;
    for (const auto& l : file_labels(files)) names.insert(l);
    for (const auto& text : variant_args) {
        std::string problem;
        auto v = parse_variant(text, problem);
        if (!v) {
            usage_error(command, fmt::format("--variant '{}': {}", text.substr(0, 80), problem), err);
            return std::nullopt;
        }
        if (!names.insert(v->name).second) {
            usage_error(command, fmt::format("--variant '{}': the name '{}' is taken", text.substr(0, 80), v->name),
                        err);
            return std::nullopt;
        }
        variants.push_back(std::move(*v));
    }
    return variants;
}

}  // namespace mvzsim::cli
