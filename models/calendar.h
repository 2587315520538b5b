#pragma once
// Calendar of a projection: monthly steps from the opening month to the end of the last calendar
// year of the horizon. Years are calendar years (the council's budget year), so the first year
// is partial when the centre opens after January.
#include <cstddef>
#include <string>

#include "models/units.h"

namespace mvzsim::models {

struct YearMonth {
    int year = 0;
    int month = 1;  // 1..12
    friend bool operator==(const YearMonth&, const YearMonth&) = default;
};

// "2026-04"
std::string to_string(const YearMonth& ym);
// Months from `from` to `to` (negative when `to` is earlier).
int months_between(const YearMonth& from, const YearMonth& to);

class Calendar {
public:
    Calendar(YearMonth opening, int horizon_years) : opening_(opening), years_(horizon_years) {}

    YearMonth opening() const { return opening_; }
    int years() const { return years_; }
    // Months from the opening month to December of the last year.
    int months() const { return years_ * 12 - (opening_.month - 1); }
    // Months of year `year_index` within the projection: the first year may be partial.
    int months_in_year(int year_index) const { return year_index == 0 ? 13 - opening_.month : 12; }
    int calendar_year(int year_index) const { return opening_.year + year_index; }
    // Index of the calendar year (0 = opening year) that month `m` falls in.
    int year_index(MonthIndex m) const { return (opening_.month - 1 + m) / 12; }
    // Calendar month 1..12 of month `m`.
    int month_of_year(MonthIndex m) const { return (opening_.month - 1 + m) % 12 + 1; }
    YearMonth at(MonthIndex m) const { return {calendar_year(year_index(m)), month_of_year(m)}; }

private:
    YearMonth opening_;
    int years_;
};

// One month of a projection, as the monthly loops see it.
struct MonthStep {
    MonthIndex m = 0;       // months since the opening month
    int year = 0;           // index of its calendar year (0 = the opening year)
    int month_of_year = 1;  // 1..12
    std::size_t mi() const { return static_cast<std::size_t>(m); }
    std::size_t yi() const { return static_cast<std::size_t>(year); }
};

// Walks the months of a calendar in order; year and month advance without a division per month.
class MonthWalk {
public:
    explicit MonthWalk(const Calendar& calendar) : months_(calendar.months()), step_{0, 0, calendar.opening().month} {}
    bool done() const { return step_.m >= months_; }
    const MonthStep& operator*() const { return step_; }
    void next() {
        ++step_.m;
        if (++step_.month_of_year == 13) {
            step_.month_of_year = 1;
            ++step_.year;
        }
    }

private:
    int months_;
    MonthStep step_;
};

}  // namespace mvzsim::models
