// The invariants a model relies on (models/spec/validate.cpp), checked where a model is built:
// a spec built in code that breaks one is refused with the field named.
#include <catch2/catch.hpp>
#include <functional>
#include <stdexcept>
#include <string>

#include "models/projection/centre_model.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;

namespace {

// The one-doctor centre after `change`: refused by validate and by the model, naming `field`.
void check_refused(const std::function<void(models::CentreSpec&)>& change, const std::string& field) {
    INFO(field);
    models::CentreSpec spec = testing::CentreBuilder({2027, 1}, 2).doctor("gp-1").build();
    change(spec);
    CHECK_THROWS_WITH(models::validate(spec), Catch::Contains(field));
    CHECK_THROWS_AS(models::CentreModel(spec), std::invalid_argument);
}

}  // namespace

TEST_CASE("a spec that breaks an invariant of the model is refused, naming the field", "[models][validate]") {
    CHECK_NOTHROW(
        models::CentreModel(testing::CentreBuilder({2027, 1}, models::kMaxHorizonYears).doctor("gp-1").build()));
    check_refused([](auto& s) { s.horizon_years = 0; }, "centre.horizon_years");
    check_refused([](auto& s) { s.horizon_years = models::kMaxHorizonYears + 1; }, "centre.horizon_years");
    check_refused([](auto& s) { s.opening.month = 13; }, "centre.opening");
    check_refused([](auto& s) { s.doctors[0].fte = 0; }, "doctors[gp-1].fte");
    check_refused([](auto& s) { s.doctors[0].fte = 1.5; }, "doctors[gp-1].fte");
    check_refused([](auto& s) { s.doctors[0].start = -1; }, "doctors[gp-1].start");
    check_refused([](auto& s) { s.doctors[0].id.clear(); }, "doctors[].id");
    check_refused([](auto& s) { s.billing.ramp_up.quarters = -1; }, "billing.ramp_up.quarters");
    check_refused([](auto& s) { s.billing.ramp_up.start_share = 1.5; }, "billing.ramp_up.start_share");
    check_refused([](auto& s) { s.billing.ramp_up.refill_start_share = -0.1; }, "billing.ramp_up.refill_start_share");
    check_refused([](auto& s) { s.billing.kv_payment.settlement_lag_months = -1; },
                  "billing.kv_payment.settlement_lag_months");
    check_refused([](auto& s) { s.billing.pkv_payment_lag_months = -1; }, "billing.private.payment_lag_months");
    check_refused(
        [](auto& s) {
            s.finance.investments.push_back({"it", models::fixed_input(1000), 0, 0});
        },
        "finance.investments[it].useful_life_years");
    check_refused(
        [](auto& s) {
            s.finance.loans.push_back({"bank", 1000, 0, 0.05, 0, models::Repayment::annuity, false});
        },
        "finance.loans[bank].term_years");
    check_refused(
        [](auto& s) {
            s.addons.tagespflege.present = true;
            s.addons.tagespflege.pflegegrad_weights = {1, 1, 1};
            s.addons.tagespflege.care_eur_per_day = {1, 1, 1};
        },
        "addons.tagespflege");
    check_refused(
        [](auto& s) {
            s.addons.tagespflege.present = true;
            s.addons.tagespflege.pflegegrad_weights = {0, 0, 0, 0};
            s.addons.tagespflege.care_eur_per_day = {1, 1, 1, 1};
        },
        "addons.tagespflege.pflegegrad_weights");
    check_refused([](auto& s) { s.correlations.inputs.push_back(s.billing.cases_per_fte_per_quarter); },
                  "correlations");
}
