// Scenario inheritance: `extends` chains and their merge, `remove`, --set, and the located errors
// of each, read from files in a scratch folder.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "scenarios/diagnostics.h"
#include "scenarios/scenario_loader.h"

using namespace mvzsim;
namespace fs = std::filesystem;

namespace {

// A complete small scenario, the base of the tests.
const char* const kBase = R"(centre: {name: Base, opening: 2027-01, horizon_years: 3}
doctors:
  - {id: gp-1, fte: 1.0, salary_per_year: 85000, on_cost_rate: 0.21}
  - id: gp-2
    fte: 0.5
    salary_per_year: {triangular: [70000, 85000, 100000]}
    on_cost_rate: 0.21
    recruitment: {time_to_fill_months: 6, departures_per_year: 0.1, refill_months: 9}
billing:
  cases_per_fte_per_quarter: {pert: [580, 760, 950]}
  gkv: {eur_per_case: 80, growth_per_year: 0.02}
  private: {share_of_cases: 0.08, eur_per_case: 150}
  surcharges:
    - {name: ti-pauschale, eur_per_month: 237.78}
staff:
  - {role: mfa, fte_per_doctor_fte: 2.2, salary_per_year: 38500, on_cost_rate: 0.21}
premises: {area_m2: 200, rent_eur_per_m2_per_month: 10}
running_costs: {fixed_eur_per_month: 4000}
financing:
  capital_injections:
    - {month: 2027-06, amount_eur: 10000}
    - {month: 2028-06, amount_eur: 20000}
)";

class Folder {
public:
    explicit Folder(const std::string& name) : dir_(fs::temp_directory_path() / ("mvzsim-extends-" + name)) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    ~Folder() { fs::remove_all(dir_); }
    std::string write(const std::string& name, const std::string& text) const {
        const fs::path file = dir_ / name;
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file.string();
    }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

private:
    fs::path dir_;
};

double value_of(const models::Input& input) {
    REQUIRE(std::holds_alternative<sim::Fixed>(input.distribution));
    return std::get<sim::Fixed>(input.distribution).value;
}

// The loader's messages, with the scratch folder's path cut off ("FOLDER/" becomes "").
std::vector<std::string> errors_of(const Folder& folder, const std::string& file,
                                   const std::vector<std::string>& sets = {}) {
    try {
        scenarios::load_scenario(file, {sets});
    } catch (const scenarios::InputError& e) {
        std::vector<std::string> lines;
        const std::string prefix = folder.path("");
        for (const auto& d : e.diagnostics()) {
            std::string line = scenarios::format(d);
            for (auto at = line.find(prefix); at != std::string::npos; at = line.find(prefix))
                line.erase(at, prefix.size());
            lines.push_back(line);
        }
        return lines;
    }
    FAIL("the scenario was accepted");
    return {};
}

}  // namespace

