// run --target-se and --memory-limit from the command line.
#include <catch2/catch.hpp>
#include <sstream>

#include "cli/cli.h"

using namespace mvzsim;

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

const std::string kSingle = std::string(MVZSIM_SOURCE_DIR) + "/examples/single-gp.yaml";

}  // namespace

TEST_CASE("run --target-se gives exactly the run of the trials it names", "[cli][precision]") {
    const auto r = mvzsim_cmd({"run", kSingle, "--target-se", "2%", "-f", "csv", "-t", "2"});
    REQUIRE(r.code == 0);
    CHECK_THAT(r.err, Catch::Contains("reached"));
    const auto at = r.out.find("trials ");
    REQUIRE(at != std::string::npos);
    const std::string trials = r.out.substr(at + 7, r.out.find(';', at) - at - 7);
    CHECK(std::stoi(trials) % 1024 == 0);
    const auto same = mvzsim_cmd({"run", kSingle, "-n", trials, "-f", "csv", "-t", "1"});
    CHECK(same.out == r.out);
}

TEST_CASE("run --target-se and --memory-limit reject what they cannot read", "[cli][precision]") {
    CHECK(mvzsim_cmd({"run", kSingle, "--target-se", "x"}).code == 2);
    CHECK(mvzsim_cmd({"run", kSingle, "--target-se", "-5"}).code == 2);
    CHECK(mvzsim_cmd({"run", kSingle, "--target-se", "1000", "--se-of", "nonsense[2030]"}).code == 2);
    CHECK(mvzsim_cmd({"run", kSingle, "--target-se", "1000", "--se-of", "annual_result[1990]"}).code == 2);
    CHECK(mvzsim_cmd({"run", kSingle, "--memory-limit", "12Q"}).code == 2);
    const auto refused = mvzsim_cmd({"run", kSingle, "-n", "50000000", "--memory-limit", "8M"});
    CHECK(refused.code == 2);
    CHECK_THAT(refused.err, Catch::Contains("would need") && Catch::Contains("--memory-limit"));
}

TEST_CASE("run --memory-limit below the full results gives the same report", "[cli][precision]") {
    // 100,000 trials x 206 outputs (5 years x 39 + 11) x 8 bytes = 165 MB in full; the pilot
    // (65,536 trials) needs 108 MB.
    const auto full = mvzsim_cmd({"run", kSingle, "-n", "100000", "-f", "csv"});
    const auto bounded = mvzsim_cmd({"run", kSingle, "-n", "100000", "-f", "csv", "--memory-limit", "125M"});
    REQUIRE(full.code == 0);
    CHECK(bounded.out == full.out);
}
