// mvzsim sensitivity from the command line: formats, thread invariance, usage errors, and the
// main example's drivers.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"

using namespace mvzsim;

namespace {

struct Result {
    int code;
    std::string out, err;
};

Result mvzsim_cmd(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

const std::string kMain = std::string(MVZSIM_SOURCE_DIR) + "/examples/rural-gp-3.yaml";

// The first input of the variance-share table (sorted by share, largest first).
std::string top_by_share(const std::string& table) {
    const auto at = table.find("95 % interval\n");
    REQUIRE(at != std::string::npos);
    const std::string line = table.substr(at + 14, table.find('\n', at + 14) - at - 14);
    return line.substr(2, line.find(' ', 2) - 2);
}

}  // namespace

TEST_CASE("sensitivity: the same output for 1 and 2 threads, in every format", "[cli][sensitivity]") {
    for (const char* format : {"table", "csv", "json"}) {
        const auto one = mvzsim_cmd({"sensitivity", kMain, "-n", "2000", "-f", format, "-t", "1", "--resamples", "20"});
        const auto two = mvzsim_cmd({"sensitivity", kMain, "-n", "2000", "-f", format, "-t", "2", "--resamples", "20"});
        REQUIRE(one.code == 0);
        CHECK(one.out == two.out);
    }
}

TEST_CASE("sensitivity reports every section and labels the cases as deterministic", "[cli][sensitivity]") {
    const auto r = mvzsim_cmd({"sensitivity", kMain, "-n", "2000", "--resamples", "20"});
    REQUIRE(r.code == 0);
    for (const char* s : {"Tornado:", "Variance share:", "Given failure (annual_result[2036] < 0",
                          "Best / base / worst: deterministic projections", "no probabilities",
                          "billing.cases_per_fte_per_quarter", "doctors[gp-3].recruitment.refill_months: drawn anew"})
        CHECK_THAT(r.out, Catch::Contains(s));
    const auto csv = mvzsim_cmd({"sensitivity", kMain, "-n", "2000", "--resamples", "20", "-f", "csv", "--output-of",
                                 "subsidy_need[2028]", "--fail-if", "cumulative_result[last] < 0"});
    REQUIRE(csv.code == 0);
    CHECK_THAT(csv.out, Catch::Contains("output,subsidy_need[2028],"));
    CHECK_THAT(csv.out, Catch::Contains("monte_carlo,subsidy_need[2028],"));
    CHECK_THAT(csv.out, Catch::Contains("input,billing.cases_per_fte_per_quarter,"));
    CHECK_THAT(csv.out, Catch::Contains("held,doctors[gp-3].recruitment.refill_months,"));
    // Every row has the header's 27 fields (no name here needs quoting).
    std::istringstream lines(csv.out);
    std::string line;
    std::getline(lines, line);  // the provenance comment
    std::size_t rows = 0;
    while (std::getline(lines, line)) {
        CHECK(std::count(line.begin(), line.end(), ',') == 26);
        ++rows;
    }
    CHECK(rows == 1 + 26 + 1 + 2);  // header, 26 inputs, 1 held at its median, output and Monte Carlo rows
    const auto json = mvzsim_cmd({"sensitivity", kMain, "-n", "2000", "--resamples", "20", "-f", "json"});
    REQUIRE(json.code == 0);
    CHECK_THAT(json.out, Catch::Contains("\"deterministic_cases\""));
    CHECK_THAT(json.out, Catch::Contains("\"variance_share\""));
}

TEST_CASE("sensitivity usage errors: exit 2 with a hint", "[cli][sensitivity]") {
    const auto misspelt = mvzsim_cmd({"sensitivity", kMain, "--output-of", "cumulative_reslt[last]"});
    CHECK(misspelt.code == 2);
    CHECK_THAT(misspelt.err, Catch::Contains("did you mean 'cumulative_result'?"));
    const auto fail_if = mvzsim_cmd({"sensitivity", kMain, "--fail-if", "anual_result[2030] < 0"});
    CHECK(fail_if.code == 2);
    CHECK_THAT(fail_if.err, Catch::Contains("did you mean 'annual_result'?"));
    CHECK(mvzsim_cmd({"sensitivity", kMain, "--output-of", "annual_result[1999]"}).code == 2);
    CHECK(mvzsim_cmd({"sensitivity", kMain, "--cases", "50,10,90"}).code == 2);
    CHECK(mvzsim_cmd({"sensitivity", kMain, "--bins", "1"}).code == 2);
    CHECK(mvzsim_cmd({"sensitivity", kMain, "-n", "50"}).code == 2);
    // 10,000,000 trials x (23 values + 200 resample weights + ...): about 4 GiB, refused before the run.
    const auto large = mvzsim_cmd({"sensitivity", kMain, "-n", "10000000", "-t", "1"});
    CHECK(large.code == 2);
    CHECK_THAT(large.err, Catch::Contains("GiB (at most 2)"));
    CHECK(mvzsim_cmd({"sensitivity", kMain, "-f", "xlsx"}).code == 2);
    CHECK(mvzsim_cmd({"sensitivity", kMain, "--lang", "de"}).code == 2);
    CHECK(mvzsim_cmd({"sensitivity"}).code == 2);
    CHECK(mvzsim_cmd({"sensitivity", "--help"}).code == 0);
}

TEST_CASE("the main example's top driver by variance share is the same under two seeds", "[cli][sensitivity]") {
    const auto a = mvzsim_cmd({"sensitivity", kMain, "-n", "4000", "--resamples", "0", "--seed", "1"});
    const auto b = mvzsim_cmd({"sensitivity", kMain, "-n", "4000", "--resamples", "0", "--seed", "2"});
    REQUIRE(a.code == 0);
    REQUIRE(b.code == 0);
    CHECK(top_by_share(a.out) == "billing.cases_per_fte_per_quarter");
    CHECK(top_by_share(b.out) == top_by_share(a.out));
}

TEST_CASE("sensitivity runs on every example, its deterministic cases included", "[cli][sensitivity]") {
    for (const char* file :
         {"single-gp.yaml", "saxony-county-mvz.yaml", "rvz-leinebergland.yaml", "port-care-centre.yaml",
          "main-and-branch.yaml", "variants/rural-gp-2.yaml", "variants/rural-gp-3-with-tagespflege.yaml"}) {
        INFO(file);
        const auto r = mvzsim_cmd({"sensitivity", std::string(MVZSIM_SOURCE_DIR "/examples/") + file, "-n", "500",
                                   "--bins", "5", "--resamples", "0"});
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Catch::Contains("Best / base / worst"));
    }
}

