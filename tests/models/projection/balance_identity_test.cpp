// The plan balance sheet balances: total assets = equity + special item + loans + overdraft, and
// = fixed assets + receivables + cash at bank, to 1e-6 relative, in every year of every trial of
// every example and variant (200 trials each), and of the test suite's richest centre.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "models/projection/centre_model.h"
#include "scenarios/scenario_loader.h"
#include "tests/support/example_specs.h"

using namespace mvzsim;
using models::Metric;

namespace {

// The first year and trial where the balance sheet does not balance, as text; empty when it does.
std::string imbalance(const models::CentreModel& model, std::uint64_t seed, std::uint64_t trials) {
    std::vector<double> out(model.width());
    auto close = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max({std::abs(a), std::abs(b), 1.0}); };
    for (std::uint64_t t = 0; t < trials; ++t) {
        model.project_years(seed, t, out);
        for (int y = 0; y < model.calendar().years(); ++y) {
            auto at = [&](Metric m) { return out[models::CentreModel::output_index(y, m)]; };
            const double assets = at(Metric::fixed_assets) + at(Metric::receivables) + at(Metric::bank_balance);
            const double liabilities = at(Metric::equity) + at(Metric::grant_special_item) +
                                       at(Metric::loans_outstanding) + at(Metric::overdraft);
            if (!close(assets, at(Metric::total_assets)) || !close(liabilities, at(Metric::total_assets)))
                return "trial " + std::to_string(t) + ", year " + std::to_string(y) + ": assets " +
                       std::to_string(assets) + ", equity and liabilities " + std::to_string(liabilities);
        }
    }
    return "";
}

}  // namespace

TEST_CASE("the plan balance sheet balances in every trial of every example", "[models][balance_sheet][examples]") {
    std::vector<std::filesystem::path> files;
    for (const char* dir : {MVZSIM_SOURCE_DIR "/examples", MVZSIM_SOURCE_DIR "/examples/variants"})
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.path().extension() == ".yaml") files.push_back(e.path());
    REQUIRE(files.size() >= 8);
    for (const auto& file : files) {
        INFO(file.filename().string());
        const auto scenario = scenarios::load_scenario(file.string());
        const models::CentreModel model(scenario.spec);
        CHECK(imbalance(model, scenario.spec.default_seed, 200) == "");
    }
}

TEST_CASE("the plan balance sheet balances in the richest test centre", "[models][balance_sheet]") {
    const models::CentreModel model(testing::rich_centre());
    CHECK(imbalance(model, 7, 300) == "");
}
