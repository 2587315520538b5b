// Tests for sim/engine: bit-identical results for any thread count, trial ranges and replay,
// stream independence, exceptions, parallel_for.
#include "sim/engine.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <span>
#include <stdexcept>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "sim/distribution.h"
#include "sim/random.h"

using namespace mvzsim::sim;

namespace {

constexpr std::uint64_t kSeed = 4242;
constexpr std::size_t kWidth = 5;
constexpr std::size_t kTrials = 5000;  // several blocks, the last one partial
constexpr double kInf = std::numeric_limits<double>::infinity();

// A toy trial: three outputs from stream "a", two from stream "b". With `extra_stream`, it first
// draws from a new stream "c" and writes a sixth output from it.
void toy_trial(std::uint64_t seed, std::uint64_t trial, std::span<double> out, bool extra_stream = false) {
    if (extra_stream) {
        Rng c(seed, trial, stream_key("c"));
        double sum = 0.0;
        for (int i = 0; i < 7; ++i) sum += c.uniform01();
        out[5] = sum;
    }
    Rng a(seed, trial, stream_key("a"));
    Rng b(seed, trial, stream_key("b"));
    out[0] = sample(Normal{100.0, 15.0, 80.0, kInf}, a);
    out[1] = sample(Gamma{2.0, 3.0}, a);
    out[2] = a.uniform01();
    out[3] = sample(Poisson{4.0}, b);
    out[4] = out[0] - sample(Lognormal{90.0, 20.0}, b);
}

TrialFunctionFactory toy_factory(std::uint64_t seed = kSeed) {
    return
        [seed] { return TrialFunction([seed](std::uint64_t t, std::span<double> out) { toy_trial(seed, t, out); }); };
}

TrialMatrix run(std::uint64_t first, std::size_t trials, unsigned threads) {
    return run_trials(RunOptions{.first_trial = first, .trials = trials, .threads = threads}, kWidth, toy_factory());
}

// Every value compared with ==.
bool identical(const TrialMatrix& x, const TrialMatrix& y) {
    if (x.trials() != y.trials() || x.width() != y.width()) return false;
    for (std::size_t k = 0; k < x.width(); ++k)
        for (std::size_t i = 0; i < x.trials(); ++i)
            if (!(x.at(i, k) == y.at(i, k))) return false;
    return true;
}

}  // namespace

TEST_CASE("TrialMatrix: column-major storage", "[sim][engine]") {
    TrialMatrix m(3, 2);
    CHECK(m.trials() == 3);
    CHECK(m.width() == 2);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t k = 0; k < 2; ++k) m.set(i, k, static_cast<double>(10 * k + i));
    const auto col = m.column(1);
    REQUIRE(col.size() == 3);
    CHECK(col[0] == 10.0);
    CHECK(col[1] == 11.0);
    CHECK(col[2] == 12.0);
    CHECK(m.at(2, 0) == 2.0);
}

TEST_CASE("run_trials: bit-identical for 1, 2, 3, 4 threads", "[sim][engine]") {
    const TrialMatrix one = run(0, kTrials, 1);
    REQUIRE(one.trials() == kTrials);
    REQUIRE(one.width() == kWidth);
    REQUIRE(kTrials > 4 * kBlockSize);
    for (const unsigned threads : {2u, 3u, 4u, 8u, 0u}) {
        INFO("threads = " << threads);
        const TrialMatrix many = run(0, kTrials, threads);
        CHECK(identical(one, many));
    }
    // Outputs are not trivially constant.
    CHECK(one.at(0, 0) != one.at(1, 0));
    CHECK(one.at(kTrials - 1, 4) != one.at(kTrials - 2, 4));
}

