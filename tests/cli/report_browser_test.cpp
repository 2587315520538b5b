// The report in a real browser (headless Chromium renders the HTML, prints the PDF) and the XLSX
// read back (Debian's python3-openpyxl) against the CSV. Outside CI a missing tool skips the test
// with a warning; in CI (CI=true) it is a failure: scripts/install-deps.sh --ci installs both.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "cli/report/browser.h"
#include "models/projection/outputs.h"
#include "test_support.h"

namespace fs = std::filesystem;
using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;
using mvzsim::test::read_file;
using mvzsim::test::scratch_dir;

namespace {

// Whether the test can go on: a missing tool fails in CI and is skipped (with a warning) elsewhere.
bool tool_present(bool present, const std::string& what) {
    if (present) return true;
    if (mvzsim::test::in_ci()) FAIL(what << " is missing in CI: scripts/install-deps.sh --ci installs it");
    WARN("skipped: " << what << " is not installed (CI installs it)");
    return false;
}

}  // namespace

TEST_CASE("headless Chromium renders every section of the report and prints it to PDF", "[cli][browser]") {
    const auto browser = mvzsim::cli::report::find_browser();
    if (!tool_present(browser.has_value(), "Chromium (Debian package chromium)")) return;
    const fs::path dir = scratch_dir("report-browser");
    // One example with every section (investments too); the in-process tests cover the others.
    for (const char* example : {"rvz-leinebergland"}) {
        INFO(example);
        const fs::path html = dir / (std::string(example) + ".html");
        REQUIRE(mvzsim_cmd({"report", kExamples + example + ".yaml", "-n", "300", "-o", html.string()}).code == 0);
        const mvzsim::cli::report::TempDir work;
        const auto run = mvzsim::cli::report::run_browser(
            *browser, {"--dump-dom", mvzsim::cli::report::file_url(fs::absolute(html).string())}, work.path(),
            std::chrono::seconds(120));
        REQUIRE(run.exit_code == 0);
        // The DOM the browser built (not the file's text): every section, every chart.
        for (const char* id : {"summary", "income", "liquidity", "breakeven", "assumptions", "provenance"})
            CHECK(run.output.find(std::string("<section id=\"") + id + "\"") != std::string::npos);
        CHECK(run.output.find("<section id=\"investment\"") != std::string::npos);
        CHECK(run.output.find("</svg>") != std::string::npos);
        CHECK(run.output.find("Entscheidungsvorlage") != std::string::npos);
    }
    const fs::path pdf = dir / "annex.pdf";
    const auto r = mvzsim_cmd({"report", kExamples + "rvz-leinebergland.yaml", "-n", "300", "-o", pdf.string()});
    REQUIRE(r.code == 0);
    const std::string bytes = read_file(pdf);
    CHECK(bytes.rfind("%PDF-", 0) == 0);
    CHECK(bytes.size() > 20000);
    CHECK(bytes.find("%%EOF") != std::string::npos);
}

namespace {

struct XlsxCell {
    bool number;
    std::string text;
    double value;
    std::string format;
};

struct Workbook {
    std::vector<std::string> sheets;
    std::map<std::string, std::string> freeze;
    std::map<std::string, std::map<std::pair<int, int>, XlsxCell>> cells;  // sheet -> (row, column)
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> f;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    return f;
}

// The workbook as tests/cli/read_xlsx.py prints it; nullopt when openpyxl is missing.
std::optional<Workbook> read_workbook(const fs::path& xlsx, const fs::path& dir) {
    const fs::path listing = dir / "cells.txt";
    const std::string command = "/usr/bin/python3 " MVZSIM_SOURCE_DIR "/tests/cli/read_xlsx.py '" + xlsx.string() +
                                "' > '" + listing.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    if (!fs::exists("/usr/bin/python3") || WEXITSTATUS(status) == 3) return std::nullopt;
    REQUIRE(status == 0);
    Workbook book;
    std::istringstream lines(read_file(listing));
    for (std::string line; std::getline(lines, line);) {
        const auto f = split_tabs(line);
        if (f[0] == "freeze") {
            book.sheets.push_back(f[1]);
            book.freeze[f[1]] = f[2];
        } else if (f[0] == "cell" && f.size() == 7) {
            const bool number = f[4] == "n";
            book.cells[f[1]][{std::stoi(f[2]), std::stoi(f[3])}] = {number, f[5], number ? std::stod(f[5]) : 0.0, f[6]};
        }
    }
    return book;
}

}  // namespace

