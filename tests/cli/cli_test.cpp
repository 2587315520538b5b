// The command line end to end, in process: exit codes, formats, files, reproducibility.
#include "cli/cli.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "cli/report.h"
#include "models/projection/outputs.h"

namespace fs = std::filesystem;
using mvzsim::cli::run;

namespace {

struct Result {
    int code;
    std::string out, err;
};

Result mvzsim_cmd(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = run(args, out, err);
    return {code, out.str(), err.str()};
}

const std::string kExamples = MVZSIM_SOURCE_DIR "/examples/";

std::size_t count_lines(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("mvzsim-test-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("every example runs and prints the yearly table", "[cli][examples]") {
    for (const auto& entry : fs::directory_iterator(kExamples)) {
        if (entry.path().extension() != ".yaml") continue;
        INFO(entry.path());
        const auto r = mvzsim_cmd({"run", entry.path().string(), "--trials", "500"});
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        for (const char* section : {"Revenue (EUR thousand)", "Costs (EUR thousand)", "Annual result (EUR thousand)",
                                    "Cumulative result (EUR thousand)", "P(loss)", "sha256", "seed", "trials",
                                    "Owner's subsidy need", "Cash at year end", "largest cash gap"})
            CHECK(r.out.find(section) != std::string::npos);
    }
}

TEST_CASE("run output is the same on 1 and 2 threads", "[cli][reproducible]") {
    const std::string file = kExamples + "rural-gp-3.yaml";
    for (const char* format : {"table", "csv", "json"}) {
        const auto one = mvzsim_cmd({"run", file, "-n", "3000", "--threads", "1", "--format", format});
        const auto two = mvzsim_cmd({"run", file, "-n", "3000", "--threads", "2", "--format", format});
        REQUIRE(one.code == 0);
        CHECK(one.out == two.out);
    }
    const auto other_seed = mvzsim_cmd({"run", file, "-n", "3000", "--seed", "2", "--format", "csv"});
    const auto same = mvzsim_cmd({"run", file, "-n", "3000", "--format", "csv"});
    CHECK(other_seed.out != same.out);
}

TEST_CASE("csv and json hold every metric of every year", "[cli][formats]") {
    const std::string file = kExamples + "rural-gp-3.yaml";
    const auto csv = mvzsim_cmd({"run", file, "-n", "200", "-f", "csv"});
    REQUIRE(csv.code == 0);
    // One provenance comment line, one header line, 10 years x the yearly outputs, the whole-trial outputs.
    CHECK(count_lines(csv.out) == 2 + 10 * mvzsim::models::kMetricCount + mvzsim::models::kTrialMetricCount);
    CHECK(csv.out.find("\n2036,12,total_assets,EUR,") != std::string::npos);
    CHECK(csv.out.find("\nall,,investments_unfunded,EUR,") != std::string::npos);
    CHECK(csv.out.find("\nall,,largest_cash_gap,EUR,") != std::string::npos);
    CHECK(csv.out.rfind("# mvzsim ", 0) == 0);
    CHECK(csv.out.find("\n2036,12,cumulative_result,EUR,") != std::string::npos);

    const auto json = mvzsim_cmd({"run", file, "-n", "200", "-f", "json"});
    REQUIRE(json.code == 0);
    CHECK(json.out.front() == '{');
    CHECK(json.out.find("\"sha256\": \"") != std::string::npos);
    CHECK(json.out.find("\"annual_result\": {\"unit\": \"EUR\", \"mean\": ") != std::string::npos);
    CHECK(json.out.find("\"largest_cash_gap\": {\"unit\": \"EUR\"") != std::string::npos);
    CHECK(std::count(json.out.begin(), json.out.end(), '{') == std::count(json.out.begin(), json.out.end(), '}'));
}

TEST_CASE("--output writes the file whole and leaves no temporary file", "[cli][output]") {
    const fs::path dir = scratch_dir("output");
    const fs::path target = dir / "result.csv";
    const auto r = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "100", "-f", "csv", "-o", target.string()});
    REQUIRE(r.code == 0);
    CHECK(r.out.empty());
    const auto direct = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "100", "-f", "csv"});
    CHECK(read(target) == direct.out);
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("an unwritable output is refused before running, with exit 2", "[cli][output]") {
    const auto r = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "-o", "/nonexistent-dir/x.csv"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("cannot write /nonexistent-dir/x.csv: the folder /nonexistent-dir does not exist") !=
          std::string::npos);
    // A folder or a device is never replaced by the atomic rename.
    const fs::path dir = scratch_dir("folder-target");
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "-o", dir.string()}).code == 2);
    CHECK(fs::is_directory(dir));
    const auto device = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "-o", "/dev/null"});
    CHECK(device.code == 2);
    CHECK(device.err.find("not a regular file") != std::string::npos);
}

