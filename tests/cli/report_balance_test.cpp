// The report's Planbilanz in the HTML: each item is the run's mean at the year's end, as the reader
// sees it (T€, German format), both sides add up to the same sum in every year, empty items are
// left out, and the English report has the English words. (The XLSX: report_browser_test.cpp.)
#include <catch2/catch.hpp>
#include <map>
#include <regex>

#include "cli/report/number_format.h"
#include "test_support.h"

using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;

namespace {

// A table of the section as printed: the year of each column and each row's cells by its label.
struct PrintedTable {
    std::vector<std::string> years;
    std::map<std::string, std::vector<std::string>> rows;
    std::vector<std::string> order;  // the labels, top to bottom
};

std::string strip_star(std::string year) {
    if (!year.empty() && year.back() == '*') year.pop_back();
    return year;
}

std::vector<PrintedTable> tables_of_section(const std::string& page, const std::string& id) {
    const auto begin = page.find("<section id=\"" + id + "\"");
    REQUIRE(begin != std::string::npos);
    const std::string section = page.substr(begin, page.find("</section>", begin) - begin);
    std::vector<PrintedTable> tables;
    const std::regex table(R"(<table[^>]*>([\s\S]*?)</table>)"), th(R"(<th[^>]*>([^<]*)</th>)"),
        tr(R"(<tr[^>]*><td>([^<]*)</td>(.*)</tr>)"), td(R"(<td class="num">([^<]*)</td>)");
    for (std::sregex_iterator t(section.begin(), section.end(), table), end; t != end; ++t) {
        PrintedTable out;
        const std::string body = (*t)[1];
        for (std::sregex_iterator h(body.begin(), body.end(), th); h != end; ++h)
            out.years.push_back(strip_star((*h)[1]));
        out.years.erase(out.years.begin());  // the label column
        for (std::sregex_iterator r(body.begin(), body.end(), tr); r != end; ++r) {
            const std::string cells = (*r)[2];
            std::vector<std::string> values;
            for (std::sregex_iterator c(cells.begin(), cells.end(), td); c != end; ++c) values.push_back((*c)[1]);
            out.rows[(*r)[1]] = values;
            out.order.push_back((*r)[1]);
        }
        tables.push_back(out);
    }
    return tables;
}

std::string teur(double eur) {
    using namespace mvzsim::cli::report;
    return format_thousand(eur, print_style(Lang::de));
}

}  // namespace

