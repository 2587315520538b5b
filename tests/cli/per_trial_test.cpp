// `mvzsim run --per-trial FILE.csv`: one row per trial, values equal to the run's, German CSV,
// thread invariance, usage errors before the run, nothing half-written.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

#include "tests/cli/test_support.h"

namespace fs = std::filesystem;
using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;
using mvzsim::test::read_file;

namespace {

const std::string kBase = kExamples + "rural-gp-3.yaml";

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> fields(1);
    for (const char c : line) {
        if (c == separator)
            fields.emplace_back();
        else if (c != '\r')
            fields.back().push_back(c);
    }
    return fields;
}

struct PerTrial {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<double> column(const std::string& name) const {
        const auto i = static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
        REQUIRE(i < header.size());
        std::vector<double> v;
        for (const auto& r : rows) v.push_back(std::stod(r[i]));
        return v;
    }
};

PerTrial read_per_trial(const fs::path& file) {
    std::istringstream in(read_file(file));
    std::string line;
    std::getline(in, line);
    REQUIRE(line.rfind("# mvzsim", 0) == 0);
    PerTrial p;
    std::getline(in, line);
    p.header = split(line, ',');
    while (std::getline(in, line)) p.rows.push_back(split(line, ','));
    return p;
}

// The mean of `metric` in `year` ("all" for a whole-trial output) in run's English CSV.
double run_mean(const std::string& csv, const std::string& year, const std::string& metric) {
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line)) {
        const auto f = split(line, ',');
        if (f.size() > 4 && f[0] == year && f[2] == metric) return std::stod(f[4]);
    }
    FAIL("no " << metric << " " << year << " in the run's CSV");
    return 0.0;
}

double mean(const std::vector<double>& v) {
    double sum = 0.0;
    for (const double x : v) sum += x;
    return sum / static_cast<double>(v.size());
}

}  // namespace

TEST_CASE("run --per-trial: one row per trial, whose column means are the run's means", "[cli][per-trial]") {
    const fs::path dir = mvzsim::test::scratch_dir("per-trial");
    const auto r = mvzsim_cmd({"run", kBase, "-n", "700", "-f", "csv", "-o", (dir / "run.csv").string(), "--per-trial",
                               (dir / "trials.csv").string()});
    REQUIRE(r.code == 0);
    CHECK(r.err.find("wrote " + (dir / "trials.csv").string()) != std::string::npos);
    const PerTrial p = read_per_trial(dir / "trials.csv");
    // trial, 10 years x 5 outputs, largest_cash_gap, payback_month.
    REQUIRE(p.header.size() == 1 + 10 * 5 + 2);
    CHECK(p.header[0] == "trial");
    CHECK(p.header[1] == "annual_result[2027]");
    CHECK(p.header[5] == "cash_min[2027]");
    CHECK(p.header[51] == "largest_cash_gap");
    CHECK(p.header[52] == "payback_month");
    REQUIRE(p.rows.size() == 700);
    for (std::size_t t = 0; t < p.rows.size(); ++t) {
        REQUIRE(p.rows[t].size() == p.header.size());
        CHECK(p.rows[t][0] == std::to_string(t));
    }
    const std::string run = read_file(dir / "run.csv");
    // The file holds each value to full precision: its column means are the run's (Welford in
    // blocks against a plain sum: equal to rounding, 1e-12 relative).
    for (const auto& [year, metric] : std::vector<std::pair<std::string, std::string>>{{"2027", "annual_result"},
                                                                                       {"2030", "annual_result"},
                                                                                       {"2036", "cumulative_result"},
                                                                                       {"2029", "subsidy_need"},
                                                                                       {"2033", "cash_end"},
                                                                                       {"2028", "cash_min"}}) {
        INFO(metric << " " << year);
        const double expected = run_mean(run, year, metric);
        CHECK(mean(p.column(metric + "[" + year + "]")) == Approx(expected).epsilon(1e-12));
    }
    for (const char* metric : {"largest_cash_gap", "payback_month"}) {
        INFO(metric);
        CHECK(mean(p.column(metric)) == Approx(run_mean(run, "all", metric)).epsilon(1e-12));
    }
    // subsidy_need = max(0, -annual_result), trial by trial.
    const auto result = p.column("annual_result[2031]");
    const auto subsidy = p.column("subsidy_need[2031]");
    for (std::size_t t = 0; t < result.size(); ++t) CHECK(subsidy[t] == std::max(0.0, -result[t]));
}

