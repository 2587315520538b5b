// `mvzsim init`: each template is written, loads without an error or a warning, and runs.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/templates.h"

namespace fs = std::filesystem;

namespace {

int mvzsim_cmd(const std::vector<std::string>& args, std::string& out, std::string& err) {
    std::ostringstream o, e;
    const int code = mvzsim::cli::run(args, o, e);
    out = o.str();
    err = e.str();
    return code;
}

}  // namespace

TEST_CASE("init writes each template, which loads without warnings and runs as written", "[cli][init]") {
    const fs::path dir = fs::temp_directory_path() / "mvzsim-test-init";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string out, err;
    REQUIRE(mvzsim::scenarios::scenario_templates().size() == 3);
    for (const auto& t : mvzsim::scenarios::scenario_templates()) {
        const std::string name(t.name);
        INFO(name);
        const std::string file = (dir / (name + ".yaml")).string();
        REQUIRE(mvzsim_cmd({"init", "--template", name, file}, out, err) == 0);
        CHECK_THAT(err, Catch::Contains("wrote " + file));
        const auto scenario = mvzsim::scenarios::load_scenario(file);
        CHECK(scenario.warnings.empty());
        CHECK(scenario.text.rfind("# Written by `mvzsim", 0) == 0);
        CHECK(mvzsim_cmd({"run", file, "-n", "200", "--strict"}, out, err) == 0);
        CHECK_THAT(out, Catch::Contains("Annual result (EUR thousand)"));
    }
    // The default is small-gp; an existing file is kept unless --force.
    const std::string file = (dir / "default.yaml").string();
    REQUIRE(mvzsim_cmd({"init", file}, out, err) == 0);
    CHECK(mvzsim::scenarios::load_scenario(file).spec.name == "Small GP centre (starter)");
    std::ofstream(file) << "mine";
    CHECK(mvzsim_cmd({"init", file}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("exists; give another name, or --force to overwrite it"));
    CHECK(mvzsim_cmd({"init", file, "--force"}, out, err) == 0);
    CHECK(mvzsim_cmd({"init", "--template", "big", file}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("--template must be one of:"));
    CHECK(mvzsim_cmd({"init"}, out, err) == 2);
    fs::remove_all(dir);
}
