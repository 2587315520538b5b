#include "scenarios/yaml_document.h"

#include <sstream>
#include <utility>
#include <vector>

#include "scenarios/diagnostics.h"
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
    return what + ": expected a scenario with the sections " + std::string(kSections);
}

// An error of the text `name`: at `at`, or about the whole text when `at` has no position.
void report(Context& context, const std::string& name, const YAML::Mark& at, std::string message) {
    if (SourceMap::has_position(at))
        context.error(at, "", std::move(message));
    else
        context.add({name, 0, 0, "", std::move(message)});
}

// The one YAML document of the text, or nothing after reporting why not.
std::optional<YAML::Node> load_document(Context& context, const std::string& name, const std::string& shifted,
                                        const std::string& text) {
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(shifted);
    } catch (const YAML::Exception& e) {
        report(context, name, e.mark, "not valid YAML: " + explain_yaml_error(e.msg));
        return std::nullopt;
    }
    if (documents.empty() || documents[0].IsNull()) {
        report(context, name, YAML::Mark::null_mark(), empty_file_message(text));
        return std::nullopt;
    }
    // Only the first document would be read; a second one is most likely a pasted scenario.
    // An empty one (a trailing '---') is harmless.
    for (std::size_t i = 1; i < documents.size(); ++i) {
        if (documents[i].IsNull()) continue;
        report(context, name, documents[i].Mark(),
               "a second YAML document starts here (after '---'): a file holds one scenario");
        return std::nullopt;
    }
    return documents[0];
}

}  // namespace

YAML::Node parse_document(SourceMap& sources, const std::string& name, const std::string& text) {
    const std::string shifted = sources.add(name, text);
    Context context(sources);
    const auto root = load_document(context, name, shifted, text);
    if (!root) throw InputError(context.errors());
    return *root;
}

}  // namespace mvzsim::scenarios
