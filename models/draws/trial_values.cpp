#include "models/draws/trial_values.h"

#include <cassert>

#include "models/draws/input_draw.h"

namespace mvzsim::models {

bool traceable(const Input& input) {
    return !sim::is_fixed(input.distribution) && !streams::drawn_per_event(input.stream);
}

TrialValues::TrialValues(std::span<const TracedInput> inputs, const CorrelationSpec& correlations,
                         const Calendar& calendar)
    : correlations_(correlations) {
    for (const auto& t : inputs) {
        assert(traceable(t.input));
        inputs_.push_back(compile(t.input));
        // growth_index draws a rate for each January after the opening year; MonthlySeries one per month.
        const int periods = t.yearly ? calendar.years() - 1 : calendar.months();
        draws_.push_back(t.input.draw == Draw::per_period ? periods : 1);
    }
}

void TrialValues::values(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const {
    assert(out.size() == inputs_.size());
    CorrelatedValues correlated;
    correlations_.draw(seed, trial, correlated);
    const TrialKey key{seed, trial, correlations_.empty() ? nullptr : &correlated};
    for (std::size_t i = 0; i < inputs_.size(); ++i) {
        InputDraw draw(inputs_[i], key);
        if (draws_[i] <= 0) {  // a yearly rate over a one-year horizon is never drawn
            out[i] = sim::mean(inputs_[i].distribution);
            continue;
        }
        double sum = 0.0;
        for (int k = 0; k < draws_[i]; ++k) sum += draw.next();
        out[i] = sum / draws_[i];
    }
}

}  // namespace mvzsim::models
