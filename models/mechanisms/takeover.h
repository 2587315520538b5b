#pragma once
// Practice takeovers (Praxisübernahme): the purchase of a previous practice by a doctor position,
// paid in the takeover month and written off straight-line, goodwill and equipment each over its
// own useful life; an optional takeover subsidy, paid in its month and released into income with
// the depreciation of what was bought (a special item, as investment grants are); and the
// inherited patient base, from which the position's first doctor ramps up.
#include <optional>
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/billing_spec.h"
#include "models/spec/doctors_spec.h"
#include "models/spec/takeover_spec.h"

namespace mvzsim::models {

// The takeovers' part of one month, EUR, all >= 0.
struct TakeoverMonth {
    Money purchase = 0.0;          // paid for practices taken over (an investment)
    Money depreciation = 0.0;      // of their goodwill and equipment
    Money subsidy_cash = 0.0;      // takeover subsidies paid to the centre
    Money subsidy_released = 0.0;  // their release into income
};

// What one trial draws: each takeover's goodwill and equipment, and its months.
struct TakeoversTrial {
    std::vector<std::vector<TakeoverMonth>> months;  // by takeover, by month
    Money purchases = 0.0;                           // sum of the purchase prices drawn
    Money subsidies = 0.0;                           // sum of the subsidies
};

class Takeovers {
public:
    Takeovers(const std::vector<TakeoverSpec>& spec, const std::vector<DoctorSpec>& doctors);
    bool empty() const { return items_.empty(); }

    TakeoversTrial draw(const TrialKey& key, int months) const;
    // Month m of a run that holds the first `positions` doctor positions: a takeover counts only
    // when its position is among them.
    TakeoverMonth month(const TakeoversTrial& trial, std::size_t positions, MonthIndex m) const;

    // The ramp-up of doctor position `doctor`'s first doctor when it took over a practice with
    // previous cases: billing.ramp_up from the share of the position's full case load
    // (fte x the mean of cases_per_fte_per_quarter) that the previous practice had, at most 1;
    // nullopt for a position without an inherited patient base.
    std::optional<RampUpSpec> inherited_ramp(std::size_t doctor, const BillingSpec& billing) const;

private:
    struct Item {
        TakeoverSpec spec;
        CompiledInput goodwill, equipment;
        std::size_t doctor = 0;
        Fte fte = 1.0;
    };
    std::vector<Item> items_;
};

}  // namespace mvzsim::models
