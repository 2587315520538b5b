// Precision control: the first block boundary at which the standard error reaches the target.
#include "sim/precision.h"

#include <catch2/catch.hpp>

#include "sim/distribution.h"
#include "sim/random.h"
#include "sim/statistics.h"

using namespace mvzsim;
using namespace mvzsim::sim;

namespace {

TrialFunctionFactory normal_trials() {
    return [] {
        return [](std::uint64_t trial, std::span<double> out) {
            Rng rng(11, trial, stream_key("x"));
            out[0] = sample(Distribution{Normal{50.0, 10.0, -1e9, 1e9}}, rng);
            out[1] = 1.0;
        };
    };
}

}  // namespace

TEST_CASE("trials for a target standard error: the first block boundary reaching it", "[sim][precision]") {
    // sd 10: s.e. 0.1 needs about (10 / 0.1)^2 = 10,000 trials, i.e. 10 blocks of 1,024.
    const PrecisionTarget target{.output = 0, .standard_error = 0.1};
    PrecisionResult results[2];
    for (const unsigned threads : {1u, 2u}) {
        const RunOptions options{.seed = 11, .trials = 100000, .threads = threads};
        results[threads - 1] = trials_for_precision(options, 2, normal_trials(), target);
    }
    const PrecisionResult& r = results[0];
    CHECK(r.reached);
    CHECK(r.trials % kBlockSize == 0);
    CHECK(r.trials >= 8 * kBlockSize);
    CHECK(r.trials <= 12 * kBlockSize);
    CHECK(r.standard_error <= 0.1);
    CHECK(results[1].trials == r.trials);  // the same on any number of threads
    CHECK(results[1].standard_error == r.standard_error);
    // A run of exactly that many trials gives the same statistics; one block fewer misses the target.
    const TrialMatrix m = run_trials({.seed = 11, .trials = r.trials, .threads = 2}, 2, normal_trials());
    const Summary s = summarize(m.column(0), kBlockSize);
    CHECK(s.standard_error == r.standard_error);
    CHECK(s.mean == r.mean);
    const Summary fewer = summarize(m.column(0).first(r.trials - kBlockSize), kBlockSize);
    CHECK(fewer.standard_error > 0.1);
}

TEST_CASE("trials for a target standard error: relative target, minimum and cap", "[sim][precision]") {
    const RunOptions options{.seed = 11, .trials = 5000, .threads = 2};
    // 1 % of the mean 50 is 0.5: (10 / 0.5)^2 = 400 trials, but never fewer than two blocks.
    const auto relative =
        trials_for_precision(options, 2, normal_trials(), {.output = 0, .standard_error = 0.01, .relative = true});
    CHECK(relative.reached);
    CHECK(relative.trials == 2 * kBlockSize);
    // Unreachable within the cap of 5,000 trials: all of them, not reached.
    const auto capped = trials_for_precision(options, 2, normal_trials(), {.output = 0, .standard_error = 0.001});
    CHECK_FALSE(capped.reached);
    CHECK(capped.trials == 5000);
}