TEST_CASE("a replayed trial must belong to the run; a folder is no scenario", "[cli][errors]") {
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "--replay", "10"}).code == 2);
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "--replay", "9"}).code == 0);
    const auto folder = mvzsim_cmd({"validate", kExamples});
    CHECK(folder.code == 2);
    CHECK(folder.err.find("is a folder, not a scenario file") != std::string::npos);
}

TEST_CASE("names that are not one line of UTF-8 are refused", "[cli][errors]") {
    const fs::path dir = scratch_dir("utf8");
    const fs::path bad = dir / "latin1.yaml";
    std::ofstream(bad) << "centre: {name: \"Praxis M\xfcller\", opening: 2027-01, horizon_years: 1}\n"
                          "doctors: [{id: a, fte: 1, salary_per_year: 80000, on_cost_rate: 0.2}]\n"
                          "billing: {cases_per_fte_per_quarter: 800, gkv: {eur_per_case: 70}}\n"
                          "premises: {rent_eur_per_month: 1000}\nrunning_costs: {fixed_eur_per_month: 500}\n";
    const auto r = mvzsim_cmd({"validate", bad.string()});
    CHECK(r.code == 2);
    CHECK(r.err.find("centre.name: expected one line of UTF-8 text") != std::string::npos);
}

TEST_CASE("a bad scenario gives exit 2, every error, and no output", "[cli][errors]") {
    const fs::path dir = scratch_dir("bad");
    const fs::path bad = dir / "bad.yaml";
    std::ofstream(bad) << "centre: {name: X, opening: 2027-01, horizon_years: 5}\n"
                          "doctors: [{id: a, fte: 1.5, salary_per_year: -5, on_cost_rate: 0.2}]\n";
    const fs::path target = dir / "out.csv";
    const auto r = mvzsim_cmd({"run", bad.string(), "-o", target.string()});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK_FALSE(fs::exists(target));
    CHECK(r.err.find(bad.string() + ":2:") != std::string::npos);
    CHECK(r.err.find("doctors[0].fte: must be in (0, 1]") != std::string::npos);
    CHECK(r.err.find("doctors[0].salary_per_year: must be >= 0") != std::string::npos);
    CHECK(r.err.find("missing required key 'billing'") != std::string::npos);

    const auto v = mvzsim_cmd({"validate", bad.string(), kExamples + "single-gp.yaml"});
    CHECK(v.code == 2);
    CHECK(v.out.find("single-gp.yaml: ok") != std::string::npos);

    const auto missing = mvzsim_cmd({"run", (dir / "none.yaml").string()});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("cannot read the file") != std::string::npos);
}

TEST_CASE("usage errors give exit 2 with a hint", "[cli][usage]") {
    const auto typo = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "--trails", "5"});
    CHECK(typo.code == 2);
    CHECK(typo.err.find("did you mean '--trials'?") != std::string::npos);
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "--trials", "0"}).code == 2);
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "--trials", "-3"}).code == 2);
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "--format", "xlsx"}).code == 2);
    CHECK(mvzsim_cmd({"run"}).code == 2);
    CHECK(mvzsim_cmd({}).code == 2);
    const auto command = mvzsim_cmd({"rnu"});
    CHECK(command.code == 2);
    CHECK(command.err.find("did you mean 'run'?") != std::string::npos);
}

TEST_CASE("bench times a projection or a break-even search (no timing is asserted)", "[cli][bench]") {
    const std::string file = kExamples + "single-gp.yaml";
    const auto projection = mvzsim_cmd({"bench", file, "-n", "500", "-r", "1"});
    CHECK(projection.code == 0);
    CHECK(projection.out.find("M trial-months/s") != std::string::npos);
    const auto search = mvzsim_cmd({"bench", file, "--doctors", "1..3", "-n", "300", "-r", "2"});
    CHECK(search.code == 0);
    CHECK(search.out.find("doctors 1..3 (3 counts) x 300 trials") != std::string::npos);
    CHECK(search.out.find("M count-trial-months/s") != std::string::npos);
    CHECK(search.out.find("run 2: ") != std::string::npos);
    CHECK(mvzsim_cmd({"bench", file, "--doctors", "three"}).code == 2);
    CHECK(mvzsim_cmd({"bench", file, "--doctors", "1..3", "--step", "0.25"}).code == 2);
}

