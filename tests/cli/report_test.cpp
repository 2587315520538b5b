// The council report end to end, in process: every example's HTML, its sections and language,
// the numbers behind it, the output format chosen by the extension, the German CSV and the
// terminal table. (In a real browser and read back from XLSX: report_browser_test.cpp.)
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <regex>

#include "cli/report/report_data.h"
#include "models/projection/projection.h"
#include "sim/intervals.h"
#include "test_support.h"

namespace fs = std::filesystem;
using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;
using mvzsim::test::read_file;
using mvzsim::test::scratch_dir;

namespace {

bool has_finance(const mvzsim::models::CentreSpec& s) {
    const auto& f = s.finance;
    return !f.investments.empty() || f.equity_eur > 0.0 || !f.capital_injections.empty() || !f.loans.empty() ||
           f.credit_line_limit_eur > 0.0 || !s.grants.investment.empty();
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("every example gives a self-contained German HTML report with every section", "[cli][report]") {
    const fs::path dir = scratch_dir("report-html");
    for (const auto& file : mvzsim::test::example_files()) {
        INFO(file.filename().string());
        const fs::path html = dir / (file.stem().string() + ".html");
        const auto r = mvzsim_cmd({"report", file.string(), "-n", "200", "--doctors", "1..3", "-o", html.string()});
        REQUIRE(r.code == 0);
        CHECK(r.out.empty());
        const std::string page = read_file(html);
        CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(page.find("<html lang=\"de\">") != std::string::npos);
        for (const char* id : {"summary", "income", "liquidity", "balance", "breakeven", "assumptions", "provenance"})
            CHECK(page.find(std::string("<section id=\"") + id + "\"") != std::string::npos);
        const auto spec = mvzsim::scenarios::load_scenario(file.string()).spec;
        CHECK((page.find("<section id=\"investment\"") != std::string::npos) == has_finance(spec));
        // Self-contained: no scripts, no external files or fonts.
        for (const char* external : {"<script", "http://", "https://", " src=", "url(", "<link"})
            CHECK(page.find(external) == std::string::npos);
        CHECK(count(page, "<svg") >= 6);  // 2 fans of the result, 2 of cash, the gap histogram, the break-even curve
        for (const char* german : {"Entscheidungsvorlage", "Ergebnisplan", "Liquiditätsplan", "Annahmenkatalog",
                                   "Jahresergebnis", "T€", "SHA-256"})
            CHECK(page.find(german) != std::string::npos);
        CHECK(page.find("@page") != std::string::npos);  // A4 print rules
    }
}

TEST_CASE("--lang en gives the English report; --no-breakeven leaves the search out", "[cli][report]") {
    const auto r = mvzsim_cmd({"report", kExamples + "single-gp.yaml", "-n", "200", "--lang", "en", "--no-breakeven"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("<html lang=\"en\">") != std::string::npos);
    CHECK(r.out.find("Summary for the decision") != std::string::npos);
    CHECK(r.out.find("Income statement") != std::string::npos);
    CHECK(r.out.find("Entscheidungsvorlage") == std::string::npos);
    CHECK(r.out.find("<section id=\"breakeven\"") == std::string::npos);
    CHECK(r.out.find("not computed") != std::string::npos);  // the summary says the search did not run
    CHECK(mvzsim_cmd({"report", kExamples + "single-gp.yaml", "--no-breakeven", "--doctors", "1..3"}).code == 2);
    CHECK(mvzsim_cmd({"report", kExamples + "single-gp.yaml", "--lang", "fr"}).code == 2);
}

TEST_CASE("the report's figures are the run's: bands, monthly cash, break-even year", "[cli][report]") {
    using namespace mvzsim;
    const auto scenario = scenarios::load_scenario(kExamples + "rvz-leinebergland.yaml");
    cli::report::ReportRequest request;
    request.run = {.seed = 7, .trials = 300, .threads = 2};
    const cli::report::ReportData d = cli::report::compute_report(scenario, request);
    const models::Projection run = models::project(scenario.spec, request.run);
    for (std::size_t y = 0; y < run.years.size(); ++y)
        for (const auto m : {models::Metric::annual_result, models::Metric::cash_end}) {
            const auto& b = d.band(static_cast<int>(y), m);
            CHECK(b.p5 == run.years[y][m].p5);  // the same rule-7 percentiles, bit for bit
            CHECK(b.p50 == run.years[y][m].p50);
            CHECK(b.p95 == run.years[y][m].p95);
            CHECK(b.p25 <= b.p50);
            CHECK(b.p50 <= b.p75);
        }
    // Month-end cash: the opening year (October 2027) ends with month 2, its December, whose cash
    // is the year's cash at year end in every trial.
    REQUIRE(d.months.months.size() == 24);
    CHECK(d.months.months[2] == models::YearMonth{2027, 12});
    CHECK(d.months.cash[2].p50 == run.years[0][models::Metric::cash_end].p50);
    CHECK(d.months.cash[14].p5 == run.years[1][models::Metric::cash_end].p5);
    // Without the loss compensation (the scenario's setting) the gap is the run's; with it, cash
    // is never lower, so neither is the gap larger.
    CHECK_FALSE(scenario.spec.grants.loss_compensation_paid);
    CHECK(d.gap_without_compensation().p95 == run[models::TrialMetric::largest_cash_gap].p95);
    CHECK(d.gap_with_compensation().p95 <= d.gap_without_compensation().p95);
    // The first year with a result >= 0, computed here from the trials directly.
    const models::CentreModel model(scenario.spec);
    const sim::TrialMatrix trials = models::simulate(model, request.run);
    std::vector<double> first(trials.trials(), 1e9);
    for (std::size_t t = 0; t < trials.trials(); ++t)
        for (int y = 0; y < model.calendar().years(); ++y)
            if (trials.at(t, models::CentreModel::output_index(y, models::Metric::annual_result)) >= 0.0) {
                first[t] = model.calendar().calendar_year(y);
                break;
            }
    const double median = sim::order_statistic(first, 0.5);
    // The median trial may never break even (then the report has no median year).
    CHECK(d.first_year.p50.has_value() == (median < 1e9));
    if (d.first_year.p50) CHECK(*d.first_year.p50 == static_cast<int>(median));
    CHECK(d.first_year.share_never ==
          Approx(static_cast<double>(std::count(first.begin(), first.end(), 1e9)) / first.size()));
    // The assumptions: every input listed, with the example's sources.
    CHECK(d.inputs.size() > 60);
    CHECK(d.inputs.front().input.source.find("[S43]") != std::string::npos);
}

TEST_CASE("the output format follows the extension of --output; a contradiction is a usage error", "[cli][report]") {
    const fs::path dir = scratch_dir("report-formats");
    const std::string file = kExamples + "single-gp.yaml";
    REQUIRE(mvzsim_cmd({"run", file, "-n", "100", "-o", (dir / "x.csv").string()}).code == 0);
    CHECK(read_file(dir / "x.csv") == mvzsim_cmd({"run", file, "-n", "100", "-f", "csv"}).out);
    REQUIRE(mvzsim_cmd({"run", file, "-n", "100", "-o", (dir / "x.JSON").string()}).code == 0);
    CHECK(read_file(dir / "x.JSON").front() == '{');
    REQUIRE(mvzsim_cmd({"breakeven", file, "-n", "200", "--doctors", "1..2", "-o", (dir / "b.html").string()}).code ==
            0);
    CHECK(read_file(dir / "b.html").find("<section id=\"breakeven\"") != std::string::npos);
    REQUIRE(mvzsim_cmd({"run", file, "-n", "100", "-o", (dir / "r.htm").string()}).code == 0);
    CHECK(read_file(dir / "r.htm").find("<section id=\"breakeven\"") == std::string::npos);  // run: no search
    // An unknown extension keeps the default.
    REQUIRE(mvzsim_cmd({"run", file, "-n", "100", "-o", (dir / "x.txt").string()}).code == 0);
    CHECK(read_file(dir / "x.txt").rfind("mvzsim ", 0) == 0);

    const auto contradiction = mvzsim_cmd({"run", file, "-f", "csv", "-o", (dir / "y.xlsx").string()});
    CHECK(contradiction.code == 2);
    CHECK(contradiction.err.find("--format csv contradicts the extension of --output") != std::string::npos);
    const auto binary = mvzsim_cmd({"run", file, "-f", "xlsx"});
    CHECK(binary.code == 2);
    CHECK(binary.err.find("--output") != std::string::npos);
    CHECK(mvzsim_cmd({"solve", file, "--vary", "billing.cases_per_fte_per_quarter", "--range", "1..2", "--target",
                      "mean(result[last]) >= 0", "-o", (dir / "s.xlsx").string()})
              .code == 2);
    CHECK(mvzsim_cmd({"report", file, "-f", "csv"}).code == 2);
    CHECK(mvzsim_cmd({"run", file, "--csv", "de", "-o", (dir / "z.json").string()}).code == 2);
    CHECK(mvzsim_cmd({"run", file, "--layout", "wide"}).code == 2);  // a layout needs CSV
    for (const char* name : {"y.xlsx", "s.xlsx", "z.json"}) CHECK_FALSE(fs::exists(dir / name));
}

TEST_CASE("PDF without Chromium: a message naming the package, exit 1, nothing written", "[cli][report]") {
    const fs::path dir = scratch_dir("report-no-browser");
    ::setenv("MVZSIM_CHROMIUM", "/nonexistent/chromium", 1);
    const auto r = mvzsim_cmd({"report", kExamples + "single-gp.yaml", "-n", "100", "-o", (dir / "a.pdf").string()});
    ::unsetenv("MVZSIM_CHROMIUM");
    CHECK(r.code == 1);
    CHECK(r.err.find("Debian package 'chromium'") != std::string::npos);
    CHECK(r.err.find("apt-get install chromium") != std::string::npos);
    CHECK(fs::is_empty(dir));
}

namespace {

// The machine CSV's `field` (mean, p5, ...) of `metric` in `year`.
double machine_value(const std::string& csv, const std::string& year, const std::string& metric, int column) {
    std::istringstream lines(csv);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(year + ",", 0) != 0 || line.find("," + metric + ",") == std::string::npos) continue;
        std::vector<std::string> f;
        std::istringstream cells(line);
        for (std::string c; std::getline(cells, c, ',');) f.push_back(c);
        if (f[2] == metric) return std::stod(f[static_cast<std::size_t>(column)]);
    }
    FAIL("no " << metric << " " << year);
    return 0;
}

}  // namespace

TEST_CASE("German CSV: semicolons, decimal commas, rounded, BOM, provenance at the end, wide or long", "[cli][csv]") {
    const std::string file = kExamples + "rural-gp-3.yaml";
    const auto en = mvzsim_cmd({"run", file, "-n", "200", "-f", "csv"});
    const auto de = mvzsim_cmd({"run", file, "-n", "200", "--csv", "de"});
    REQUIRE(de.code == 0);
    CHECK(de.out.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(de.out.find("\n#") == std::string::npos);
    CHECK(de.out.find("\r\nProvenienz\r\n") != std::string::npos);
    CHECK(de.out.find("SHA-256 der Datei;") != std::string::npos);
    CHECK(de.out.find("Kennzahl;Name;Einheit;Statistik;2027;2028;") != std::string::npos);
    // The mean annual result of 2030, rounded to cents with a decimal comma.
    const double mean_2030 = machine_value(en.out, "2030", "annual_result", 4);
    const std::regex row(R"(\r\nJahresergebnis;annual_result;EUR;Mittelwert;([^\r]*)\r\n)");
    std::smatch m;
    REQUIRE(std::regex_search(de.out, m, row));
    std::vector<std::string> years;
    std::istringstream cells(m[1].str());
    for (std::string c; std::getline(cells, c, ';');) years.push_back(c);
    REQUIRE(years.size() == 10);
    std::string expected = fmt::format("{:.2f}", mean_2030);
    std::replace(expected.begin(), expected.end(), '.', ',');
    CHECK(years[3] == expected);
    // Long layout: a header, 10 years x the yearly outputs, the whole-trial outputs, then the provenance.
    const auto long_rows = mvzsim_cmd({"run", file, "-n", "200", "--csv", "de", "--layout", "long"});
    REQUIRE(long_rows.code == 0);
    const std::string data = long_rows.out.substr(0, long_rows.out.find("\r\n\r\n"));
    CHECK(std::count(data.begin(), data.end(), '\n') ==
          static_cast<std::ptrdiff_t>(1 + 10 * mvzsim::models::kMetricCount + mvzsim::models::kTrialMetricCount - 1));
    CHECK(long_rows.out.find("\r\ngesamt;;Größte Liquiditätslücke") != std::string::npos);
    // The English wide layout keeps the machine CSV's '#' line and full precision.
    const auto wide = mvzsim_cmd({"run", file, "-n", "200", "--layout", "wide", "-f", "csv"});
    REQUIRE(wide.code == 0);
    CHECK(wide.out.rfind("# mvzsim ", 0) == 0);
    CHECK(wide.out.find(fmt::format(",{},", mean_2030)) != std::string::npos);
    // breakeven and solve write it too.
    const auto be = mvzsim_cmd({"breakeven", file, "-n", "100", "--doctors", "2..3", "--csv", "de"});
    REQUIRE(be.code == 0);
    CHECK(be.out.rfind("\xEF\xBB\xBFVZÄ;Jahr;", 0) == 0);
    const auto solve = mvzsim_cmd({"solve", file, "-n", "100", "--vary", "billing.cases_per_fte_per_quarter.pert[1]",
                                   "--range", "700..940", "--target", "mean(result[2030]) >= -100000", "--csv", "de"});
    REQUIRE(solve.code == 0);
    CHECK(solve.out.find("Antwort;") != std::string::npos);
}

TEST_CASE("the terminal table: a plain legend, thousands separators, only the lines that apply", "[cli][table]") {
    const auto plain = mvzsim_cmd({"run", kExamples + "rvz-leinebergland.yaml", "-n", "300"});
    REQUIRE(plain.code == 0);
    CHECK(plain.out.find("How to read it:") != std::string::npos);
    CHECK(std::regex_search(plain.out, std::regex(R"( 1,[0-9]{3}\.[0-9] )")));  // e.g. 1,213.4
    CHECK(plain.out.find("--detail adds") != std::string::npos);
    CHECK(plain.out.find("exceeds the ceiling") == std::string::npos);     // no ceiling in this scenario
    CHECK(plain.out.find("a grant must be repaid") != std::string::npos);  // its grant has conditions
    const auto detail = mvzsim_cmd({"run", kExamples + "rvz-leinebergland.yaml", "-n", "300", "--detail"});
    CHECK(detail.out.find("--detail adds") == std::string::npos);
    const auto ceiling = mvzsim_cmd({"run", kExamples + "saxony-county-mvz.yaml", "-n", "300"});
    CHECK(ceiling.out.find("exceeds the ceiling of 100.0 EUR thousand") != std::string::npos);
    const auto single = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "300"});
    CHECK(single.out.find("a grant must be repaid") == std::string::npos);
    const auto german = mvzsim_cmd({"run", kExamples + "rvz-leinebergland.yaml", "-n", "300", "--lang", "de"});
    REQUIRE(german.code == 0);
    CHECK(german.out.find("Jahresergebnis (T€)") != std::string::npos);
    CHECK(german.out.find("P(Verlust)") != std::string::npos);
    CHECK(std::regex_search(german.out, std::regex(R"( 1\.[0-9]{3},[0-9] )")));  // e.g. 1.213,4
}

TEST_CASE("report is a command with its help", "[cli][report]") {
    const auto help = mvzsim_cmd({"report", "--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("Usage: mvzsim report SCENARIO") != std::string::npos);
    CHECK(help.out.find("--no-breakeven") != std::string::npos);
    CHECK(mvzsim_cmd({"--help"}).out.find("report SCENARIO") != std::string::npos);
    CHECK(mvzsim_cmd({"reprot"}).err.find("did you mean 'report'?") != std::string::npos);
}
