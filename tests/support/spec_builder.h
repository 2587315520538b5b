#pragma once
// Builds a CentreSpec in code, for model tests: a minimal centre (every amount 0, no doctor yet),
// then fluent setters for each section. Every input's random stream is named by the catalogue
// (models/draws/streams.h) exactly as the scenario reader names it for the same key, so a spec
// built here draws what the same scenario read from YAML draws (tests/scenarios/
// spec_builder_test.cpp checks that bit for bit). Model tests use it instead of YAML, so that a
// reader bug cannot hide a model bug.
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "models/spec/centre_spec.h"
#include "sim/distribution.h"

namespace mvzsim::testing {

// A number, or an uncertain value with when it is drawn, as a scenario writes it: `120000`,
// `sim::Uniform{60, 80}`, or each_month(...) / each_year(...) for `draw: month` / `draw: year`.
// The builder names its stream.
struct Value {
    sim::Distribution distribution = sim::Fixed{0.0};
    models::Draw draw = models::Draw::per_trial;

    Value(double x) : distribution(sim::Fixed{x}) {}  // NOLINT: implicit, as a scenario writes a number
    template <class D>
    requires(!std::is_arithmetic_v<D> && std::is_constructible_v<sim::Distribution, D>)
        Value(D d, models::Draw when = models::Draw::per_trial)  // NOLINT: implicit, as above
        : distribution(std::move(d)), draw(when) {}

    models::Input input(std::string stream) const { return {distribution, draw, std::move(stream)}; }
};
// `draw: month` (a flow) and `draw: year` (a yearly rate): a fresh draw each period.
inline Value each_month(sim::Distribution d) {
    return {std::move(d), models::Draw::per_period};
}
inline Value each_year(sim::Distribution d) {
    return {std::move(d), models::Draw::per_period};
}

// A doctor position (keys of doctors[] and its recruitment), in the order of the reference.
struct Doctor {
    models::Fte fte = 1.0;
    models::MonthIndex start = 0;  // months after opening
    Value salary = 0.0;            // salary_per_year
    Value on_cost = 0.0;           // on_cost_rate
    Value raise = 0.0;             // raise_per_year
    Value productivity = 1.0;
    Value time_to_fill = 0.0;     // recruitment.time_to_fill_months
    Value departures = 0.0;       // recruitment.departures_per_year
    Value refill = 0.0;           // recruitment.refill_months
    Value recruiting_cost = 0.0;  // recruitment.recruiting_cost_eur
    std::string specialty = "general_practice";
};

// A staff role's pay and turnover (keys of staff[]).
struct Staff {
    Value salary = 0.0;            // salary_per_year
    Value on_cost = 0.0;           // on_cost_rate
    Value raise = 0.0;             // raise_per_year
    Value departures = 0.0;        // turnover.departures_per_year
    Value refill = 0.0;            // turnover.refill_months
    models::MonthIndex start = 0;  // fixed staff only
};

struct RunningCosts {
    Value fixed = 0.0;             // fixed_eur_per_month
    Value per_case = 0.0;          // eur_per_case
    Value share_of_revenue = 0.0;  // share_of_revenue
    Value per_doctor_fte = 0.0;    // eur_per_month_per_doctor_fte
};

struct Pay {
    Value salary = 0.0, on_cost = 0.0, raise = 0.0;
};

struct Tagespflege {
    int places = 0;
    models::MonthIndex start = 0;
    Value opening_days = 0.0;  // opening_days_per_month
    Value occupancy = 0.0;
    int ramp_up_months = 0;
    double start_occupancy = 0.0;
    std::vector<double> pflegegrad_weights = {1, 0, 0, 0};  // PG 2..5
    std::vector<double> care_eur_per_day = {0, 0, 0, 0};    // PG 2..5
    Value self_paid = 0.0;                                  // self_paid_eur_per_day
    Value price_growth = 0.0;                               // price_growth_per_year
    double care_staff_fte_per_guest = 0.0;
    Pay care_staff;
    Value fixed = 0.0;  // fixed_eur_per_month
};

struct Tenant {
    double area_m2 = 0.0;
    Value rent_per_m2 = 0.0;  // rent_eur_per_m2_per_month
    models::MonthIndex lease_start = 0;
    Value loss_probability = 0.0;  // loss_probability_per_year
    Value months_to_relet = 0.0;
    Value rent_increase = 0.0;  // rent_increase_per_year
};

struct Loan {
    double amount_eur = 0.0;
    models::MonthIndex month = 0;
    double rate_per_year = 0.0;
    int term_years = 1;
    models::Repayment repayment = models::Repayment::annuity;
    bool from_owner = false;
};

// A practice taken over by a doctor position (keys of takeovers[]).
struct Takeover {
    std::string position;
    models::MonthIndex month = 0;
    Value goodwill = 0.0;  // goodwill_eur
    int goodwill_life_years = 5;
    Value equipment = 0.0;  // equipment_eur
    int equipment_life_years = 5;
    double previous_cases_per_quarter = 0.0;
    double subsidy_eur = 0.0;
    models::MonthIndex subsidy_month = 0;
};

// A selective contract (keys of selective_contracts[]); eur_per_patient per quarter unless per_year.
struct SelectiveContract {
    Value enrolled_share = 0.0;
    Value eur_per_patient = 0.0;
    bool per_year = false;
    Value growth = 0.0;  // growth_per_year
    models::MonthIndex start = 0;
    int settlement_lag_months = 0;
    double kv_billing_replaced = 0.0;
};

// A trainee GP (keys of trainees[]).
struct Trainee {
    models::MonthIndex start = 0;
    int months = 12;
    models::Fte fte = 1.0;
    Value salary = 0.0, on_cost = 0.0, raise = 0.0;
    double funding_eur_per_month = 0.0, top_up_eur_per_month = 0.0;
    double case_load_share = 0.0;
};

class CentreBuilder {
public:
    // A centre opening in `opening` for `horizon_years` calendar years, with every amount 0.
    explicit CentreBuilder(models::YearMonth opening = {2027, 1}, int horizon_years = 1);

