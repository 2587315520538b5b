// Selective contracts (models/mechanisms/selective_contracts.h): the fees per enrolled patient,
// the KV billing a full contract replaces, and the contract's own settlement, by hand. The reader
// is tested in tests/scenarios/selective_contracts_reader_test.cpp.
#include "models/mechanisms/selective_contracts.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using testing::year_output;

namespace {

// One GP at 300 GKV cases a month and 30 EUR a case (9,000 EUR a month); a contract enrolling
// 25 % of them at 280 EUR per patient and year (70 a quarter), replacing 40 % of the enrolled
// patients' KV fee, its quarters paid 2 months after they end.
testing::CentreBuilder with_contract(models::MonthIndex start = 0) {
    auto b = testing::one_gp(2);
    testing::SelectiveContract c;
    c.enrolled_share = 0.25;
    c.eur_per_patient = 280;
    c.per_year = true;
    c.start = start;
    c.settlement_lag_months = 2;
    c.kv_billing_replaced = 0.4;
    b.selective_contract("hzv", c);
    return b;
}

}  // namespace

TEST_CASE("selective contract fees, the KV billing they replace and their settlement by hand",
          "[models][selective_contracts]") {
    const models::CentreModel model(with_contract().build());
    const auto out = testing::trial_outputs(model);
    // Enrolled: 0.25 x 300 = 75 patients a month; fees 75 x 70 / 3 = 1,750 EUR a month, 21,000 a year.
    CHECK(year_output(out, 0, Metric::hzv_revenue) == Approx(21000.0));
    // The KV fee of 0.25 x 0.4 = 10 % of the GKV revenue is replaced: 8,100 a month, 97,200 a year.
    CHECK(year_output(out, 0, Metric::gkv_revenue) == Approx(97200.0));
    CHECK(year_output(out, 0, Metric::revenue) == Approx(118200.0));
    // Each quarter's 5,250 arrives 2 months after it ends: Q1-Q3 within 2027, Q4 in February 2028,
    // so 5,250 is owed at the end of 2027 and the cash is 97,200 + 3 x 5,250 = 112,950.
    CHECK(year_output(out, 0, Metric::receivables) == Approx(5250.0));
    CHECK(year_output(out, 0, Metric::cash_end) == Approx(112950.0));
    CHECK(year_output(out, 0, Metric::total_assets) == Approx(year_output(out, 0, Metric::equity)));
    // 2028: Q4 2027 and Q1-Q3 2028 arrive, Q4 2028 is owed.
    CHECK(year_output(out, 1, Metric::cash_end) == Approx(112950.0 + 97200.0 + 4 * 5250.0));
}

TEST_CASE("a contract that starts later earns from its start", "[models][selective_contracts]") {
    // From July 2027: 6 months of 1,750 EUR; the KV billing is replaced from then on only.
    const models::CentreModel model(with_contract(6).build());
    const auto out = testing::trial_outputs(model);
    CHECK(year_output(out, 0, Metric::hzv_revenue) == Approx(10500.0));
    CHECK(year_output(out, 0, Metric::gkv_revenue) == Approx(6 * 9000.0 + 6 * 8100.0));
}