TEST_CASE("run_trials: each worker's trial function stays on one thread", "[sim][engine]") {
    std::atomic<int> factory_calls{0};
    std::atomic<bool> shared_across_threads{false};
    const TrialFunctionFactory factory = [&] {
        ++factory_calls;
        auto owner = std::make_shared<std::thread::id>();
        return TrialFunction([&, owner](std::uint64_t t, std::span<double> out) {
            if (*owner == std::thread::id{}) *owner = std::this_thread::get_id();
            if (*owner != std::this_thread::get_id()) shared_across_threads = true;
            toy_trial(kSeed, t, out);
        });
    };
    const TrialMatrix m = run_trials(RunOptions{.first_trial = 0, .trials = kTrials, .threads = 4}, kWidth, factory);
    CHECK_FALSE(shared_across_threads);
    CHECK(factory_calls >= 1);
    CHECK(factory_calls <= 4);
    CHECK(identical(m, run(0, kTrials, 1)));
}

TEST_CASE("run_trials: a trial range equals the same rows of a longer run", "[sim][engine]") {
    const TrialMatrix full = run(0, 1000, 3);
    const TrialMatrix head = run(0, 100, 2);
    REQUIRE(head.trials() == 100);
    bool same = true;
    for (std::size_t k = 0; k < kWidth; ++k)
        for (std::size_t i = 0; i < 100; ++i) same = same && head.at(i, k) == full.at(i, k);
    CHECK(same);

    const TrialMatrix middle = run(500, 10, 4);
    REQUIRE(middle.trials() == 10);
    same = true;
    for (std::size_t k = 0; k < kWidth; ++k)
        for (std::size_t i = 0; i < 10; ++i) same = same && middle.at(i, k) == full.at(500 + i, k);
    CHECK(same);

    // A range that crosses block boundaries at a different offset.
    const TrialMatrix shifted = run(37, 2500, 3);
    const TrialMatrix longer = run(0, 2600, 2);
    same = true;
    for (std::size_t k = 0; k < kWidth; ++k)
        for (std::size_t i = 0; i < 2500; ++i) same = same && shifted.at(i, k) == longer.at(37 + i, k);
    CHECK(same);
}

TEST_CASE("run_trials: any trial replays alone", "[sim][engine]") {
    const TrialMatrix m = run(0, kTrials, 4);
    for (const std::uint64_t k : {0ull, 1ull, 1023ull, 1024ull, 2047ull, 3333ull, 4999ull}) {
        std::vector<double> row(kWidth);
        toy_trial(kSeed, k, row);
        INFO("trial " << k);
        for (std::size_t j = 0; j < kWidth; ++j) CHECK(row[j] == m.at(k, j));
    }
}

TEST_CASE("run_trials: zero trials", "[sim][engine]") {
    const TrialMatrix m = run(0, 0, 4);
    CHECK(m.trials() == 0);
    CHECK(m.width() == kWidth);
    CHECK(m.column(0).empty());
}

TEST_CASE("Streams: drawing from a new stream leaves the others unchanged", "[sim][engine]") {
    const TrialMatrix base = run(0, 2000, 2);
    const TrialFunctionFactory with_c = [] {
        return TrialFunction([](std::uint64_t t, std::span<double> out) { toy_trial(kSeed, t, out, true); });
    };
    const TrialMatrix extended =
        run_trials(RunOptions{.first_trial = 0, .trials = 2000, .threads = 3}, kWidth + 1, with_c);
    bool same = true;
    for (std::size_t k = 0; k < kWidth; ++k)
        for (std::size_t i = 0; i < 2000; ++i) same = same && base.at(i, k) == extended.at(i, k);
    CHECK(same);
    CHECK(extended.at(0, kWidth) > 0.0);
}

