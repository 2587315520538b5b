// Region files: the example read into its sites, shared inputs and posts, and the located errors
// of bad region files (file, line, column, key path, what was expected, a suggestion).
#include "scenarios/region_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "models/draws/streams.h"
#include "scenarios/diagnostics.h"

using namespace mvzsim;
namespace fs = std::filesystem;

namespace {

const std::string kRegion = MVZSIM_SOURCE_DIR "/examples/regions/saxony-county.yaml";

class Folder {
public:
    explicit Folder(const std::string& name) : dir_(fs::temp_directory_path() / ("mvzsim-region-" + name)) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    ~Folder() { fs::remove_all(dir_); }
    std::string write(const std::string& name, const std::string& text) const {
        const fs::path file = dir_ / name;
        std::ofstream(file, std::ios::binary) << text;
        return file.string();
    }

private:
    fs::path dir_;
};

// A region over the main example's site, with `extra` appended.
std::string region_text(const std::string& extra) {
    return "kind: region\nregion: {name: Test}\nsites:\n  - {name: main, scenario: " MVZSIM_SOURCE_DIR
           "/examples/rural-gp-3.yaml}\n" +
           extra;
}

std::vector<scenarios::Diagnostic> errors_of(const std::string& file) {
    try {
        scenarios::load_region(file);
    } catch (const scenarios::InputError& e) {
        return e.diagnostics();
    }
    return {};
}

}  // namespace

TEST_CASE("the Saxony region example reads into three sites, shared inputs and a post", "[scenarios][region]") {
    REQUIRE(scenarios::is_region_file(kRegion));
    CHECK_FALSE(scenarios::is_region_file(MVZSIM_SOURCE_DIR "/examples/saxony-county-mvz.yaml"));
    const auto r = scenarios::load_region(kRegion);
    REQUIRE(r.spec.sites.size() == 3);
    CHECK(r.spec.sites[0].name == "main");
    CHECK(r.spec.sites[0].spec.site.salt == 0);  // the first site draws from the region's seed itself
    CHECK(r.spec.sites[1].spec.site.salt != 0);
    CHECK(r.spec.sites[1].spec.site.salt != r.spec.sites[2].spec.site.salt);
    REQUIRE(r.spec.posts.size() == 1);
    CHECK(r.spec.posts[0].funding_eur_per_year == 90000.0);
    CHECK(r.spec.posts[0].cost_eur_per_year.stream == "region.posts[regional-coordinator].cost_eur_per_year");
    CHECK(r.spec.budget_ceiling_eur_per_year == 450000.0);
    REQUIRE(r.spec.shared.size() == 4);
    CHECK(r.spec.shared[2].name == "doctors[*].raise_per_year");
    // Every doctor's raise of every site draws from the one region stream "doctors[*].raise_per_year".
    const auto* raise = r.spec.sites[0].spec.site.find(models::streams::key("doctors[gp-2].raise_per_year"));
    REQUIRE(raise != nullptr);
    CHECK(raise->region_key == models::streams::key("doctors[*].raise_per_year"));
    CHECK(r.spec.sites[2].spec.site.find(models::streams::key("cost_inflation_per_year")) != nullptr);
}

TEST_CASE("a site may be written inline, its errors located in the region file", "[scenarios][region]") {
    Folder dir("inline");
    const std::string text =
        "kind: region\nregion: {name: Inline}\nsites:\n"
        "  - name: village\n"
        "    scenario:\n"
        "      extends: " MVZSIM_SOURCE_DIR
        "/examples/rural-gp-3.yaml\n"
        "      # one doctor fewer\n"
        "      centre: {name: Dorf}\n"
        "      doctors:\n"
        "        - {id: gp-3, remove: true}\n"
        "  - {name: town, scenario: " MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml}\n";
    const std::string file = dir.write("r.yaml", text);
    const auto r = scenarios::load_region(file);
    REQUIRE(r.spec.sites.size() == 2);
    CHECK(r.spec.sites[0].spec.name == "Dorf");
    CHECK(r.spec.sites[0].spec.doctors.size() == 2);
    CHECK(r.spec.sites[1].spec.doctors.size() == 3);
    CHECK(r.sites[0].file == file + " (sites[0].scenario)");
    // A wrong value of the inline site: at its line and column in the region file.
    std::string bad = text;
    bad.replace(bad.find("{name: Dorf}"), 12, "{name: Dorf, horizon_years: 0}");
    const std::string bad_file = dir.write("bad.yaml", bad);
    const auto e = errors_of(bad_file);
    REQUIRE(e.size() == 1);
    CHECK(e[0].file == bad_file);
    CHECK(e[0].line == 8);
    CHECK(e[0].column == 43);  // 6 blanks, "centre: " to 15, "{name: Dorf, " to 28, "horizon_years: " to 43
    CHECK(e[0].path == "centre.horizon_years");
    // A flow mapping cannot be read line by line.
    std::string flow = text;
    flow.replace(flow.find("  - {name: town"), std::string::npos, "  - {name: town, scenario: {centre: {name: X}}}\n");
    const auto f = errors_of(dir.write("flow.yaml", flow));
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "sites[1].scenario");
    CHECK(f[0].message.find("must be a block mapping") != std::string::npos);
}

