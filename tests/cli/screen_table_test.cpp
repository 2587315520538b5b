// The table of `mvzsim screen` (cli/screen_table.h): fields, quotes, columns, separators.
#include "cli/screen_table.h"

#include <catch2/catch.hpp>

using mvzsim::cli::MunicipalityTable;
using mvzsim::cli::parse_municipality_table;
using mvzsim::cli::TableColumn;

namespace {

// The messages of the InputError that parsing `text` throws, as "line:column: message".
std::vector<std::string> problems(const std::string& text) {
    try {
        parse_municipality_table("t.csv", text);
    } catch (const mvzsim::scenarios::InputError& e) {
        std::vector<std::string> out;
        for (const auto& d : e.diagnostics())
            out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
        return out;
    }
    return {};
}

}  // namespace

TEST_CASE("screen table: columns by kind, cells with their line and column", "[cli][screen]") {
    const MunicipalityTable t =
        parse_municipality_table("t.csv",
                                 "# a comment\n\nname, template ,info:km,billing.cases_per_fte_per_quarter\n"
                                 "Alpha,,12,\"{pert: [600, 800, 950]}\"\n"
                                 "  # another comment\n"
                                 "\"Beta, upper\",b.yaml,3,\"say \"\"hi\"\"\"\n");
    CHECK(t.header_line == 3);
    REQUIRE(t.columns.size() == 4);
    CHECK(t.columns[0].kind == TableColumn::Kind::name);
    CHECK(t.columns[1].kind == TableColumn::Kind::template_file);  // blanks around a field are not part of it
    CHECK(t.columns[1].column == 7);
    CHECK(t.columns[2].kind == TableColumn::Kind::info);
    CHECK(t.columns[2].header == "km");
    CHECK(t.columns[3].kind == TableColumn::Kind::key);
    CHECK(t.columns[3].column == 25);  // "name, template ,info:km," is 24 characters
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 4);
    CHECK(t.rows[0].cells[3].text == "{pert: [600, 800, 950]}");
    CHECK(t.rows[0].cells[3].column == 12);  // after the opening quote: "Alpha,,12,\"" is 11 characters
    CHECK(t.rows[0].cells[1].text.empty());
    CHECK(t.rows[1].line == 6);
    CHECK(t.rows[1].cells[0].text == "Beta, upper");
    CHECK(t.rows[1].cells[3].text == "say \"hi\"");
    CHECK(t.index_of(TableColumn::Kind::template_file) == 1);
}

TEST_CASE("screen table: semicolons and decimal commas only together, a BOM and CRLF", "[cli][screen]") {
    const MunicipalityTable de =
        parse_municipality_table("t.csv", "\xEF\xBB\xBFname;premises.area_m2;x.y\r\nAlpha;12,5;\"[1,5]\"\r\n");
    REQUIRE(de.rows.size() == 1);
    CHECK(de.columns[0].kind == TableColumn::Kind::name);  // the BOM is not part of the first header
    CHECK(de.rows[0].cells[1].text == "12.5");
    CHECK(de.rows[0].cells[2].text == "[1,5]");  // not a number: left as it is
    CHECK(de.rows[0].cells.back().text.find('\r') == std::string::npos);
    const MunicipalityTable en = parse_municipality_table("t.csv", "name,premises.area_m2\nAlpha,\"12,5\"\n");
    CHECK(en.rows[0].cells[1].text == "12,5");  // a comma table keeps commas (the loader reports them)
}

TEST_CASE("screen table: every problem with its line and column", "[cli][screen]") {
    CHECK(problems("") ==
          std::vector<std::string>{"0:0: the table is empty: expected a header line such as "
                                   "name,premises.rent_eur_per_m2_per_month and a row per municipality"});
    CHECK(problems("name,,x\nA,1,2\n") ==
          std::vector<std::string>{"1:6: expected a column name: name, template, info:LABEL or a key path of the "
                                   "scenario such as premises.rent_eur_per_m2_per_month"});
    CHECK(problems("name,a\n,1\nB,2\nB,3\n") ==
          std::vector<std::string>{"2:1: expected the municipality's name (got an empty cell)",
                                   "4:1: 'B' is named twice: each municipality once"});
    CHECK(problems("name,a\n\"A\" x,1\n") == std::vector<std::string>{"2:5: expected ',' after a quoted field"});
    CHECK(problems("name,a\nA,1\nB\n").at(0) ==
          "3:1: expected 2 fields as the header has (got 1); a value with a ',' must be quoted: "
          "\"{pert: [600, 800, 950]}\"");
}
