// Bounded-memory summaries give exactly what summarize() gives on the stored columns.
#include "sim/bounded_summaries.h"

#include <catch2/catch.hpp>

#include "sim/distribution.h"
#include "sim/engine.h"
#include "sim/random.h"

using namespace mvzsim;
using namespace mvzsim::sim;

namespace {

// Outputs of a toy trial: continuous, a 0/1 outcome, a constant, many zeros (a subsidy-like
// max(0, x)), and one whose values after the pilot lie far above the pilot's (its brackets miss).
constexpr std::size_t kWidth = 5;
TrialFunctionFactory toy() {
    return [] {
        return [](std::uint64_t trial, std::span<double> out) {
            Rng rng(3, trial, stream_key("toy"));
            const double x = sample(Distribution{Normal{1e5, 3e4, -1e9, 1e9}}, rng);
            out[0] = x;
            out[1] = rng.uniform01() < 0.3 ? 1.0 : 0.0;
            out[2] = 42.0;
            out[3] = std::max(0.0, x - 1.1e5);
            out[4] = trial < 2048 ? rng.uniform01() : 1e6 + rng.uniform01();
        };
    };
}

void check_equal(const Summary& a, const Summary& b) {
    CHECK(a.mean == b.mean);
    CHECK(a.sd == b.sd);
    CHECK(a.standard_error == b.standard_error);
    CHECK(a.p5 == b.p5);
    CHECK(a.p50 == b.p50);
    CHECK(a.p95 == b.p95);
    CHECK(a.min == b.min);
    CHECK(a.max == b.max);
    CHECK(a.share_negative == b.share_negative);
    CHECK(a.share_negative_se == b.share_negative_se);
}

}  // namespace

TEST_CASE("bounded summaries equal the full ones bit for bit, a missed bracket included", "[sim][bounded]") {
    for (const unsigned threads : {1u, 2u}) {
        const RunOptions options{.seed = 3, .trials = 20000, .threads = threads};
        const TrialMatrix full = run_trials(options, kWidth, toy());
        const BoundedSummaries bounded = summarize_bounded(options, kWidth, toy(), 2048);
        CHECK(bounded.pilot_trials == 2048);
        // Output 4's later values lie far above its pilot's: its brackets miss and it is run again.
        CHECK(bounded.rerun_outputs == 1);
        // Far fewer values kept than the 5 x 20,000 a full run stores (the constant keeps none).
        CHECK(bounded.kept_values < 20000);
        for (std::size_t k = 0; k < kWidth; ++k) {
            INFO("output " << k << ", threads " << threads);
            check_equal(bounded.summaries[k], summarize(full.column(k), kBlockSize));
        }
    }
}

TEST_CASE("bounded summaries with the default pilot and fewer trials than it", "[sim][bounded]") {
    const RunOptions options{.seed = 3, .trials = 3000, .threads = 2};
    const TrialMatrix full = run_trials(options, kWidth, toy());
    const BoundedSummaries bounded = summarize_bounded(options, kWidth, toy());
    CHECK(bounded.pilot_trials == 3000);
    for (std::size_t k = 0; k < kWidth; ++k) check_equal(bounded.summaries[k], summarize(full.column(k), kBlockSize));
}

TEST_CASE("bounded memory estimate", "[sim][bounded]") {
    // 1,000,000 trials x 788 outputs (30 years): far below the 5.9 GiB of the full matrix, within 1 GiB.
    const double bytes = bounded_memory_bytes(1'000'000, 788);
    CHECK(bytes < 1024.0 * 1024 * 1024);
    CHECK(bytes > 0.05 * 8.0 * 788 * 1e6);
    CHECK(bounded_pilot_trials(1'000'000) == 65536);
    CHECK(bounded_pilot_trials(5000) == 5000);
}