TEST_CASE("sensitivity with rank-correlated inputs: their cases run with the correlations dropped",
          "[cli][sensitivity]") {
    const auto r = mvzsim_cmd({"sensitivity", kMain, "-n", "2000", "--resamples", "0", "-f", "csv", "--set",
                               "correlations=[{between: [billing.cases_per_fte_per_quarter, "
                               "billing.gkv.points_per_case], rank: 0.9}]"});
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("output,cumulative_result[last],"));
}

TEST_CASE("the deterministic cases set every input at its percentile, by hand", "[cli][sensitivity]") {
    // One doctor at 1 FTE all year, cases per quarter uniform on [600, 1000]: the year's cases are
    // 4 x the case load. Uniform P10 / P50 / P90: 640 / 800 / 960, so the worst / base / best
    // cases have 2,560 / 3,200 / 3,840 cases (more cases are better; Spearman is +1). The Monte
    // Carlo P10 / P50 / P90 of 2,000 trials lie near them (the output is the input's image).
    const auto dir = std::filesystem::temp_directory_path() / "mvzsim-sensitivity-test";
    std::filesystem::create_directories(dir);
    const auto file = (dir / "cases.yaml").string();
    std::ofstream(file) << "centre: {name: Cases, opening: 2027-01, horizon_years: 1, trials: 2000}\n"
                           "doctors:\n"
                           "  - {id: gp-1, fte: 1, salary_per_year: {uniform: [70000, 90000]}, on_cost_rate: 0.2}\n"
                           "billing:\n"
                           "  cases_per_fte_per_quarter: {uniform: [600, 1000]}\n"
                           "  gkv: {eur_per_case: 50}\n"
                           "premises: {rent_eur_per_month: 1000}\n"
                           "running_costs: {fixed_eur_per_month: 500}\n";
    const auto r = mvzsim_cmd({"sensitivity", file, "--output-of", "cases[2027]", "-f", "csv", "--resamples", "0"});
    std::filesystem::remove_all(dir);
    REQUIRE(r.code == 0);
    const auto fields = [&](const std::string& head) {
        const auto at = r.out.find(head);
        REQUIRE(at != std::string::npos);
        std::vector<double> v;
        std::istringstream line(r.out.substr(at, r.out.find('\n', at) - at));
        std::string f;
        for (int k = 0; std::getline(line, f, ','); ++k)
            if (k >= 24) v.push_back(std::stod(f));
        return v;
    };
    const auto cases = fields("input,billing.cases_per_fte_per_quarter,");
    CHECK(cases == std::vector<double>{640, 800, 960});
    const auto out = fields("output,cases[2027],");
    REQUIRE(out.size() == 3);
    CHECK(out[0] == Approx(2560));
    CHECK(out[1] == Approx(3200));
    CHECK(out[2] == Approx(3840));
    // Percentiles of 4 x U(600, 1000) over 2,000 trials: the s.e. of a percentile p is about
    // 1600 sqrt(p (1 - p) / 2000): 11 cases for P10 and P90, 18 for P50; within 4 s.e. of P50.
    const auto mc = fields("monte_carlo,cases[2027],");
    REQUIRE(mc.size() == 3);
    for (std::size_t k = 0; k < 3; ++k) CHECK(mc[k] == Approx(out[k]).margin(4 * 18.0));
}
