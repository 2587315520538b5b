// The readers of the viability-study lines (loss compensation timing, payer fees, payroll extras,
// staff through vacancies, taxes): each key parses into its spec field, absent keys keep today's
// behaviour, and misuse is reported with its key path.
#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "scenarios/diagnostics.h"
#include "scenarios/scenario_loader.h"
#include "sim/distribution.h"

using namespace mvzsim;

namespace {

// examples/single-gp.yaml in short, each top-level section unless `extra` gives its own, then `extra`.
models::CentreSpec load(const std::string& extra) {
    const std::pair<const char*, const char*> base[] = {
        {"centre", "centre: {name: t, opening: 2027-01, horizon_years: 3}\n"},
        {"doctors", "doctors:\n  - {id: gp-1, fte: 1.0, salary_per_year: 85000, on_cost_rate: 0.21}\n"},
        {"billing", "billing: {cases_per_fte_per_quarter: 800, gkv: {eur_per_case: 80}}\n"},
        {"staff", "staff:\n  - {role: mfa, fte_per_doctor_fte: 2.0, salary_per_year: 38500, on_cost_rate: 0.21}\n"},
        {"premises", "premises: {rent_eur_per_month: 1500}\n"},
        {"running_costs", "running_costs: {fixed_eur_per_month: 4000}\n"},
    };
    std::string text, lines(1, '\n');
    lines += extra;
    for (const auto& [key, section] : base) {
        std::string needle(1, '\n');
        needle.append(key).push_back(':');
        if (lines.find(needle) == std::string::npos) text += section;
    }
    return scenarios::parse_scenario("t.yaml", text + extra).spec;
}

// The message of the error loading `extra` gives.
std::string error_of(const std::string& extra) {
    try {
        load(extra);
    } catch (const scenarios::InputError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("grants.loss_compensation_month: absent is December, set is a month of the next year",
          "[scenarios][viability]") {
    CHECK(load("").grants.loss_compensation_month == 0);
    CHECK(load("grants: {loss_compensation_paid: true}\n").grants.loss_compensation_month == 0);
    const auto later = load("grants: {loss_compensation_paid: true, loss_compensation_month: 6}\n");
    CHECK(later.grants.loss_compensation_paid);
    CHECK(later.grants.loss_compensation_month == 6);
    CHECK_THAT(error_of("grants: {loss_compensation_month: 6}\n"),
               Catch::Contains("grants.loss_compensation_month") && Catch::Contains("needs loss_compensation_paid"));
    CHECK_THAT(error_of("grants: {loss_compensation_paid: true, loss_compensation_month: 13}\n"),
               Catch::Contains("grants.loss_compensation_month"));
}

TEST_CASE("billing.kv_fee_share and billing.private.billing_fee_share", "[scenarios][viability]") {
    const auto none = load("");
    CHECK(sim::mean(none.billing.kv_fee_share.distribution) == 0.0);
    CHECK(sim::mean(none.billing.billing_fee_share.distribution) == 0.0);
    const auto fees = load(R"(
billing:
  cases_per_fte_per_quarter: 800
  gkv: {eur_per_case: 80}
  private: {share_of_cases: 0.1, eur_per_case: 60, billing_fee_share: 0.05}
  kv_fee_share: {triangular: [0.02, 0.025, 0.03]}
)");
    CHECK(sim::mean(fees.billing.billing_fee_share.distribution) == Approx(0.05));
    CHECK(fees.billing.billing_fee_share.stream == "billing.private.billing_fee_share");
    CHECK(sim::mean(fees.billing.kv_fee_share.distribution) == Approx(0.025));
    CHECK(fees.billing.kv_fee_share.stream == "billing.kv_fee_share");
    CHECK_THAT(error_of("billing: {cases_per_fte_per_quarter: 800, gkv: {eur_per_case: 80}, kv_fee_share: 1.5}\n"),
               Catch::Contains("billing.kv_fee_share"));
}

TEST_CASE("payroll lines of doctors[] and staff[]", "[scenarios][viability]") {
    const auto flat = load("");
    CHECK(flat.doctors[0].pay.extras.special_payment_share == 0);
    CHECK_FALSE(flat.doctors[0].pay.extras.social_security.present);
    CHECK_FALSE(flat.doctors[0].bonus.present);
    const auto s = load(R"(
doctors:
  - id: gp-1
    fte: 1.0
    salary_per_year: 100000
    on_cost_rate: 0.011
    pension_rate: 0.0645
    allowance_eur_per_month: 750
    social_security: {health_care_rate: 0.1035, pension_unemployment_rate: 0.106}
    revenue_bonus: {share: 0.15, threshold_eur_per_year: 250000, base: private}
staff:
  - role: mfa
    fte_per_doctor_fte: 2
    salary_per_year: 38500
    on_cost_rate: 0.21
    special_payment: {share_of_monthly_salary: 0.65}
)");
    const auto& d = s.doctors[0];
    CHECK(d.pay.extras.pension_rate == 0.0645);
    CHECK(d.pay.extras.allowance_eur_per_month == 750);
    CHECK(d.pay.extras.social_security.present);
    CHECK(d.pay.extras.social_security.health_care_rate == 0.1035);
    CHECK(d.pay.extras.social_security.pension_unemployment_rate == 0.106);
    CHECK(d.pay.extras.social_security.health_ceiling_eur == 69750);  // the 2026 defaults
    CHECK(d.pay.extras.social_security.pension_ceiling_eur == 101400);
    CHECK(d.bonus.present);
    CHECK(d.bonus.share == 0.15);
    CHECK(d.bonus.threshold_eur_per_year == 250000);
    CHECK(d.bonus.private_only);
    CHECK(s.staff[0].pay.extras.special_payment_share == 0.65);
    CHECK(s.staff[0].pay.extras.special_payment_month == 11);
    // A bonus is for doctors only; a month must be a calendar month.
    CHECK_THAT(error_of("staff:\n  - {role: mfa, fte: 1, salary_per_year: 1, on_cost_rate: 0.2, "
                        "revenue_bonus: {share: 0.1}}\n"),
               Catch::Contains("revenue_bonus"));
    CHECK_THAT(error_of("staff:\n  - {role: mfa, fte: 1, salary_per_year: 1, on_cost_rate: 0.2, "
                        "special_payment: {share_of_monthly_salary: 0.5, month: 13}}\n"),
               Catch::Contains("special_payment.month"));
}

TEST_CASE("staff follows, surcharges stop without a doctor, taxes", "[scenarios][viability]") {
    const auto none = load("");
    CHECK_FALSE(none.staff[0].follows_planned);
    CHECK_FALSE(none.taxes.present);
    const auto s = load(R"(
billing:
  cases_per_fte_per_quarter: 800
  gkv: {eur_per_case: 80}
  surcharges: [{name: ti-pauschale, eur_per_month: 237.78, stops_without_doctor: true}]
staff:
  - {role: mfa, fte_per_doctor_fte: 2.0, salary_per_year: 38500, on_cost_rate: 0.21, follows: planned_positions}
taxes: {trade_tax_hebesatz_percent: 410}
)");
    CHECK(s.staff[0].follows_planned);
    CHECK(s.billing.surcharges[0].stops_without_doctor);
    CHECK(s.taxes.present);
    CHECK_FALSE(s.taxes.exempt);
    CHECK(s.taxes.trade_multiplier == Approx(4.1));
    CHECK(s.taxes.corporate_rate == 0.15);
    CHECK(s.taxes.solidarity_rate == 0.055);
    CHECK(s.taxes.trade_base_rate == 0.035);
    CHECK(load("taxes: {exempt: true}\n").taxes.exempt);
    CHECK_THAT(error_of("taxes: {corporate_tax_rate: 0.15}\n"), Catch::Contains("trade_tax_hebesatz_percent"));
    CHECK_THAT(error_of("staff:\n  - {role: m, fte: 1, salary_per_year: 1, on_cost_rate: 0.2, follows: "
                        "planned_positions}\n"),
               Catch::Contains("only for staff per doctor FTE"));
}

TEST_CASE("with social_security the flat on-cost band does not apply to on_cost_rate", "[scenarios][viability]") {
    // on_cost_rate 0.011 is below the flat rate's band (0.15-0.35): a warning in the flat form, none
    // when social_security holds the rest of the employer's contributions.
    auto warnings = [](const std::string& doctor) {
        const std::string text = "centre: {name: t, opening: 2027-01, horizon_years: 3}\ndoctors:\n  - " + doctor +
                                 "\nbilling: {cases_per_fte_per_quarter: 800, gkv: {eur_per_case: 80}}\n"
                                 "premises: {rent_eur_per_month: 1500}\nrunning_costs: {fixed_eur_per_month: 4000}\n";
        return scenarios::parse_scenario("t.yaml", text).warnings.size();
    };
    CHECK(warnings("{id: gp-1, fte: 1, salary_per_year: 85000, on_cost_rate: 0.011}") == 1);
    CHECK(warnings("{id: gp-1, fte: 1, salary_per_year: 85000, on_cost_rate: 0.011, social_security: "
                   "{health_care_rate: 0.1035, pension_unemployment_rate: 0.106}}") == 0);
}
