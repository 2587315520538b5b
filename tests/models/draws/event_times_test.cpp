// Event times by inversion (models/draws/event_times.h): hand-computed months, and, for every
// example, the doctors' departures and the tenants' losses drawn by inversion against the way they
// were drawn before (one uniform a month, kept here as the reference), within 4 standard errors.
#include "models/draws/event_times.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "models/draws/streams.h"
#include "models/mechanisms/addons.h"
#include "models/mechanisms/positions.h"
#include "models/projection/centre_model.h"
#include "scenarios/scenario_loader.h"
#include "sim/statistics.h"

using namespace mvzsim;

TEST_CASE("months until an event by inversion: hand-computed cases", "[models][draws][event_times]") {
    // q = 0.5: K = 1 + floor(ln(1 - u) / ln 0.5): u = 0 -> 1; u = 0.49: ln 0.51 / ln 0.5 = 0.971 -> 1;
    // u = 0.5: exactly 1 -> 2; u = 0.75: ln 0.25 / ln 0.5 = 2 -> 3; u = 0.8: 2.32 -> 3.
    const double half = std::log(0.5);
    CHECK(models::months_until_event(0.0, half, 100) == 1);
    CHECK(models::months_until_event(0.49, half, 100) == 1);
    CHECK(models::months_until_event(0.5, half, 100) == 2);
    CHECK(models::months_until_event(0.75, half, 100) == 3);
    CHECK(models::months_until_event(0.8, half, 100) == 3);
    CHECK(models::months_until_event(0.8, half, 2) == 2);  // beyond the cap: the cap
    // A yearly probability of 1 is an event in the first month, of 0 never.
    CHECK(models::months_until_event(0.999, models::log_monthly_survival(1.0), 100) == 1);
    CHECK(models::months_until_event(0.001, models::log_monthly_survival(0.0), 100) == 100);
    // ln(1 - q) with q = 1 - 0.7^(1/12) is ln(0.7) / 12.
    CHECK(models::log_monthly_survival(0.3) == Approx(std::log(0.7) / 12.0).epsilon(1e-15));
}

namespace {

constexpr std::uint64_t kTrials = 20000;

std::vector<scenarios::Scenario> examples() {
    std::vector<scenarios::Scenario> out;
    for (const char* dir : {MVZSIM_SOURCE_DIR "/examples", MVZSIM_SOURCE_DIR "/examples/variants"})
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.path().extension() == ".yaml") out.push_back(scenarios::load_scenario(e.path().string()));
    return out;
}

// The statistics compared: months in post (or let) in each year of the horizon, and the number of
// fills (or lettings) in the horizon.
struct Tally {
    std::vector<sim::RunningStats> by_year;
    sim::RunningStats spells;
    explicit Tally(int years) : by_year(static_cast<std::size_t>(years)) {}
    void add(const std::vector<int>& months_by_year, int spell_count) {
        for (std::size_t y = 0; y < by_year.size(); ++y) by_year[y].add(months_by_year[y]);
        spells.add(spell_count);
    }
};

// Every statistic of `a` and `b` (independent samples) within 4 combined standard errors.
void check_agree(const Tally& a, const Tally& b) {
    auto agree = [](const sim::RunningStats& x, const sim::RunningStats& y) {
        const double se = std::sqrt(x.variance() / x.count() + y.variance() / y.count());
        INFO("means " << x.mean() << " and " << y.mean() << ", combined s.e. " << se);
        CHECK(std::abs(x.mean() - y.mean()) <= 4.0 * se + 1e-12);
    };
    for (std::size_t y = 0; y < a.by_year.size(); ++y) {
        INFO("year " << y);
        agree(a.by_year[y], b.by_year[y]);
    }
    INFO("spells");
    agree(a.spells, b.spells);
}

// A doctor position's months in post drawn as before the inversion: one uniform a month from the
// departure stream, in post or not, a departure when it is below q = 1 - (1 - p)^(1/12).
std::vector<std::uint8_t> filled_month_by_month(const models::CompiledPosition& p, const models::TrialKey& key,
                                                int months, int& fills) {
    const double leave_rate = models::InputDraw(p.departures, key).next();
    const models::MonthIndex first =
        p.start + static_cast<int>(std::lround(std::max(0.0, models::InputDraw(p.time_to_fill, key).next())));
    const double q = 1.0 - std::pow(1.0 - leave_rate, 1.0 / 12.0);
    sim::Rng refill(sim::Rng::TrialBase{key.base}, p.refill.key);
    sim::Rng departure(sim::Rng::TrialBase{key.base}, p.departure_key);
    std::vector<std::uint8_t> filled(static_cast<std::size_t>(months), 0);
    int next_fill = first;
    bool in_post = false;
    fills = 0;
    for (int m = 0; m < months; ++m) {
        const double u = departure.uniform01();
        if (!in_post && m >= next_fill) in_post = true, ++fills;
        if (!in_post) continue;
        filled[static_cast<std::size_t>(m)] = 1;
        if (u < q) {
            in_post = false;
            const double gap =
                sim::is_fixed(p.refill.distribution) ? sim::mean(p.refill.distribution) : p.refill.sampler(refill);
            next_fill = m + 1 + static_cast<int>(std::lround(std::max(0.0, gap)));
        }
    }
    return filled;
}

