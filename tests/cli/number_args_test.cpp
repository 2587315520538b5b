// Numbers and ranges on the command line: long arguments, overflow, inf and nan are usage errors
// (exit 2) that name the option and show the start of the value; the accepted forms still parse.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cli/options.h"
#include "test_support.h"

using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;

namespace {

const std::string kLong(100'000, '1');

struct Case {
    std::vector<std::string> command;  // the command and its other arguments
    std::string option;
};

// Every numeric option of every command, with arguments that are otherwise complete.
std::vector<Case> numeric_options() {
    const std::string file = kExamples + "single-gp.yaml";
    std::vector<Case> cases;
    for (const char* o : {"--trials", "--seed", "--threads", "--replay", "--memory-limit", "--target-se"})
        cases.push_back({{"run", file}, o});
    for (const char* o : {"--doctors", "--step", "--confidence", "--year"}) {
        cases.push_back({{"breakeven", file}, o});
        cases.push_back({{"report", file, "-o", "/tmp/x.html"}, o});
    }
    for (const char* o : {"--trials", "--threads", "--repeat", "--doctors"}) cases.push_back({{"bench", file}, o});
    cases.push_back({{"bench", file, "--doctors", "1..2"}, "--step"});
    cases.push_back({{"solve", file, "--vary", "premises.area_m2", "--target", "mean(result[last]) >= 0"}, "--range"});
    cases.push_back({{"solve", file, "--vary", "premises.area_m2", "--range", "1..2"}, "--target"});
    return cases;
}

mvzsim::test::CommandResult with(const Case& c, const std::string& value) {
    std::vector<std::string> args = c.command;
    args.push_back(c.option);
    args.push_back(value);
    return mvzsim_cmd(args);
}

}  // namespace

TEST_CASE("an argument of 100,000 characters to any numeric option is a short usage error", "[cli][arguments]") {
    for (const auto& c : numeric_options()) {
        for (const std::string& value : {kLong, std::string(100'000, '('), "1.." + kLong, std::string(100'000, '.')}) {
            INFO(c.command[0] << " " << c.option << " " << value.substr(0, 3));
            const auto r = with(c, value);
            CHECK(r.code == 2);
            CHECK(r.out.empty());
            CHECK(r.err.find(c.option) != std::string::npos);
            CHECK(r.err.size() < 600);
        }
    }
}

TEST_CASE("overflow, inf and nan in numeric options are usage errors naming option and value", "[cli][arguments]") {
    const std::string file = kExamples + "single-gp.yaml";
    struct Bad {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Bad> cases = {
        {{"run", file, "--trials", "99999999999999999999"},
         "--trials must be an integer from -9223372036854775808 to 9223372036854775807 (got '99999999999999999999')"},
        {{"run", file, "--seed", "1e3"}, "--seed must be an integer (got '1e3')"},
        {{"run", file, "--threads", "-99999999999999999999"}, "--threads must be an integer from"},
        {{"run", file, "--replay", "0x10"}, "--replay must be an integer (got '0x10')"},
        {{"breakeven", file, "--confidence", "1e999"},
         "--confidence must be a finite number within the range of double (got '1e999')"},
        {{"breakeven", file, "--confidence", "nan"}, "--confidence must be a number such as 0.5 or 1e3 (got 'nan')"},
        {{"breakeven", file, "--step", "inf"}, "--step must be a number such as 0.5 or 1e3 (got 'inf')"},
        {{"breakeven", file, "--year", "99999999999"}, "--year must be a calendar year, e.g. 2030 (got 99999999999)"},
        {{"breakeven", file, "--doctors", "1..99999999999999999999999"},
         "--doctors must be MIN..MAX with 0 < MIN <= MAX <= 1000, e.g. 1..6 (got '1..99999999999999999999999')"},
        {{"breakeven", file, "--doctors", "1..1001"}, "--doctors must be MIN..MAX"},
        {{"bench", file, "--doctors", "1..1e400"}, "--doctors must be MIN..MAX"},
        {{"solve", file, "--vary", "premises.area_m2", "--target", "mean(result[last]) >= 0", "--range", "1..1e999"},
         "--range must be LOW..HIGH, two finite numbers with LOW < HIGH (got '1..1e999')"},
        {{"solve", file, "--vary", "premises.area_m2", "--range", "1..2", "--target", "mean(result[last]) >= 1e999"},
         "--target: the number 1e999 is out of range"},
    };
    for (const auto& c : cases) {
        INFO(c.args[0] << " " << c.args.back());
        const auto r = mvzsim_cmd(c.args);
        CHECK(r.code == 2);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.find("stod") == std::string::npos);
    }
}

TEST_CASE("the accepted forms of ranges and numbers still parse", "[cli][arguments]") {
    using mvzsim::cli::parse_doctor_range;
    using Range = std::optional<std::pair<double, double>>;
    CHECK(parse_doctor_range("2..6") == Range({2.0, 6.0}));
    CHECK(parse_doctor_range(" 2 .. 6 ") == Range({2.0, 6.0}));
    CHECK(parse_doctor_range("3") == Range({3.0, 3.0}));
    CHECK(parse_doctor_range("0.5..2.5") == Range({0.5, 2.5}));
    CHECK(parse_doctor_range("1..1000") == Range({1.0, 1000.0}));
    for (const char* bad :
         {"", "..", "2.", ".5", "-1..2", "+1..2", "1e1", "2...6", "2..", "..6", "2..6x", "1..1000.5"}) {
        INFO(bad);
        CHECK_FALSE(parse_doctor_range(bad));
    }
    using mvzsim::cli::parse_value_range;
    CHECK(parse_value_range("600..950") == Range({600.0, 950.0}));
    CHECK(parse_value_range(" -1.5e3 .. +.5 ") == Range({-1500.0, 0.5}));
    CHECK(parse_value_range("1E-2..2") == Range({0.01, 2.0}));
    // As the regular expression did: "5...6" is 5 and .6 (then refused by solve for LOW > HIGH).
    CHECK(parse_value_range("5...6") == Range({5.0, 0.6}));
    for (const char* bad : {"1", "1..2..3", "1..", "5...", "1..inf", "nan..1", "1,5..2", "1e..2"}) {
        INFO(bad);
        CHECK_FALSE(parse_value_range(bad));
    }
    // Numeric options: the usual forms (a sign, a leading dot) are read as before.
    const std::string file = kExamples + "single-gp.yaml";
    const auto r = mvzsim_cmd({"breakeven", file, "--doctors", "1..2", "-n", "+100", "--confidence", ".5", "--step",
                               "1.0", "--seed", "7", "--threads", "1"});
    CHECK(r.code == 0);
    CHECK(r.out.find("seed") != std::string::npos);
    CHECK(mvzsim_cmd({"run", file, "-n", "100", "--replay", "+5"}).code == 0);
}

TEST_CASE("long text options and names give short messages; control characters are escaped", "[cli][arguments]") {
    const std::string file = kExamples + "single-gp.yaml";
    const std::string long_text(100'000, '[');
    const std::vector<std::vector<std::string>> cases = {
        {"run", file, "--format", long_text},
        {"run", file, "--lang", long_text},
        {"run", file, "--csv", long_text},
        {"run", file, "-f", "csv", "--layout", long_text},
        {"run", file, "--se-of", long_text, "--target-se", "1"},
        {"breakeven", file, "--template", long_text},
        {"init", "--template", long_text, "/tmp/never.yaml"},
        {long_text},
        {"run", "--" + long_text},
    };
    for (const auto& args : cases) {
        INFO(args[0] << " " << (args.size() > 2 ? args[2] : ""));
        const auto r = mvzsim_cmd(args);
        CHECK(r.code == 2);
        CHECK(r.err.size() < 600);
    }
    const auto escaped = mvzsim_cmd({"run", file, "--lang", "x\x1b[31m"});
    CHECK(escaped.code == 2);
    CHECK(escaped.err.find('\x1b') == std::string::npos);
    // A message's own line breaks stay.
    const auto templates = mvzsim_cmd({"init", "--template", "nope", "/tmp/never.yaml"});
    CHECK(templates.err.find("--template must be one of:\n  small-gp") != std::string::npos);
}
