// `mvzsim run REGION.yaml`: the Saxony county example in every format, and what a region run
// refuses (with a non-zero exit and no output file).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

using namespace mvzsim;
namespace fs = std::filesystem;

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

const std::string kRegion = MVZSIM_SOURCE_DIR "/examples/regions/saxony-county.yaml";

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the Saxony county region runs as a table, CSV and JSON", "[cli][region][examples]") {
    const auto table = mvzsim_cmd({"run", kRegion, "-n", "600"});
    REQUIRE(table.code == 0);
    for (const char* part :
         {"Region: Landkreis in Sachsen", "== Site main ==", "== Site branch ==", "== Site takeover ==",
          "Largest cash gap (guarantee needed)", "Probability above the ceiling in some year",
          "Risk from the shared inputs", "doctors[*].raise_per_year", "saxony-takeover.yaml"})
        CHECK(has(table.out, part));
    const auto de = mvzsim_cmd({"run", kRegion, "-n", "600", "--csv", "de"});
    REQUIRE(de.code == 0);
    CHECK(has(de.out, "Ebene;Jahr;Kennzahl;Einheit;Mittelwert"));
    CHECK(has(de.out, "Region;2027;Zuschussbedarf (Verlustausgleich);EUR;"));
    CHECK(has(de.out, "Standort branch;2028;"));
    const auto en = mvzsim_cmd({"run", kRegion, "-n", "600", "--format", "csv"});
    REQUIRE(en.code == 0);
    CHECK(has(en.out, "block,year,output,unit,mean,standard_error,p5,p50,p95"));
    CHECK(has(en.out, "site:branch,2028,subsidy_need,EUR,"));
    const auto json = mvzsim_cmd({"run", kRegion, "-n", "600", "--format", "json"});
    REQUIRE(json.code == 0);
    CHECK(has(json.out, "\"shared_risk\": {\"co_movement_share\": "));
    CHECK(has(json.out, "\"block\": \"region\""));
    const auto valid = mvzsim_cmd({"validate", kRegion});
    CHECK(valid.code == 0);
    CHECK(has(valid.out,
              "ok (region Landkreis in Sachsen: MVZ mit drei Standorten und Regionalkoordination: 3 sites, "
              "4 shared inputs, 1 post)"));
    // The same on any number of threads.
    CHECK(mvzsim_cmd({"run", kRegion, "-n", "600", "--format", "json", "-t", "1"}).out == json.out);
}

TEST_CASE("breakeven over a region: how many doctors in total, placed where", "[cli][region]") {
    const auto table = mvzsim_cmd({"breakeven", kRegion, "-n", "300", "--doctors", "0.5..1", "--step", "0.5"});
    REQUIRE(table.code == 0);
    CHECK(has(table.out, "Region break-even: the county's annual result in 2034 >= 0"));
    CHECK(has(table.out, "8 placements compared"));
    CHECK(has(table.out, "main 1.0, branch 1.0, takeover 1.0"));
    const auto de =
        mvzsim_cmd({"breakeven", kRegion, "-n", "300", "--doctors", "0.5..1", "--step", "0.5", "--csv", "de"});
    REQUIRE(de.code == 0);
    CHECK(has(de.out, "VZÄ gesamt;VZÄ main;VZÄ branch;VZÄ takeover;P(Ergebnis >= 0)"));
    const auto bad = mvzsim_cmd({"breakeven", kRegion, "--year", "2040"});
    CHECK(bad.code == 2);
    CHECK(has(bad.err, "--year must be a year of the region, 2027 to 2034 (got 2040)"));
}

TEST_CASE("a region run refuses what it does not support, and bad region files, writing nothing", "[cli][region]") {
    const fs::path dir = fs::temp_directory_path() / "mvzsim-region-cli";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string out = (dir / "out.csv").string();
    const auto replay = mvzsim_cmd({"run", kRegion, "--replay", "3"});
    CHECK(replay.code == 2);
    CHECK(has(replay.err, "not supported for regions yet"));
    const auto sensitivity = mvzsim_cmd({"sensitivity", kRegion});
    CHECK(sensitivity.code == 2);
    CHECK(has(sensitivity.err, "not supported for regions yet"));
    const std::string bad = (dir / "bad.yaml").string();
    std::ofstream(bad) << "kind: region\nregion: {name: Bad}\nsites:\n  - {name: a, scenario: nowhere.yaml}\n";
    const auto r = mvzsim_cmd({"run", bad, "-n", "100", "-o", out});
    CHECK(r.code == 2);
    CHECK(has(r.err, bad + ":4:25: sites[0].scenario: cannot read the site's scenario file"));
    CHECK(has(r.err, "1 error; nothing was run."));
    CHECK_FALSE(fs::exists(out));
    fs::remove_all(dir);
}