TEST_CASE("the Planbilanz shows the run's means, and Aktiva equal Passiva in every year", "[cli][report][balance]") {
    const std::string file = kExamples + "main-and-branch.yaml";
    const auto report = mvzsim_cmd({"report", file, "-n", "300", "--no-breakeven", "--no-sensitivity"});
    REQUIRE(report.code == 0);
    std::map<std::pair<std::string, std::string>, double> means;
    for (const auto& [key, stats] : mvzsim::test::machine_csv(mvzsim_cmd({"run", file, "-n", "300", "-f", "csv"}).out))
        means[key] = stats[0];
    const auto tables = tables_of_section(report.out, "balance");
    REQUIRE(tables.size() == 3);  // 10 years fit one table: the balance sheet, the loans, sources and uses
    const PrintedTable& bs = tables[0];
    REQUIRE(bs.years.size() == 10);
    CHECK(bs.years.front() == "2027");
    // The council's loan is a shareholder loan; the scenario has an investment grant.
    const std::map<std::string, std::string> metric_of = {
        {"Anlagevermögen (Restbuchwerte)", "fixed_assets"},
        {"Forderungen gegen KV und Privatpatienten", "receivables"},
        {"Kassenbestand, Guthaben bei Kreditinstituten", "bank_balance"},
        {"Gezeichnetes Kapital und Kapitalrücklage (mit Verlustausgleich des Trägers)", "paid_in_capital"},
        {"Jahresüberschuss/Jahresfehlbetrag", "annual_result"},
        {"Eigenkapital zusammen", "equity"},
        {"Sonderposten für Investitionszuschüsse", "grant_special_item"},
        {"Verbindlichkeiten gegenüber Gesellschaftern (Darlehen)", "loans_outstanding"},
        {"Summe Aktiva", "total_assets"},
        {"Summe Passiva", "total_assets"}};
    for (const auto& [label, metric] : metric_of) {
        INFO(label);
        REQUIRE(bs.rows.count(label));
        REQUIRE(bs.rows.at(label).size() == bs.years.size());
        for (std::size_t c = 0; c < bs.years.size(); ++c)
            CHECK(bs.rows.at(label)[c] == teur(means.at({bs.years[c], metric})));
    }
    for (std::size_t c = 0; c < bs.years.size(); ++c) {
        INFO(bs.years[c]);
        CHECK(bs.rows.at("Summe Aktiva")[c] == bs.rows.at("Summe Passiva")[c]);
        // The results brought forward: the equity less what was paid in and the year's result, so
        // the equity's items add up to it (0 before the first year).
        const auto at = [&](const char* m) { return means.at({bs.years[c], m}); };
        CHECK(bs.rows.at("Gewinn-/Verlustvortrag")[c] ==
              teur(at("equity") - at("paid_in_capital") - at("annual_result")));
    }
    CHECK(bs.rows.at("Gewinn-/Verlustvortrag")[0] == "0,0");
    // Aktiva before Passiva, each side's sum after its items.
    const auto pos = [&](const std::string& l) {
        return std::find(bs.order.begin(), bs.order.end(), l) - bs.order.begin();
    };
    CHECK(pos("Anlagevermögen (Restbuchwerte)") < pos("Summe Aktiva"));
    CHECK(pos("Summe Aktiva") < pos("Eigenkapital zusammen"));
    CHECK(pos("Eigenkapital zusammen") < pos("Summe Passiva"));
    // The loans: principal repaid and the balance by year.
    const PrintedTable& loans = tables[1];
    for (std::size_t c = 0; c < loans.years.size(); ++c) {
        CHECK(loans.rows.at("Tilgung im Jahr")[c] == teur(means.at({loans.years[c], "loan_principal"})));
        CHECK(loans.rows.at("Restschuld zum Jahresende")[c] == teur(means.at({loans.years[c], "loans_outstanding"})));
    }
    // Sources and uses: both sums alike, the investments the run's.
    const PrintedTable& funds = tables[2];
    CHECK(funds.rows.at("Summe Mittelverwendung") == funds.rows.at("Summe Mittelherkunft"));
    CHECK(funds.rows.at("Investitionen")[0] == teur(means.at({"all", "investments"})));
    CHECK(funds.rows.at("Ausgezahlte Darlehen")[0] == teur(means.at({"all", "funding_loans"})));
    CHECK(report.out.find("Mittelwerte über alle 300 Läufe.") != std::string::npos);
}

TEST_CASE("a centre without investments or loans has a balance sheet of cash and equity", "[cli][report][balance]") {
    const std::string file = kExamples + "single-gp.yaml";
    const auto de = mvzsim_cmd({"report", file, "-n", "200", "--no-breakeven", "--no-sensitivity"});
    REQUIRE(de.code == 0);
    const auto tables = tables_of_section(de.out, "balance");
    REQUIRE(tables.size() == 1);  // no loans table, no sources and uses
    for (const char* absent : {"Anlagevermögen (Restbuchwerte)", "Sonderposten für Investitionszuschüsse",
                               "Verbindlichkeiten gegenüber Kreditinstituten (Darlehen)"})
        CHECK_FALSE(tables[0].rows.count(absent));
    for (const char* present : {"Kassenbestand, Guthaben bei Kreditinstituten", "Eigenkapital zusammen"})
        CHECK(tables[0].rows.count(present));
    for (std::size_t c = 0; c < tables[0].years.size(); ++c)
        CHECK(tables[0].rows.at("Summe Aktiva")[c] == tables[0].rows.at("Summe Passiva")[c]);

    const auto en = mvzsim_cmd({"report", kExamples + "main-and-branch.yaml", "-n", "200", "--no-breakeven",
                                "--no-sensitivity", "--lang", "en"});
    REQUIRE(en.code == 0);
    for (const char* english : {"Plan balance sheet (Planbilanz)", "Total assets", "Total equity and liabilities",
                                "Special item for investment grants", "Liabilities to shareholders (loans)",
                                "Sources and uses of the investments", "Means over all 200 trials."})
        CHECK(en.out.find(english) != std::string::npos);
    for (const char* german : {"Summe Aktiva", "Sonderposten", "Mittelherkunft"})
        CHECK(en.out.find(german) == std::string::npos);
}
