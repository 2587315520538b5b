// The one check at the summary: an output that is not finite is named with its first trial, in
// the stored and in the bounded summaries.
#include "sim/finite.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <vector>

#include "sim/bounded_summaries.h"
#include "sim/engine.h"

using namespace mvzsim::sim;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The exception check_finite throws for `values` (output 7, trials from 100), if any.
std::optional<NonFiniteOutput> thrown(const std::vector<double>& values) {
    try {
        check_finite(summarize(values, kBlockSize), values, 7, 100);
    } catch (const NonFiniteOutput& e) {
        return e;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("check_finite names the output and the first trial that is not finite", "[sim][finite]") {
    CHECK_FALSE(thrown({1.0, -2.0, 1e100}));
    CHECK(thrown({1.0, -2.0, 1e300}));  // finite values whose sd is not (1e300 squared)
    // inf at index 2 and nan at index 3: trial 100 + 2 is the first.
    const auto e = thrown({1.0, 2.0, kInf, std::nan(""), 5.0});
    REQUIRE(e);
    CHECK(e->output() == 7);
    CHECK(e->trial() == std::optional<std::uint64_t>(102));
    CHECK(e->value() == kInf);
    CHECK(std::string(e->what()) == "output 7 is inf in trial 102");
    CHECK(std::string(thrown({-kInf})->what()) == "output 7 is -inf in trial 100");
    CHECK(std::string(thrown({0.0, std::nan("")})->what()) == "output 7 is nan in trial 101");
    // Every value finite, but their mean is not: 1e308 - (-1e308) overflows (no trial to name).
    const auto sum = thrown({1e308, -1e308});
    REQUIRE(sum);
    CHECK_FALSE(sum->trial());
    CHECK(std::string(sum->what()).rfind("a statistic of output 7 is ", 0) == 0);
}

TEST_CASE("is_finite looks at every field of a summary", "[sim][finite]") {
    Summary s;
    CHECK(is_finite(s));
    for (double Summary::*field :
         {&Summary::mean, &Summary::standard_error, &Summary::sd, &Summary::p5, &Summary::p50, &Summary::p95,
          &Summary::min, &Summary::max, &Summary::share_negative, &Summary::share_negative_se}) {
        Summary t;
        t.*field = std::nan("");
        CHECK_FALSE(is_finite(t));
        CHECK(std::isnan(non_finite_field(t)));
    }
}

TEST_CASE("bounded summaries name the first trial that is not finite, whatever block finds it", "[sim][finite]") {
    // Trials 10 to 4105, the pilot 10 to 1033. Output 1 is inf in trials 1500 and 3000 (after the
    // pilot) and output 2 nan in trial 20 (in it): output 1 comes first in column order, and 1500
    // is its first trial.
    const TrialFunctionFactory factory = [] {
        return [](std::uint64_t trial, std::span<double> out) {
            out[0] = static_cast<double>(trial);
            out[1] = trial == 1500 || trial == 3000 ? kInf : 1.0;
            out[2] = trial == 20 ? std::nan("") : 2.0;
        };
    };
    for (const unsigned threads : {1u, 3u}) {
        INFO(threads);
        const RunOptions options{.seed = 1, .first_trial = 10, .trials = 4096, .threads = threads};
        try {
            summarize_bounded(options, 3, factory, 1024);
            FAIL("no NonFiniteOutput");
        } catch (const NonFiniteOutput& e) {
            CHECK(e.output() == 1);
            CHECK(e.trial() == std::optional<std::uint64_t>(1500));
        }
    }
    // A nan in the pilot only (trial 5 of 0 to 2047).
    const TrialFunctionFactory pilot_only = [] {
        return [](std::uint64_t trial, std::span<double> out) { out[0] = trial == 5 ? std::nan("") : 2.0; };
    };
    try {
        summarize_bounded({.seed = 1, .trials = 2048, .threads = 2}, 1, pilot_only, 1024);
        FAIL("no NonFiniteOutput");
    } catch (const NonFiniteOutput& e) {
        CHECK(e.trial() == std::optional<std::uint64_t>(5));
    }
}
