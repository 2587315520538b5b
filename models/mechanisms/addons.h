#pragma once
// The add-on services that make a medical centre (MVZ) a regional care centre (RVZ): an adult day
// care (Tagespflege), tenants renting space in the building, and generic own service lines
// (community nurse, patient transport, ...).
//
// All amounts are in the prices of the opening year; growth indices are 1 in the opening year
// and change each January, as in the centre model.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/addons_spec.h"
#include "models/units.h"
#include "sim/random.h"

namespace mvzsim::models {

// The add-ons' flows in one month of one trial.
struct AddonMonth {
    Money tagespflege_revenue = 0, tagespflege_costs = 0, tenant_rent = 0, service_revenue = 0, service_costs = 0;
    double tagespflege_guests_per_day = 0;
    int tenants_let = 0;

    Money revenue() const { return tagespflege_revenue + tenant_rent + service_revenue; }
    Money costs() const { return tagespflege_costs + service_costs; }
};

// One trial of the add-ons. Inputs draw from their own streams (e.g.
// "addons.tenants[pharmacy].loss_probability_per_year"), so they never shift other draws. Besides
// the streams of its inputs, a tenant uses streams::tenant_losses: one uniform per letting (the
// months until its loss, by inversion), so that its k-th draw always belongs to the k-th letting.
//
// Movable, not copyable.
class AddonsTrial {
public:
    AddonsTrial(const AddonsSpec& spec, std::uint64_t seed, std::uint64_t trial, int years)
        : AddonsTrial(spec, TrialKey{seed, trial, nullptr}, years) {}
    // With the trial's values of a rank-correlation copula (key.correlated): a per-trial input
    // found there takes that value instead of a draw of its own.
    AddonsTrial(const AddonsSpec& spec, const TrialKey& key, int years);

    // Month m of calendar year index y (0 = opening year, < years); `inflation` is the running-cost
    // inflation index of year y. Months must come in increasing order; skipped months are
    // simulated (tenants may be lost in them) but not returned.
    AddonMonth month(MonthIndex m, int y, double inflation);

    // Whether tenant `index` (in the order of the spec) was let in the month last returned.
    bool tenant_let(std::size_t index) const { return tenants_.at(index).let_now; }

    // Whether a spec has any add-on.
    static bool any(const AddonsSpec& spec) {
        return spec.tagespflege.present || !spec.tenants.empty() || !spec.services.empty();
    }
    // Every month of a trial's add-ons: the month-by-month flows for the calendar's months, with the
    // running-cost inflation index `inflation` (the add-ons' fixed costs follow it).
    static std::vector<AddonMonth> months(const AddonsSpec& spec, const TrialKey& key, const Calendar& calendar,
                                          const YearIndex& inflation);

private:
    struct Tagespflege {
        double places = 0.0;
        MonthIndex start = 0;
        int ramp_up_months = 0;
        double start_occupancy = 0.0;
        double opening_days = 0.0;       // per month
        double eur_per_guest_day = 0.0;  // weighted care part + self-paid part, opening-year prices
        YearIndex price_index;
        double staff_fte_per_guest = 0.0;
        double staff_monthly_full_cost = 0.0;  // EUR per FTE per month, on-costs included, opening year
        YearIndex raise_index;
        std::optional<InputDraw> occupancy;
        std::optional<InputDraw> fixed_costs;
    };
    struct Tenant {
        Tenant(const TenantSpec& spec, const TrialKey& key, int years);
        double monthly_rent = 0.0;  // area x rent per m2, opening-year prices
        YearIndex rent_index;
        MonthIndex let_from = 0;        // let from this month on until the next loss
        double log_monthly_stay = 0.0;  // ln(1 - q) of the monthly loss probability q (event_times.h)
        sim::Rng loss_events;           // one uniform per letting: its months until the loss
        MonthIndex last_let = -1;       // the last month of the current letting (drawn when it starts)
        sim::Distribution months_to_relet;
        std::optional<sim::Rng> relet_rng;  // one draw per loss; none when months_to_relet is fixed
        bool let_now = false;
    };
    struct Service {
        MonthIndex start = 0;
        InputDraw revenue;
        InputDraw costs;
    };

    // An InputDraw whose compiled input lives on the heap, so that moving the trial keeps it valid.
    InputDraw monthly_draw(const Input& input, const TrialKey& key);
    void step(MonthIndex m, int y, double inflation, AddonMonth& out);
    void step_tagespflege(MonthIndex m, int y, double inflation, AddonMonth& out);
    void step_tenant(Tenant& t, MonthIndex m, int y, AddonMonth& out);

    [[maybe_unused]] int years_;  // checked by an assertion only (not read in a Release build)
    MonthIndex next_month_ = 0;
    std::vector<std::unique_ptr<CompiledInput>> compiled_;
    std::unique_ptr<Tagespflege> tagespflege_;
    std::vector<Tenant> tenants_;
    std::vector<Service> services_;
};

}  // namespace mvzsim::models
