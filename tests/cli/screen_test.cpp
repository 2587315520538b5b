// `mvzsim screen`: a table of municipalities as sites of a template; each row equals a separate
// compare --batch / breakeven of the template with the same values; sorting; located errors;
// thread invariance; the bundled example.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli/test_support.h"

namespace fs = std::filesystem;
using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;

namespace {

const std::string kBase = kExamples + "rural-gp-3.yaml";
const std::string kTwo = kExamples + "variants/rural-gp-2.yaml";

// The rows of an English CSV after its provenance line and header, split into fields.
std::vector<std::vector<std::string>> csv_rows(const std::string& csv) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);  // # provenance
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> fields(1);
        bool quoted = false;
        for (const char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                fields.emplace_back();
            else
                fields.back().push_back(c);
        }
        rows.push_back(fields);
    }
    return rows;
}

fs::path write_table(const std::string& name, const std::string& text) {
    const fs::path dir = mvzsim::test::scratch_dir("screen-" + name);
    std::ofstream(dir / "t.csv", std::ios::binary) << text;
    return dir / "t.csv";
}

const std::string kTable =
    "# three municipalities (figures for the test only)\n"
    "name,premises.rent_eur_per_m2_per_month,billing.cases_per_fte_per_quarter,template,info:distance_km\n"
    "Alpha,8,\"{pert: [600, 800, 950]}\",,12\n"
    "Beta,12,,,25\n"
    "Gamma,,,\"" +
    kTwo + "\",8\n";

// Screen columns (English CSV).
enum {
    kRank,
    kName,
    kLine,
    kTemplate,
    kDoctors,
    kStatus,
    kYear,
    kLossYear,
    kPLoss,
    kPLossSe,
    kSubsidyP50,
    kSubsidyP95,
    kLargestSubsidyP95,
    kCredit,
    kLastYear,
    kCumulative
};

// The statistic in column `column` of `metric` in `year` in run's English CSV (4 mean, 8 P50, 9 P95).
std::string run_value(const std::string& csv, const std::string& year, const std::string& metric, std::size_t column) {
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> f(1);
        for (const char c : line) {
            if (c == ',')
                f.emplace_back();
            else
                f.back().push_back(c);
        }
        if (f.size() > column && f[0] == year && f[2] == metric) return f[column];
    }
    FAIL("no " << metric << " " << year << " in the run's CSV");
    return {};
}

std::vector<std::string> row_named(const std::vector<std::vector<std::string>>& rows, const std::string& name) {
    for (const auto& r : rows)
        if (r[kName] == name) return r;
    FAIL("no row " << name);
    return {};
}

std::string json_value(const std::string& json, const std::string& key) {
    const auto at = json.find("\"" + key + "\": ");
    REQUIRE(at != std::string::npos);
    const auto start = at + key.size() + 4;
    return json.substr(start, json.find_first_of(",\n}", start) - start);
}

}  // namespace

TEST_CASE("screen: each municipality's row is a separate compare --batch and breakeven with its values",
          "[cli][screen]") {
    const fs::path table = write_table("equal", kTable);
    const auto r = mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "300", "-f", "csv"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    const auto rows = csv_rows(r.out);
    REQUIRE(rows.size() == 3);
    struct Case {
        std::string name, file;
        std::vector<std::string> sets;
    };
    for (const Case& c :
         {Case{"Alpha",
               kBase,
               {"premises.rent_eur_per_m2_per_month=8", "billing.cases_per_fte_per_quarter={pert: [600, 800, 950]}"}},
          Case{"Beta", kBase, {"premises.rent_eur_per_m2_per_month=12"}}, Case{"Gamma", kTwo, {}}}) {
        INFO(c.name);
        std::vector<std::string> batch{"compare", c.file, "--batch", "-n", "300", "-f", "csv"};
        std::vector<std::string> search{"breakeven", c.file, "-n", "300", "-f", "json"};
        std::vector<std::string> run{"run", c.file, "-n", "300", "-f", "csv"};
        for (const auto& s : c.sets)
            for (auto* args : {&batch, &search, &run}) {
                args->push_back("--set");
                args->push_back(s);
            }
        const auto b = mvzsim_cmd(batch);
        REQUIRE(b.code == 0);
        const auto headline = csv_rows(b.out).at(0);
        const auto row = row_named(rows, c.name);
        CHECK(row[kLossYear] == headline[6]);
        CHECK(row[kPLoss] == headline[7]);  // P(loss) in the third year, bit for bit
        CHECK(row[kPLossSe] == headline[8]);
        CHECK(row[kLargestSubsidyP95] == headline[9]);  // largest yearly subsidy need P95
        CHECK(row[kCredit] == headline[10]);            // credit line P95
        CHECK(row[kLastYear] == headline[3]);
        CHECK(row[kCumulative] == headline[4]);  // mean cumulative result at the end
        // The subsidy need in the third year: P50 and P95 as `run` gives them.
        const auto r = mvzsim_cmd(run);
        REQUIRE(r.code == 0);
        CHECK(row[kSubsidyP50] == run_value(r.out, row[kLossYear], "subsidy_need", 8));
        CHECK(row[kSubsidyP95] == run_value(r.out, row[kLossYear], "subsidy_need", 9));
        CHECK(row[kPLoss] == run_value(r.out, row[kLossYear], "annual_result", 12));  // share_negative
        const auto be = mvzsim_cmd(search);
        REQUIRE(be.code == 0);
        const std::string minimum = json_value(be.out, "minimum_doctor_fte");
        CHECK(row[kDoctors] == (minimum == "null" ? "" : minimum));
        CHECK(row[kYear] == json_value(be.out, "year"));
    }
    CHECK(row_named(rows, "Alpha").back() == "12");  // the info: column, carried through
    CHECK(row_named(rows, "Gamma")[kTemplate] == kTwo);
    CHECK(r.err.empty());  // the second template has the main example's seed and trials: nothing to note
}

