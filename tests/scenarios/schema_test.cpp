// The committed JSON Schema is the one the key tables generate, and names every key. (A real
// validator checks it against the examples and the invalid fixtures: tests/scenarios/schema_check.py,
// the ctest entry "schema".)
#include "scenarios/schema.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "scenarios/keys_scenario.h"

using namespace mvzsim;

TEST_CASE("docs/scenario.schema.json is the schema the key tables generate", "[scenarios][schema]") {
    std::ifstream in(MVZSIM_SOURCE_DIR "/docs/scenario.schema.json", std::ios::binary);
    REQUIRE(in);
    const std::string committed((std::istreambuf_iterator<char>(in)), {});
    // After a change of a key: bash scripts/update-schema.sh
    CHECK(committed == scenarios::scenario_schema());
}

TEST_CASE("the schema describes every key of the tables", "[scenarios][schema]") {
    const std::string schema = scenarios::scenario_schema();
    std::size_t keys = 0;
    scenarios::walk_keys(scenarios::keys::kScenario, "", [&](const std::string& path, const scenarios::Key& key) {
        INFO(path);
        CHECK(schema.find(std::string("\"").append(key.name).append("\": {")) != std::string::npos);
        ++keys;
    });
    CHECK(keys > 120);
    // A file that extends another is partial: nothing required, {remove: true} allowed.
    CHECK(schema.find("\"then\": {\n    \"$ref\": \"#/definitions/scenario_partial\"") != std::string::npos);
    CHECK(schema.find("\"removal\": {") != std::string::npos);
}
