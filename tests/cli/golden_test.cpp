// Golden summaries: each example's CSV report (2,000 trials, seed 1) and its break-even table
// (1..4 doctor FTE in steps of 0.5, 1,000 trials, seed 1) must stay as recorded in tests/golden/. A model change that
// moves a number shows up here; after an intended change, run scripts/update-golden.sh and review the diff.
//
// Numbers are compared within a relative tolerance of 1e-9 (plus 1e-6 absolute for values near 0,
// such as the residue -1.1e-11 of a sum that is 0 in exact arithmetic), text exactly: another
// compiler or libm may change the last digits of exp/log and of summation order, not a result.
// tests/golden/VERSIONS records the compiler and Boost that wrote the files; a failure prints it
// beside this build's, so that a reader sees whether a toolchain change is the cause.
//
// The variants in examples/variants/ (scenarios that extend an example) have theirs in tests/golden/variants/.
#include <boost/version.hpp>
#include <catch2/catch.hpp>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace fs = std::filesystem;

namespace {

constexpr double kRelative = 1e-9;
constexpr double kAbsolute = 1e-6;

std::optional<double> parse_number(const std::string& text) {
    double x = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, x);
    if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
    return x;
}

// Whether two CSV fields agree: equal text, or numbers within the tolerance.
bool same_field(const std::string& got, const std::string& expected) {
    if (got == expected) return true;
    const auto a = parse_number(got), b = parse_number(expected);
    if (!a || !b) return false;
    return std::abs(*a - *b) <= kRelative * std::max(std::abs(*a), std::abs(*b)) + kAbsolute;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ',')) out.push_back(field);
    if (!line.empty() && line.back() == ',') out.emplace_back();
    return out;
}

// The fields that differ beyond the tolerance, as "column k: got ... expected ..."; empty when the
// lines agree (the same number of fields, each the same).
std::string differences(const std::string& got, const std::string& expected) {
    const auto a = fields(got), b = fields(expected);
    if (a.size() != b.size()) return std::to_string(a.size()) + " fields, expected " + std::to_string(b.size());
    std::string out;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (!same_field(a[k], b[k]))
            out += "column " + std::to_string(k + 1) + ": got " + a[k] + ", expected " + b[k] + "; ";
    return out;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Which toolchain wrote the golden files, and which built this test.
std::string toolchains() {
    std::string boost = BOOST_LIB_VERSION;
    for (char& c : boost)
        if (c == '_') c = '.';
#ifdef __clang__
    const std::string compiler = std::string("clang ") + __clang_version__;
#else
    const std::string compiler = std::string("g++ ") + __VERSION__;
#endif
    return "golden files recorded with (tests/golden/VERSIONS):\n" +
           read_file(MVZSIM_SOURCE_DIR "/tests/golden/VERSIONS") + "this build: " + compiler + ", Boost " + boost;
}

// Runs `args` (the example's path appended after the command) on every example of
// examples/<examples> and compares the CSV, without its provenance line, with
// tests/golden/<folder>/<examples>/<example>.csv line by line.
void check_examples(const std::string& command, const std::vector<std::string>& args, const std::string& folder,
                    const std::string& examples = "") {
    INFO(toolchains());
    std::size_t checked = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(MVZSIM_SOURCE_DIR "/examples") / examples)) {
        if (entry.path().extension() != ".yaml") continue;
        INFO(entry.path());
        const fs::path golden =
            fs::path(MVZSIM_SOURCE_DIR "/tests/golden") / folder / examples / (entry.path().stem().string() + ".csv");
        REQUIRE(fs::exists(golden));
        std::ostringstream out, err;
        std::vector<std::string> call = {command, entry.path().string()};
        call.insert(call.end(), args.begin(), args.end());
        REQUIRE(mvzsim::cli::run(call, out, err) == 0);
        std::string report = out.str();
        report.erase(0, report.find('\n') + 1);  // the provenance line names the path
        std::istringstream got_lines(report), expected_lines(read_file(golden));
        std::string got_line, expected_line;
        int line = 1;
        while (std::getline(expected_lines, expected_line)) {
            INFO("line " << line++);
            REQUIRE(std::getline(got_lines, got_line));
            INFO("got      " << got_line << "\nexpected " << expected_line);
            CHECK(differences(got_line, expected_line).empty());
        }
        CHECK_FALSE(std::getline(got_lines, got_line));
        ++checked;
    }
    CHECK(checked >= 2);
}

}  // namespace