TEST_CASE("screen: sorted by --sort-by, lowest first; the same output on 1 and 2 threads", "[cli][screen]") {
    const fs::path table = write_table("sort", kTable);
    const auto one =
        mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "200", "-t", "1", "-f", "csv", "--no-breakeven"});
    const auto two =
        mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "200", "-t", "2", "-f", "csv", "--no-breakeven"});
    REQUIRE(one.code == 0);
    CHECK(one.out == two.out);
    const auto rows = csv_rows(one.out);
    REQUIRE(rows.size() == 3);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CHECK(std::stod(rows[i - 1][kSubsidyP95]) <= std::stod(rows[i][kSubsidyP95]));
        CHECK(rows[i][kRank] == std::to_string(i + 1));
    }
    CHECK(rows[0][kStatus] == "not_analysed");
    const auto by_table = mvzsim_cmd(
        {"screen", kBase, "--table", table.string(), "-n", "200", "-f", "csv", "--no-breakeven", "--sort-by", "table"});
    REQUIRE(by_table.code == 0);
    const auto t = csv_rows(by_table.out);
    CHECK((t[0][kName] == "Alpha" && t[1][kName] == "Beta" && t[2][kName] == "Gamma"));
    CHECK((t[0][kLine] == "3" && t[2][kLine] == "5"));
    const auto by_credit = mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "200", "-f", "csv",
                                       "--no-breakeven", "--sort-by", "credit_line_p95"});
    const auto c = csv_rows(by_credit.out);
    CHECK(std::stod(c[0][kCredit]) <= std::stod(c[1][kCredit]));
    CHECK(std::stod(c[1][kCredit]) <= std::stod(c[2][kCredit]));
    const auto bad = mvzsim_cmd({"screen", kBase, "--table", table.string(), "--sort-by", "rent"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--sort-by must be one of") != std::string::npos);
}

TEST_CASE("screen: the terminal table, German CSV and JSON", "[cli][screen]") {
    const fs::path table = write_table("formats", kTable);
    const auto text = mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "200"});
    REQUIRE(text.code == 0);
    // With the break-even search, too, the output is the same on 1 and 2 threads.
    CHECK(text.out == mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "200", "-t", "1"}).out);
    for (const char* part : {"municipality", "subsidy P95", "credit P95", "Alpha", "Gamma", "seed 20270101"})
        CHECK(text.out.find(part) != std::string::npos);
    const auto de = mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "200", "--csv", "de"});
    REQUIRE(de.code == 0);
    CHECK(de.out.rfind("\xEF\xBB\xBF"
                       "Rang;Gemeinde;",
                       0) == 0);
    CHECK(de.out.find("Benötigte Ärzte (VZÄ)") != std::string::npos);
    CHECK(de.out.find("Tabelle der Gemeinden") != std::string::npos);
    const auto json = mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "200", "-f", "json"});
    REQUIRE(json.code == 0);
    CHECK(json.out.find("\"command\": \"screen\"") != std::string::npos);
    CHECK(json.out.find("\"info\": {\"distance_km\": \"25\"}") != std::string::npos);
    CHECK(std::count(json.out.begin(), json.out.end(), '{') == std::count(json.out.begin(), json.out.end(), '}'));
}