TEST_CASE("the XLSX read back holds the CSV's numbers, with number formats and frozen headers", "[cli][xlsx]") {
    const fs::path dir = scratch_dir("report-xlsx");
    const std::string file = kExamples + "rvz-leinebergland.yaml";
    const fs::path xlsx = dir / "annex.xlsx";
    REQUIRE(mvzsim_cmd({"report", file, "-n", "400", "--doctors", "2..4", "-o", xlsx.string()}).code == 0);
    const auto book = read_workbook(xlsx, dir);
    if (!tool_present(book.has_value(), "Python's openpyxl (Debian package python3-openpyxl)")) return;
    CHECK(book->sheets == std::vector<std::string>{"Zusammenfassung", "Ergebnisplan", "Liquidität",
                                                   "Investition und Finanzierung", "Planbilanz", "Break-even",
                                                   "Sensitivität", "Annahmen", "Provenienz"});
    // Sensitivität: a row per input analysed, largest swing first, its swing in euros as a number.
    const auto& sens = book->cells.at("Sensitivität");
    CHECK(book->freeze.at("Sensitivität") == "B5");
    CHECK(sens.at({4, 1}).text == "Eingabe");  // under the sheet's title and the table's caption
    CHECK(sens.at({4, 3}).text == "Spanne");
    CHECK(sens.at({5, 3}).number);
    CHECK(sens.at({5, 3}).value >= sens.at({6, 3}).value);
    CHECK(book->freeze.at("Ergebnisplan") == "B5");  // the first block's header row and the labels column
    const auto csv = mvzsim::test::machine_csv(mvzsim_cmd({"run", file, "-n", "400", "-f", "csv"}).out);

    // Ergebnisplan: blocks P50, P5, P95, mean, each with a caption, a year header and a row per line item.
    const auto& sheet = book->cells.at("Ergebnisplan");
    std::map<std::string, std::string> metric_of_title;
    for (std::size_t k = 0; k < mvzsim::models::kMetricCount; ++k) {
        const auto& i = mvzsim::models::info(static_cast<mvzsim::models::Metric>(k));
        metric_of_title[std::string(i.title_de)] = std::string(i.name);
    }
    const std::map<std::string, int> block_column = {{"Median (P50), T€", 2},
                                                     {"P5 (einer von 20 Läufen liegt darunter), T€", 1},
                                                     {"P95 (19 von 20 Läufen liegen darunter), T€", 3},
                                                     {"Mittelwert, T€", 0}};
    int block = -1, header_row = 0, compared = 0;
    std::set<std::string> blocks_seen;
    for (const auto& [at, cell] : sheet) {
        const auto [row, column] = at;
        if (column != 1 || cell.number) continue;
        if (block_column.count(cell.text)) {
            block = block_column.at(cell.text);
            blocks_seen.insert(cell.text);
            header_row = row + 1;
            continue;
        }
        if (!metric_of_title.count(cell.text)) {
            if (cell.text != "Position") block = -1;  // a note or another table: the block has ended
            continue;
        }
        if (block < 0) continue;
        for (int c = 2; sheet.count({header_row, c}); ++c) {
            std::string year = sheet.at({header_row, c}).text;
            if (!year.empty() && year.back() == '*') year.pop_back();
            const XlsxCell& value = sheet.at({row, c});
            REQUIRE(value.number);
            const double expected = csv.at({year, metric_of_title.at(cell.text)})[static_cast<std::size_t>(block)];
            INFO(cell.text << " " << year);
            CHECK(value.value == Approx(expected).epsilon(1e-14).margin(1e-9));
            if (metric_of_title.at(cell.text) == "annual_result") CHECK(value.format == "#,##0.0,;-#,##0.0,");
            ++compared;
        }
    }
    CHECK(blocks_seen.size() == 4);
    CHECK(compared >= 4 * 20 * 10);
    // Liquidität: 24 months as columns; Break-even: one row per count with probabilities as percent.
    const auto& cash = book->cells.at("Liquidität");
    CHECK(cash.count({4, 25}));
    CHECK(cash.at({4, 2}).text == "Okt\u00a027");
    const auto& be = book->cells.at("Break-even");
    CHECK(be.at({5, 1}).value == 2.0);
    CHECK(be.at({5, 2}).format == "0.0%");
    CHECK(be.at({7, 1}).value == 4.0);
    // run -f xlsx has no break-even sheet.
    const fs::path plain = dir / "run.xlsx";
    REQUIRE(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "200", "-o", plain.string()}).code == 0);
    const auto run_book = read_workbook(plain, dir);
    REQUIRE(run_book);
    CHECK(run_book->sheets == std::vector<std::string>{"Zusammenfassung", "Ergebnisplan", "Liquidität", "Planbilanz",
                                                       "Annahmen", "Provenienz"});
}

