#include "models/mechanisms/addons.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>

#include "models/draws/event_times.h"
#include "models/draws/streams.h"

namespace mvzsim::models {
namespace {

// The value of an input that is drawn once per trial.
double draw_once(const Input& input, const TrialKey& key) {
    const CompiledInput compiled = compile(input);
    InputDraw draw(compiled, key);
    return draw.next();
}

// EUR per guest-day of the care part: the fees of PG 2..5 weighted by the Pflegegrad mix.
double weighted_care_rate(const TagespflegeSpec& spec) {
    assert(spec.pflegegrad_weights.size() == 4 && spec.care_eur_per_day.size() == 4);
    const double total = std::accumulate(spec.pflegegrad_weights.begin(), spec.pflegegrad_weights.end(), 0.0);
    assert(total > 0.0);
    double rate = 0.0;
    for (std::size_t i = 0; i < 4; ++i) rate += spec.pflegegrad_weights[i] / total * spec.care_eur_per_day[i];
    return rate;
}

}  // namespace

AddonsTrial::Tenant::Tenant(const TenantSpec& spec, const TrialKey& key, int years)
    : rent_index(growth_index(compile(spec.rent_increase_per_year), key, years)),
      let_from(spec.lease_start),
      loss_events(key.seed, key.trial, streams::key(streams::tenant_losses(spec.name))),
      months_to_relet(spec.months_to_relet.distribution) {
    monthly_rent = spec.area_m2 * draw_once(spec.rent_eur_per_m2_per_month, key);
    log_monthly_stay = log_monthly_survival(draw_once(spec.loss_probability_per_year, key));
    // Whatever its `draw`, the gap is drawn anew at each loss: the k-th draw belongs to the k-th loss.
    if (!sim::is_fixed(months_to_relet))
        relet_rng.emplace(key.seed, key.trial, streams::key(spec.months_to_relet.stream));
}

AddonsTrial::AddonsTrial(const AddonsSpec& spec, const TrialKey& key, int years) : years_(years) {
    const TagespflegeSpec& tp = spec.tagespflege;
    if (tp.present) {
        auto t = std::make_unique<Tagespflege>();
        t->places = tp.places;
        t->start = tp.start;
        t->ramp_up_months = tp.ramp_up_months;
        t->start_occupancy = tp.start_occupancy;
        t->opening_days = draw_once(tp.opening_days_per_month, key);
        t->eur_per_guest_day = weighted_care_rate(tp) + draw_once(tp.self_paid_eur_per_day, key);
        t->price_index = growth_index(compile(tp.price_growth_per_year), key, years);
        t->staff_fte_per_guest = tp.care_staff_fte_per_guest;
        // As a centre's payroll: yearly salary / 12 x (1 + on-cost rate), times the raise index.
        t->staff_monthly_full_cost = draw_once(tp.care_staff_pay.salary_per_year, key) / 12.0 *
                                     (1.0 + draw_once(tp.care_staff_pay.on_cost_rate, key));
        t->raise_index = growth_index(compile(tp.care_staff_pay.raise_per_year), key, years);
        t->occupancy = monthly_draw(tp.occupancy, key);
        t->fixed_costs = monthly_draw(tp.fixed_eur_per_month, key);
        tagespflege_ = std::move(t);
    }
    tenants_.reserve(spec.tenants.size());
    for (const auto& t : spec.tenants) tenants_.emplace_back(t, key, years);
    services_.reserve(spec.services.size());
    for (const auto& s : spec.services)
        services_.push_back(
            {s.start, monthly_draw(s.revenue_eur_per_month, key), monthly_draw(s.costs_eur_per_month, key)});
}

std::vector<AddonMonth> AddonsTrial::months(const AddonsSpec& spec, const TrialKey& key, const Calendar& calendar,
                                            const YearIndex& inflation) {
    AddonsTrial addons(spec, key, calendar.years());
    std::vector<AddonMonth> out;
    out.reserve(static_cast<std::size_t>(calendar.months()));
    for (MonthWalk walk(calendar); !walk.done(); walk.next()) {
        const MonthStep& at = *walk;
        out.push_back(addons.month(at.m, at.year, inflation[at.yi()]));
    }
    return out;
}

InputDraw AddonsTrial::monthly_draw(const Input& input, const TrialKey& key) {
    compiled_.push_back(std::make_unique<CompiledInput>(compile(input)));
    return InputDraw(*compiled_.back(), key);
}

AddonMonth AddonsTrial::month(MonthIndex m, int y, double inflation) {
    assert(m >= next_month_ && y >= 0 && y < years_);
    AddonMonth out;
    // Skipped months still advance every stream, so that draws stay tied to their months.
    while (next_month_ < m) {
        AddonMonth skipped;
        step(next_month_++, y, inflation, skipped);
    }
    step(next_month_++, y, inflation, out);
    return out;
}

// Every monthly stream advances every month, whether the line has started or not, so that a
// stream's k-th draw always belongs to month k.
void AddonsTrial::step(MonthIndex m, int y, double inflation, AddonMonth& out) {
    if (tagespflege_) step_tagespflege(m, y, inflation, out);
    for (auto& t : tenants_) step_tenant(t, m, y, out);
    for (auto& s : services_) {
        const double revenue = s.revenue.next();
        const double costs = s.costs.next();
        if (m < s.start) continue;
        out.service_revenue += revenue;
        out.service_costs += costs;
    }
}

void AddonsTrial::step_tagespflege(MonthIndex m, int y, double inflation, AddonMonth& out) {
    Tagespflege& t = *tagespflege_;
    const auto yi = static_cast<std::size_t>(y);
    const double target = t.occupancy->next();
    const double fixed = t.fixed_costs->next();
    if (m < t.start) return;
    // Linear ramp: start_occupancy in the first month, the target from month ramp_up_months on.
    const int since_start = m - t.start;
    const double occupancy =
        since_start < t.ramp_up_months
            ? t.start_occupancy + (target - t.start_occupancy) * since_start / static_cast<double>(t.ramp_up_months)
            : target;
    const double guests = t.places * occupancy;  // average guests per opening day
    out.tagespflege_guests_per_day = guests;
    out.tagespflege_revenue = guests * t.opening_days * t.eur_per_guest_day * t.price_index[yi];
    out.tagespflege_costs =
        guests * t.staff_fte_per_guest * t.staff_monthly_full_cost * t.raise_index[yi] + fixed * inflation;
}

// A let tenant pays the month's rent. When a letting starts, its months until the loss K are drawn
// by inversion from one uniform (models/draws/event_times.h: the geometric law of a loss with the
// monthly probability 1 - (1 - p)^(1/12)); the tenant leaves at the end of its K-th month, and the
// unit stays empty for months_to_relet months.
void AddonsTrial::step_tenant(Tenant& t, MonthIndex m, int y, AddonMonth& out) {
    t.let_now = m >= t.let_from;
    if (!t.let_now) return;
    if (t.last_let < m) {  // a letting starts: draw its months until the loss
        const int horizon = years_ * kMonthsPerYear;
        const int k = months_until_event(t.loss_events.uniform01(), t.log_monthly_stay, horizon + 1);
        t.last_let = k > horizon ? std::numeric_limits<MonthIndex>::max() : m + k - 1;
    }
    out.tenant_rent += t.monthly_rent * t.rent_index[static_cast<std::size_t>(y)];
    ++out.tenants_let;
    if (m == t.last_let) {
        const double gap = t.relet_rng ? sim::sample(t.months_to_relet, *t.relet_rng) : sim::mean(t.months_to_relet);
        t.let_from = m + 1 + static_cast<MonthIndex>(std::lround(std::max(0.0, gap)));
    }
}

}  // namespace mvzsim::models