TEST_CASE("screen: a bad table is reported with file, line and column; nothing is written", "[cli][screen]") {
    struct Bad {
        std::string table, expected;
    };
    const std::vector<Bad> cases = {
        // A bad value: at its cell (line 3, column 6), with the loader's message and the municipality.
        {"name,premises.area_m2\nAlpha,200\nBeta,-5\n", "t.csv:3:6: premises.area_m2: "},
        // A misspelt key: at its header cell, with a suggestion, once for all rows.
        {"name,premises.rent_per_m2\nAlpha,8\nBeta,9\n", "t.csv:1:15: premises.rent_per_m2: "},
        {"premises.area_m2\n200\n", "t.csv:1:1: expected a column 'name'"},
        {"name,premises.area_m2\nAlpha,200,7\n", "t.csv:2:1: expected 2 fields as the header has (got 3)"},
        {"name,premises.area_m2\nAlpha,200\nAlpha,210\n", "t.csv:3:1: name: 'Alpha' is named twice"},
        {"name,billing.cases_per_fte_per_quarter\nAlpha,\"{pert: [1, 2, 3]}\nBeta,3\n",
         "t.csv:2:7: a quoted field is not closed"},
        {"name,premises.area_m2\n", "t.csv:1:1: expected a row for each municipality"},
        {"name,premises.area_m2,premises.area_m2\nA,1,2\n", "t.csv:1:23: premises.area_m2: this column is named twice"},
    };
    for (const auto& c : cases) {
        INFO(c.table);
        const fs::path table = write_table("errors", c.table);
        const fs::path output = table.parent_path() / "out.csv";
        const auto r = mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "100", "-o", output.string()});
        CHECK(r.code == 2);
        CHECK(r.err.find(table.string().substr(0, table.string().size() - 5) + c.expected) != std::string::npos);
        CHECK(r.err.find("nothing was run") != std::string::npos);
        CHECK_FALSE(fs::exists(output));
    }
    const fs::path misspelt = write_table("suggest", "name,premises.rent_per_m2\nAlpha,8\nBeta,9\n");
    const auto r = mvzsim_cmd({"screen", kBase, "--table", misspelt.string(), "-n", "100"});
    CHECK(r.err.find("rent_eur_per_m2_per_month") != std::string::npos);  // did you mean
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') <= 5);             // once, not once per row
    const fs::path no_template = write_table("no-template", "name,template\nAlpha,nosuch.yaml\nBeta,\n");
    const auto nt = mvzsim_cmd({"screen", kBase, "--table", no_template.string(), "-n", "100"});
    CHECK(nt.code == 2);
    CHECK(nt.err.find(no_template.string() + ":2:7: template: ") != std::string::npos);
    CHECK(nt.err.find("nosuch.yaml: cannot read the file") != std::string::npos);
    const auto none = mvzsim_cmd({"screen", kBase, "--table", "/no/such/table.csv"});
    CHECK(none.code == 2);
    CHECK(none.err.find("cannot read the table") != std::string::npos);
    const fs::path ok = write_table("memory", "name,premises.area_m2\nAlpha,200\n");
    const auto huge = mvzsim_cmd({"screen", kBase, "--table", ok.string(), "-n", "10000000"});
    CHECK(huge.code == 2);
    CHECK(huge.err.find("use fewer trials") != std::string::npos);
    const auto missing = mvzsim_cmd({"screen", kBase});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("missing --table") != std::string::npos);
}

TEST_CASE("screen: implausible values are warnings at their cell; --strict makes them errors", "[cli][screen]") {
    const fs::path table = write_table("warn", "name,premises.rent_eur_per_m2_per_month\nAlpha,75\nBeta,9\n");
    const auto r = mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "100", "--no-breakeven"});
    CHECK(r.code == 0);
    CHECK(r.err.find(table.string() + ":2:7: warning: premises.rent_eur_per_m2_per_month") != std::string::npos);
    const auto strict =
        mvzsim_cmd({"screen", kBase, "--table", table.string(), "-n", "100", "--no-breakeven", "--strict"});
    CHECK(strict.code == 2);
}

TEST_CASE("screen: a German table (semicolons, decimal commas) reads as the English one", "[cli][screen]") {
    const fs::path en = write_table("en", "name,premises.rent_eur_per_m2_per_month\nAlpha,8.5\nBeta,11\n");
    const fs::path de =
        write_table("de", "\xEF\xBB\xBFname;premises.rent_eur_per_m2_per_month\r\nAlpha;8,5\r\nBeta;11\r\n");
    const auto a = mvzsim_cmd({"screen", kBase, "--table", en.string(), "-n", "200", "--no-breakeven", "-f", "csv"});
    const auto b = mvzsim_cmd({"screen", kBase, "--table", de.string(), "-n", "200", "--no-breakeven", "-f", "csv"});
    REQUIRE(a.code == 0);
    REQUIRE(b.code == 0);
    CHECK(csv_rows(a.out) == csv_rows(b.out));
}

TEST_CASE("screen: the bundled example of an Amt in Mecklenburg-Vorpommern runs", "[cli][screen]") {
    const std::string dir = kExamples + "screening/";
    const auto r = mvzsim_cmd({"screen", dir + "mv-amt-template.yaml", "--table",
                               dir + "amt-mecklenburgische-schweiz.csv", "-n", "200", "-f", "csv"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.err.find("warning") == std::string::npos);
    CHECK(csv_rows(r.out).size() >= 8);
}