TEST_CASE("Streams: distinct seeds, trials and keys give distinct first draws", "[sim][engine]") {
    SECTION("10,000 (trial, key) pairs") {
        std::unordered_set<std::uint64_t> first;
        for (std::uint64_t trial = 0; trial < 100; ++trial)
            for (int key = 0; key < 100; ++key) {
                Rng rng(kSeed, trial, stream_key("entity-" + std::to_string(key) + "/salary"));
                first.insert(rng());
            }
        CHECK(first.size() == 10'000);
    }
    SECTION("10,000 seeds") {
        std::unordered_set<std::uint64_t> first;
        for (std::uint64_t seed = 0; seed < 10'000; ++seed) first.insert(Rng(seed, 0, stream_key("a"))());
        CHECK(first.size() == 10'000);
    }
    SECTION("similar key names give distinct keys") {
        std::unordered_set<std::uint64_t> keys;
        for (int i = 0; i < 10'000; ++i) keys.insert(stream_key("doctor:gp-" + std::to_string(i)));
        keys.insert(stream_key(""));
        CHECK(keys.size() == 10'001);
    }
    SECTION("seed and trial are not interchangeable; key 0 and trial 0 are ordinary") {
        CHECK(Rng(1, 2, 3)() != Rng(2, 1, 3)());
        CHECK(Rng(1, 2, 3)() != Rng(1, 3, 2)());
        CHECK(Rng(0, 0, 0)() != Rng(0, 0, 1)());
        CHECK(Rng(0, 0, 0)() != Rng(0, 1, 0)());
        CHECK(Rng(0, 0, 0)() != Rng(1, 0, 0)());
    }
    SECTION("different seeds give different run matrices") {
        const TrialMatrix x =
            run_trials(RunOptions{.first_trial = 0, .trials = 50, .threads = 1}, kWidth, toy_factory(1));
        const TrialMatrix y =
            run_trials(RunOptions{.first_trial = 0, .trials = 50, .threads = 1}, kWidth, toy_factory(2));
        int equal = 0;
        for (std::size_t i = 0; i < 50; ++i) equal += x.at(i, 2) == y.at(i, 2) ? 1 : 0;
        CHECK(equal == 0);
    }
}

TEST_CASE("run_trials: an exception in a trial propagates", "[sim][engine]") {
    const TrialFunctionFactory failing = [] {
        return TrialFunction([](std::uint64_t t, std::span<double> out) {
            if (t == 2500) throw std::runtime_error("trial 2500 failed");
            toy_trial(kSeed, t, out);
        });
    };
    for (const unsigned threads : {1u, 2u, 4u}) {
        INFO("threads = " << threads);
        CHECK_THROWS_WITH(
            run_trials(RunOptions{.first_trial = 0, .trials = kTrials, .threads = threads}, kWidth, failing),
            "trial 2500 failed");
    }
    // The range that does not include the failing trial runs through.
    CHECK_NOTHROW(run_trials(RunOptions{.first_trial = 0, .trials = 2500, .threads = 4}, kWidth, failing));
    CHECK_THROWS_AS(run_trials(RunOptions{.first_trial = 2500, .trials = 1, .threads = 1}, kWidth, failing),
                    std::runtime_error);
}

TEST_CASE("parallel_for: every index exactly once", "[sim][engine]") {
    for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{10'007}}) {
        std::vector<std::atomic<int>> visits(count);
        for (auto& v : visits) v = 0;
        parallel_for(count, 4, [&](std::size_t i) { ++visits[i]; });
        int wrong = 0;
        for (const auto& v : visits) wrong += v.load() == 1 ? 0 : 1;
        INFO("count = " << count);
        CHECK(wrong == 0);
    }
}

TEST_CASE("parallel_for: serial path, and exceptions are rethrown", "[sim][engine]") {
    std::mutex m;
    std::unordered_set<std::size_t> seen;
    std::atomic<std::size_t> calls{0};
    parallel_for(1000, 1, [&](std::size_t i) {
        const std::lock_guard lock(m);
        seen.insert(i);
        ++calls;
    });
    CHECK(seen.size() == 1000);
    CHECK(calls == 1000);

    for (const unsigned threads : {1u, 4u}) {
        INFO("threads = " << threads);
        CHECK_THROWS_AS(parallel_for(1000, threads,
                                     [](std::size_t i) {
                                         if (i == 123) throw std::logic_error("index 123");
                                     }),
                        std::logic_error);
    }
}

TEST_CASE("resolve_threads", "[sim][engine]") {
    CHECK(resolve_threads(0) >= 1);
    CHECK(resolve_threads(1) == 1);
    CHECK(resolve_threads(3) == 3);
}
