// `mvzsim show`, --set on every command that loads a scenario, and the provenance of an extends
// chain in every report format.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "cli/sha256.h"

namespace fs = std::filesystem;

namespace {

struct Result {
    int code;
    std::string out, err;
};

Result mvzsim_cmd(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = mvzsim::cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

const std::string kExamples = MVZSIM_SOURCE_DIR "/examples/";

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A CSV report without its first line (the provenance, which names the file).
std::string body(const std::string& csv) {
    return csv.substr(csv.find('\n') + 1);
}

std::vector<fs::path> examples_and_variants() {
    std::vector<fs::path> files;
    for (const char* folder : {"", "variants/"})
        for (const auto& entry : fs::directory_iterator(kExamples + folder))
            if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    return files;
}

}  // namespace

TEST_CASE("show's output of every example runs to the same results", "[cli][show]") {
    const fs::path dir = fs::temp_directory_path() / "mvzsim-test-show";
    fs::create_directories(dir);
    for (const auto& example : examples_and_variants()) {
        INFO(example);
        const auto shown = mvzsim_cmd({"show", example.string()});
        REQUIRE(shown.code == 0);
        CHECK(shown.err.empty());
        const fs::path copy = dir / example.filename();
        std::ofstream(copy) << shown.out;
        const auto original = mvzsim_cmd({"run", example.string(), "-n", "300", "-f", "csv"});
        const auto again = mvzsim_cmd({"run", copy.string(), "-n", "300", "-f", "csv"});
        REQUIRE(original.code == 0);
        REQUIRE(again.code == 0);
        CHECK(body(again.out) == body(original.out));
        // Showing the shown scenario changes nothing but the comment that names the file.
        const auto twice = mvzsim_cmd({"show", copy.string()});
        CHECK(twice.out.substr(twice.out.find("\ncentre:")) == shown.out.substr(shown.out.find("\ncentre:")));
    }
    fs::remove_all(dir);
}

TEST_CASE("show reports an invalid scenario like validate", "[cli][show]") {
    const auto bad = mvzsim_cmd({"show", kExamples + "rural-gp-3.yaml", "--set", "premises.area_m2=-1"});
    CHECK(bad.code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err.find("--set 'premises.area_m2=-1':1:18: premises.area_m2: must be >= 0") != std::string::npos);
    CHECK(mvzsim_cmd({"show"}).code == 2);
    const auto help = mvzsim_cmd({"show", "--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("Usage: mvzsim show SCENARIO") != std::string::npos);
}

TEST_CASE("--set works on every command that loads a scenario", "[cli][set]") {
    const std::string file = kExamples + "rural-gp-3.yaml";
    const std::string set = "doctors[gp-3]={remove: true}";
    // The same as the variant that removes gp-3 in its file, but for the name and the floor area.
    const std::vector<std::string> sets = {
        "--set", set, "--set", "premises.area_m2=190", "--set", "centre.name=MVZ Landgemeinde (2 GP positions)"};
    auto with = [&](std::vector<std::string> args) {
        args.insert(args.end(), sets.begin(), sets.end());
        return mvzsim_cmd(args);
    };
    const auto by_set = with({"run", file, "-n", "500", "-f", "csv"});
    const auto by_file = mvzsim_cmd({"run", kExamples + "variants/rural-gp-2.yaml", "-n", "500", "-f", "csv"});
    REQUIRE(by_set.code == 0);
    CHECK(body(by_set.out) == body(by_file.out));
    CHECK(by_set.out.find("; --set doctors[gp-3]={remove: true}; --set premises.area_m2=190;") != std::string::npos);

    const auto validated = with({"validate", file});
    CHECK(validated.code == 0);
    CHECK(validated.out.find("2 doctor positions") != std::string::npos);
    const auto breakeven = with({"breakeven", file, "-n", "200", "--doctors", "2..3"});
    CHECK(breakeven.code == 0);
    CHECK(breakeven.out.find("--set          doctors[gp-3]={remove: true}") != std::string::npos);
    const auto solve = with({"solve", file, "-n", "200", "--vary", "premises.area_m2", "--range", "100..400",
                             "--target", "mean(result[2030]) >= -185000"});
    CHECK(solve.code == 0);
    CHECK(solve.out.find("current value  190") != std::string::npos);
    CHECK(with({"bench", file, "-n", "100", "--repeat", "1"}).code == 0);
    const auto shown = with({"show", file});
    CHECK(shown.code == 0);
    CHECK(shown.out.find("id: gp-3") == std::string::npos);

    const auto bad = mvzsim_cmd({"run", file, "--set", "doctors[gp-9].fte=1"});
    CHECK(bad.code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err.find("--set 'doctors[gp-9].fte=1':1:8: doctors[gp-9]: no entry with id, role or name 'gp-9'") !=
          std::string::npos);
}

TEST_CASE("the provenance names every file of the chain with its SHA-256, and every --set", "[cli][set]") {
    const std::string variant = kExamples + "variants/rural-gp-2.yaml";
    const std::string base_hash = mvzsim::cli::sha256_hex(read(kExamples + "rural-gp-3.yaml"));
    const std::string own_hash = mvzsim::cli::sha256_hex(read(variant));
    const std::vector<std::string> set = {"--set", "premises.area_m2=200"};
    auto run = [&](const std::string& format) {
        std::vector<std::string> args = {"run", variant, "-n", "100", "-f", format};
        args.insert(args.end(), set.begin(), set.end());
        const auto r = mvzsim_cmd(args);
        REQUIRE(r.code == 0);
        return r.out;
    };
    const std::string table = run("table");
    CHECK(table.find("  sha256         " + own_hash + "\n  extends        " + kExamples +
                     "rural-gp-3.yaml\n"
                     "  sha256         " +
                     base_hash + "\n  --set          premises.area_m2=200\n") != std::string::npos);
    const std::string csv = run("csv");
    CHECK(csv.find("sha256 " + own_hash + "; extends " + kExamples + "rural-gp-3.yaml sha256 " + base_hash +
                   "; --set premises.area_m2=200;") != std::string::npos);
    const std::string json = run("json");
    CHECK(json.find("\"sha256\": \"" + own_hash + "\", \"extends\": [{\"file\": \"" + kExamples +
                    "rural-gp-3.yaml\", \"sha256\": \"" + base_hash + "\"}], \"set\": [\"premises.area_m2=200\"]") !=
          std::string::npos);
}
