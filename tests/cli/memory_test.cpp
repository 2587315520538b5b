// A run in bounded memory gives every example's figures exactly as the full run does.
#include <catch2/catch.hpp>
#include <filesystem>

#include "models/projection/projection.h"
#include "scenarios/scenario_loader.h"

using namespace mvzsim;

TEST_CASE("every example's projection in bounded memory equals the full one bit for bit", "[cli][bounded]") {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(MVZSIM_SOURCE_DIR) + "/examples")) {
        if (entry.path().extension() != ".yaml") continue;
        const auto scenario = scenarios::load_scenario(entry.path().string());
        const models::CentreModel model(scenario.spec);
        const sim::RunOptions options{.seed = 5, .trials = 5120, .threads = 2};
        const models::Projection full = models::project(model, options);
        // A pilot of one block: brackets from 1,024 trials for 5,120.
        const models::Projection bounded = models::project_bounded(model, options, 1024);
        CHECK_FALSE(full.bounded_memory);
        CHECK(bounded.bounded_memory);
        std::size_t compared = 0;
        for (std::size_t y = 0; y < full.years.size(); ++y)
            for (std::size_t k = 0; k < models::kMetricCount; ++k) {
                const sim::Summary &a = full.years[y].metrics[k], &b = bounded.years[y].metrics[k];
                INFO(entry.path().filename()
                     << " year " << full.years[y].year << " " << models::metric_name(static_cast<models::Metric>(k)));
                CHECK(a.mean == b.mean);
                CHECK(a.sd == b.sd);
                CHECK(a.p5 == b.p5);
                CHECK(a.p50 == b.p50);
                CHECK(a.p95 == b.p95);
                CHECK(a.min == b.min);
                CHECK(a.max == b.max);
                CHECK(a.share_negative == b.share_negative);
                ++compared;
            }
        for (std::size_t k = 0; k < models::kTrialMetricCount; ++k) {
            CHECK(full.trial[k].p95 == bounded.trial[k].p95);
            CHECK(full.trial[k].mean == bounded.trial[k].mean);
        }
        CHECK(compared == full.years.size() * models::kMetricCount);
    }
}

TEST_CASE("the memory plan: full, bounded, or refused with the figure", "[cli][bounded]") {
    const auto scenario = scenarios::load_scenario(std::string(MVZSIM_SOURCE_DIR) + "/examples/rural-gp-3.yaml");
    const models::CentreModel model(scenario.spec);
    // 10 years x 39 + 11 = 401 outputs x 8 bytes = 3,208 bytes per trial.
    const auto small = models::memory_plan(model, {.trials = 100000});
    CHECK(small.full == Approx(100000.0 * 3208));
    CHECK_FALSE(small.use_bounded);
    const auto limited = models::memory_plan(model, {.trials = 1'000'000, .memory_limit = 1024ull * 1024 * 1024});
    CHECK(limited.use_bounded);
    CHECK(limited.fits);
    const auto refused = models::memory_plan(model, {.trials = 10'000'000, .memory_limit = 64ull * 1024 * 1024});
    CHECK_FALSE(refused.fits);
    CHECK_THAT(refused.problem, Catch::Contains("10000000 trials would need") && Catch::Contains("GiB"));
    CHECK_THROWS_AS(models::project(model, {.trials = 10'000'000, .memory_limit = 64ull * 1024 * 1024}),
                    std::invalid_argument);
}
