#include "models/positions.h"

#include <cmath>

#include "models/input_draw.h"

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
    p.departure_key = sim::stream_key("doctors[" + d.id + "].departure");
    return p;
}

PositionTimeline draw_timeline(const CompiledPosition& p, const TrialKey& key, int months, int years) {
    PositionTimeline t;
    t.raise = growth_index(p.raise, key, years);
    t.salary_per_year = InputDraw(p.salary, key).next();
    t.on_cost_rate = InputDraw(p.on_cost, key).next();
    t.productivity = InputDraw(p.productivity, key).next();
    t.hire_cost = InputDraw(p.recruiting_cost, key).next();
    const double leave_rate = InputDraw(p.departures, key).next();
    const MonthIndex first =
        p.start + static_cast<int>(std::lround(std::max(0.0, InputDraw(p.time_to_fill, key).next())));
    if (leave_rate <= 0.0) {
        t.first_filled = first < months ? first : -1;
        return t;
    }
    // Monthly probability of leaving from a yearly one.
    const double leave_monthly = 1.0 - std::pow(1.0 - leave_rate, 1.0 / 12.0);
    t.contiguous = false;
    const auto n = static_cast<std::size_t>(months);
    t.filled_months.assign(n, 0);
    t.recruiting_months.assign(n, 0.0);
    sim::Rng refill_rng(sim::Rng::TrialBase{key.base}, p.refill.key);
    sim::Rng departure_rng(sim::Rng::TrialBase{key.base}, p.departure_key);
    MonthIndex next_fill = first;
    bool in_post = false;
    for (MonthIndex m = 0; m < months; ++m) {
        // One uniform per month whatever the state: the k-th draw belongs to month k.
        const double u = departure_rng.uniform01();
        const auto mi = static_cast<std::size_t>(m);
        if (!in_post && m >= next_fill) {
            in_post = true;
            t.recruiting_months[mi] = t.hire_cost;
            t.fills.push_back(m);
            if (t.first_filled < 0) t.first_filled = m;
        }
        if (!in_post) continue;
        t.filled_months[mi] = 1;
        if (u < leave_monthly) {  // leaves at the end of this month
            in_post = false;
            const double gap =
                sim::is_fixed(p.refill.distribution) ? sim::mean(p.refill.distribution) : p.refill.sampler(refill_rng);
            next_fill = m + 1 + static_cast<int>(std::lround(std::max(0.0, gap)));
        }
    }
    return t;
}

double ramp_factor(const RampUpSpec& ramp, int months_in_post) {
    if (ramp.quarters <= 0 || months_in_post < 0) return 1.0;
    const int quarter = months_in_post / 3;
    if (quarter >= ramp.quarters) return 1.0;
    const double x = static_cast<double>(quarter) / ramp.quarters;
    const double shape = ramp.shape == RampShape::linear ? x : x * x * (3.0 - 2.0 * x);
    return ramp.start_share + (1.0 - ramp.start_share) * shape;
}

}  // namespace mvzsim::models
