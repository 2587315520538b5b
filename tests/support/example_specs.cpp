#include "tests/support/example_specs.h"

#include "tests/support/spec_builder.h"

namespace mvzsim::testing {

using sim::Pert;
using sim::Triangular;
using sim::Uniform;

models::CentreSpec rural_gp_3() {
    // Every figure as in examples/rural-gp-3.yaml (whose comments give the sources).
    const Doctor gp{.fte = 1.0,
                    .salary = Triangular{70000, 85000, 100000},
                    .on_cost = 0.21,
                    .raise = each_year(Triangular{0.02, 0.03, 0.045})};
    Doctor gp3 = gp;
    gp3.fte = 0.75;
    gp3.start = 6;  // 2027-07
    gp3.time_to_fill = Triangular{0, 3, 12};
    gp3.departures = 0.08;
    gp3.refill = Triangular{3, 9, 24};
    gp3.recruiting_cost = 15000;
    const Value staff_raise = each_year(Triangular{0.025, 0.035, 0.05});
    return CentreBuilder({2027, 1}, 10)
        .name("MVZ Landgemeinde (3 GP positions)")
        .trials(20000)
        .seed(20270101)
        .doctor("gp-1", gp)
        .doctor("gp-2", gp)
        .doctor("gp-3", gp3)
        .cases_per_fte_per_quarter(Pert{580, 760, 950})
        .gkv_points(Triangular{580, 630, 680}, Triangular{12.90, 13.10, 13.30})
        .gkv_growth(each_year(Triangular{0.01, 0.028, 0.045}))
        .pkv(Triangular{0.05, 0.08, 0.11}, Triangular{120, 150, 190})
        .other_revenue(Triangular{1.6, 2.8, 4.0})
        .ramp_up(3, 0.25)
        .kv_payment(0.8, 3)
        .surcharge("ti-pauschale", 0.0, 237.78)
        .staff_per_doctor("mfa", 2.2,
                          {.salary = Triangular{36000, 38500, 42000}, .on_cost = 0.21, .raise = staff_raise})
        .staff("practice_manager", 1.0,
               {.salary = Triangular{38400, 42000, 45600}, .on_cost = 0.21, .raise = staff_raise})
        .rent_by_area(260, Triangular{8, 10, 13})
        .rent_increase(0.02)
        .running_costs({.fixed = Triangular{7000, 9000, 12000}, .per_case = 1.5, .share_of_revenue = 0.0})
        .cost_inflation(each_year(Triangular{0.015, 0.025, 0.04}))
        .breakeven("gp-1", 70)
        .build();
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
