// Bad input of any kind gives a located message in bounded time and memory: the yaml-cpp 0.7
// LoadAll hang, files that are not regular files, the limits on size, nesting and lengths, NUL
// bytes, and control characters in messages.
#include <sys/stat.h>

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

// The loader's messages for `text`, read as the file "x.yaml".
std::vector<std::string> messages(const std::string& text) {
    try {
        scenarios::parse_scenario("x.yaml", text);
    } catch (const scenarios::InputError& e) {
        std::vector<std::string> lines;
        for (const auto& d : e.diagnostics()) lines.push_back(scenarios::format(d));
        return lines;
    }
    return {};
}

std::string first_message(const std::string& text) {
    const auto all = messages(text);
    REQUIRE_FALSE(all.empty());
    return all.front();
}

std::string read_example() {
    std::ifstream in(MVZSIM_SOURCE_DIR "/examples/rural-gp-3.yaml", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string repeated(const std::string& unit, std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += unit;
    return text;
}

}  // namespace

TEST_CASE("input on which yaml-cpp 0.7's LoadAll never returns gives one located error", "[scenarios][robust]") {
    // Each of these made LoadAll loop while allocating, until std::bad_alloc after gigabytes.
    const std::string comma =
        "x.yaml:1:1: not valid YAML: a ',' outside brackets: commas separate entries only inside [...] and {...}; "
        "remove it";
    CHECK(messages(",") == std::vector<std::string>{comma});
    CHECK(messages(",,") == std::vector<std::string>{comma});
    CHECK(messages(",a: 1") == std::vector<std::string>{comma});
    CHECK(messages("- 1\n,") ==
          std::vector<std::string>{"x.yaml:2:1: not valid YAML: a ',' outside brackets: commas separate entries "
                                   "only inside [...] and {...}; remove it"});
    // A stray comma before a key of an example.
    std::string example = read_example();
    example.replace(example.find("\nbilling:"), 1, "\n,");
    const auto stray = messages(example);
    REQUIRE(stray.size() == 1);
    CHECK_THAT(stray[0], Catch::StartsWith("x.yaml:") && Catch::Contains("not valid YAML"));
}

TEST_CASE("only regular files are read as scenarios", "[scenarios][robust]") {
    const fs::path dir = fs::temp_directory_path() / "mvzsim-test-robust";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string fifo = (dir / "fifo.yaml").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    for (const std::string& file : {fifo, std::string("/dev/zero"), std::string("/dev/null")}) {
        INFO(file);
        CHECK_THROWS_WITH(scenarios::load_scenario(file),
                          file +
                              ": is not a regular file (a device, pipe or socket): mvzsim reads a scenario from a "
                              "file");
    }
    CHECK_THROWS_WITH(scenarios::load_scenario(dir.string()), dir.string() + ": is a folder, not a scenario file");
    const std::string big = (dir / "big.yaml").string();
    std::ofstream(big) << "# " << std::string(1u << 20, 'x') << "\n";
    CHECK_THROWS_WITH(scenarios::load_scenario(big), Catch::Contains("the file is larger than 1 MiB"));
    // A base scenario is read by the same rules.
    const std::string variant = (dir / "variant.yaml").string();
    std::ofstream(variant) << "extends: fifo.yaml\n";
    CHECK_THROWS_WITH(scenarios::load_scenario(variant),
                      variant + ":1:10: extends: cannot use the base scenario " + fifo +
                          ": is not a regular file (a device, pipe or socket): mvzsim reads a scenario from a file");
    fs::remove_all(dir);
}

TEST_CASE("limits on size, nesting and lengths are located and name the limit", "[scenarios][robust]") {
    CHECK_THAT(first_message("# " + std::string(1u << 20, 'x')),
               Catch::StartsWith("x.yaml: the text is larger than 1 MiB (1048578 bytes"));
    // 40 flow lists inside each other: the 33rd opens at column 33.
    CHECK(first_message("a: " + std::string(40, '[') + std::string(40, ']')) ==
          "x.yaml:1:35: mappings and lists nested deeper than 32 levels (the limit): a scenario needs at most 7");
    // 600 levels of block mappings: yaml-cpp alone stops at 500 with "bad file".
    std::string block;
    for (int i = 0; i < 600; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    CHECK(first_message(block) ==
          "x.yaml:33:33: mappings and lists nested deeper than 32 levels (the limit): a scenario needs at most 7");
    CHECK_THAT(first_message("a: [" + repeated("1, ", 10'001) + "1]"),
               Catch::Contains("a list with more than 10,000 entries (the limit)"));
    std::string keys = "a: {";
    for (int i = 0; i < 1001; ++i) keys.append("k").append(std::to_string(i)).append(": 1, ");
    CHECK_THAT(first_message(keys + "z: 1}"), Catch::Contains("a mapping with more than 1,000 keys (the limit)"));
    const std::string thousand = std::string("[").append(repeated("1, ", 999)).append("1], ");
    CHECK_THAT(first_message(std::string("a: [").append(repeated(thousand, 110)).append("1]")),
               Catch::Contains("the text holds more than 100,000 values (the limit of a scenario)"));
}

TEST_CASE("a NUL byte is located", "[scenarios][robust]") {
    CHECK(messages(std::string("centre:\n  na\0me: x\n", 19)) ==
          std::vector<std::string>{"x.yaml:2:5: a NUL byte: a scenario is text (a binary file, or text saved as "
                                   "UTF-16 without a byte order mark? save it as UTF-8)"});
    CHECK_THAT(first_message(std::string("\0", 1)), Catch::StartsWith("x.yaml:1:1: a NUL byte"));
}

TEST_CASE("control characters from the file are escaped in every message", "[scenarios][robust]") {
    // An escape sequence in a key, in a value, and in yaml-cpp's own message; carriage returns.
    const auto key = messages("centre:\r\n  bad\x1b[2Jkey: 1\r\n");
    REQUIRE_FALSE(key.empty());
    CHECK_THAT(key.back(), Catch::Contains("unknown key 'bad\\x1b[2Jkey'"));
    const auto yaml = messages("a: \"\\\x1b[31m\"\n");
    REQUIRE(yaml.size() == 1);
    CHECK(yaml[0] == "x.yaml:1:7: not valid YAML: unknown escape character: \\x1b");
    const auto value = messages("centre: {name: 1, opening: \"2027-01\x1b]0;title\x07\", horizon_years: 3}\n");
    for (const auto& lines : {key, yaml, value})
        for (const auto& line : lines)
            for (const char c : line) CHECK(static_cast<unsigned char>(c) >= 0x20);
    CHECK(scenarios::escape_control("a\rb\tc\x7f\xc2\x9b"
                                    "d\xff") == "a\\rb\\tc\\x7f\\u009bd\\xff");
    CHECK(scenarios::escape_control("Gebühr 12 €") == "Gebühr 12 €");
}

TEST_CASE("UTF-16 and UTF-32 files with a byte order mark are read as their text", "[scenarios][robust]") {
    const std::string text = read_example();
    std::string utf16le = "\xff\xfe";
    for (const char c : text) {  // the example is ASCII but for a few letters
        if (static_cast<unsigned char>(c) >= 0x80) continue;
        utf16le += c;
        utf16le += '\0';
    }
    const auto s = scenarios::parse_scenario("x.yaml", utf16le);
    CHECK(s.spec.doctors.size() == 3);
    std::string utf32be("\x00\x00\xfe\xff", 4);
    for (const char c : std::string("centre: {name: x}\n")) utf32be += std::string(3, '\0') + c;
    const auto utf32 = messages(utf32be);
    REQUIRE(utf32.size() == 6);  // four sections, and centre's opening and horizon
    CHECK(utf32[4] == "x.yaml:1:9: centre: missing required key 'opening': a month as YYYY-MM, e.g. 2026-04");
}
