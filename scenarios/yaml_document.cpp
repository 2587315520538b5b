#include "scenarios/yaml_document.h"

#include <sstream>
#include <utility>
#include <vector>

#include "scenarios/diagnostics.h"
#include "scenarios/document_shape.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/limits.h"
#include "scenarios/map_reader.h"

namespace mvzsim::scenarios {
namespace {

// yaml-cpp's wording, said in terms of what to change; the original follows in parentheses.
std::string explain_yaml_error(const std::string& message) {
    static const std::pair<std::string_view, std::string_view> kPlain[] = {
        {YAML::ErrorMsg::END_OF_SEQ_FLOW, "a '[' opened before this point is not closed by a matching ']'"},
        {YAML::ErrorMsg::END_OF_MAP_FLOW, "a '{' opened before this point is not closed by a matching '}'"},
        {YAML::ErrorMsg::FLOW_END,
         "a closing bracket does not match the opening one ('[' closes with ']', '{' with '}')"},
        {YAML::ErrorMsg::END_OF_MAP, "the indentation does not line up with the keys above"},
        {YAML::ErrorMsg::END_OF_SEQ, "the indentation does not line up with the list entries above"},
        {YAML::ErrorMsg::MAP_VALUE,
         "a ':' that cannot start a value here: check the indentation, and quote text that contains ': '"},
        {YAML::ErrorMsg::BLOCK_ENTRY, "a list entry '-' where none can start: check the indentation"},
        {YAML::ErrorMsg::EOF_IN_SCALAR, "a quote is not closed"},
    };
    for (const auto& [original, plain] : kPlain)
        if (message == original) return std::string(plain) + " (" + message + ")";
    if (message.rfind("illegal tab", 0) == 0)
        return "a tab is used for indentation: indent with spaces (" + message + ")";
    return message;
}

// Whether the text holds nothing but blank lines and comments.
bool only_comments(const std::string& text) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const auto first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos && line[first] != '#') return false;
    }
    return true;
}

std::string empty_file_message(const std::string& text) {
    const bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
    const std::string what = blank                 ? "the file is empty"
                             : only_comments(text) ? "the file holds only comments"
                                                   : "the file holds no data";
    return what + ": expected a scenario with the sections " + section_list();
}

// An error of the text `name`: at `at`, or about the whole text when `at` has no position.
void report(Context& context, const std::string& name, const YAML::Mark& at, std::string message) {
    if (SourceMap::has_position(at))
        context.error(at, "", std::move(message));
    else
        context.add({name, 0, 0, "", std::move(message)});
}

// Where yaml-cpp's parser stopped advancing: what the character there is, and what to do.
std::string stuck_message(const std::string& shifted, const YAML::Mark& at) {
    const auto pos = static_cast<std::size_t>(at.pos);
    const char c = pos < shifted.size() ? shifted[pos] : '\0';
    if (c == ',')
        return "not valid YAML: a ',' outside brackets: commas separate entries only inside [...] and {...}; "
               "remove it";
    return std::string("not valid YAML: cannot read on from here (got '") + c + "')";
}

// Line and column (1-based) of byte `offset` of `text`.
std::pair<int, int> line_and_column(const std::string& text, std::size_t offset) {
    std::size_t line_start = 0;
    int line = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return {line, static_cast<int>(offset - line_start) + 1};
}

// Checks that hold for the raw text, before YAML: its size and NUL bytes.
bool text_ok(Context& context, const std::string& name, const std::string& text) {
    if (text.size() > kMaxTextBytes) {
        context.add({name, 0, 0, "",
                     "the text is larger than 1 MiB (" + std::to_string(text.size()) +
                         " bytes; the limit of a scenario file): a scenario takes a few KB"});
        return false;
    }
    if (const auto nul = text.find('\0'); nul != std::string::npos) {
        const auto [line, column] = line_and_column(text, nul);
        context.add({name, line, column, "",
                     "a NUL byte: a scenario is text (a binary file, or text saved as UTF-16 without a byte order "
                     "mark? save it as UTF-8)"});
        return false;
    }
    return true;
}

// The one YAML document of the text, or nothing after reporting why not.
std::optional<YAML::Node> load_document(Context& context, const std::string& name, const std::string& shifted,
                                        const std::string& text) {
    if (!text_ok(context, name, text)) return std::nullopt;
    std::vector<DocumentShape> documents;
    try {
        documents = document_shapes(shifted);
    } catch (const ShapeError& e) {
        report(context, name, e.at, e.message.empty() ? stuck_message(shifted, e.at) : e.message);
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        report(context, name, e.mark, "not valid YAML: " + explain_yaml_error(e.msg));
        return std::nullopt;
    }
    if (documents.empty() || documents[0].empty) {
        report(context, name, YAML::Mark::null_mark(), empty_file_message(text));
        return std::nullopt;
    }
    // Only the first document would be read; a second one is most likely a pasted scenario.
    // An empty one (a trailing '---') is harmless.
    for (std::size_t i = 1; i < documents.size(); ++i) {
        if (documents[i].empty) continue;
        report(context, name, documents[i].start,
               "a second YAML document starts here (after '---'): a file holds one scenario");
        return std::nullopt;
    }
    // The first document only: the pass above has bounded its size and found it valid.
    try {
        return YAML::Load(shifted);
    } catch (const YAML::Exception& e) {
        report(context, name, e.mark, "not valid YAML: " + explain_yaml_error(e.msg));
        return std::nullopt;
    }
}

}  // namespace

std::string section_list() {
    std::string required, optional;
    for (const Key* k : keys::kScenario.keys) {
        if (k->section == nullptr) continue;  // extends, cost_inflation_per_year: keys, not sections
        std::string& list = k->required ? required : optional;
        if (!list.empty()) list += ", ";
        list += k->name;
    }
    return required + " and optionally " + optional;
}

YAML::Node parse_document(SourceMap& sources, const std::string& name, const std::string& text) {
    const std::string shifted = sources.add(name, text);
    Context context(sources);
    const auto root = load_document(context, name, shifted, text);
    if (!root) throw InputError(context.errors());
    return *root;
}

}  // namespace mvzsim::scenarios
