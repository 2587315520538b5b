#pragma once
// Income taxes of a centre that is not tax-exempt: on each calendar year's positive result before
// tax, after the losses carried forward from earlier years, corporate tax with the solidarity
// surcharge and trade tax, booked (and paid) in December. A loss adds to the carry-forward.
// Simplified: the trade tax base is the same result (no additions such as part of the interest and
// rents), and both taxes share one carry-forward.
#include <algorithm>

#include "models/calendar.h"
#include "models/spec/taxes_spec.h"
#include "models/units.h"

namespace mvzsim::models {

class Taxes {
public:
    explicit Taxes(const TaxesSpec& spec) : spec_(spec), active_(spec.present && !spec.exempt) {}

    // The combined rate on taxable profit: k (1 + soli) + trade base rate x Hebesatz.
    double rate() const {
        return spec_.corporate_rate * (1.0 + spec_.solidarity_rate) + spec_.trade_base_rate * spec_.trade_multiplier;
    }

    class Run {
    public:
        explicit Run(const Taxes& t) : t_(t) {}
        // Adds month `at`'s result before tax; returns the tax booked in the month (December only).
        Money month(const MonthStep& at, Money result_before_tax) {
            if (!t_.active_) return 0.0;
            year_ += result_before_tax;
            if (at.month_of_year != 12) return 0.0;
            const Money result = year_;
            year_ = 0.0;
            if (result <= 0.0) {
                carried_ += -result;
                return 0.0;
            }
            // Minimum taxation: the carry-forward offsets the profit in full up to the limit and at
            // the share above it.
            const Money room = std::min(result, t_.spec_.loss_offset_limit_eur) +
                               t_.spec_.loss_offset_share * std::max(0.0, result - t_.spec_.loss_offset_limit_eur);
            const Money offset = std::min(carried_, room);
            carried_ -= offset;
            return (result - offset) * t_.rate();
        }
        Money carried_forward() const { return carried_; }

    private:
        const Taxes& t_;
        Money year_ = 0.0;     // this year's result before tax so far
        Money carried_ = 0.0;  // losses carried forward
    };

private:
    TaxesSpec spec_;
    bool active_;
};

}  // namespace mvzsim::models
