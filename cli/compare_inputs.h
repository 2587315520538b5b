#pragma once
// The scenarios of a comparison from the command line, shared by `mvzsim compare` and the
// report's comparison section: files and variants (the first file with --set values).
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/compare_report.h"
#include "cli/options.h"
#include "models/spec/centre_spec.h"

namespace mvzsim::cli {

struct Variant {
    std::string name;
    std::vector<std::string> sets;
};

// A --variant NAME:KEY=VALUE[,KEY=VALUE ...]; on error, the reason.
std::optional<Variant> parse_variant(const std::string& text, std::string& problem);

// Every --variant, each named apart from the files' labels and the others; nullopt after a usage
// error printed to `err`.
std::optional<std::vector<Variant>> parse_variants(const std::string& command, const std::vector<std::string>& files,
                                                   const std::vector<std::string>& variant_args, std::ostream& err);

struct Loaded {
    std::vector<ComparedScenario> scenarios;
    std::vector<models::CentreSpec> specs;
};

// The label of a file: its name without the extension, or the path when two files share a name.
std::vector<std::string> file_labels(const std::vector<std::string>& files);

// Loads every file and variant (reporting every error of every one before anything runs); each
// scenario's provenance from `a` (whose scenario it sets).
std::optional<Loaded> load_all(const std::string& command, const std::vector<std::string>& files,
                               const std::vector<Variant>& variants, const std::vector<std::string>& variant_args,
                               RunArgs& a, std::ostream& err);

}  // namespace mvzsim::cli