TEST_CASE("golden comparison: numbers within 1e-9 relative (or 1e-6 near 0), text exactly", "[cli][golden]") {
    CHECK(same_field("253142.1437", "253142.1437"));
    CHECK(same_field("253142.14370000001", "253142.1437"));  // 4e-17 relative
    CHECK(same_field("253142.1437002", "253142.1437"));      // 8e-13 relative
    CHECK_FALSE(same_field("253142.1440", "253142.1437"));   // 1.2e-9 relative
    CHECK_FALSE(same_field("253143", "253142"));
    CHECK(same_field("-1.0913936421275139e-11", "3e-12"));  // residues of 0
    CHECK_FALSE(same_field("0.00001", "0"));
    CHECK_FALSE(same_field("yes", "no"));
    CHECK_FALSE(same_field("", "0"));
    CHECK_FALSE(same_field("2027", "all"));
    CHECK(differences("all,,cases,cases,1.5,0", "all,,cases,cases,1.5000000000001,0").empty());
    CHECK_FALSE(differences("all,,cases,cases,1.5,0", "all,,cases,cases,1.6,0").empty());
    CHECK_FALSE(differences("1,2,3", "1,2,3,").empty());  // a missing last field
    CHECK(toolchains().find("compiler: ") != std::string::npos);
    CHECK(toolchains().find("boost: ") != std::string::npos);
}

TEST_CASE("each example matches its golden summary", "[cli][golden]") {
    check_examples("run", {"--trials", "2000", "--seed", "1", "--format", "csv"}, "");
    check_examples("run", {"--trials", "2000", "--seed", "1", "--format", "csv"}, "", "variants");
}

TEST_CASE("each example's break-even search matches its golden table", "[cli][golden]") {
    const std::vector<std::string> args = {"--doctors", "1..4",   "--step", "0.5",      "--trials",
                                           "1000",      "--seed", "1",      "--format", "csv"};
    check_examples("breakeven", args, "breakeven");
    check_examples("breakeven", args, "breakeven", "variants");
}

TEST_CASE("the region example matches its golden summary", "[cli][golden][region]") {
    // examples/regions/saxony-county.yaml (its sites are scenario files beside it, read through it):
    // the region's CSV, as scripts/update-golden.sh records it in tests/golden/regions/.
    INFO(toolchains());
    std::ostringstream out, err;
    REQUIRE(mvzsim::cli::run({"run", MVZSIM_SOURCE_DIR "/examples/regions/saxony-county.yaml", "--trials", "2000",
                              "--seed", "1", "--format", "csv"},
                             out, err) == 0);
    std::string report = out.str();
    report.erase(0, report.find('\n') + 1);  // the provenance line names the path
    std::istringstream got_lines(report),
        expected_lines(read_file(MVZSIM_SOURCE_DIR "/tests/golden/regions/saxony-county.csv"));
    std::string got_line, expected_line;
    int line = 1;
    std::size_t lines = 0;
    while (std::getline(expected_lines, expected_line)) {
        INFO("line " << line++);
        REQUIRE(std::getline(got_lines, got_line));
        INFO("got      " << got_line << "\nexpected " << expected_line);
        CHECK(differences(got_line, expected_line).empty());
        ++lines;
    }
    CHECK_FALSE(std::getline(got_lines, got_line));
    CHECK(lines > 100);
}