TEST_CASE("bad region files give located errors with suggestions", "[scenarios][region]") {
    Folder dir("errors");
    SECTION("a misspelt top-level key") {
        const std::string file = dir.write("r.yaml", region_text("shraed: [cost_inflation_per_year]\n"));
        const auto e = errors_of(file);
        REQUIRE(e.size() == 1);
        CHECK(e[0].file == file);
        CHECK(e[0].line == 5);
        CHECK(e[0].column == 1);
        CHECK(e[0].message.find("did you mean 'shared'") != std::string::npos);
    }
    SECTION("a shared key path that matches no input") {
        const std::string file = dir.write("r.yaml", region_text("shared:\n  - cost_inflation_per_yaer\n"));
        const auto e = errors_of(file);
        REQUIRE(e.size() == 1);
        CHECK(scenarios::format(e[0]) ==
              file +
                  ":6:5: shared[0]: matches no input of any site (got cost_inflation_per_yaer); expected the key "
                  "path of an input such as cost_inflation_per_year or doctors[*].raise_per_year ([*]: every doctor) "
                  "(did you mean 'cost_inflation_per_year'?)");
    }
    SECTION("a site file that does not exist") {
        const std::string file =
            dir.write("r.yaml", "kind: region\nregion: {name: Test}\nsites:\n  - {name: a, scenario: missing.yaml}\n");
        const auto e = errors_of(file);
        REQUIRE(e.size() == 1);
        CHECK(e[0].path == "sites[0].scenario");
        CHECK(e[0].line == 4);
        CHECK(e[0].message.find("cannot read the site's scenario file") != std::string::npos);
    }
    SECTION("a wrong kind, a duplicate site and a post without its cost") {
        const std::string file =
            dir.write("r.yaml",
                      "kind: scenario\nregion: {name: Test}\nsites:\n  - {name: a, scenario: x.yaml}\n"
                      "  - {name: a, scenario: y.yaml}\nposts:\n  - {name: coordinator, start: 2027-01}\n");
        const auto e = errors_of(file);
        REQUIRE(e.size() == 3);
        CHECK(e[0].path == "kind");
        CHECK(e[0].message.find("expected region") != std::string::npos);
        CHECK(e[1].path == "sites[1].name");
        CHECK(e[2].path == "posts[0]");
        CHECK(e[2].message.find("missing required key 'cost_eur_per_year'") != std::string::npos);
    }
    SECTION("an error in a site's own file is located in that file") {
        const std::string site = dir.write(
            "site.yaml", "extends: " MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml\ncentre: {horizon_years: 0}\n");
        const std::string file =
            dir.write("r.yaml", "kind: region\nregion: {name: Test}\nsites:\n  - {name: a, scenario: site.yaml}\n");
        const auto e = errors_of(file);
        REQUIRE(e.size() == 1);
        CHECK(e[0].file == site);
        CHECK(e[0].path == "centre.horizon_years");
        CHECK(e[0].line == 2);
    }
    SECTION("an input drawn at each event cannot be shared") {
        const std::string file = dir.write("r.yaml", region_text("shared: ['doctors[*].recruitment.refill_months']\n"));
        const auto e = errors_of(file);
        REQUIRE(e.size() >= 1);
        CHECK(e[0].message.find("is drawn anew at each event") != std::string::npos);
    }
}