TEST_CASE("extends: mappings merge key by key, other values replace", "[scenarios][extends]") {
    Folder folder("maps");
    folder.write("base.yaml", kBase);
    const auto s = scenarios::load_scenario(folder.write("variant.yaml", R"(extends: base.yaml
centre: {name: Variant}
billing:
  gkv: {growth_per_year: 0.03}
  cases_per_fte_per_quarter: {triangular: [600, 800, 900]}
premises: {area_m2: 260}
financing:
  capital_injections:
    - {month: 2027-03, amount_eur: 5000}
)"));
    const models::CentreSpec& spec = s.spec;
    CHECK(spec.name == "Variant");
    CHECK(spec.opening == models::YearMonth{2027, 1});  // the base's
    CHECK(spec.horizon_years == 3);
    CHECK(value_of(spec.billing.gkv.eur_per_case) == 80);  // kept
    CHECK(value_of(spec.billing.gkv.growth_per_year) == 0.03);
    // An uncertain value is replaced whole: no 'pert and triangular' mixture.
    CHECK(std::holds_alternative<sim::Triangular>(spec.billing.cases_per_fte_per_quarter.distribution));
    CHECK(spec.premises.area_m2 == 260);
    CHECK(value_of(spec.premises.rent_eur_per_m2_per_month) == 10);
    // A list without named entries is replaced.
    REQUIRE(spec.finance.capital_injections.size() == 1);
    CHECK(spec.finance.capital_injections[0].second == 5000);
    REQUIRE(s.bases.size() == 1);
    CHECK(s.bases[0].path == folder.path("base.yaml"));
    CHECK(s.bases[0].bytes == kBase);
}

TEST_CASE("extends: named entries merge by id, role or name; new ones follow", "[scenarios][extends]") {
    Folder folder("named");
    folder.write("base.yaml", kBase);
    const auto spec = scenarios::load_scenario(folder.write("variant.yaml", R"(extends: base.yaml
doctors:
  - {id: gp-3, fte: 0.75, salary_per_year: 80000, on_cost_rate: 0.21}
  - id: gp-2
    fte: 1.0
    recruitment: {departures_per_year: 0.2}
staff:
  - {role: mfa, fte_per_doctor_fte: 2.5}
billing:
  surcharges:
    - {name: ti-pauschale, eur_per_month: 282.78}
    - {name: naepa, eur_per_case: 4.33}
)"))
                          .spec;
    REQUIRE(spec.doctors.size() == 3);
    CHECK(spec.doctors[0].id == "gp-1");  // the base's order, then new entries
    CHECK(spec.doctors[1].id == "gp-2");
    CHECK(spec.doctors[2].id == "gp-3");
    CHECK(spec.doctors[1].fte == 1.0);
    CHECK(std::holds_alternative<sim::Triangular>(spec.doctors[1].pay.salary_per_year.distribution));  // kept
    CHECK(value_of(spec.doctors[1].recruitment.departures_per_year) == 0.2);
    CHECK(value_of(spec.doctors[1].recruitment.time_to_fill_months) == 6);  // merged inside the entry
    CHECK(spec.doctors[2].fte == 0.75);
    REQUIRE(spec.staff.size() == 1);
    CHECK(spec.staff[0].fte == 2.5);
    CHECK(value_of(spec.staff[0].pay.salary_per_year) == 38500);
    REQUIRE(spec.billing.surcharges.size() == 2);
    CHECK(value_of(spec.billing.surcharges[0].eur_per_month) == 282.78);
    CHECK(spec.billing.surcharges[1].name == "naepa");
}

TEST_CASE("extends: remove: true removes an entry or a key", "[scenarios][extends]") {
    Folder folder("remove");
    folder.write("base.yaml", kBase);
    const auto spec = scenarios::load_scenario(folder.write("variant.yaml", R"(extends: base.yaml
doctors:
  - {id: gp-2, remove: true}
billing:
  private: {remove: true}
  surcharges:
    - {name: ti-pauschale, remove: true}
)"))
                          .spec;
    REQUIRE(spec.doctors.size() == 1);
    CHECK(spec.doctors[0].id == "gp-1");
    CHECK(value_of(spec.billing.pkv_share_of_cases) == 0.0);  // the default without `private`
    CHECK(spec.billing.surcharges.empty());

    folder.write("bad.yaml", R"(extends: base.yaml
doctors:
  - {id: gp-9, remove: true}
  - {id: gp-1, fte: 0.5, remove: true}
  - {id: gp-2, remove: yes}
addons: {remove: true}
)");
    CHECK(errors_of(folder, folder.path("bad.yaml")) ==
          std::vector<std::string>{
              "bad.yaml:3:24: doctors[0].remove: nothing to remove: the base scenario has no entry with id 'gp-9' "
              "(did you mean 'gp-1'?)",
              "bad.yaml:4:34: doctors[gp-1].remove: an entry that removes holds only its id and remove: true",
              "bad.yaml:5:24: doctors[gp-2].remove: expected true: 'remove: true' removes the base's value (got yes)",
              "bad.yaml:6:1: addons: nothing to remove: the base scenario has no 'addons' here"});
    // Without a base there is nothing to remove: the key is unknown to the readers.
    const auto alone =
        errors_of(folder, folder.write("alone.yaml", std::string(kBase) + "cost_inflation_per_year: {remove: true}\n"));
    REQUIRE(alone.size() == 1);
    CHECK_THAT(alone[0], Catch::Contains("cost_inflation_per_year: expected a number or one distribution"));
    std::string entry = kBase;
    entry.replace(entry.find("{id: gp-1,"), 10, "{id: gp-1, remove: true,");
    CHECK(errors_of(folder, folder.write("entry.yaml", entry)) ==
          std::vector<std::string>{"entry.yaml:3:16: doctors[0].remove: unknown key 'remove': 'remove: true' removes "
                                   "what the base scenario (named by extends) has at this place, and there is none "
                                   "here"});
}

TEST_CASE("extends: chains merge from the first base on; errors name the file that holds the value",
          "[scenarios][extends]") {
    Folder folder("chain");
    folder.write("base.yaml", kBase);
    folder.write("mid/mid.yaml", "extends: ../base.yaml\npremises: {area_m2: 300}\ndoctors: [{id: gp-1, fte: 0.8}]\n");
    const auto s =
        scenarios::load_scenario(folder.write("top.yaml", "extends: mid/mid.yaml\ndoctors: [{id: gp-1, fte: 0.9}]\n"));
    CHECK(s.spec.premises.area_m2 == 300);
    CHECK(s.spec.doctors[0].fte == 0.9);
    REQUIRE(s.bases.size() == 2);
    CHECK(s.bases[0].path == folder.path("mid/mid.yaml"));
    CHECK(s.bases[1].path == folder.path("base.yaml"));  // relative to mid.yaml's folder

    // A bad value in the base is reported in the base, at its line; one in the top file in the top file.
    folder.write("mid/mid.yaml", "extends: ../base.yaml\npremises:\n  area_m2: -300\n");
    folder.write("top.yaml", "extends: mid/mid.yaml\ndoctors: [{id: gp-1, fte: 2}]\ncentre: {horizon_yaers: 3}\n");
    CHECK(errors_of(folder, folder.path("top.yaml")) ==
          std::vector<std::string>{
              "top.yaml:2:27: doctors[0].fte: must be in (0, 1] (full-time equivalents: 1 = full time, 0.5 = half) "
              "(got 2)",
              "top.yaml:3:10: centre.horizon_yaers: unknown key 'horizon_yaers' (did you mean 'horizon_years'?)",
              "mid/mid.yaml:3:12: premises.area_m2: must be >= 0 (m2) (got -300)"});
    // YAML syntax errors of a base are located in the base.
    folder.write("mid/mid.yaml", "extends: ../base.yaml\npremises: {area_m2: 300\n");
    const auto syntax = errors_of(folder, folder.path("top.yaml"));
    REQUIRE(syntax.size() == 1);
    CHECK_THAT(syntax[0], Catch::StartsWith("mid/mid.yaml:3:1: not valid YAML"));
}

TEST_CASE("extends: a cycle, a missing base and a bad value are errors at the extends key", "[scenarios][extends]") {
    Folder folder("cycle");
    folder.write("a.yaml", "extends: b.yaml\n");
    folder.write("b.yaml", "extends: c.yaml\n");
    folder.write("c.yaml", "# closes the circle\nextends: ./a.yaml\n");
    CHECK(errors_of(folder, folder.path("a.yaml")) ==
          std::vector<std::string>{"c.yaml:2:10: extends: the extends chain is a cycle: a.yaml -> b.yaml -> c.yaml -> "
                                   "a.yaml"});
    folder.write("self.yaml", "extends: self.yaml\n");
    CHECK(errors_of(folder, folder.path("self.yaml")) ==
          std::vector<std::string>{"self.yaml:1:10: extends: the extends chain is a cycle: self.yaml -> self.yaml"});
    folder.write("missing.yaml", "extends: nowhere.yaml\n");
    CHECK(errors_of(folder, folder.path("missing.yaml")) ==
          std::vector<std::string>{"missing.yaml:1:10: extends: cannot use the base scenario nowhere.yaml: cannot "
                                   "read the file: No such file or directory"});
    folder.write("list.yaml", "extends: [a.yaml, b.yaml]\n");
    CHECK(errors_of(folder, folder.path("list.yaml")) ==
          std::vector<std::string>{"list.yaml:1:10: extends: expected the path of the scenario file this one "
                                   "extends, e.g. ../rural-gp-3.yaml (got a list with 2 entries)"});
}

TEST_CASE("--set replaces a value by its key path, in scenario syntax", "[scenarios][set]") {
    Folder folder("set");
    const std::string base = folder.write("base.yaml", kBase);
    const auto s = scenarios::load_scenario(
        base, {{"billing.cases_per_fte_per_quarter={pert: [600, 800, 950]}", "doctors[gp-2].fte=1",
                "staff[mfa].fte_per_doctor_fte=2.5", "doctors[1].salary_per_year.triangular[1]=90000",
                "premises.area_m2=260", "billing.other.eur_per_case=2.5",
                "billing.gkv.payout_quota={limit_cases_per_fte_per_quarter: 1200, quota: 0.5}",
                "billing.surcharges[ti-pauschale]={remove: true}", "doctors[gp-1].salary_per_year=90000"}});
    const models::CentreSpec& spec = s.spec;
    const auto& cases = spec.billing.cases_per_fte_per_quarter.distribution;
    REQUIRE(std::holds_alternative<sim::Pert>(cases));
    CHECK(std::get<sim::Pert>(cases).mode == 800);
    CHECK(spec.doctors[1].fte == 1.0);
    CHECK(spec.staff[0].fte == 2.5);
    CHECK(value_of(spec.doctors[0].pay.salary_per_year) == 90000);
    const auto& salary = spec.doctors[1].pay.salary_per_year.distribution;  // a parameter of a distribution
    REQUIRE(std::holds_alternative<sim::Triangular>(salary));
    CHECK(std::get<sim::Triangular>(salary).mode == 90000);
    CHECK(spec.premises.area_m2 == 260);
    CHECK(value_of(spec.billing.other_eur_per_case) == 2.5);  // a new optional section
    CHECK(spec.billing.gkv.payout_quota.present);
    CHECK(spec.billing.surcharges.empty());
    CHECK(s.sets.size() == 9);
    CHECK(s.text == kBase);
}

TEST_CASE("--set errors name the argument and the column in it", "[scenarios][set]") {
    Folder folder("set-errors");
    const std::string base = folder.write("base.yaml", kBase);
    CHECK(errors_of(folder, base, {"billing.cases_per_fte_per_quarter={pert: [600, 800]}"}) ==
          std::vector<std::string>{"--set 'billing.cases_per_fte_per_quarter={pert: [600, 800]}':1:42: "
                                   "billing.cases_per_fte_per_quarter.pert: expected a list [low, most likely, high] "
                                   "(got a list with 2 entries)"});
    CHECK(
        errors_of(folder, base, {"billing.cases_per_fte_per_quartr=700"}) ==
        std::vector<std::string>{"--set 'billing.cases_per_fte_per_quartr=700':1:9: billing.cases_per_fte_per_quartr: "
                                 "unknown key 'cases_per_fte_per_quartr' (did you mean "
                                 "'cases_per_fte_per_quarter'?)"});
    CHECK(errors_of(folder, base, {"doctors[gp-3].fte=1"}) ==
          std::vector<std::string>{"--set 'doctors[gp-3].fte=1':1:8: doctors[gp-3]: no entry with id, role or name "
                                   "'gp-3' (did you mean 'gp-1'?)"});
    CHECK(errors_of(folder, base, {"premises.area_m2=-1"}) ==
          std::vector<std::string>{"--set 'premises.area_m2=-1':1:18: premises.area_m2: must be >= 0 (m2) (got -1)"});
    CHECK(errors_of(folder, base, {"premises.area_m2="}) ==
          std::vector<std::string>{"--set 'premises.area_m2=':1:18: premises.area_m2: expected a value after '=' (to "
                                   "remove a key or entry, write {remove: true})"});
    CHECK(errors_of(folder, base, {"premises area=1"}) ==
          std::vector<std::string>{"--set 'premises area=1': expected KEY.PATH=VALUE, e.g. "
                                   "billing.cases_per_fte_per_quarter=800 or doctors[gp-2].fte=0.5, with keys of "
                                   "letters, digits and '_', and list entries by index or name in brackets"});
    CHECK(errors_of(folder, base, {"extends=other.yaml"}) ==
          std::vector<std::string>{"--set 'extends=other.yaml':1:1: extends: --set cannot change the base scenario: "
                                   "name it in the file"});
    const auto syntax = errors_of(folder, base, {"premises.area_m2=[1, 2"});
    REQUIRE(syntax.size() == 1);
    CHECK_THAT(syntax[0], Catch::StartsWith("--set 'premises.area_m2=[1, 2':1:"));
    CHECK_THAT(syntax[0], Catch::Contains("not valid YAML"));
}

TEST_CASE("show prints the resolved scenario, which loads to the same spec", "[scenarios][show]") {
    Folder folder("show");
    folder.write("base.yaml", kBase);
    const std::string variant = folder.write("variant.yaml", R"(extends: base.yaml
centre: {name: "Variant: \"quoted\""}
doctors:
  - {id: gp-2, remove: true}
  - {id: gp-3, fte: 0.75, salary_per_year: &s 80000, on_cost_rate: 0.21, specialty: "null"}
staff:
  - {role: manager, fte: 1, salary_per_year: *s, on_cost_rate: 0.21}
)");
    const auto s = scenarios::load_scenario(variant, {{"doctors[gp-1].fte=0.9"}});
    const std::string shown = scenarios::show_scenario(s);
    CHECK_THAT(shown, Catch::Contains("extends " + folder.path("base.yaml")));
    CHECK_THAT(shown, Catch::Contains("--set doctors[gp-1].fte=0.9"));
    CHECK(shown.find("gp-2") == std::string::npos);
    const auto again = scenarios::parse_scenario(folder.path("shown.yaml"), shown);
    CHECK(again.bases.empty());
    const std::string again_shown = scenarios::show_scenario(again);
    CHECK(again_shown.substr(again_shown.find("\ncentre:")) == shown.substr(shown.find("\ncentre:")));
    CHECK(again.spec.name == "Variant: \"quoted\"");
    REQUIRE(again.spec.doctors.size() == 2);
    CHECK(again.spec.doctors[0].fte == 0.9);
    CHECK(again.spec.doctors[1].specialty == "null");  // quoted text stays text
    CHECK(value_of(again.spec.staff[1].pay.salary_per_year) == 80000);
}