std::vector<int> by_year(const models::Calendar& calendar, const std::vector<std::uint8_t>& months) {
    std::vector<int> out(static_cast<std::size_t>(calendar.years()), 0);
    for (int m = 0; m < calendar.months(); ++m)
        out[static_cast<std::size_t>(calendar.year_index(m))] += months[static_cast<std::size_t>(m)];
    return out;
}

}  // namespace

TEST_CASE("every example's departures by inversion agree with one uniform a month",
          "[models][draws][event_times][examples]") {
    int compared = 0;
    for (const auto& scenario : examples()) {
        const models::CentreModel model(scenario.spec);
        const models::Calendar& calendar = model.calendar();
        for (const auto& doctor : scenario.spec.doctors) {
            const auto& departures = doctor.recruitment.departures_per_year.distribution;
            if (sim::is_fixed(departures) && sim::mean(departures) <= 0.0) continue;
            INFO(scenario.spec.name << ", " << doctor.id);
            const auto p = models::compile_position(doctor);
            Tally inversion(calendar.years()), monthly(calendar.years());
            for (std::uint64_t trial = 0; trial < kTrials; ++trial) {
                // Different seeds: two independent samples of the same law.
                const auto t = models::draw_timeline(p, {1, trial}, calendar.months(), calendar.years());
                std::vector<std::uint8_t> filled(static_cast<std::size_t>(calendar.months()));
                for (int m = 0; m < calendar.months(); ++m) filled[static_cast<std::size_t>(m)] = t.filled(m) ? 1 : 0;
                inversion.add(by_year(calendar, filled),
                              static_cast<int>(t.contiguous ? (t.first_filled >= 0) : t.fills.size()));
                int fills = 0;
                const auto old = filled_month_by_month(p, {2, trial}, calendar.months(), fills);
                monthly.add(by_year(calendar, old), fills);
            }
            check_agree(inversion, monthly);
            ++compared;
        }
    }
    CHECK(compared >= 10);  // the examples' positions with departures
}

namespace {

// A tenant's months let drawn as before the inversion: one uniform a month from the loss stream from
// the opening month on, a loss at the end of a let month when it is below q = 1 - (1 - p)^(1/12).
std::vector<std::uint8_t> let_month_by_month(const models::TenantSpec& spec, const models::TrialKey& key, int months,
                                             int& lettings) {
    const double p = models::InputDraw(models::compile(spec.loss_probability_per_year), key).next();
    const double q = 1.0 - std::pow(1.0 - p, 1.0 / 12.0);
    sim::Rng losses(key.seed, key.trial, models::streams::key(models::streams::tenant_losses(spec.name)));
    sim::Rng relet(key.seed, key.trial, models::streams::key(spec.months_to_relet.stream));
    const auto& gap_law = spec.months_to_relet.distribution;
    std::vector<std::uint8_t> let(static_cast<std::size_t>(months), 0);
    models::MonthIndex let_from = spec.lease_start;
    lettings = 0;
    bool was_let = false;
    for (int m = 0; m < months; ++m) {
        const double u = losses.uniform01();
        const bool now = m >= let_from;
        if (now && !was_let) ++lettings;
        was_let = now;
        if (!now) continue;
        let[static_cast<std::size_t>(m)] = 1;
        if (u < q) {
            const double gap = sim::is_fixed(gap_law) ? sim::mean(gap_law) : sim::sample(gap_law, relet);
            let_from = m + 1 + static_cast<models::MonthIndex>(std::lround(std::max(0.0, gap)));
        }
    }
    return let;
}

}  // namespace

TEST_CASE("every example's tenant losses by inversion agree with one uniform a month",
          "[models][draws][event_times][examples]") {
    int compared = 0;
    for (const auto& scenario : examples()) {
        const models::CentreModel model(scenario.spec);
        const models::Calendar& calendar = model.calendar();
        const auto& tenants = scenario.spec.addons.tenants;
        for (std::size_t i = 0; i < tenants.size(); ++i) {
            const auto& loss = tenants[i].loss_probability_per_year.distribution;
            if (sim::is_fixed(loss) && sim::mean(loss) <= 0.0) continue;
            INFO(scenario.spec.name << ", " << tenants[i].name);
            Tally inversion(calendar.years()), monthly(calendar.years());
            for (std::uint64_t trial = 0; trial < kTrials; ++trial) {
                models::AddonsTrial addons(scenario.spec.addons, models::TrialKey{1, trial, nullptr}, calendar.years());
                std::vector<std::uint8_t> let(static_cast<std::size_t>(calendar.months()));
                int lettings = 0;
                bool was_let = false;
                for (models::MonthWalk walk(calendar); !walk.done(); walk.next()) {
                    addons.month((*walk).m, (*walk).year, 1.0);
                    const bool now = addons.tenant_let(i);
                    let[(*walk).mi()] = now ? 1 : 0;
                    if (now && !was_let) ++lettings;
                    was_let = now;
                }
                inversion.add(by_year(calendar, let), lettings);
                int old_lettings = 0;
                const auto old = let_month_by_month(tenants[i], {2, trial}, calendar.months(), old_lettings);
                monthly.add(by_year(calendar, old), old_lettings);
            }
            check_agree(inversion, monthly);
            ++compared;
        }
    }
    CHECK(compared >= 2);  // rvz-leinebergland's two tenants that may leave
}
