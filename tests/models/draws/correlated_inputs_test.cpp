// Rank correlation between inputs drawn once per trial (models/draws/correlated_inputs.h): the
// Gaussian copula gives the requested Spearman correlations across sections while each input
// keeps its own distribution, and a correlated investment amount is the same in finance and grant.
// The `correlations` section reader is tested in tests/scenarios/correlations_reader_test.cpp.
#include "models/draws/correlated_inputs.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "models/projection/centre_model.h"
#include "models/projection/projection.h"
#include "sim/copula.h"
#include "tests/support/spec_builder.h"

using namespace mvzsim;
using models::Metric;
using testing::CentreBuilder;

namespace {

// Spearman rank correlation of two equally long samples (no ties expected).
double spearman(const std::vector<double>& a, const std::vector<double>& b) {
    auto ranks = [](const std::vector<double>& v) {
        std::vector<std::size_t> order(v.size());
        for (std::size_t i = 0; i < v.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return v[x] < v[y]; });
        std::vector<double> r(v.size());
        for (std::size_t i = 0; i < order.size(); ++i) r[order[i]] = static_cast<double>(i);
        return r;
    };
    const auto ra = ranks(a), rb = ranks(b);
    const double n = static_cast<double>(a.size());
    double d2 = 0;
    for (std::size_t i = 0; i < a.size(); ++i) d2 += (ra[i] - rb[i]) * (ra[i] - rb[i]);
    return 1.0 - 6.0 * d2 / (n * (n * n - 1.0));
}

}  // namespace

TEST_CASE("rank correlation between named inputs", "[models][correlation]") {
    // Cases and the private share, both uniform and drawn once per trial, correlated at 0.8.
    // With equal fees, the private share of revenue equals the private share of cases.
    const auto spec = CentreBuilder({2027, 1}, 1)
                          .name("Corr")
                          .doctor("gp-1")
                          .cases_per_fte_per_quarter(sim::Uniform{700, 1000})
                          .gkv_eur_per_case(100)
                          .pkv(sim::Uniform{0.05, 0.15}, 100)
                          .correlate("billing.cases_per_fte_per_quarter", "billing.private.share_of_cases", 0.8)
                          .build();
    REQUIRE(spec.correlations.inputs.size() == 2);
    const models::CentreModel model(spec);
    const std::size_t n = 20000;
    const auto trials = models::simulate(model, {.seed = 9, .trials = n, .threads = 2});
    std::vector<double> cases(n), share(n);
    for (std::size_t t = 0; t < n; ++t) {
        cases[t] = trials.at(t, models::CentreModel::output_index(0, Metric::cases));
        const double pkv = trials.at(t, models::CentreModel::output_index(0, Metric::pkv_revenue));
        share[t] = pkv / (pkv + trials.at(t, models::CentreModel::output_index(0, Metric::gkv_revenue)));
    }
    // Standard error of a sample Spearman coefficient: at most 1 / sqrt(n - 1).
    CHECK(std::abs(spearman(cases, share) - 0.8) < 4.0 / std::sqrt(n - 1.0));
    // The marginals keep their distributions: mean cases 850 x 4 a year.
    sim::RunningStats c;
    for (double x : cases) c.add(x);
    CHECK(std::abs(c.mean() - 3400) < 4 * c.standard_error());
}

TEST_CASE("add-on and investment inputs can be rank-correlated with the centre's", "[models][correlation]") {
    // A tenant's rent per m2 follows the premises' rent (0.9) and the fit-out's amount runs against
    // the case load (-0.6). The tenant pays from the opening and is never lost, so its yearly rent
    // is 12 x 100 m2 x its rent per m2; the depreciation over a 10-year life is amount / 10 a year.
    const auto spec =
        CentreBuilder({2027, 1}, 1)
            .name("Corr")
            .doctor("gp-1")
            .cases_per_fte_per_quarter(sim::Uniform{700, 1000})
            .gkv_eur_per_case(100)
            .rent_by_area(100, sim::Uniform{8, 12})
            .investment("fit-out", sim::Uniform{50000, 90000}, 0, 10)
            .investment_grant({.name = "fit-out-grant", .rate = 1})
            .tenant("pharmacy", {.area_m2 = 100, .rent_per_m2 = sim::Uniform{6, 10}})
            .correlate("premises.rent_eur_per_m2_per_month", "addons.tenants[pharmacy].rent_eur_per_m2_per_month", 0.9)
            .correlate("billing.cases_per_fte_per_quarter", "finance.investments[fit-out].amount_eur", -0.6)
            .build();
    REQUIRE(spec.correlations.inputs.size() == 4);
    const models::CentreModel model(spec);
    const std::size_t n = 20000;
    const auto trials = models::simulate(model, {.seed = 5, .trials = n, .threads = 2});
    std::vector<double> rent(n), tenant(n), cases(n), amount(n);
    sim::RunningStats tenant_rent;
    std::size_t grant_differs = 0;
    for (std::size_t t = 0; t < n; ++t) {
        // The investment grant (rate 1) sees the same correlated amount as the finance: its
        // released income equals the depreciation.
        const double released = trials.at(t, models::CentreModel::output_index(0, Metric::grants));
        if (std::abs(released - trials.at(t, models::CentreModel::output_index(0, Metric::depreciation))) > 1e-6)
            ++grant_differs;
        rent[t] = trials.at(t, models::CentreModel::output_index(0, Metric::premises_costs));
        tenant[t] = trials.at(t, models::CentreModel::output_index(0, Metric::addons_revenue));
        cases[t] = trials.at(t, models::CentreModel::output_index(0, Metric::cases));
        amount[t] = 10 * trials.at(t, models::CentreModel::output_index(0, Metric::depreciation));
        tenant_rent.add(tenant[t] / 1200);
    }
    const double tolerance = 4.0 / std::sqrt(n - 1.0);  // 4 s.e. of a sample Spearman coefficient
    CHECK(std::abs(spearman(rent, tenant) - 0.9) < tolerance);
    CHECK(std::abs(spearman(cases, amount) + 0.6) < tolerance);
    // The marginal keeps its distribution: mean 8 EUR per m2.
    CHECK(std::abs(tenant_rent.mean() - 8.0) < 4 * tenant_rent.standard_error());
    CHECK(grant_differs == 0);
}
