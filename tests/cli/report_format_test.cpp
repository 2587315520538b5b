// German and English number formats, and the completeness of the report's translation tables.
#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "cli/report/input_labels.h"
#include "cli/report/labels.h"
#include "cli/report/number_format.h"
#include "scenarios/input_list.h"
#include "test_support.h"

using namespace mvzsim::cli::report;

TEST_CASE("German numbers: decimal comma, thousands point, half away from zero", "[cli][numbers]") {
    const NumberStyle de = text_style(Lang::de);
    CHECK(format_number(1234.5, 1, de) == "1.234,5");
    CHECK(format_number(1234567.891, 2, de) == "1.234.567,89");
    CHECK(format_number(999.95, 1, de) == "1.000,0");  // rounding carries into a new group
    CHECK(format_number(-1234.56, 1, de) == "-1.234,6");
    CHECK(format_number(-0.04, 1, de) == "0,0");  // never "-0,0"
    CHECK(format_number(0.05, 1, de) == "0,1");
    CHECK(format_number(1.25, 1, de) == "1,3");    // kaufmännisch, not to even
    CHECK(format_number(2.675, 2, de) == "2,68");  // stored as 2.67499999..., read as 2,675
    CHECK(format_number(-2.5, 0, de) == "-3");
    CHECK(format_number(1234.5, 0, de) == "1.235");
    CHECK(format_number(999, 0, de) == "999");
    CHECK(format_number(1000, 0, de) == "1.000");
    CHECK(format_number(12.7404, 4, de) == "12,7404");
    CHECK(format_number(0.0, 2, de) == "0,00");
}

TEST_CASE("English, print and CSV styles", "[cli][numbers]") {
    CHECK(format_number(1234.5, 1, text_style(Lang::en)) == "1,234.5");
    CHECK(format_number(-1234.5, 1, print_style(Lang::de)) == "\u22121.234,5");  // typographic minus
    CHECK(format_number(-1234.567, 2, csv_style(Lang::de)) == "-1234,57");       // no thousands point in CSV
    CHECK(format_number(1234.567, 2, csv_style(Lang::en)) == "1234.57");
    CHECK(format_percent(0.857, 1, text_style(Lang::de)) == "85,7\u00a0%");
    CHECK(format_thousand(1234567.0, text_style(Lang::de)) == "1.234,6");
    CHECK(format_thousand(-49.0, text_style(Lang::de)) == "0,0");  // -0.049 T€ rounds to zero
}

namespace {

// The placeholders of a text, in order: "{}" or "{0}" etc.
std::vector<std::string> placeholders(std::string_view text) {
    static const std::regex kField(R"(\{[0-9]*(:[^}]*)?\})");
    std::vector<std::string> out;
    const std::string s(text);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), kField); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}

}  // namespace

TEST_CASE("every label of the translation table has German and English with the same placeholders", "[cli][labels]") {
    std::set<std::string_view> names;
    REQUIRE(label_texts().size() > 250);
    for (const auto& t : label_texts()) {
        INFO(t.name);
        CHECK(names.insert(t.name).second);
        CHECK_FALSE(t.de.empty());
        CHECK_FALSE(t.en.empty());
        CHECK(placeholders(t.de) == placeholders(t.en));
        // Sheet names: at most 31 characters and none of Excel's forbidden ones.
        if (t.name.rfind("sheet_", 0) == 0)
            for (const auto text : {t.de, t.en}) {
                CHECK(text.size() <= 31);
                CHECK(text.find_first_of("[]:*?/\\") == std::string_view::npos);
            }
    }
    CHECK(text(Label::month_3, Lang::de) == "März");
    CHECK(text(Label::month_3, Lang::en) == "March");
}

TEST_CASE("every input key of every example has a label in both languages", "[cli][labels]") {
    std::set<std::string_view> keys;
    for (const auto& l : input_labels()) {
        INFO(l.key);
        CHECK(keys.insert(l.key).second);
        CHECK_FALSE(l.de.empty());
        CHECK_FALSE(l.en.empty());
    }
    std::size_t checked = 0;
    for (const auto& file : mvzsim::test::example_files()) {
        const auto scenario = mvzsim::scenarios::load_scenario(file.string());
        for (const auto& i : mvzsim::scenarios::list_inputs(scenario)) {
            INFO(file.filename().string() << ": " << i.path);
            CHECK(input_label(i.key).has_value());
            ++checked;
        }
    }
    CHECK(checked > 100);
}
