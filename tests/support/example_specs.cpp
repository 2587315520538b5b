#include "tests/support/example_specs.h"

#include <string>
#include <vector>

#include "tests/support/spec_builder.h"

namespace mvzsim::testing {

using sim::Pert;
using sim::Triangular;
using sim::Uniform;

models::CentreSpec rural_gp_3() {
    // Every figure as in examples/rural-gp-3.yaml (whose comments give the sources).
    models::SocialSecuritySpec social;
    social.present = true;
    social.health_care_rate = 0.1035;
    social.pension_unemployment_rate = 0.106;
    models::PayrollExtrasSpec doctor_pay;
    doctor_pay.pension_rate = 0.0645;
    doctor_pay.social_security = social;
    const models::RevenueBonusSpec bonus{.present = true, .share = 0.15, .private_only = true};
    const Doctor gp{.fte = 1.0,
                    .salary = Triangular{90600, 98200, 116400},
                    .on_cost = 0.011,
                    .raise = Triangular{0.02, 0.03, 0.04},
                    .payroll = doctor_pay,
                    .bonus = bonus};
    Doctor director = gp;
    director.payroll.allowance_eur_per_month = 750;
    Doctor gp3 = gp;
    gp3.fte = 0.75;
    gp3.start = 6;  // 2027-07
    gp3.time_to_fill = Triangular{0, 3, 12};
    gp3.departures = 0.08;
    gp3.refill = Triangular{3, 9, 24};
    gp3.recruiting_cost = 15000;
    const Value staff_raise = Triangular{0.025, 0.035, 0.045};
    models::PayrollExtrasSpec mfa_pay;
    mfa_pay.special_payment_share = 0.65;
    mfa_pay.special_payment_month = 11;
    mfa_pay.social_security = social;
    models::PayrollExtrasSpec manager_pay;
    manager_pay.social_security = social;
    auto kv_invest = [](const std::string& position) {
        return models::InvestmentGrantSpec{.name = "kv-invest-" + position,
                                           .rate = 0.5,
                                           .cap_eur = 60000,
                                           .paid = 0,
                                           .binding_years = 5,
                                           .max_vacancy_months = 12,
                                           .position = position};
    };
    CentreBuilder b({2027, 1}, 10);
    b.name("MVZ Landgemeinde (3 GP positions)")
        .trials(20000)
        .seed(20270101)
        .doctor("gp-1", director)
        .doctor("gp-2", gp)
        .doctor("gp-3", gp3)
        .cases_per_fte_per_quarter(Pert{580, 760, 950})
        .gkv_points(Triangular{580, 630, 680}, Triangular{12.90, 13.10, 13.30})
        .gkv_growth(Triangular{0.015, 0.028, 0.04})
        .pkv(Triangular{0.05, 0.08, 0.11}, Triangular{120, 150, 190}, Triangular{0.0, 0.0125, 0.025})
        .other_revenue(Triangular{1.6, 2.8, 4.0}, 0.0125)
        .ramp_up(3, 0.25)
        .kv_payment(0.8, 3)
        .payer_fees(Triangular{0.02, 0.025, 0.03}, 0.0)
        .surcharge("ti-pauschale", 0.0, 237.78, true)
        .staff_per_doctor("mfa", 2.2,
                          {.salary = Triangular{36000, 38500, 42000},
                           .on_cost = 0.011,
                           .raise = staff_raise,
                           .payroll = mfa_pay,
                           .follows_planned = true})
        .staff(
            "practice_manager", 1.0,
            {.salary = Triangular{38400, 42000, 45600}, .on_cost = 0.011, .raise = staff_raise, .payroll = manager_pay})
        .rent_by_area(260, Triangular{8, 10, 13})
        .rent_increase(0.02)
        .running_costs({.fixed = Triangular{7000, 9000, 12000}, .per_case = 1.5, .share_of_revenue = 0.0})
        .cost_inflation(each_year(Triangular{0.015, 0.025, 0.04}))
        .investment("fit-out-furniture", Triangular{60000, 80000, 110000}, 0, 13)
        .investment("medical-equipment", Triangular{50000, 70000, 100000}, 0, 8)
        .investment("it-and-ti", Triangular{20000, 30000, 45000}, 0, 3)
        .equity(25000)
        .investment_grant(kv_invest("gp-1"))
        .investment_grant(kv_invest("gp-2"))
        .loss_compensation_paid()
        .loss_compensation_month(6)
        .taxes(400);
    // In the file's order: the fee growth with each raise, within the doctors' and the staff's
    // tariffs, then doctors with staff (gp-3's raise is not correlated).
    const std::string growth = "billing.gkv.growth_per_year";
    const std::vector<std::string> doctors = {"doctors[gp-1].raise_per_year", "doctors[gp-2].raise_per_year"};
    const std::vector<std::string> staff = {"staff[mfa].raise_per_year", "staff[practice_manager].raise_per_year"};
    for (const auto& d : doctors) b.correlate(growth, d, 0.6);
    for (const auto& s : staff) b.correlate(growth, s, 0.6);
    b.correlate(doctors[0], doctors[1], 0.9).correlate(staff[0], staff[1], 0.9);
    for (const auto& s : staff)
        for (const auto& d : doctors) b.correlate(d, s, 0.5);
    return b.breakeven("gp-2", 70).build();
}

models::CentreSpec rich_centre() {
    return CentreBuilder({2027, 4}, 4)
        .name("Variants")
        .doctor("gp-1", {.fte = 1.0, .salary = Uniform{60000, 90000}, .on_cost = 0.2})
        .doctor("gp-2", {.fte = 0.75,
                         .start = 3,  // 2027-07
                         .salary = 80000,
                         .on_cost = 0.2,
                         .raise = each_year(Uniform{0.01, 0.04}),
                         .time_to_fill = Uniform{0, 9},
                         .departures = 0.3,
                         .refill = Uniform{2, 8},
                         .recruiting_cost = 9000})
        .doctor("gp-3", {.fte = 1.0, .start = 9, .salary = Uniform{70000, 95000}, .on_cost = 0.21})  // 2028-01
        .cases_per_fte_per_quarter(each_month(Triangular{600, 800, 1000}))
        .gkv_eur_per_case(Uniform{60, 80})
        .payout_quota(850, 0.8)
        .pkv(Uniform{0.05, 0.12}, 150, 0.0, 2)
        .ramp_up(2, 0.4, models::RampShape::s_curve)
        .kv_payment(0.8, 2)
        .surcharge("ti", each_month(Uniform{0.5, 1.5}), 200)
        .staff_per_doctor("mfa", 2, {.salary = 36000, .on_cost = 0.2, .departures = 0.2, .refill = 3})
        .rent_by_area(200, Uniform{8, 12})
        .running_costs({.fixed = each_month(Uniform{3000, 5000}), .per_doctor_fte = 300})
        .investment("fit-out", Uniform{50000, 90000}, 0, 10)
        .equity(20000)
        .credit_line(300000, 0.06)
        .investment_grant(
            {.name = "fit-out-grant", .rate = 0.8, .paid = 2, .binding_years = 3, .max_vacancy_months = 4})
        .investment_grant({.name = "gp-2-grant",
                           .rate = 0.1,
                           .paid = 0,
                           .binding_years = 3,
                           .max_vacancy_months = 2,
                           .position = "gp-2"})
        .position_funding(
            {.name = "gp-3-funding", .position = "gp-3", .eur_per_year = 30000, .share_of_cost = 0.5, .years = 2})
        .turnover_guarantee({.name = "kv-guarantee",
                             .position = "gp-2",
                             .reference_eur_per_quarter = 40000,
                             .quarters = 4,
                             .binding_years = 2})
        .operating_subsidy("county", Uniform{20000, 40000}, 3, 2)
        .loss_compensation_paid()
        .tenant("pharmacy",
                {.area_m2 = 100, .rent_per_m2 = 9, .loss_probability = 0.2, .months_to_relet = Uniform{3, 9}})
        .service("transport", Uniform{200, 900}, each_month(Uniform{1500, 2500}))
        .tagespflege({.places = 12,
                      .opening_days = 21,
                      .occupancy = Triangular{0.6, 0.8, 0.95},
                      .pflegegrad_weights = {7, 7, 4, 2},
                      .care_eur_per_day = {61.36, 66.83, 74.14, 84.22},
                      .self_paid = 19.64,
                      .care_staff_fte_per_guest = 0.2,
                      .care_staff = {.salary = 40000, .on_cost = 0.21},
                      .fixed = 3000})
        .correlate("doctors[gp-1].salary_per_year", "billing.gkv.eur_per_case", 0.5)
        .correlate("addons.tagespflege.occupancy", "finance.investments[fit-out].amount_eur", -0.4)
        .correlate("doctors[gp-2].time_to_fill_months", "addons.services[transport].revenue_eur_per_month", 0.3)
        .breakeven("gp-2", 60)
        .build();
}

}  // namespace mvzsim::testing