TEST_CASE("run --per-trial: the same file on 1 and 2 threads; a trial's row is its replay's", "[cli][per-trial]") {
    const fs::path dir = mvzsim::test::scratch_dir("per-trial-threads");
    for (const char* threads : {"1", "2"})
        REQUIRE(mvzsim_cmd({"run", kBase, "-n", "300", "-t", threads, "-f", "json", "-o",
                            (dir / (std::string(threads) + ".json")).string(), "--per-trial",
                            (dir / (std::string(threads) + ".csv")).string()})
                    .code == 0);
    CHECK(read_file(dir / "1.csv") == read_file(dir / "2.csv"));
    CHECK(read_file(dir / "1.json") == read_file(dir / "2.json"));
    // Without --per-trial the run's own output is the same.
    const auto plain = mvzsim_cmd({"run", kBase, "-n", "300", "-f", "json"});
    REQUIRE(plain.code == 0);
    CHECK(plain.out == read_file(dir / "1.json"));
}

TEST_CASE("run --per-trial with --csv de: German columns, semicolons, decimal commas", "[cli][per-trial]") {
    const fs::path dir = mvzsim::test::scratch_dir("per-trial-de");
    const auto r = mvzsim_cmd({"run", kBase, "-n", "200", "--csv", "de", "-o", (dir / "run.csv").string(),
                               "--per-trial", (dir / "trials.csv").string()});
    REQUIRE(r.code == 0);
    const std::string text = read_file(dir / "trials.csv");
    CHECK(text.rfind("\xEF\xBB\xBF"
                     "Versuch;Jahresergebnis 2027;Kumuliertes Ergebnis 2027;",
                     0) == 0);
    CHECK(text.find("\r\n0;-") != std::string::npos);    // trial 0 loses money in its opening year
    CHECK(text.find("Startwert") != std::string::npos);  // the provenance block at the end
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);
    std::getline(in, line);  // trial 0
    const auto fields = split(line, ';');
    CHECK(fields.size() == 53);
    CHECK(fields[1].find(',') != std::string::npos);  // decimal comma, cents
}

TEST_CASE("run --per-trial: usage errors before the run, and no file", "[cli][per-trial]") {
    const fs::path dir = mvzsim::test::scratch_dir("per-trial-errors");
    const std::string target = (dir / "trials.csv").string();
    const auto empty = mvzsim_cmd({"run", kBase, "-n", "100", "--per-trial", ""});
    CHECK(empty.code == 2);
    CHECK(empty.err.find("--per-trial must name a file") != std::string::npos);
    const auto missing = mvzsim_cmd({"run", kBase, "-n", "100", "--per-trial", (dir / "no/such/t.csv").string()});
    CHECK(missing.code == 2);
    const auto replay = mvzsim_cmd({"run", kBase, "-n", "100", "--replay", "3", "--per-trial", target});
    CHECK(replay.code == 2);
    CHECK(replay.err.find("not to --replay") != std::string::npos);
    const auto same = mvzsim_cmd({"run", kBase, "-n", "100", "-o", target, "--per-trial", target});
    CHECK(same.code == 2);
    const auto bounded = mvzsim_cmd({"run", kBase, "-n", "100000", "--memory-limit", "250M", "--per-trial", target});
    CHECK(bounded.code == 2);
    CHECK(bounded.err.find("every trial's outputs in memory") != std::string::npos);
    const auto bad = mvzsim_cmd({"run", kBase, "-n", "100", "--set", "premises.area_m2=-5", "--per-trial", target});
    CHECK(bad.code == 2);
    CHECK_FALSE(fs::exists(target));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 0);  // no temporary file either
}
