// `mvzsim compare`: files and --variant, formats, the batch form, reproducibility, usage errors.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/cli/test_support.h"

namespace fs = std::filesystem;
using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;

namespace {

const std::string kBase = kExamples + "rural-gp-3.yaml";
const std::string kTwo = kExamples + "variants/rural-gp-2.yaml";
const std::string kDayCare = kExamples + "variants/rural-gp-3-with-tagespflege.yaml";

// The rows of an English CSV after its provenance line and header, split into fields.
std::vector<std::vector<std::string>> csv_rows(const std::string& csv) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);  // # provenance
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> fields(1);
        bool quoted = false;  // inside a quoted field (a centre's name may hold commas)
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

std::string body(const std::string& csv) {
    return csv.substr(csv.find('\n') + 1);
}

}  // namespace

TEST_CASE("compare of a file with itself: every difference is exactly zero, P(better) 0", "[cli][compare]") {
    const auto r = mvzsim_cmd({"compare", kBase, kBase, "-n", "400", "-f", "csv"});
    REQUIRE(r.code == 0);
    CHECK(r.err.empty());
    const auto rows = csv_rows(r.out);
    // 10 years x 5 outputs + 2 whole-horizon outputs, for each of the two.
    REQUIRE(rows.size() == 2 * (10 * 5 + 2));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 16);
        if (i < rows.size() / 2) {
            CHECK(rows[i][10].empty());  // the base has no difference
            continue;
        }
        INFO(rows[i][1] << " " << rows[i][2]);
        CHECK(rows[i][10] == "0");  // difference
        CHECK(rows[i][11] == "0");  // its standard error
        CHECK(rows[i][12] == "0");  // P(better)
        CHECK(rows[i][14] == "0");  // P(worse)
    }
}

TEST_CASE("compare: a --variant gives bit for bit what the same change in its own file gives", "[cli][compare]") {
    // examples/variants/rural-gp-2.yaml removes gp-3 and sets the area to 190 m2 (and renames the
    // centre, which the figures do not show).
    const auto files = mvzsim_cmd({"compare", kBase, kTwo, "-n", "500", "-f", "csv"});
    const auto variant =
        mvzsim_cmd({"compare", kBase, "--variant", "rural-gp-2:doctors[gp-3]={remove: true}, premises.area_m2=190",
                    "-n", "500", "-f", "csv"});
    REQUIRE(files.code == 0);
    REQUIRE(variant.code == 0);
    CHECK(body(files.out) == body(variant.out));
    CHECK(variant.out.find("--set premises.area_m2=190") != std::string::npos);  // provenance
}

TEST_CASE("compare: a --set on the command applies to every scenario", "[cli][compare]") {
    const auto plain = mvzsim_cmd({"compare", kBase, "--variant", "four:doctors[gp-3].fte=1", "-n", "300", "-f", "csv",
                                   "--set", "premises.area_m2=300"});
    const auto direct = mvzsim_cmd({"compare", kBase, "--variant", "four:premises.area_m2=300,doctors[gp-3].fte=1",
                                    "-n", "300", "-f", "csv", "--set", "premises.area_m2=300"});
    REQUIRE(plain.code == 0);
    REQUIRE(direct.code == 0);
    CHECK(body(plain.out) == body(direct.out));
    const auto without =
        mvzsim_cmd({"compare", kBase, "--variant", "four:doctors[gp-3].fte=1", "-n", "300", "-f", "csv"});
    CHECK(body(plain.out) != body(without.out));
}

TEST_CASE("compare: the same output on 1 and 2 threads", "[cli][compare]") {
    const auto one = mvzsim_cmd({"compare", kBase, kTwo, kDayCare, "-n", "1500", "-t", "1"});
    const auto two = mvzsim_cmd({"compare", kBase, kTwo, kDayCare, "-n", "1500", "-t", "2"});
    REQUIRE(one.code == 0);
    CHECK(one.out == two.out);
    for (const char* part :
         {"Annual result (EUR thousand)", "Cumulative result", "Owner's subsidy need", "Cash at year end",
          "Lowest month-end cash", "Largest cash gap", "P(better)", "base", "rural-gp-3-with-tagespflege", "sha256"})
        CHECK(one.out.find(part) != std::string::npos);
}