TEST_CASE("the XLSX sheet Planbilanz holds the run's means; Aktiva equal Passiva in every year",
          "[cli][xlsx][balance]") {
    const fs::path dir = scratch_dir("report-xlsx-balance");
    const std::string file = kExamples + "main-and-branch.yaml";
    const fs::path xlsx = dir / "annex.xlsx";
    REQUIRE(mvzsim_cmd({"report", file, "-n", "300", "--no-breakeven", "--no-sensitivity", "-o", xlsx.string()}).code ==
            0);
    const auto book = read_workbook(xlsx, dir);
    if (!tool_present(book.has_value(), "Python's openpyxl (Debian package python3-openpyxl)")) return;
    const auto csv = mvzsim::test::machine_csv(mvzsim_cmd({"run", file, "-n", "300", "-f", "csv"}).out);
    const auto& sheet = book->cells.at("Planbilanz");
    // Rows by their label in the first column; the years in the balance sheet's header row.
    std::map<std::string, int> row_of;
    for (const auto& [at, cell] : sheet)
        if (at.second == 1 && !cell.number && !row_of.count(cell.text)) row_of[cell.text] = at.first;
    REQUIRE(row_of.count("T€, Mittelwert"));
    const int header = row_of.at("T€, Mittelwert");
    auto value = [&](const std::string& label, int column) {
        INFO(label);
        REQUIRE(row_of.count(label));
        const XlsxCell& c = sheet.at({row_of.at(label), column});
        REQUIRE(c.number);
        CHECK(c.format == "#,##0.0,;-#,##0.0,");
        return c.value;
    };
    int years = 0;
    for (int c = 2; sheet.count({header, c}); ++c, ++years) {
        std::string year = sheet.at({header, c}).text;
        if (year.back() == '*') year.pop_back();
        INFO(year);
        const auto mean = [&](const char* m) { return csv.at({year, m})[0]; };
        CHECK(value("Anlagevermögen (Restbuchwerte)", c) == Approx(mean("fixed_assets")).epsilon(1e-12));
        CHECK(value("Forderungen gegen KV und Privatpatienten", c) == Approx(mean("receivables")).epsilon(1e-12));
        CHECK(value("Eigenkapital zusammen", c) == Approx(mean("equity")).epsilon(1e-12));
        CHECK(value("Sonderposten für Investitionszuschüsse", c) == Approx(mean("grant_special_item")).epsilon(1e-12));
        const double assets = value("Anlagevermögen (Restbuchwerte)", c) +
                              value("Forderungen gegen KV und Privatpatienten", c) +
                              value("Kassenbestand, Guthaben bei Kreditinstituten", c);
        double liabilities = value("Eigenkapital zusammen", c) + value("Sonderposten für Investitionszuschüsse", c) +
                             value("Verbindlichkeiten gegenüber Gesellschaftern (Darlehen)", c);
        if (row_of.count("Verbindlichkeiten gegenüber Kreditinstituten (Kontokorrent)"))
            liabilities += value("Verbindlichkeiten gegenüber Kreditinstituten (Kontokorrent)", c);
        CHECK(value("Summe Aktiva", c) == Approx(assets).epsilon(1e-12));
        CHECK(value("Summe Passiva", c) == Approx(liabilities).epsilon(1e-12));
        CHECK(value("Summe Aktiva", c) == Approx(value("Summe Passiva", c)).epsilon(1e-9));
        CHECK(value("Summe Aktiva", c) == Approx(mean("total_assets")).epsilon(1e-9));
        CHECK(value("Tilgung im Jahr", c) == Approx(mean("loan_principal")).epsilon(1e-12).margin(1e-9));
    }
    CHECK(years == 10);
    CHECK(value("Summe Mittelverwendung", 2) == Approx(value("Summe Mittelherkunft", 2)).epsilon(1e-9));
    CHECK(value("Investitionen", 2) == Approx(csv.at({"all", "investments"})[0]).epsilon(1e-12));
}
