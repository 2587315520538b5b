#include "models/mechanisms/trainees.h"

#include <algorithm>

namespace mvzsim::models {

Trainees::Trainees(const std::vector<TraineeSpec>& spec) : specs_(spec) {
    for (const auto& s : spec)
        compiled_.push_back(
            {compile(s.pay.salary_per_year), compile(s.pay.on_cost_rate), compile(s.pay.raise_per_year)});
}

std::vector<TraineeTrial> Trainees::draw(const TrialKey& key, int years) const {
    std::vector<TraineeTrial> t;
    t.reserve(compiled_.size());
    for (const auto& c : compiled_)
        t.push_back(
            {InputDraw(c.salary, key).next(), InputDraw(c.on_cost, key).next(), growth_index(c.raise, key, years)});
    return t;
}

TraineesMonth Trainees::month(const std::vector<TraineeTrial>& trial, const MonthStep& at) const {
    TraineesMonth out;
    for (std::size_t i = 0; i < specs_.size(); ++i) {
        const TraineeSpec& s = specs_[i];
        if (at.m < s.start || at.m >= s.start + s.months) continue;
        const TraineeTrial& t = trial[i];
        const Money cost = s.fte * t.salary_per_year / 12.0 * (1.0 + t.on_cost_rate) * t.raise[at.yi()];
        out.cost += cost;
        // The funding is a grant towards the trainee's pay: never more than what the post costs.
        out.funding += std::min(cost, s.fte * (s.funding_eur_per_month + s.top_up_eur_per_month));
        out.capacity += s.case_load_share;
    }
    return out;
}

}  // namespace mvzsim::models