TEST_CASE("compare --lang de: the terminal table in German words and numbers, the same figures", "[cli][compare]") {
    const std::vector<std::string> args = {"compare", kBase, kTwo, "--variant", "half:doctors[gp-1].fte=0.5",
                                           "-n",      "300"};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> a = args;
        a.insert(a.end(), extra.begin(), extra.end());
        const auto r = mvzsim_cmd(a);
        REQUIRE(r.code == 0);
        return r.out;
    };
    const std::string en = with({}), de = with({"--lang", "de"});
    CHECK(with({"--lang", "en"}) == en);  // English stays the default at the terminal
    for (const char* german :
         {"3 Szenarien mit gemeinsamen Zufallszahlen", "Basis rural-gp-3", "erweitert ", "die Datei von rural-gp-3",
          "Jahresergebnis (T€)", "P(besser)", "Über den ganzen Horizont", "Größte Liquiditätslücke"})
        CHECK(de.find(german) != std::string::npos);
    for (const char* english : {"Annual result", "P(better)", "scenarios on common", "Over the whole horizon"})
        CHECK(de.find(english) == std::string::npos);
    // Line by line the same table: every English number is the German one with a decimal comma (and
    // thousands points), e.g. -285.7 and -285,7, 1234.5 and 1.234,5.
    const std::regex en_number(R"(^-?[0-9]+\.[0-9]+$)"), de_number(R"(^-?[0-9]{1,3}(\.[0-9]{3})*,[0-9]+$)");
    // The rows of the tables (figures left and right of '|'), without their column heads.
    auto rows = [](const std::string& table) {
        std::vector<std::string> out;
        std::istringstream lines(table);
        for (std::string line; std::getline(lines, line);)
            if (line.find(" |") != std::string::npos && line.find("P50") == std::string::npos) out.push_back(line);
        return out;
    };
    const auto en_rows = rows(en), de_rows = rows(de);
    REQUIRE(en_rows.size() == de_rows.size());
    std::size_t numbers = 0;
    for (std::size_t i = 0; i < en_rows.size(); ++i) {
        std::vector<std::string> x, y;
        std::istringstream ea(en_rows[i]), eb(de_rows[i]);
        for (std::string t; ea >> t;)
            if (std::regex_match(t, en_number)) x.push_back(t);
        for (std::string t; eb >> t;)
            if (std::regex_match(t, de_number)) {
                t.erase(std::remove(t.begin(), t.end(), '.'), t.end());
                std::replace(t.begin(), t.end(), ',', '.');
                y.push_back(t);
            }
        // The same figure to the last digit, but for a half (fmt rounds the binary value, 5.55 to 5.5;
        // the German format rounds half away from zero, as run --lang de does).
        REQUIRE(x.size() == y.size());
        for (std::size_t k = 0; k < x.size(); ++k) {
            const auto digits = static_cast<int>(x[k].size() - x[k].find('.') - 1);
            CHECK(std::abs(std::stod(x[k]) - std::stod(y[k])) <= std::pow(10.0, -digits) * 1.000001);
        }
        numbers += x.size();
    }
    CHECK(numbers > 500);
}