    CentreBuilder& name(std::string name);
    CentreBuilder& horizon(int years);
    CentreBuilder& seed(std::uint64_t seed);
    CentreBuilder& trials(std::size_t trials);

    CentreBuilder& doctor(const std::string& id, const Doctor& d = {});

    // billing
    CentreBuilder& cases_per_fte_per_quarter(const Value& v);
    CentreBuilder& gkv_eur_per_case(const Value& v);
    CentreBuilder& gkv_points(const Value& points_per_case, const Value& orientierungswert_ct_per_point);
    CentreBuilder& gkv_growth(const Value& v);
    CentreBuilder& payout_quota(double limit_cases_per_fte_per_quarter, double quota);
    CentreBuilder& ramp_up(int quarters, double start_share, models::RampShape shape = models::RampShape::linear,
                           double refill_start_share = 1.0);
    CentreBuilder& kv_payment(double advance_share, int settlement_lag_months);
    CentreBuilder& surcharge(const std::string& name, const Value& eur_per_case, const Value& eur_per_month);
    CentreBuilder& pkv(const Value& share_of_cases, const Value& eur_per_case, const Value& growth = 0.0,
                       int payment_lag_months = 0);
    CentreBuilder& other_revenue(const Value& eur_per_case, const Value& growth = 0.0);

    // staff
    CentreBuilder& staff_per_doctor(const std::string& role, models::Fte fte_per_doctor_fte, const Staff& s = {});
    CentreBuilder& staff(const std::string& role, models::Fte fte, const Staff& s = {});

    // premises, running costs, inflation
    CentreBuilder& rent(const Value& eur_per_month);
    CentreBuilder& rent_by_area(double area_m2, const Value& eur_per_m2_per_month);
    CentreBuilder& rent_increase(const Value& v);
    CentreBuilder& running_costs(const RunningCosts& r);
    CentreBuilder& cost_inflation(const Value& v);
    CentreBuilder& breakeven(const std::string& template_id, double area_m2_per_fte = 0.0);

    // investments and financing
    CentreBuilder& investment(const std::string& name, const Value& amount_eur, models::MonthIndex month,
                              int useful_life_years);
    CentreBuilder& equity(double eur);
    CentreBuilder& capital_injection(models::MonthIndex month, double eur);
    CentreBuilder& loan(const std::string& name, const Loan& loan);
    CentreBuilder& credit_line(double limit_eur, double rate_per_year);

    // grants (the plain specs hold no uncertain input but the operating subsidy's amount)
    CentreBuilder& investment_grant(const models::InvestmentGrantSpec& g);
    CentreBuilder& operating_subsidy(const std::string& name, const Value& eur_per_year, models::MonthIndex start,
                                     int years);
    CentreBuilder& position_funding(const models::PositionFundingSpec& f);
    CentreBuilder& turnover_guarantee(const models::TurnoverGuaranteeSpec& g);
    CentreBuilder& subsidy_ceiling(double eur_per_year);
    CentreBuilder& loss_compensation_paid(bool paid = true);

    // add-ons
    CentreBuilder& tagespflege(const Tagespflege& t);
    CentreBuilder& tenant(const std::string& name, const Tenant& t);
    CentreBuilder& service(const std::string& name, const Value& revenue_eur_per_month,
                           const Value& costs_eur_per_month, models::MonthIndex start = 0);

    // practice takeovers, selective contracts, trainees
    CentreBuilder& takeover(const std::string& name, const Takeover& t);
    CentreBuilder& selective_contract(const std::string& name, const SelectiveContract& c);
    CentreBuilder& trainee(const std::string& id, const Trainee& t);

    // A rank correlation between two inputs drawn once per trial, by their stream names (the key
    // paths a scenario's `correlations` names), in the order written, as the reader builds it.
    CentreBuilder& correlate(const std::string& a, const std::string& b, double rank);

    // The spec so far, for a change the setters do not offer.
    models::CentreSpec& spec() { return spec_; }
    // The finished spec: correlations resolved, and models::validate passed (throws otherwise).
    models::CentreSpec build() const;

private:
    models::CentreSpec spec_;
    std::vector<std::tuple<std::string, std::string, double>> correlations_;
};

}  // namespace mvzsim::testing
