#include "models/mechanisms/takeover.h"

#include <algorithm>
#include <cassert>

#include "models/draws/streams.h"

namespace mvzsim::models {
namespace {

// Straight-line, monthly pro rata from the takeover month (as investments, section 9.1).
void write_off(std::vector<TakeoverMonth>& months, MonthIndex from, Money amount, int life_years) {
    const int life = life_years * kMonthsPerYear;
    const int end = std::min(from + life, static_cast<int>(months.size()));
    for (MonthIndex m = std::max(from, 0); m < end; ++m)
        months[static_cast<std::size_t>(m)].depreciation += amount / life;
}

}  // namespace

Takeovers::Takeovers(const std::vector<TakeoverSpec>& spec, const std::vector<DoctorSpec>& doctors) {
    for (const auto& t : spec) {
        const auto d =
            std::find_if(doctors.begin(), doctors.end(), [&](const DoctorSpec& x) { return x.id == t.position; });
        assert(d != doctors.end());  // validate() checks it
        Item item{t, {}, {}, static_cast<std::size_t>(d - doctors.begin()), d->fte};
        // Each amount from its own stream, named after the takeover (the reader names them so).
        Input goodwill = t.goodwill_eur, equipment = t.equipment_eur;
        if (goodwill.stream.empty()) goodwill.stream = streams::input(streams::takeover(t.name), "goodwill_eur");
        if (equipment.stream.empty()) equipment.stream = streams::input(streams::takeover(t.name), "equipment_eur");
        item.goodwill = compile(goodwill);
        item.equipment = compile(equipment);
        items_.push_back(std::move(item));
    }
}

TakeoversTrial Takeovers::draw(const TrialKey& key, int months) const {
    TakeoversTrial trial;
    for (const Item& item : items_) {
        std::vector<TakeoverMonth> t(static_cast<std::size_t>(std::max(months, 0)));
        const Money goodwill = InputDraw(item.goodwill, key).next();
        const Money equipment = InputDraw(item.equipment, key).next();
        const TakeoverSpec& s = item.spec;
        if (s.month < months) t[static_cast<std::size_t>(s.month)].purchase = goodwill + equipment;
        write_off(t, s.month, goodwill, s.goodwill_life_years);
        write_off(t, s.month, equipment, s.equipment_life_years);
        // The subsidy is paid in its month and released in proportion to the depreciation of the
        // purchase (at once in its month when nothing was paid for the practice).
        if (s.subsidy_eur > 0.0 && s.subsidy_month < months) {
            t[static_cast<std::size_t>(s.subsidy_month)].subsidy_cash = s.subsidy_eur;
            const Money price = goodwill + equipment;
            if (price > 0.0)
                for (auto& month : t) month.subsidy_released = s.subsidy_eur * month.depreciation / price;
            else
                t[static_cast<std::size_t>(s.subsidy_month)].subsidy_released = s.subsidy_eur;
        }
        trial.purchases += goodwill + equipment;
        trial.subsidies += s.subsidy_eur;
        trial.months.push_back(std::move(t));
    }
    return trial;
}

TakeoverMonth Takeovers::month(const TakeoversTrial& trial, std::size_t positions, MonthIndex m) const {
    TakeoverMonth sum;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (items_[i].doctor >= positions) continue;
        const TakeoverMonth& t = trial.months[i][static_cast<std::size_t>(m)];
        sum.purchase += t.purchase;
        sum.depreciation += t.depreciation;
        sum.subsidy_cash += t.subsidy_cash;
        sum.subsidy_released += t.subsidy_released;
    }
    return sum;
}

std::optional<RampUpSpec> Takeovers::inherited_ramp(std::size_t doctor, const BillingSpec& billing) const {
    for (const Item& item : items_) {
        if (item.doctor != doctor || item.spec.previous_cases_per_quarter <= 0.0) continue;
        const double full = item.fte * sim::mean(billing.cases_per_fte_per_quarter.distribution);
        RampUpSpec ramp = billing.ramp_up;
        ramp.start_share = full > 0.0 ? std::min(1.0, item.spec.previous_cases_per_quarter / full) : 1.0;
        return ramp;
    }
    return std::nullopt;
}

}  // namespace mvzsim::models