TEST_CASE("compare: CSV, German CSV and JSON, the format from the file's extension", "[cli][compare]") {
    const fs::path dir = mvzsim::test::scratch_dir("compare-formats");
    const auto json = mvzsim_cmd({"compare", kBase, kTwo, "-n", "300", "-o", (dir / "c.json").string()});
    REQUIRE(json.code == 0);
    const std::string j = mvzsim::test::read_file(dir / "c.json");
    for (const char* part : {"\"command\": \"compare\"", "\"base\": true", "\"base\": false", "\"difference\": {",
                             "\"p_better\"", "\"annual_result\"", "\"largest_cash_gap\"", "\"label\": \"rural-gp-2\""})
        CHECK(j.find(part) != std::string::npos);
    CHECK(std::count(j.begin(), j.end(), '{') == std::count(j.begin(), j.end(), '}'));

    const auto csv = mvzsim_cmd({"compare", kBase, kTwo, "-n", "300", "-o", (dir / "c.csv").string()});
    REQUIRE(csv.code == 0);
    const std::string c = mvzsim::test::read_file(dir / "c.csv");
    CHECK(c.rfind("# mvzsim", 0) == 0);
    CHECK(c.find("scenario,year,output,unit,mean,standard_error,p5,p50,p95,share_negative,difference,difference_se,"
                 "p_better,p_better_se,p_worse,p_worse_se\n") != std::string::npos);

    const auto de = mvzsim_cmd({"compare", kBase, kTwo, "-n", "300", "--csv", "de"});
    REQUIRE(de.code == 0);
    CHECK(de.out.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(de.out.find("Szenario;Jahr;") != std::string::npos);
    CHECK(de.out.find("P(besser als die Basis)") != std::string::npos);
    CHECK(de.out.find("Startwert") != std::string::npos);  // the provenance block

    const auto contradiction = mvzsim_cmd({"compare", kBase, kTwo, "-f", "csv", "-o", (dir / "c.json").string()});
    CHECK(contradiction.code == 2);
    const auto report = mvzsim_cmd({"compare", kBase, kTwo, "-f", "html"});
    CHECK(report.code == 2);
}

TEST_CASE("compare --batch: one line of headline figures per file, from 6 files on by itself", "[cli][compare]") {
    const auto r = mvzsim_cmd({"compare", kBase, kTwo, "--batch", "-n", "300", "-f", "csv"});
    REQUIRE(r.code == 0);
    const auto rows = csv_rows(r.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][0] == "rural-gp-3");
    CHECK(rows[1][0] == "rural-gp-2");
    CHECK(r.out.find("scenario,file,centre,last_year,cumulative_result_mean,cumulative_result_se,loss_year,p_loss,"
                     "p_loss_se,largest_subsidy_need_p95,credit_line_p95,break_even_year,share_never,"
                     "cumulative_vs_base,cumulative_vs_base_se,p_better,p_better_se\n") != std::string::npos);

    std::vector<std::string> args = {"compare"};
    for (const auto& f : mvzsim::test::example_files()) args.push_back(f.string());
    REQUIRE(args.size() >= 7);
    for (const char* a : {"-n", "200", "-f", "csv"}) args.push_back(a);
    const auto batch = mvzsim_cmd(args);
    REQUIRE(batch.code == 0);
    CHECK(csv_rows(batch.out).size() == args.size() - 5);
    // The examples name other seeds and trials: compare says that it runs them on the base's.
    CHECK(batch.err.find("runs on the base's seed") != std::string::npos);
    CHECK(csv_rows(batch.out)[1][13].empty() == false);  // against the first file
    const auto table = mvzsim_cmd({"compare", kBase, kTwo, "--batch", "-n", "300"});
    CHECK(table.out.find("break-even") != std::string::npos);
    CHECK(table.out.find("vs base") != std::string::npos);
    // --no-batch: the full comparison also for 6 files.
    args.push_back("--no-batch");
    const auto full = mvzsim_cmd(args);
    REQUIRE(full.code == 0);
    CHECK(csv_rows(full.out).size() > 6 * 5 * 5);
    args.push_back("--batch");
    CHECK(mvzsim_cmd(args).code == 2);
}

