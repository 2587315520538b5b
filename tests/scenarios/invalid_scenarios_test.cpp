// Invalid scenarios and the exact messages a user sees for them.
//
// tests/scenarios/invalid/NAME.yaml is one kind of bad input; NAME.expected holds the loader's
// messages for it, one per line, as `mvzsim validate` prints them. The test reads the text itself
// and passes "invalid/NAME.yaml" as the file name, so the expected files hold no machine's path.
//
// After a deliberate change of messages, rewrite the expected files with
//   MVZSIM_UPDATE_EXPECTED=1 ./mvzsim_tests "[invalid]"
// and read the diff before committing it: every line is a message a user will see.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "scenarios/diagnostics.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/yaml_document.h"

namespace {

namespace fs = std::filesystem;
using mvzsim::scenarios::InputError;

const fs::path kInvalidDir = fs::path(MVZSIM_SOURCE_DIR) / "tests" / "scenarios" / "invalid";
constexpr std::size_t kMinimumCases = 30;

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();  // expected files edited on Windows
        lines.push_back(line);
    }
    return lines;
}

// The scenario files of the folder, sorted so that failures come in a stable order.
std::vector<fs::path> invalid_scenarios() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kInvalidDir))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// The loader's messages for a file, formatted as the CLI prints them; empty when it was accepted.
std::vector<std::string> messages_for(const fs::path& scenario) {
    const std::string name = "invalid/" + scenario.filename().string();
    try {
        mvzsim::scenarios::parse_scenario(name, read_text(scenario));
    } catch (const InputError& e) {
        std::vector<std::string> lines;
        for (const auto& d : e.diagnostics()) lines.push_back(mvzsim::scenarios::format(d));
        return lines;
    }
    return {};
}

// A line diff (longest common subsequence): "  " both, "- " expected only, "+ " actual only.
std::string diff_lines(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
    const std::size_t n = expected.size(), m = actual.size();
    std::vector<std::vector<std::size_t>> common(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            common[i][j] =
                expected[i] == actual[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    std::string diff;
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && expected[i] == actual[j]) {
            diff += "  " + expected[i++] + "\n";
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            diff += "- " + expected[i++] + "\n";
        } else {
            diff += "+ " + actual[j++] + "\n";
        }
    }
    return diff;
}

bool update_requested() {
    const char* value = std::getenv("MVZSIM_UPDATE_EXPECTED");
    return value != nullptr && std::string(value) == "1";
}

void write_expected(const fs::path& file, const std::vector<std::string>& lines) {
    std::ofstream out(file, std::ios::binary);
    for (const auto& line : lines) out << line << '\n';
    REQUIRE(out);
}

}  // namespace

TEST_CASE("every invalid scenario is rejected with exactly the expected messages", "[scenarios][invalid]") {
    const auto scenarios = invalid_scenarios();
    REQUIRE_FALSE(scenarios.empty());
    for (const auto& scenario : scenarios) {
        INFO("scenario: " << scenario.string());
        const auto actual = messages_for(scenario);
        if (actual.empty()) {
            FAIL_CHECK("the loader accepted it; it must throw scenarios::InputError");
            continue;
        }
        fs::path expected_file = scenario;
        expected_file.replace_extension(".expected");
        if (update_requested()) write_expected(expected_file, actual);
        if (!fs::exists(expected_file)) {
            FAIL_CHECK("no " << expected_file.filename().string() << "; the loader said:\n" << diff_lines({}, actual));
            continue;
        }
        const auto expected = split_lines(read_text(expected_file));
        if (actual != expected)
            FAIL_CHECK("messages differ from " << expected_file.filename().string() << " (- expected, + actual):\n"
                                               << diff_lines(expected, actual));
        else
            SUCCEED();
    }
}

TEST_CASE("the invalid scenario folder is complete", "[scenarios][invalid]") {
    const auto scenarios = invalid_scenarios();
    CHECK(scenarios.size() >= kMinimumCases);
    for (const auto& scenario : scenarios) {
        fs::path expected_file = scenario;
        expected_file.replace_extension(".expected");
        INFO("scenario: " << scenario.string());
        CHECK(fs::exists(expected_file));
    }
    // An .expected file without its scenario is a leftover of a renamed or removed case.
    for (const auto& entry : fs::directory_iterator(kInvalidDir)) {
        if (entry.path().extension() != ".expected") continue;
        fs::path scenario = entry.path();
        scenario.replace_extension(".yaml");
        INFO("expected file: " << entry.path().string());
        CHECK(fs::exists(scenario));
    }
}

TEST_CASE("the line diff of the invalid scenario test marks changed lines", "[scenarios][invalid]") {
    CHECK(diff_lines({"a", "b", "c"}, {"a", "x", "c"}) == "  a\n- b\n+ x\n  c\n");
    CHECK(diff_lines({"a"}, {"a", "b"}) == "  a\n+ b\n");
    CHECK(diff_lines({"a", "b"}, {}) == "- a\n- b\n");
}

TEST_CASE("a file without sections names every section the loader reads", "[scenarios][invalid]") {
    // The sections are the top-level keys with keys of their own: the table the loader checks the
    // top level against (keys::kScenario), so a section with a reader is among them or its file
    // would not load. Each must be named, the required ones before "and optionally".
    std::string message;
    try {
        mvzsim::scenarios::parse_scenario("e.yaml", "# nothing\n");
    } catch (const InputError& e) {
        for (const auto& d : e.diagnostics()) message += mvzsim::scenarios::format(d);
    }
    const std::string list = mvzsim::scenarios::section_list();
    CHECK(message.find(list) != std::string::npos);
    const std::size_t optional = list.find(" and optionally ");
    REQUIRE(optional != std::string::npos);
    int sections = 0;
    for (const auto* key : mvzsim::scenarios::keys::kScenario.keys) {
        if (key->section == nullptr) continue;
        ++sections;
        INFO(key->name);
        const std::string name(key->name);
        // A whole name in the list: after the start, a comma or "optionally ", before a comma or the end.
        std::size_t at = std::string::npos;
        for (std::size_t p = list.find(name); p != std::string::npos; p = list.find(name, p + 1)) {
            const bool starts = p == 0 || list[p - 1] == ' ';
            const bool ends =
                p + name.size() == list.size() || list[p + name.size()] == ',' || list[p + name.size()] == ' ';
            if (starts && ends) at = p;
        }
        REQUIRE(at != std::string::npos);
        CHECK((at < optional) == key->required);
    }
    CHECK(sections >= 16);  // centre ... taxes, takeovers, selective_contracts, trainees
    for (const char* added : {"takeovers", "selective_contracts", "trainees", "taxes"})
        CHECK(list.find(added) != std::string::npos);
}
