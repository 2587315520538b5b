// The hand-written scanner behind targets, ranges and months: the forms std::regex accepted, the
// ones it refused, numbers out of range, and input of any length in linear time.
#include "models/text/scanner.h"

#include <catch2/catch.hpp>
#include <string>

#include "models/analysis/target.h"

namespace models = mvzsim::models;

namespace {

// The number at the start of `text` under `syntax`, and what is left after it.
std::pair<std::string, std::string> split(const std::string& text, const models::NumberSyntax& syntax) {
    models::Scanner s(text);
    const auto number = s.number_text(syntax);
    std::string rest;
    s.run([&rest](char c) {
        rest += c;
        return true;
    });
    return {number ? std::string(*number) : std::string("<none>"), rest};
}

}  // namespace

TEST_CASE("numbers are read as the syntax allows and no further", "[models][scanner]") {
    const models::NumberSyntax all{};
    CHECK(split("-2.5e3x", all) == std::pair<std::string, std::string>("-2.5e3", "x"));
    CHECK(split(".5..1", all) == std::pair<std::string, std::string>(".5", "..1"));
    CHECK(split("2..6", all) == std::pair<std::string, std::string>("2", "..6"));  // the dot of ".." is no fraction
    CHECK(split("1e", all) == std::pair<std::string, std::string>("1", "e"));      // an incomplete exponent stays
    CHECK(split("1e+", all) == std::pair<std::string, std::string>("1", "e+"));
    CHECK(split("5.", all) == std::pair<std::string, std::string>("5", "."));
    CHECK(split("5.", {.trailing_dot = true}) == std::pair<std::string, std::string>("5.", ""));
    CHECK(split(".", all).first == "<none>");
    CHECK(split("-x", all).first == "<none>");
    CHECK(split("inf", all).first == "<none>");
    CHECK(split("nan", all).first == "<none>");
    const models::NumberSyntax fte{.sign = false, .leading_dot = false, .trailing_dot = false, .exponent = false};
    CHECK(split("+3", fte).first == "<none>");
    CHECK(split(".5", fte).first == "<none>");
    CHECK(split("1e3", fte) == std::pair<std::string, std::string>("1", "e3"));
}

TEST_CASE("number values: exact where double is, nullopt beyond its range", "[models][scanner]") {
    CHECK(models::decimal_value("0.1") == 0.1);
    CHECK(models::decimal_value("+2.5") == 2.5);
    CHECK(models::decimal_value("-1e5") == -1e5);
    CHECK(models::decimal_value(".5") == 0.5);
    CHECK(models::decimal_value("5.") == 5.0);
    CHECK_FALSE(models::decimal_value("1e999"));
    CHECK_FALSE(models::decimal_value("-1e999"));
    CHECK_FALSE(models::decimal_value(std::string(400, '9')));
    CHECK_FALSE(models::decimal_value("++1"));
    CHECK(models::integer_value("9223372036854775807") == 9223372036854775807LL);
    CHECK(models::integer_value("-9223372036854775807") == -9223372036854775807LL);
    CHECK_FALSE(models::integer_value("9223372036854775808"));
    CHECK_FALSE(models::integer_value("12a"));
}

TEST_CASE("excerpt keeps short text and names the length of long text", "[models][scanner]") {
    CHECK(models::excerpt("abc") == "abc");
    CHECK(models::excerpt(std::string(100'000, 'x')) == std::string(40, 'x') + "... (100000 characters)");
}

TEST_CASE("targets: blanks anywhere between the parts, every operator, bad forms refused", "[models][target]") {
    const auto spaced = models::parse_target(" \tP ( result [ 2030 ] > -5.5e3 ) <= .25 ");
    CHECK(spaced.statistic == models::Statistic::probability);
    CHECK(spaced.year == 2030);
    CHECK(spaced.event == models::Comparison::at_least);
    CHECK(spaced.event_strict);
    CHECK(spaced.event_value == -5500.0);
    CHECK(spaced.comparison == models::Comparison::at_most);
    CHECK_FALSE(spaced.strict);
    CHECK(spaced.threshold == 0.25);
    const auto compact = models::parse_target("p95(cash_end[last])<5.");
    CHECK(compact.quantile == 0.95);
    CHECK(compact.strict);
    CHECK(compact.threshold == 5.0);
    CHECK(models::parse_target("p001(result[2030]) >= 0").quantile == 0.01);
    for (const char* bad : {"mean(result[20301]) >= 0", "mean(result[203]) >= 0", "mean(result[2030]) >= 0 x",
                            "P(result[2030]) >= 0.5", "mean(result[2030] >= 0) >= 0.5", "Mean(result[2030]) >= 0",
                            "p1000(result[2030]) >= 0", "mean(result[2030]) => 0", "mean(result[2030]) >= inf",
                            "mean(result[2030]) >= 1e", "mean(Result[2030]) >= 0", ""}) {
        INFO(bad);
        CHECK_THROWS_WITH(models::parse_target(bad), Catch::Contains("cannot read the target"));
    }
    CHECK_THROWS_WITH(models::parse_target("mean(result[2030]) >= 1e999"),
                      Catch::Contains("the number 1e999 is out of range"));
    CHECK_THROWS_WITH(models::parse_target("P(result[2030] >= -1e400) >= 0.5"), Catch::Contains("out of range"));
}

TEST_CASE("a target of 100,000 characters is refused quickly with a short message", "[models][target]") {
    // std::regex recursed once per character here and overflowed the stack.
    for (const std::string& text :
         {std::string(100'000, '('), "P(" + std::string(100'000, ' '),
          "mean(result[2030]) >= " + std::string(100'000, '1'),
          "mean(result[2030]) >= 1" + std::string(100'000, ' ') + "x", std::string(100'000, 'p')}) {
        try {
            models::parse_target(text);
            FAIL("accepted");
        } catch (const std::invalid_argument& e) {
            CHECK(std::string(e.what()).size() < 400);
        }
    }
    // Blanks of any length are fine.
    CHECK(models::parse_target("mean(result[2030]) >= 1" + std::string(100'000, ' ')).threshold == 1.0);
}
