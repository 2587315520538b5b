#pragma once
// Income taxes of a centre that is not tax-exempt: on each calendar year's positive result before
// tax, after the losses carried forward from earlier years, corporate tax with the solidarity
// surcharge, and trade tax on the result plus its add-backs (a quarter of the interest and of half
// the rent above 200,000 EUR a year, § 8 Nr. 1 GewStG), booked (and paid) in December. A loss adds
// to the carry-forward; corporate and trade tax each have their own (§ 10d EStG, § 10a GewStG).
#include <algorithm>

#include "models/calendar.h"
#include "models/spec/taxes_spec.h"
#include "models/units.h"

namespace mvzsim::models {

class Taxes {
public:
    explicit Taxes(const TaxesSpec& spec) : spec_(spec), active_(spec.present && !spec.exempt) {}

    // The combined rate on taxable profit: k (1 + soli) + trade base rate x Hebesatz.
    double rate() const { return corporate_rate() + trade_rate(); }

    class Run {
    public:
        explicit Run(const Taxes& t) : t_(t) {}
        // Adds month `at`'s result before tax, its interest and its rent (the premises); returns the
        // tax booked in the month (December only).
        Money month(const MonthStep& at, Money result_before_tax, Money interest = 0.0, Money rent = 0.0) {
            if (!t_.active_) return 0.0;
            year_ += result_before_tax;
            financing_ += interest + t_.spec_.addback_rent_share * rent;
            if (at.month_of_year != 12) return 0.0;
            const Money result = year_;
            const Money addbacks = t_.spec_.addback_share * std::max(0.0, financing_ - t_.spec_.addback_allowance_eur);
            year_ = financing_ = 0.0;
            const Money corporate = t_.taxable(result, carried_);
            const Money trade = t_.taxable(result + addbacks, trade_carried_);
            return corporate * t_.corporate_rate() + trade * t_.trade_rate();
        }
        Money carried_forward() const { return carried_; }              // corporate tax
        Money trade_carried_forward() const { return trade_carried_; }  // trade tax

    private:
        const Taxes& t_;
        Money year_ = 0.0;           // this year's result before tax so far
        Money financing_ = 0.0;      // this year's interest + the financing share of its rent so far
        Money carried_ = 0.0;        // losses carried forward (corporate tax)
        Money trade_carried_ = 0.0;  // losses carried forward (trade tax)
    };

    double corporate_rate() const { return spec_.corporate_rate * (1.0 + spec_.solidarity_rate); }
    double trade_rate() const { return spec_.trade_base_rate * spec_.trade_multiplier; }

private:
    // The taxable part of a year's base after the losses carried forward, which it updates: a loss
    // adds to them; a profit is offset in full up to the limit and at the share above it (minimum
    // taxation).
    Money taxable(Money base, Money& carried) const {
        if (base <= 0.0) {
            carried += -base;
            return 0.0;
        }
        const Money room = std::min(base, spec_.loss_offset_limit_eur) +
                           spec_.loss_offset_share * std::max(0.0, base - spec_.loss_offset_limit_eur);
        const Money offset = std::min(carried, room);
        carried -= offset;
        return base - offset;
    }

    TaxesSpec spec_;
    bool active_;
};

}  // namespace mvzsim::models
