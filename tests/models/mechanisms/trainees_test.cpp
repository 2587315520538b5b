// Trainee GPs (models/mechanisms/trainees.h): their pay, the § 75a funding with a top-up, the
// cases they add, and that they add no doctor FTE (staff, the payout quota's limit), by hand. The
// reader is tested in tests/scenarios/trainees_reader_test.cpp.
#include "models/mechanisms/trainees.h"

#include <catch2/catch.hpp>

#include "models/projection/centre_model.h"
#include "tests/support/model_helpers.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using testing::year_output;

namespace {

// One GP (300 cases a month at 30 EUR, paid nothing) with 2.0 MFA per doctor FTE at 36,000 EUR a
// year (6,000 a month), and a trainee from April 2027 for 12 months: 72,000 EUR a year with 20 %
// on-costs (7,200 a month), funded with 5,800 + 250 EUR a month, adding half a case load (150
// cases a month, 4,500 EUR).
testing::CentreBuilder with_trainee() {
    auto b = testing::one_gp(2);
    testing::Staff mfa;
    mfa.salary = 36000;
    b.staff_per_doctor("mfa", 2.0, mfa);
    testing::Trainee t;
    t.start = 3;
    t.months = 12;
    t.salary = 72000;
    t.on_cost = 0.2;
    t.funding_eur_per_month = 5800;
    t.top_up_eur_per_month = 250;
    t.case_load_share = 0.5;
    b.trainee("wba-1", t);
    return b;
}

}  // namespace

TEST_CASE("a trainee's cost, funding and cases by hand", "[models][trainees]") {
    const models::CentreModel model(with_trainee().build());
    const auto out = testing::trial_outputs(model);
    // 2027: April to December, 9 months. Cost 9 x 7,200 = 64,800; funding 9 x 6,050 = 54,450;
    // revenue 12 x 9,000 + 9 x 4,500 = 148,500.
    CHECK(year_output(out, 0, Metric::trainee_costs) == Approx(64800.0));
    CHECK(year_output(out, 0, Metric::trainee_funding) == Approx(54450.0));
    CHECK(year_output(out, 0, Metric::grants) == Approx(54450.0));
    CHECK(year_output(out, 0, Metric::gkv_revenue) == Approx(148500.0));
    // No Versorgungsauftrag: doctor FTE stays 1, and so do the MFA (2 x 36,000 = 72,000).
    CHECK(year_output(out, 0, Metric::doctor_fte) == Approx(1.0));
    CHECK(year_output(out, 0, Metric::staff_costs) == Approx(72000.0));
    // 148,500 - 72,000 - 64,800 + 54,450 = 66,150.
    CHECK(year_output(out, 0, Metric::annual_result) == Approx(66150.0));
    // 2028: January to March.
    CHECK(year_output(out, 1, Metric::trainee_costs) == Approx(21600.0));
    CHECK(year_output(out, 1, Metric::trainee_funding) == Approx(18150.0));
    CHECK(year_output(out, 1, Metric::gkv_revenue) == Approx(108000.0 + 13500.0));
}

TEST_CASE("a trainee's cases count against the trainer's limit; funding at most the cost", "[models][trainees]") {
    // A payout quota of 1,000 cases per doctor FTE and quarter (333.33 a month), 50 % above: with
    // the trainee 450 GKV cases a month, of which 333.33 + 116.67 x 0.5 = 391.67 are paid
    // (11,750 EUR a month), since the limit follows the doctor FTE only.
    auto b = with_trainee();
    b.payout_quota(1000, 0.5);
    const models::CentreModel model(b.build());
    const auto out = testing::trial_outputs(model);
    CHECK(year_output(out, 0, Metric::gkv_revenue) == Approx(3 * 9000.0 + 9 * 11750.0));
    // A post cheaper than its funding is funded at its cost: 60,000 / 12 = 5,000 < 6,050.
    auto cheap = with_trainee();
    cheap.spec().trainees[0].pay.on_cost_rate = models::fixed_input(0.0);
    cheap.spec().trainees[0].pay.salary_per_year = models::fixed_input(60000.0);
    const models::CentreModel cheap_model(cheap.build());
    CHECK(year_output(testing::trial_outputs(cheap_model), 0, Metric::trainee_funding) == Approx(9 * 5000.0));
}
