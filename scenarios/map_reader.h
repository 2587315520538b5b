#pragma once
// Reading YAML mappings with key paths, collecting every error instead of stopping at the first.
#include <yaml-cpp/yaml.h>

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/spec/input.h"
#include "scenarios/diagnostics.h"
#include "scenarios/key_table.h"
#include "scenarios/source_map.h"

namespace mvzsim::scenarios {

// Where the errors of a scenario are collected, with the sources its nodes come from.
class Context {
public:
    explicit Context(const SourceMap& sources) : sources_(&sources) {}
    // At the node's position (see position_of).
    void error(const YAML::Node& at, const std::string& path, std::string message);
    void error(const YAML::Mark& at, const std::string& path, std::string message);
    // A diagnostic located elsewhere (an error of a --set argument's key path).
    void add(Diagnostic diagnostic);
    // A plausibility warning (plausibility.h): reported, but the scenario is valid.
    void warn(const YAML::Mark& at, const std::string& path, std::string message);
    // Withdraws the warnings at `path` (a value whose band does not apply in its context).
    void drop_warnings(const std::string& path);
    // The warnings in the order of the texts, as sorted_errors().
    std::vector<Diagnostic> sorted_warnings() const;
    // Rewrites error `index` (an index into errors()) when a later finding explains it better.
    void replace(std::size_t index, const YAML::Mark& at, const std::string& path, std::string message);
    const SourceMap& sources() const { return *sources_; }
    const std::vector<Diagnostic>& errors() const { return errors_; }
    // The errors in the order of the texts: the file first, then its bases, then --set values;
    // within each text by line and column. Errors about a whole text come first.
    std::vector<Diagnostic> sorted_errors() const;

    // Inputs read so far, by stream name, so that later sections (correlations) can refer to them.
    void note_input(const models::Input& input) { inputs_[input.stream] = input; }
    const std::map<std::string, models::Input>& inputs() const { return inputs_; }

private:
    const SourceMap* sources_;
    std::vector<Diagnostic> errors_;
    std::vector<std::pair<long, long>> order_;  // global line and column of each error
    std::vector<Diagnostic> warnings_;
    std::vector<std::pair<long, long>> warning_order_;
    std::map<std::string, models::Input> inputs_;
};

// Where to report a problem with `node`: its mark, or for a mapping or list that a merge built
// (which has no position) the position of its first key or entry.
YAML::Mark position_of(const YAML::Node& node);

// A number as messages write it, with up to 10 significant digits: 0.03, 85000, 12.7404.
std::string number_text(double x);
// Valid UTF-8 without control characters (such text is safe in CSV, JSON and tables).
bool is_plain_utf8(std::string_view s);

// Text of a scalar for "(got X)"; "a mapping" / "a list with 2 entries" for collections.
std::string describe_node(const YAML::Node& node);
// A plain (unquoted) scalar that parses wholly as a finite number.
std::optional<double> parse_number(const YAML::Node& node);
// For a value that is not a number but looks like one written for people ("85,000", "21%",
// "880" in quotes): "; " and how to write it. Empty otherwise.
std::string number_hint(const YAML::Node& node);
// "must be <range> (got <text>)", with a hint when a fraction seems to be written in percent; for a
// number beyond kMaxMagnitude, too_large(text).
std::string out_of_range(const Range& range, double x, const std::string& text);
// "lies beyond +-1000000000, the largest size of a number in a scenario (got <text>): ...".
std::string too_large(const std::string& text);
// For the text of an amount in EUR written with a dot and exactly three zeros (90.000, 400.000:
// a German thousands separator, which YAML reads as a decimal point), what it reads as and how to
// write what was meant; nullopt for any other text (0.500, 90.5, 90000, 1234.000).
std::optional<std::string> thousands_dot(const std::string& text);

// A YAML mapping at a key path, whose keys are those of a Section (key_table.h). Every value is
// read through its Key; finish() reports the keys that the section does not have, with a
// suggestion, and duplicated keys.
class MapReader {
public:
    // Reports an error (and reads nothing) when `node` is not a mapping.
    MapReader(Context& context, const YAML::Node& node, std::string path, const Section& section);
    // The mapping at `key` (a mapping key of `parent`'s section).
    MapReader(MapReader& parent, const Key& key);

    bool valid() const { return valid_; }
    // Whether `key` is present, even without a value (an empty value is then an error, not a default).
    bool has(const Key& key) const;
    // The value at `key`, or a null node.
    YAML::Node node(const Key& key) const;
    // Where to report a problem with the value at `key`: the value, or the key when the value is
    // empty (yaml-cpp places an empty value at the next token, often on the next line).
    YAML::Mark mark(const Key& key) const;
    std::string path(const Key& key) const { return path(key.name); }
    std::string path(std::string_view key) const;
    const std::string& own_path() const { return path_; }
    Context& context() { return context_; }
    const YAML::Node& self() const { return node_; }
    const Section& section() const { return *section_; }

    // Reports "missing required key" and returns false when absent. When finish() then finds a
    // misspelling of the key, that report is replaced by the did-you-mean one.
    bool require(const Key& key);

    // Values of the key's type and range; nullopt when absent (reported when `required`, which
    // is the key's own requirement unless given) or invalid (reported).
    std::optional<std::string> string(const Key& key, bool required);
    std::optional<std::string> string(const Key& key) { return string(key, key.required); }
    std::optional<double> number(const Key& key, bool required);
    std::optional<double> number(const Key& key) { return number(key, key.required); }
    std::optional<long long> integer(const Key& key, bool required);
    std::optional<long long> integer(const Key& key) { return integer(key, key.required); }

    // Report unknown and duplicated keys.
    void finish();

private:
    // Read-only lookup: yaml-cpp's non-const operator[] could insert the key.
    YAML::Node lookup(std::string_view key) const {
        const YAML::Node& map = node_;
        return map[std::string(key)];
    }
    // Every key a reader reads is in its section: the schema is generated from the sections.
    void check(const Key& key) const;

    void check_mapping(const YAML::Mark& at);
    // The message for an unknown key; empty when it replaced the report of the required key it
    // misspells, so that one mistake gives one message.
    std::string unknown_key(const std::string& key, const YAML::Mark& at);

    Context& context_;
    YAML::Node node_;
    std::string path_;
    const Section* section_;
    bool valid_;
    std::map<std::string, std::size_t, std::less<>> missing_;  // required key -> index of its error
};

}  // namespace mvzsim::scenarios
