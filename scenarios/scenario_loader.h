#pragma once
// Turns a scenario file into a validated CentreSpec. The only part of mvzsim that knows YAML.
#include <memory>
#include <string>
#include <vector>

#include "models/spec/centre_spec.h"
#include "scenarios/diagnostics.h"

namespace mvzsim::scenarios {

// A file of a scenario's `extends` chain.
struct SourceFile {
    std::string path;   // as messages name it: relative to the folder of the file that extends it
    std::string bytes;  // the file's bytes, for hashing and provenance
};

// How to read a scenario beyond its file.
struct LoadOptions {
    std::vector<std::string> sets;  // --set KEY.PATH=VALUE arguments, applied in order
};

struct Document;  // the texts behind a scenario and its resolved YAML tree (scenario_resolver.h)

struct Scenario {
    std::string file;               // as given
    std::string text;               // the file's bytes, for hashing and provenance
    std::vector<SourceFile> bases;  // the files it extends, nearest first (empty without `extends`)
    std::vector<std::string> sets;  // the --set arguments applied, as given
    models::CentreSpec spec;
    std::vector<Diagnostic> warnings;          // values outside their plausible band, in file order
    std::shared_ptr<const Document> document;  // for NumberEditor and show_scenario
};

// Throws InputError with every problem found (unreadable file, YAML syntax, unknown or missing
// keys, wrong types, values out of range, a broken `extends` chain, a bad --set).
Scenario load_scenario(const std::string& file, const LoadOptions& options = {});
// The same for text already in memory; `file` is used in messages, and `extends` is resolved
// relative to its folder.
Scenario parse_scenario(const std::string& file, const std::string& text, const LoadOptions& options = {});

// The scenario as the readers read it (the extends chain merged, the --set values applied), as
// YAML: loading this text gives the same spec.
std::string show_scenario(const Scenario& scenario);

}  // namespace mvzsim::scenarios
