// Practice takeovers (models/mechanisms/takeover.h): the purchase split into goodwill and
// equipment with their own lives, the subsidy released with their depreciation, the ramp-up from
// the inherited cases, and the balance sheet they leave, by hand. The reader is tested in
// tests/scenarios/takeover_reader_test.cpp.
#include "models/mechanisms/takeover.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using models::TrialMetric;
using testing::year_output;

namespace {

// One GP (900 cases a quarter, 30 EUR a case, paid nothing) with a linear ramp over 4 quarters
// from 25 %, who takes over a practice in the opening month: goodwill 120,000 EUR over 5 years
// (2,000 a month), equipment 24,000 over 2 years (1,000 a month), 675 cases a quarter inherited,
// a subsidy of 36,000 paid in the opening month.
testing::CentreBuilder taken_over(double previous_cases = 675.0) {
    auto b = testing::one_gp(3);
    b.ramp_up(4, 0.25);
    testing::Takeover t;
    t.position = "gp-1";
    t.goodwill = 120000;
    t.goodwill_life_years = 5;
    t.equipment = 24000;
    t.equipment_life_years = 2;
    t.previous_cases_per_quarter = previous_cases;
    t.subsidy_eur = 36000;
    b.takeover("mueller", t);
    return b;
}

}  // namespace

TEST_CASE("a practice taken over: ramp from its cases, depreciation and subsidy by hand", "[models][takeover]") {
    const models::CentreModel model(taken_over().build());
    const auto out = testing::trial_outputs(model);
    // Ramp from 675 / 900 = 0.75 over 4 quarters: 0.75, 0.8125, 0.875, 0.9375 of 300 cases a
    // month at 30 EUR: 3 x (6,750 + 7,312.5 + 7,875 + 8,437.5) = 91,125 EUR in 2027; full in 2028.
    CHECK(year_output(out, 0, Metric::gkv_revenue) == Approx(91125.0));
    CHECK(year_output(out, 1, Metric::gkv_revenue) == Approx(108000.0));
    // Depreciation 2,000 + 1,000 a month in 2027 and 2028, then only the goodwill's 2,000.
    CHECK(year_output(out, 0, Metric::depreciation) == Approx(36000.0));
    CHECK(year_output(out, 1, Metric::depreciation) == Approx(36000.0));
    CHECK(year_output(out, 2, Metric::depreciation) == Approx(24000.0));
    // The subsidy is released with the depreciation: 36,000 x 3,000 / 144,000 = 750 a month, then
    // 36,000 x 2,000 / 144,000 = 500.
    CHECK(year_output(out, 0, Metric::grants) == Approx(9000.0));
    CHECK(year_output(out, 2, Metric::grants) == Approx(6000.0));
    // 2027: 91,125 - 36,000 + 9,000 = 64,125.
    CHECK(year_output(out, 0, Metric::annual_result) == Approx(64125.0));
    CHECK(testing::trial_output(model, out, TrialMetric::investments) == Approx(144000.0));
    CHECK(testing::trial_output(model, out, TrialMetric::investment_grants) == Approx(36000.0));
    // Balance sheet at the end of 2027: fixed assets 144,000 - 36,000 = 108,000; special item
    // 36,000 - 9,000 = 27,000; cash 91,125 - 144,000 + 36,000 = -16,875, an overdraft; equity
    // 64,125. 108,000 = 64,125 + 27,000 + 16,875.
    CHECK(year_output(out, 0, Metric::fixed_assets) == Approx(108000.0));
    CHECK(year_output(out, 0, Metric::grant_special_item) == Approx(27000.0));
    CHECK(year_output(out, 0, Metric::overdraft) == Approx(16875.0));
    CHECK(year_output(out, 0, Metric::total_assets) == Approx(108000.0));
    CHECK(year_output(out, 0, Metric::equity) == Approx(64125.0));
}

TEST_CASE("without inherited cases the position ramps as the centre's does", "[models][takeover]") {
    // Ramp from 25 %: 0.25, 0.4375, 0.625, 0.8125 x 9,000 x 3 = 57,375 EUR in 2027.
    const models::CentreModel model(taken_over(0.0).build());
    CHECK(year_output(testing::trial_outputs(model), 0, Metric::gkv_revenue) == Approx(57375.0));
    // More cases than the position's full load: it starts at the full load (the share is at most 1).
    const models::CentreModel busy(taken_over(2000.0).build());
    CHECK(year_output(testing::trial_outputs(busy), 0, Metric::gkv_revenue) == Approx(108000.0));
}

TEST_CASE("a takeover of a position outside a run counts nothing in it", "[models][takeover]") {
    // A break-even count runs a prefix of the positions: with the position taken over in it the
    // purchase is written off; with no position at all nothing of the takeover is there.
    const models::CentreModel model(taken_over().build());
    const std::vector<models::DoctorVariant> variants = {{{1.0}, 0.0}, {{}, 0.0}};
    std::vector<double> out(2 * model.width());
    model.project_variants(1, 0, variants, out);
    CHECK(out[models::CentreModel::output_index(0, Metric::depreciation)] == Approx(36000.0));
    CHECK(out[model.width() + models::CentreModel::output_index(0, Metric::depreciation)] == 0.0);
    CHECK(out[model.width() + models::CentreModel::output_index(0, Metric::grants)] == 0.0);
}
