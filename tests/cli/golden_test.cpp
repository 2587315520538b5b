// Golden summaries: each example's CSV report (2,000 trials, seed 1) and its break-even table
// (1..4 doctor FTE in steps of 0.5, 1,000 trials, seed 1) must stay as recorded in tests/golden/. A model change that
// moves a number shows up here; after an intended change, run scripts/update-golden.sh and review the diff.
// The variants in examples/variants/ (scenarios that extend an example) have theirs in tests/golden/variants/.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace fs = std::filesystem;

namespace {

// Runs `args` (the example's path appended after the command) on every example of
// examples/<examples> and compares the CSV, without its provenance line, with
// tests/golden/<folder>/<examples>/<example>.csv line by line.
void check_examples(const std::string& command, const std::vector<std::string>& args, const std::string& folder,
                    const std::string& examples = "") {
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
        std::ifstream in(golden);
        std::ostringstream expected;
        expected << in.rdbuf();
        std::istringstream got_lines(report), expected_lines(expected.str());
        std::string got_line, expected_line;
        int line = 1;
        while (std::getline(expected_lines, expected_line)) {
            INFO("line " << line++);
            REQUIRE(std::getline(got_lines, got_line));
            CHECK(got_line == expected_line);
        }
        CHECK_FALSE(std::getline(got_lines, got_line));
        ++checked;
    }
    CHECK(checked >= 2);
}

}  // namespace

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
