// Fees the payers deduct (models/mechanisms/payer_fees.h): the KV's administration fee on KV money
// (GKV revenue and lump sums) and a billing service's fee on private revenue only; both costs of
// the month of treatment, kept back from the payments.
#include "models/mechanisms/payer_fees.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

TEST_CASE("the KV fee is a share of KV money, the billing fee a share of private revenue", "[models][payer_fees]") {
    // One GP, 300 cases a month, 20 % private at 50 EUR, other revenue 1 EUR per case, a lump sum
    // of 500 a month; KV fee 2.5 %, billing fee 6 %:
    //   GKV 240 x 30 = 7,200; lump sums 500; KV money 7,700 -> KV fee 0.025 x 7,700 = 192.50
    //   PKV 60 x 50 = 3,000 -> billing fee 0.06 x 3,000 = 180; other 300 x 1 = 300 carries no fee.
    //   costs 192.50 + 180 = 372.50; result 7,200 + 500 + 3,000 + 300 - 372.50 = 10,627.50.
    const auto spec =
        testing::one_gp(1).pkv(0.2, 50).other_revenue(1).surcharge("ti", 0.0, 500).payer_fees(0.025, 0.06).build();
    const models::CentreModel model(spec);
    const auto m = model.project_months(1, 0);
    CHECK(m[0].kv_fees == Approx(192.5));
    CHECK(m[0].billing_fees == Approx(180));
    CHECK(m[0].costs() == Approx(372.5));
    CHECK(m[0].result() == Approx(10627.5));
    // No payment schedule: the cash is what the payers pay out, the fees kept back: the result.
    CHECK(m[0].cash == Approx(10627.5));
    const auto out = testing::trial_outputs(model);
    CHECK(testing::year_output(out, 0, models::Metric::kv_fees) == Approx(12 * 192.5));
    CHECK(testing::year_output(out, 0, models::Metric::billing_fees) == Approx(12 * 180));
    CHECK(testing::year_output(out, 0, models::Metric::costs) == Approx(12 * 372.5));

    // The mechanism alone: shares times the two bases.
    const models::PayerFees fees(spec.billing);
    const auto f = models::PayerFees::month(fees.draw({1, 0}), 10000, 2000);
    CHECK(f.kv == Approx(250));
    CHECK(f.billing == Approx(120));
}

TEST_CASE("the fees are kept back from the payments: the PKV fee waits with its invoice", "[models][payer_fees]") {
    // PKV paid after 2 months: 20 % of 300 cases at 50 EUR = 3,000 a month, 10 % fee = 300. GKV
    // 7,200 a month, KV fee 0 here. In m = 0 and 1 the cash gets 7,200 and pays nothing for the
    // fee (it is kept back from the PKV payment); from m = 2 on 7,200 + 3,000 - 300 = 9,900 a month.
    const auto m =
        models::CentreModel(testing::one_gp(1).pkv(0.2, 50, 0.0, 2).payer_fees(0.0, 0.1).build()).project_months(1, 0);
    CHECK(m[0].cash == Approx(7200));
    CHECK(m[1].cash == Approx(14400));
    CHECK(m[2].cash == Approx(14400 + 9900));
    CHECK(m[0].result() == Approx(7200 + 3000 - 300));
}
