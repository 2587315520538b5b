#include "models/mechanisms/positions.h"

#include <algorithm>
#include <cmath>

#include "models/draws/event_times.h"
#include "models/draws/streams.h"
#include "models/mechanisms/payroll.h"

namespace mvzsim::models {

CompiledPosition compile_position(const DoctorSpec& d) {
    CompiledPosition p;
    p.fte = d.fte;
    p.start = d.start;
    p.salary = compile(d.pay.salary_per_year);
    p.on_cost = compile(d.pay.on_cost_rate);
    p.raise = compile(d.pay.raise_per_year);
    p.time_to_fill = compile(d.recruitment.time_to_fill_months);
    p.departures = compile(d.recruitment.departures_per_year);
    p.refill = compile(d.recruitment.refill_months);
    p.recruiting_cost = compile(d.recruitment.recruiting_cost_eur);
    p.productivity = compile(d.productivity);
    p.departure_key = streams::key(streams::departures(d.id));
    p.payroll = d.pay.extras;
    return p;
}

PositionTimeline draw_timeline(const CompiledPosition& p, const TrialKey& key, int months, int years) {
    PositionTimeline t;
    draw_timeline(p, key, months, years, t);
    return t;
}

void draw_timeline(const CompiledPosition& p, const TrialKey& key, int months, int years, PositionTimeline& t) {
    // Start from a fresh timeline but keep the arrays' memory.
    std::vector<std::uint8_t> filled = std::move(t.filled_months);
    std::vector<Money> recruiting = std::move(t.recruiting_months);
    std::vector<MonthIndex> fills = std::move(t.fills);
    filled.clear(), recruiting.clear(), fills.clear();
    t = PositionTimeline{};
    t.filled_months = std::move(filled);
    t.recruiting_months = std::move(recruiting);
    t.fills = std::move(fills);
    t.raise = growth_index(p.raise, key, years);
    const PayTerms pay = pay_terms(InputDraw(p.salary, key).next(), InputDraw(p.on_cost, key).next(), p.payroll);
    t.salary_per_year = pay.pay_per_year;
    t.on_cost_rate = pay.on_cost_rate;
    t.special_payment = pay.special_payment;
    t.special_month = pay.special_month;
    t.bonus_on_cost_rate = pay.marginal_rate;
    t.productivity = InputDraw(p.productivity, key).next();
    t.hire_cost = InputDraw(p.recruiting_cost, key).next();
    const double leave_rate = InputDraw(p.departures, key).next();
    const MonthIndex first =
        p.start + static_cast<int>(std::lround(std::max(0.0, InputDraw(p.time_to_fill, key).next())));
    if (leave_rate <= 0.0) {
        t.first_filled = first < months ? first : -1;
        return;
    }
    // In post for K months (the month of the departure included), K drawn by inversion from one
    // uniform per doctor (models/draws/event_times.h): the geometric law of leaving with probability
    // q = 1 - (1 - p)^(1/12) each month in post, one draw per departure instead of one per month.
    const double log_stay = log_monthly_survival(leave_rate);
    t.contiguous = false;
    const auto n = static_cast<std::size_t>(months);
    t.filled_months.assign(n, 0);
    t.recruiting_months.assign(n, 0.0);
    sim::Rng refill_rng(sim::Rng::TrialBase{key.base}, p.refill.key);
    sim::Rng departure_rng(sim::Rng::TrialBase{key.base}, p.departure_key);
    for (MonthIndex fill = first; fill < months;) {
        const auto fi = static_cast<std::size_t>(fill);
        t.recruiting_months[fi] = t.hire_cost;
        t.fills.push_back(fill);
        if (t.first_filled < 0) t.first_filled = fill;
        // The first month vacant again: the doctor leaves at the end of month fill + K - 1.
        const MonthIndex vacant = fill + months_until_event(departure_rng.uniform01(), log_stay, months - fill);
        std::fill(t.filled_months.begin() + fill, t.filled_months.begin() + vacant, std::uint8_t{1});
        if (vacant >= months) break;
        const double gap =
            sim::is_fixed(p.refill.distribution) ? sim::mean(p.refill.distribution) : p.refill.sampler(refill_rng);
        fill = vacant + static_cast<int>(std::lround(std::max(0.0, gap)));
    }
}

double ramp_factor(const RampUpSpec& ramp, int months_in_post) {
    if (ramp.quarters <= 0 || months_in_post < 0) return 1.0;
    const int quarter = months_in_post / 3;
    if (quarter >= ramp.quarters) return 1.0;
    const double x = static_cast<double>(quarter) / ramp.quarters;
    const double shape = ramp.shape == RampShape::linear ? x : x * x * (3.0 - 2.0 * x);
    return ramp.start_share + (1.0 - ramp.start_share) * shape;
}

namespace {

// A position with departures, walked month by month: each month in post adds its FTE and cost
// (this month only) and its capacity at the ramp of the doctor in post; a vacant month after the
// planned start counts as a vacancy.
void add_walked(const CompiledPosition& p, const PositionTimeline& t, Fte fte, const Calendar& calendar,
                const RampTable& ramp, const RampTable& refill_ramp, DoctorMonths& d) {
    const int months = calendar.months();
    const Money monthly_cost = t.monthly_cost(fte);
    const double full_capacity = fte * t.productivity;
    const RampTable& first = p.first_ramp ? *p.first_ramp : ramp;
    std::size_t fill = 0;  // the doctor in post: t.fills[fill] is when they started
    for (MonthIndex m = 0; m < months; ++m) {
        const auto mi = static_cast<std::size_t>(m);
        d.recruiting[mi] += t.recruiting(m);
        if (t.filled(m)) {
            const double cost = monthly_cost * t.raise[static_cast<std::size_t>(calendar.year_index(m))];
            while (fill + 1 < t.fills.size() && t.fills[fill + 1] <= m) ++fill;
            const int in_post = m - t.fills[fill];
            const double capacity = full_capacity * (fill == 0 ? first(in_post) : refill_ramp(in_post));
            d.fte[mi] += fte, d.fte[mi + 1] -= fte;
            d.cost[mi] += cost, d.cost[mi + 1] -= cost;
            if (calendar.month_of_year(m) == t.special_month)
                d.cost_direct[mi] +=
                    fte * t.special_payment * t.raise[static_cast<std::size_t>(calendar.year_index(m))];
            d.capacity_direct[mi] += capacity;
        } else if (m >= p.start) {
            ++d.vacant[mi], --d.vacant[mi + 1];
        }
    }
}

// A position nobody leaves, in post from its first fill to the horizon's end, adds a few steps: its
// fill, each January's raise, the months of its ramp-up, and the full capacity after it.
void add_contiguous(const CompiledPosition& p, const PositionTimeline& t, Fte fte, const Calendar& calendar,
                    const RampTable& centre_ramp, DoctorMonths& d) {
    const RampTable& ramp = p.first_ramp ? *p.first_ramp : centre_ramp;
    const int months = calendar.months();
    const MonthIndex fill = t.first_filled >= 0 ? t.first_filled : months;
    if (p.start < fill)
        ++d.vacant[static_cast<std::size_t>(std::min(p.start, months))], --d.vacant[static_cast<std::size_t>(fill)];
    if (t.first_filled < 0) return;
    const Money monthly_cost = t.monthly_cost(fte);
    const double full_capacity = fte * t.productivity;
    const auto fi = static_cast<std::size_t>(fill);
    d.fte[fi] += fte;
    d.recruiting[fi] += t.hire_cost;
    for (int y = calendar.year_index(fill); y < calendar.years(); ++y) {
        const MonthIndex year_start = std::max(fill, y * 12 - (calendar.opening().month - 1));
        const MonthIndex year_end = std::min(months, (y + 1) * 12 - (calendar.opening().month - 1));
        const double cost = monthly_cost * t.raise[static_cast<std::size_t>(y)];
        d.cost[static_cast<std::size_t>(year_start)] += cost;
        d.cost[static_cast<std::size_t>(year_end)] -= cost;
    }
    if (t.special_month > 0)
        for (MonthIndex m = fill; m < months; ++m)
            if (calendar.month_of_year(m) == t.special_month)
                d.cost_direct[static_cast<std::size_t>(m)] +=
                    fte * t.special_payment * t.raise[static_cast<std::size_t>(calendar.year_index(m))];
    const MonthIndex ramp_end = std::min(months, fill + ramp.months());
    for (MonthIndex m = fill; m < ramp_end; ++m)
        d.capacity_direct[static_cast<std::size_t>(m)] += full_capacity * ramp(m - fill);
    d.capacity[static_cast<std::size_t>(ramp_end)] += full_capacity;
}

}  // namespace

DoctorMonths doctor_months(std::span<const CompiledPosition> compiled, std::span<const PositionTimeline> positions,
                           std::span<const Fte> position_fte, const Calendar& calendar, const RampTable& ramp,
                           const RampTable& refill_ramp) {
    DoctorMonths d(0);
    doctor_months(compiled, positions, position_fte, calendar, ramp, refill_ramp, d);
    return d;
}

void doctor_months(std::span<const CompiledPosition> compiled, std::span<const PositionTimeline> positions,
                   std::span<const Fte> position_fte, const Calendar& calendar, const RampTable& ramp,
                   const RampTable& refill_ramp, DoctorMonths& d) {
    d.reset(static_cast<std::size_t>(calendar.months()) + 1);
    for (std::size_t i = 0; i < position_fte.size(); ++i) {
        d.planned[static_cast<std::size_t>(std::min(compiled[i].start, calendar.months()))] += position_fte[i];
        if (positions[i].contiguous)
            add_contiguous(compiled[i], positions[i], position_fte[i], calendar, ramp, d);
        else
            add_walked(compiled[i], positions[i], position_fte[i], calendar, ramp, refill_ramp, d);
    }
}

}  // namespace mvzsim::models
