// Premises (models/mechanisms/premises.h): rent per m2 of the floor area or a fixed rent per
// month, with its yearly increase each January after the opening year.
#include "models/mechanisms/premises.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;

TEST_CASE("rent per m2 x area, or per month, with its increase each January", "[models][premises]") {
    // Opening October 2027, 3 years. 240 m2 at 9.50 EUR: 2,280 a month in 2027; +3 % a year:
    // 2,348.40 in 2028, 2,418.852 in 2029. A run with another floor area (a break-even count's)
    // pays for its own: 300 m2 -> 2,850 in 2027.
    const auto spec =
        testing::CentreBuilder({2027, 10}, 3).doctor("gp-1").rent_by_area(240, 9.5).rent_increase(0.03).build();
    const models::Premises premises(spec.premises);
    const auto trial = premises.draw({1, 0}, 27, 3);
    CHECK(premises.month(trial, 240, {0, 0, 10}) == Approx(2280));
    CHECK(premises.month(trial, 240, {2, 0, 12}) == Approx(2280));
    CHECK(premises.month(trial, 240, {3, 1, 1}) == Approx(2348.4));
    CHECK(premises.month(trial, 240, {26, 2, 12}) == Approx(2418.852));
    CHECK(premises.month(trial, 300, {0, 0, 10}) == Approx(2850));

    // Through the model: 3 months of 2027 = 6,840; 12 x 2,348.40 = 28,180.80 in 2028.
    const auto out = testing::trial_outputs(models::CentreModel(spec));
    CHECK(testing::year_output(out, 0, Metric::premises_costs) == Approx(6840));
    CHECK(testing::year_output(out, 1, Metric::premises_costs) == Approx(28180.8));

    // A fixed rent ignores the area: 2,000 a month, x 1.03 in 2028.
    const models::Premises fixed(testing::CentreBuilder({2027, 10}, 3).rent(2000).rent_increase(0.03).spec().premises);
    const auto t = fixed.draw({1, 0}, 27, 3);
    CHECK(fixed.month(t, 240, {0, 0, 10}) == Approx(2000));
    CHECK(fixed.month(t, 999, {5, 1, 3}) == Approx(2060));
}

TEST_CASE("a rent drawn each month is a fresh draw in each month", "[models][premises]") {
    const auto spec = testing::one_gp(1).rent(testing::each_month(sim::Uniform{1000, 2000})).build();
    const auto m = models::CentreModel(spec).project_months(3, 1);
    for (std::size_t k = 1; k < m.size(); ++k) {
        CHECK(m[k].premises_costs >= 1000);
        CHECK(m[k].premises_costs <= 2000);
        CHECK(m[k].premises_costs != m[k - 1].premises_costs);
    }
}
