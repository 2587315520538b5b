// Plausibility warnings: a value outside its band is reported with the band and its source, the
// scenario stays valid, --strict makes it an error; the examples have none; every band is in the
// reference's table.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "scenarios/diagnostics.h"
#include "scenarios/keys_scenario.h"
#include "scenarios/map_reader.h"
#include "scenarios/scenario_loader.h"

using namespace mvzsim;
namespace fs = std::filesystem;

namespace {

std::string scenario(const std::string& salary, const std::string& cases, const std::string& rent) {
    return "centre: {name: P, opening: 2027-01, horizon_years: 3}\n"
           "doctors:\n  - {id: a, fte: 1, salary_per_year: " +
           salary +
           ", on_cost_rate: 0.21}\n"
           "billing: {cases_per_fte_per_quarter: " +
           cases +
           ", gkv: {eur_per_case: 70}}\n"
           "premises: {area_m2: 100, rent_eur_per_m2_per_month: " +
           rent +
           "}\n"
           "running_costs: {fixed_eur_per_month: 500}\n";
}

std::vector<std::string> warnings_of(const std::string& text) {
    std::vector<std::string> lines;
    for (const auto& w : scenarios::parse_scenario("p.yaml", text).warnings) lines.push_back(scenarios::format(w));
    return lines;
}

// 250000 as the reference writes it: 250,000.
std::string with_thousands(double x) {
    const std::string text = scenarios::number_text(x);
    const std::size_t sign = text[0] == '-' ? 1 : 0;
    const std::size_t end = std::min(text.find('.'), text.size());
    std::string out = text.substr(0, sign);
    for (std::size_t i = sign; i < end; ++i) {
        if (i > sign && (end - i) % 3 == 0) out += ',';
        out += text[i];
    }
    return out.append(text, end, std::string::npos);
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("values outside their plausible band are warnings that give the band and its source",
          "[scenarios][plausibility]") {
    CHECK(warnings_of(scenario("85000", "800", "10")).empty());
    const auto w = warnings_of(scenario("19999", "{triangular: [2900, 3100, 3300]}", "61"));
    REQUIRE(w.size() == 3);
    CHECK(w[0] ==
          "p.yaml:3:38: warning: doctors[0].salary_per_year: 19999 is below the plausible band 20000 to 250000 for an "
          "employed doctor's gross salary for a full-time post, EUR per year: employed GPs 60,000-88,000, mean "
          "75,900, employed specialists up to 158,900 (apoBank/DocCheck survey 2021); TV-Ärzte/VKA specialists "
          "6,980-8,964 a month (2024)");
    // An uncertain value by its mean: triangular(2900, 3100, 3300) has the mean 3100.
    CHECK_THAT(w[1], Catch::StartsWith("p.yaml:4:38: warning: billing.cases_per_fte_per_quarter: the mean 3100 of "
                                       "triangular(2900, 3100, 3300) is above the plausible band 300 to 3000 for "
                                       "treatment cases per doctor FTE per quarter: GP practices 300-3,000"));
    CHECK_THAT(w[2], Catch::Contains("premises.rent_eur_per_m2_per_month: 61 is above the plausible band 0 to 60"));
    // The band's ends are plausible.
    CHECK(warnings_of(scenario("20000", "3000", "60")).empty());
    // Warnings leave the scenario valid: its spec is read.
    CHECK(scenarios::parse_scenario("p.yaml", scenario("19999", "800", "10")).spec.doctors.size() == 1);
}

TEST_CASE("no example has a plausibility warning", "[scenarios][plausibility]") {
    std::size_t checked = 0;
    for (const char* folder : {"", "variants/"}) {
        for (const auto& entry : fs::directory_iterator(fs::path(MVZSIM_SOURCE_DIR "/examples") / folder)) {
            if (entry.path().extension() != ".yaml") continue;
            INFO(entry.path());
            CHECK(scenarios::load_scenario(entry.path().string()).warnings.empty());
            ++checked;
        }
    }
    CHECK(checked >= 8);
}

TEST_CASE("validate lists warnings and --strict makes them errors", "[scenarios][plausibility]") {
    const fs::path file = fs::temp_directory_path() / "mvzsim-plausibility.yaml";
    std::ofstream(file) << scenario("15000", "800", "10");
    std::ostringstream out, err;
    CHECK(cli::run({"validate", file.string()}, out, err) == 0);
    CHECK_THAT(out.str(), Catch::EndsWith("3 years), 1 warning\n"));
    CHECK_THAT(err.str(), Catch::Contains(": warning: doctors[0].salary_per_year: 15000 is below"));
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"validate", file.string(), "--strict"},
          std::vector<std::string>{"run", file.string(), "--strict", "-n", "10"}}) {
        std::ostringstream o, e;
        CHECK(cli::run(args, o, e) == 2);
        CHECK(o.str().empty());
        CHECK_THAT(e.str(), Catch::EndsWith(": 1 warning, which --strict makes errors; nothing was run.\n"));
    }
    // Without --strict, run runs and still shows the warning.
    std::ostringstream o, e;
    CHECK(cli::run({"run", file.string(), "-n", "10"}, o, e) == 0);
    CHECK_THAT(e.str(), Catch::Contains("warning: doctors[0].salary_per_year"));
    fs::remove(file);
}

TEST_CASE("every plausible band is in the reference's table", "[scenarios][plausibility]") {
    const std::string doc = read(MVZSIM_SOURCE_DIR "/docs/scenario-reference.md");
    const std::string table = doc.substr(doc.find("### Plausibility warnings"));
    std::size_t bands = 0;
    scenarios::walk_keys(scenarios::keys::kScenario, "", [&](const std::string& path, const scenarios::Key& key) {
        if (key.band == nullptr) return;
        INFO(path);
        const auto row = table.find(std::string(key.name) + "`");
        REQUIRE(row != std::string::npos);
        const std::string band = with_thousands(key.band->low) + " to " + with_thousands(key.band->high);
        CHECK(table.find(band) != std::string::npos);
        ++bands;
    });
    CHECK(bands >= 15);
}
