#pragma once
// Helpers of the CLI tests: run the command line in process, scratch folders, files.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace mvzsim::test {

struct CommandResult {
    int code;
    std::string out, err;
};

inline CommandResult mvzsim_cmd(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

inline const std::string kExamples = MVZSIM_SOURCE_DIR "/examples/";

inline std::filesystem::path scratch_dir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("mvzsim-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::vector<std::filesystem::path> example_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(kExamples))
        if (e.path().extension() == ".yaml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// The machine CSV (`run -f csv`) by (year, output name): mean, P5, P50, P95. Whole-trial outputs
// have the year "all".
inline std::map<std::pair<std::string, std::string>, std::array<double, 4>> machine_csv(const std::string& csv) {
    std::map<std::pair<std::string, std::string>, std::array<double, 4>> out;
    std::istringstream lines(csv);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] == '#' || line.rfind("year,", 0) == 0) continue;
        std::vector<std::string> f;
        std::istringstream cells(line);
        for (std::string c; std::getline(cells, c, ',');) f.push_back(c);
        out[{f[0], f[2]}] = {std::stod(f[4]), std::stod(f[7]), std::stod(f[8]), std::stod(f[9])};
    }
    return out;
}

// Whether CI runs the tests (CI=true): there, tools the tests need must be installed.
inline bool in_ci() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && std::string(ci) == "true";
}

}  // namespace mvzsim::test
