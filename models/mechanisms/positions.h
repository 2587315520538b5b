#pragma once
// The doctor positions of one trial: when each is filled or vacant (recruitment, departures,
// refills), how far its case load has ramped up, and what hiring costs.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/billing_spec.h"
#include "models/spec/doctors_spec.h"

namespace mvzsim::models {

class RampTable;

// A position compiled for sampling.
struct CompiledPosition {
    Fte fte = 1.0;
    MonthIndex start = 0;
    CompiledInput salary, on_cost, raise;
    CompiledInput time_to_fill, departures, refill, recruiting_cost, productivity;
    std::uint64_t departure_key = 0;  // stream of the departure draws (one per doctor in post)
    PayrollExtrasSpec payroll;        // special payment, pension, allowance, social security (payroll.h)
    // The first doctor's ramp-up when it is the position's own (a practice taken over with its
    // patients, models/mechanisms/takeover.h); null: the centre's.
    std::shared_ptr<const RampTable> first_ramp;
};

CompiledPosition compile_position(const DoctorSpec& d);

// One position over the months of one trial. A position nobody leaves is in post from its first
// fill to the horizon's end ("contiguous"), which needs no month-by-month arrays.
struct PositionTimeline {
    bool contiguous = true;
    MonthIndex first_filled = -1;             // -1: never filled within the horizon
    Money hire_cost = 0.0;                    // recruiting cost per hire
    std::vector<std::uint8_t> filled_months;  // when not contiguous: 1 when a doctor is in post
    std::vector<Money> recruiting_months;     // when not contiguous: recruiting cost by month
    std::vector<MonthIndex> fills;            // when not contiguous: the months a doctor starts, in order
    double productivity = 1.0;
    Money salary_per_year = 0.0;      // monthly pay x 12 per FTE (salary and allowance), opening year
    double on_cost_rate = 0.0;        // the effective employer rate (payroll.h)
    Money special_payment = 0.0;      // the yearly special payment per FTE with its on-costs, opening year
    int special_month = 0;            // its calendar month; 0: none
    double bonus_on_cost_rate = 0.0;  // the employer rate on a revenue bonus
    YearIndex raise;                  // raise index by year