TEST_CASE("help and version", "[cli][usage]") {
    for (const char* command : {"run", "breakeven", "solve", "validate", "bench"}) {
        const auto r = mvzsim_cmd({command, "--help"});
        CHECK(r.code == 0);
        CHECK(r.out.find("Usage: mvzsim") != std::string::npos);
    }
    CHECK(mvzsim_cmd({"--help"}).code == 0);
    const auto v = mvzsim_cmd({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out == std::string("mvzsim ") + mvzsim::cli::version() + "\n");
}

TEST_CASE("--replay prints one trial month by month", "[cli][replay]") {
    const auto r = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "--replay", "7", "-f", "csv"});
    REQUIRE(r.code == 0);
    // Comment, header, 60 months.
    CHECK(count_lines(r.out) == 2 + 60);
    CHECK(r.out.find("\n2027-01,") != std::string::npos);
    CHECK(r.out.find("\n2031-12,") != std::string::npos);
    // The same trial replayed twice is identical; another trial differs.
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "--replay", "7", "-f", "csv"}).out == r.out);
    CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "--replay", "8", "-f", "csv"}).out != r.out);
}

TEST_CASE("breakeven runs on every example in every format", "[cli][breakeven]") {
    for (const auto& entry : fs::directory_iterator(kExamples)) {
        if (entry.path().extension() != ".yaml") continue;
        INFO(entry.path());
        const auto table = mvzsim_cmd({"breakeven", entry.path().string(), "--doctors", "1..4", "-n", "300"});
        CHECK(table.code == 0);
        CHECK(table.out.find("P(>=0)") != std::string::npos);
        CHECK(
            (table.out.find("Minimum: ") != std::string::npos || table.out.find("No count from") != std::string::npos));
        const auto csv = mvzsim_cmd(
            {"breakeven", entry.path().string(), "--doctors", "1..4", "--step", "0.5", "-n", "300", "-f", "csv"});
        CHECK(csv.code == 0);
        CHECK(count_lines(csv.out) == 2 + 7);  // comment, header, counts 1, 1.5, ..., 4
        const auto json =
            mvzsim_cmd({"breakeven", entry.path().string(), "--doctors", "2..3", "-n", "300", "-f", "json"});
        CHECK(json.code == 0);
        CHECK(json.out.find("\"minimum_doctor_fte\": ") != std::string::npos);
        // single-gp has no investments, so no investment grant; the others have one or say why none
        // suffices (the golden break-even tables hold the values).
        const bool invests = entry.path().filename() != "single-gp.yaml";
        CHECK((json.out.find("\"investment_grant_status\": \"no_investments\"") == std::string::npos) == invests);
        CHECK(table.out.find("investment grant") != std::string::npos);
    }
    const std::string file = kExamples + "rural-gp-3.yaml";
    const auto one = mvzsim_cmd({"breakeven", file, "--doctors", "2..5", "-n", "2000", "-t", "1", "-f", "csv"});
    const auto two = mvzsim_cmd({"breakeven", file, "--doctors", "2..5", "-n", "2000", "-t", "2", "-f", "csv"});
    CHECK(one.out == two.out);
    // Short of the confidence and still rising at the top: the report suggests a larger range.
    const auto short_range = mvzsim_cmd({"breakeven", file, "--doctors", "1..3", "-n", "500"});
    CHECK(short_range.out.find("No count from 1 to 3 doctor FTE reaches 80.0 %") != std::string::npos);
    CHECK(short_range.out.find("The probability still rises at 3 FTE: a larger range (e.g. --doctors 1..7)") !=
          std::string::npos);
    CHECK(mvzsim_cmd({"breakeven", file, "--doctors", "5..2"}).code == 2);
    CHECK(mvzsim_cmd({"breakeven", file, "--doctors", "two"}).code == 2);
    CHECK(mvzsim_cmd({"breakeven", file, "--confidence", "80"}).code == 2);
    CHECK(mvzsim_cmd({"breakeven", file, "--year", "2050"}).code == 2);
    CHECK(mvzsim_cmd({"breakeven", file, "--doctors", "1..2", "-n", "99"}).code == 2);
    const auto no_template = mvzsim_cmd({"breakeven", file, "--template", "gp-9"});
    CHECK(no_template.code == 2);
    CHECK(no_template.err.find("no doctor position 'gp-9'") != std::string::npos);
}