TEST_CASE("compare: usage errors and bad scenarios", "[cli][compare]") {
    const auto help = mvzsim_cmd({"compare", "--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("--variant") != std::string::npos);
    CHECK(mvzsim_cmd({"--help"}).out.find("compare SCENARIO SCENARIO...") != std::string::npos);
    CHECK(mvzsim_cmd({"compar"}).err.find("did you mean 'compare'") != std::string::npos);

    auto r = mvzsim_cmd({"compare"});
    CHECK(r.code == 2);
    CHECK(r.err.find("missing the scenario files") != std::string::npos);

    r = mvzsim_cmd({"compare", kBase});
    CHECK(r.code == 2);
    CHECK(r.err.find("needs two scenarios or more") != std::string::npos);

    for (const std::string bad : {"doctors[gp-3].fte=1", "four:", "four:doctors[gp-3].fte", "a b:x=1"}) {
        r = mvzsim_cmd({"compare", kBase, "--variant", bad});
        INFO(bad);
        CHECK(r.code == 2);
        CHECK(r.err.find("--variant '" + bad + "'") != std::string::npos);
        CHECK(r.out.empty());
    }
    r = mvzsim_cmd({"compare", kBase, kTwo, "--variant", "rural-gp-2:premises.area_m2=200"});
    CHECK(r.code == 2);
    CHECK(r.err.find("the name 'rural-gp-2' is taken") != std::string::npos);

    // A --set of a variant that the scenario refuses: located in the argument, and the variant named.
    r = mvzsim_cmd({"compare", kBase, "--variant", "big:premises.area_m2=-5"});
    CHECK(r.code == 2);
    CHECK(r.err.find("--set 'premises.area_m2=-5'") != std::string::npos);
    CHECK(r.err.find("in --variant 'big:premises.area_m2=-5'") != std::string::npos);

    // An error in the second file is reported with its file, line and column; nothing runs.
    const fs::path dir = mvzsim::test::scratch_dir("compare-errors");
    std::ofstream(dir / "bad.yaml") << "extends: " << kBase << "\npremises:\n  area_m2: -5\n";
    r = mvzsim_cmd({"compare", kBase, (dir / "bad.yaml").string(), "-n", "100"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("bad.yaml:3:12: ") != std::string::npos);
    CHECK(r.err.find("nothing was run") != std::string::npos);
}

TEST_CASE("compare: the 12 variants of docs/compare.md, one base file and 11 --variant", "[cli][compare]") {
    // The consultant's base of docs/compare.md ("12 variants"), written beside a copy of the
    // examples it extends, and its 11 variants as the docs' script gives them.
    const fs::path dir = mvzsim::test::scratch_dir("compare-twelve");
    std::ofstream(dir / "full.yaml") << "extends: " << kDayCare << R"(
centre:
  name: "MVZ Landgemeinde: 4 GP positions, Tagespflege, rented"
doctors:
  - id: gp-4
    specialty: general_practice
    fte: 1.0
    start: 2028-01
    salary_per_year: {triangular: [90600, 98200, 116400]}
    on_cost_rate: 0.011
    raise_per_year: {triangular: [0.02, 0.03, 0.04]}
    pension_rate: 0.0645
    social_security: {health_care_rate: 0.1035, pension_unemployment_rate: 0.106}
    revenue_bonus: {share: 0.15, base: private}
premises:
  area_m2: 480
)";
    const std::string built =
        "premises.rent_eur_per_m2_per_month=0,premises.rent_increase_per_year=0,investments=[{name: building, "
        "amount_eur: {triangular: [1200000, 1450000, 1800000]}, month: 2027-01, useful_life_years: 33}],"
        "financing.loans=[{name: building-loan, amount_eur: 1400000, month: 2027-01, rate_per_year: 0.035, "
        "term_years: 30, repayment: annuity}]";
    const std::string no_tp = "addons.tagespflege={remove: true}", gp3 = "doctors[gp-4]={remove: true}",
                      gp2 = gp3 + ",doctors[gp-3]={remove: true}";
    std::vector<std::string> args = {"compare", (dir / "full.yaml").string(), "-n", "300", "-f", "csv"};
    for (const std::string& v :
         {"built:" + built, "no-tp:" + no_tp + ",premises.area_m2=330",
          "no-tp-built:" + no_tp + ",premises.area_m2=330," + built, "3gp:" + gp3 + ",premises.area_m2=410",
          "3gp-built:" + gp3 + ",premises.area_m2=410," + built,
          "3gp-no-tp:" + gp3 + "," + no_tp + ",premises.area_m2=260",
          "3gp-no-tp-built:" + gp3 + "," + no_tp + ",premises.area_m2=260," + built,
          "2gp:" + gp2 + ",premises.area_m2=340", "2gp-built:" + gp2 + ",premises.area_m2=340," + built,
          "2gp-no-tp:" + gp2 + "," + no_tp + ",premises.area_m2=190",
          "2gp-no-tp-built:" + gp2 + "," + no_tp + ",premises.area_m2=190," + built}) {
        args.push_back("--variant");
        args.push_back(v);
    }
    const auto r = mvzsim_cmd(args);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.err.empty());
    const auto rows = csv_rows(r.out);
    REQUIRE(rows.size() == 12);
    // Without a Tagespflege, in its own building, the cumulative result is below the full
    // configuration's in almost every trial (0.1 % better at 20,000 trials, docs/compare.md); the
    // 3-GP rented centre with the Tagespflege without gp-4 equals the bundled example with the
    // Tagespflege (the same inputs).
    CHECK(std::stod(rows[3][15]) < 0.05);  // P(better) of no-tp-built
    const auto same = mvzsim_cmd({"compare", kDayCare, "--batch", "-n", "300", "-f", "csv"});
    REQUIRE(same.code == 0);
    CHECK(rows[4][4] == csv_rows(same.out)[0][4]);  // cumulative_result_mean of 3gp
}

TEST_CASE("compare: scenarios of different horizons are matched by calendar year", "[cli][compare]") {
    // The base runs 10 years (2027-2036), the other 12 (to 2038): its years 2037 and 2038 are
    // shown, without a difference, and the horizon-wide outputs compare each one's own horizon.
    const auto r = mvzsim_cmd({"compare", kBase, "--variant", "long:centre.horizon_years=12", "-n", "200"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\n  2038  long ") != std::string::npos);
    const auto csv =
        mvzsim_cmd({"compare", kBase, "--variant", "long:centre.horizon_years=12", "-n", "200", "-f", "csv"});
    const auto rows = csv_rows(csv.out);
    REQUIRE(rows.size() == (10 * 5 + 2) + (12 * 5 + 2));
    for (const auto& row : rows) {
        if (row[0] != "long" || row[1] == "all") continue;
        INFO(row[1] << " " << row[2]);
        CHECK(row[10].empty() == (std::stoi(row[1]) > 2036));
    }
}