    bool filled(MonthIndex m) const {
        if (contiguous) return first_filled >= 0 && m >= first_filled;
        return filled_months[static_cast<std::size_t>(m)] != 0;
    }
    // The doctor in post in month m: how many months they have been in post, and whether they are
    // the position's first doctor (else a successor after a departure); months -1 when vacant.
    struct InPost {
        int months = -1;
        bool first = true;
    };
    InPost in_post(MonthIndex m) const {
        if (!filled(m)) return {};
        if (contiguous) return {m - first_filled, true};
        const auto next = std::upper_bound(fills.begin(), fills.end(), m);  // fills are in order
        return {m - *(next - 1), next - 1 == fills.begin()};
    }
    // Months since the position was first filled; -1 before.
    int months_in_post(MonthIndex m) const { return first_filled >= 0 && m >= first_filled ? m - first_filled : -1; }
    // Cost per month of `fte` in post in the opening year: FTE x salary / 12 x (1 + on-costs), EUR.
    Money monthly_cost(Fte fte) const { return fte * salary_per_year / 12.0 * (1.0 + on_cost_rate); }
    // What the post costs in a month it is filled: the monthly pay with on-costs at the year's raise,
    // and in its month the special payment (as a staff line's Payroll::cost; the revenue bonus and
    // recruiting costs are not the post's pay).
    Money month_cost(Fte fte, const MonthStep& at) const {
        const Money monthly = monthly_cost(fte) * raise[at.yi()];
        return at.month_of_year == special_month ? monthly + fte * special_payment * raise[at.yi()] : monthly;
    }
    Money recruiting(MonthIndex m) const {
        if (contiguous) return m == first_filled ? hire_cost : 0.0;
        return recruiting_months[static_cast<std::size_t>(m)];
    }
};

// Draws the timeline: the first fill after time_to_fill months from the planned start; each
// month in post the doctor leaves with probability 1 - (1 - p)^(1/12) (the months in post drawn by
// inversion, one uniform per doctor from its own stream); after a departure the post is vacant for
// refill months (drawn anew each time).
PositionTimeline draw_timeline(const CompiledPosition& p, const TrialKey& key, int months, int years);
// The same into `t`, reusing its arrays (a worker's buffers from trial to trial): no allocation.
void draw_timeline(const CompiledPosition& p, const TrialKey& key, int months, int years, PositionTimeline& t);

// Share of the target case load in the k-th month since a position was first filled.
double ramp_factor(const RampUpSpec& ramp, int months_in_post);

// ramp_factor for each month of the ramp-up, computed once per model (the same values).
class RampTable {
public:
    // The ramp of a successor after a departure: from refill_start_share.
    static RampTable after_refill(RampUpSpec ramp) {
        ramp.start_share = ramp.refill_start_share;
        return RampTable(ramp);
    }
    explicit RampTable(const RampUpSpec& ramp) {
        for (int k = 0; k < 3 * ramp.quarters; ++k) values_.push_back(ramp_factor(ramp, k));
    }
    int months() const { return static_cast<int>(values_.size()); }
    double operator()(int months_in_post) const {
        return months_in_post >= 0 && months_in_post < months() ? values_[static_cast<std::size_t>(months_in_post)]
                                                                : 1.0;
    }

private:
    std::vector<double> values_;
};

// The doctor positions of one run summed month by month. fte, cost, capacity and vacant are
// difference arrays (add up to get the month's value); capacity_direct, recruiting and
// cost_direct (special payments) are the month's own values; planned is a difference array too.
struct DoctorMonths {
    explicit DoctorMonths(std::size_t n) { reset(n); }
    // All eight series of n values at 0, in the storage already held when it is large enough.
    void reset(std::size_t n) {
        storage.assign(8 * n, 0.0);
        double* base = storage.data();  // data(), not [0]: the scratch's first reset has n = 0
        fte = base;
        cost = base + n;
        capacity = base + 2 * n;
        capacity_direct = base + 3 * n;
        recruiting = base + 4 * n;
        vacant = base + 5 * n;
        cost_direct = base + 6 * n;
        planned = base + 7 * n;
    }
    std::vector<double> storage;  // one allocation for the eight series
    double *fte, *cost, *capacity, *capacity_direct, *recruiting, *vacant, *cost_direct;
    double* planned;  // difference array: FTE of the positions whose planned start has come
};

// The first position_fte.size() positions of a trial at these FTE: cost is FTE x the monthly cost x
// the raise index of the year, capacity FTE x productivity x the ramp (a successor's from
// refill_start_share), vacant the positions vacant after their planned start.
DoctorMonths doctor_months(std::span<const CompiledPosition> compiled, std::span<const PositionTimeline> positions,
                           std::span<const Fte> position_fte, const Calendar& calendar, const RampTable& ramp,
                           const RampTable& refill_ramp);
// The same into `d` (reset first, its storage reused).
void doctor_months(std::span<const CompiledPosition> compiled, std::span<const PositionTimeline> positions,
                   std::span<const Fte> position_fte, const Calendar& calendar, const RampTable& ramp,
                   const RampTable& refill_ramp, DoctorMonths& d);

// The doctors in post in one month of a run.
struct DoctorMonth {
    Fte fte = 0.0;           // FTE in post
    Money cost = 0.0;        // salaries and on-costs, EUR
    double capacity = 0.0;   // FTE x productivity x ramp: the share of a full case load
    Money recruiting = 0.0;  // recruiting costs of the month's hires, EUR
    bool vacancy = false;    // a position is vacant after its planned start
    Fte planned_fte = 0.0;   // FTE of the positions whose planned start has come, filled or vacant
};

// Reads DoctorMonths month by month, in order, from the running sums of its difference arrays.
class DoctorsInPost {
public:
    explicit DoctorsInPost(DoctorMonths months) : months_(std::move(months)) {}
    // Gives the months back (their storage for the next run).
    DoctorMonths release() && { return std::move(months_); }
    DoctorMonth next(std::size_t m) {
        fte_ += months_.fte[m];
        cost_ += months_.cost[m];
        capacity_ += months_.capacity[m];
        vacant_ += months_.vacant[m];
        planned_ += months_.planned[m];
        return {fte_,
                cost_ + months_.cost_direct[m],
                capacity_ + months_.capacity_direct[m],
                months_.recruiting[m],
                vacant_ > 0.5,
                planned_};
    }

private:
    DoctorMonths months_;
    double fte_ = 0.0, cost_ = 0.0, capacity_ = 0.0, planned_ = 0.0;
    double vacant_ = 0.0;  // a count, kept as a double beside the other series
};

}  // namespace mvzsim::models