TEST_CASE("solve finds each example's own value when the target is that value's own mean", "[cli][solve]") {
    // With common random numbers the statistic at the scenario's own on-cost rate (0.21 in every
    // example but the main one, whose 0.011 is what social_security leaves) is exactly the mean that
    // `run` reports; the mean result falls as the rate rises, so the answer must be that rate to
    // within the bisection's resolution (1/65,536 of the range).
    std::size_t examples = 0;
    for (const auto& entry : fs::directory_iterator(kExamples)) {
        if (entry.path().extension() != ".yaml") continue;  // examples/variants/ is a folder
        const std::string file = entry.path().string();
        INFO(file);
        const auto run_csv = mvzsim_cmd({"run", file, "-n", "300", "-f", "csv"});
        REQUIRE(run_csv.code == 0);
        std::istringstream lines(run_csv.out);
        std::string line, mean;
        while (std::getline(lines, line)) {
            // year,months,metric,unit,mean,...: the last year's annual result comes last.
            if (line.find(",annual_result,EUR,") == std::string::npos) continue;
            std::istringstream fields(line);
            for (int i = 0; i < 5; ++i) std::getline(fields, mean, ',');
        }
        REQUIRE_FALSE(mean.empty());
        const auto r = mvzsim_cmd({"solve", file, "--vary", "doctors[gp-1].on_cost_rate", "--range", "0..1", "--target",
                                   "mean(result[last]) >= " + mean, "-n", "300", "-f", "json"});
        REQUIRE(r.code == 0);
        const auto at = r.out.find("\"answer\": ");
        REQUIRE(at != std::string::npos);
        const double own_rate = entry.path().filename() == "rural-gp-3.yaml" ? 0.011 : 0.21;
        CHECK(std::stod(r.out.substr(at + 10)) == Approx(own_rate).margin(2.0 / 65536));
        ++examples;
    }
    CHECK(examples == 6);
}

TEST_CASE("solve reports an answer, its open interval, and clear errors", "[cli][solve]") {
    const std::string file = kExamples + "rural-gp-3.yaml";
    const auto r = mvzsim_cmd({"solve", file, "--vary", "billing.cases_per_fte_per_quarter.pert[1]", "--range",
                               "600..950", "--target", "P(result[2030] >= 0) >= 0.1", "-n", "1000"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Answer: ") != std::string::npos);
    CHECK(r.out.find("Monte Carlo error leaves") != std::string::npos);
    const auto json = mvzsim_cmd({"solve", file, "--vary", "premises.area_m2", "--range", "0..2000", "--target",
                                  "mean(result[2029]) <= -200000", "-n", "500", "-f", "json"});
    CHECK(json.code == 0);
    CHECK(json.out.find("\"answer\": ") != std::string::npos);

    // The other example: the GKV fee at which the last year breaks even on average.
    const auto single = mvzsim_cmd({"solve", kExamples + "single-gp.yaml", "--vary", "billing.gkv.eur_per_case",
                                    "--range", "40..200", "--target", "mean(result[last]) >= 0", "-n", "500"});
    CHECK(single.code == 0);
    CHECK(single.out.find("Answer: ") != std::string::npos);

    const auto nowhere = mvzsim_cmd({"solve", file, "--vary", "premises.area_m2", "--range", "100..200", "--target",
                                     "mean(result[2028]) >= 1e7", "-n", "200"});
    CHECK(nowhere.code == 2);
    CHECK(nowhere.err.find("met nowhere in the range") != std::string::npos);
    const auto missing = mvzsim_cmd({"solve", file, "--vary", "premises.rent", "--range", "1..2", "--target",
                                     "mean(result[2028]) >= 0", "-n", "200"});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("no such key") != std::string::npos);
    const auto uncertain = mvzsim_cmd({"solve", file, "--vary", "billing.cases_per_fte_per_quarter", "--range", "1..2",
                                       "--target", "mean(result[2028]) >= 0", "-n", "200"});
    CHECK(uncertain.code == 2);
    CHECK(uncertain.err.find("solve varies a plain number") != std::string::npos);
    CHECK(mvzsim_cmd({"solve", file, "--vary", "premises.area_m2", "--range", "1..2", "--target", "profit > 0"}).code ==
          2);
    CHECK(mvzsim_cmd({"solve", file, "--vary", "premises.area_m2"}).code == 2);
}

TEST_CASE("a replayed trial with a value that is not finite is refused, naming it", "[cli][finite]") {
    // The reader keeps every input finite and small; should an overflow ever happen, no table,
    // CSV or JSON shows inf or nan: the command fails (exit 1 through cli::run) before writing.
    using namespace mvzsim;
    const models::Calendar calendar({2027, 1}, 1);
    std::vector<models::MonthFlows> months(12);
    months[4].cash = -std::numeric_limits<double>::infinity();
    for (const auto format : {cli::Format::table, cli::Format::csv, cli::Format::json})
        CHECK_THROWS_WITH(cli::format_replay({}, calendar, months, 7, format),
                          "the projection overflowed (cash in 2027-05 is -inf in trial 7): a number grew beyond what "
                          "double arithmetic holds; check for implausibly large inputs");
    months[4].cash = 0.0;
    months[2].interest = std::nan("");
    CHECK_THROWS_WITH(cli::format_replay({}, calendar, months, 0, cli::Format::json),
                      Catch::StartsWith("the projection overflowed (interest in 2027-03 is nan in trial 0)"));
}
