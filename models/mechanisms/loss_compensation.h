#pragma once
// The owner's loss compensation (Verlustausgleich) as a payment into the cash: each calendar
// year's loss max(0, -E_Y), paid in December of the loss year, or in a chosen month of the
// following year, when the annual accounts have established it. A loss due after the horizon is
// not paid within the projection. Cash only: the annual result is unchanged.
#include "models/calendar.h"
#include "models/units.h"

namespace mvzsim::models {

class LossCompensation {
public:
    // `paid`: whether the owner pays at all; `month_next_year`: 0 for December of the loss year,
    // 1..12 for that month of the following year.
    LossCompensation(bool paid, int month_next_year) : paid_(paid), month_(month_next_year) {}

    // Adds month `at`'s result to its year's and returns the owner's payment in the month, EUR.
    Money month(const MonthStep& at, Money result) {
        Money pay = 0.0;
        year_result_ += result;
        if (month_ > 0 && at.month_of_year == month_) {  // last year's loss, after the accounts
            pay = due_;
            due_ = 0.0;
        }
        if (at.month_of_year == 12) {
            const Money loss = paid_ && year_result_ < 0.0 ? -year_result_ : 0.0;
            if (month_ == 0)
                pay = loss;
            else
                due_ = loss;
            year_result_ = 0.0;
        }
        return pay;
    }

private:
    bool paid_;
    int month_;
    Money year_result_ = 0.0;
    Money due_ = 0.0;  // the last year's loss, not yet paid
};

}  // namespace mvzsim::models
