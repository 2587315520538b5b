#pragma once
// The value each uncertain input took in a trial, redrawn after the run from the input's own
// stream: a stream's draws depend only on (seed, trial, stream name), so they are exactly those the
// projection used, and no mechanism needs to record them. What "the value in a trial" is:
//   - drawn once per trial: that value (the copula's, when the input is rank-correlated);
//   - drawn each period (`draw: month` or `draw: year`): the mean of the trial's draws, one per
//     month of the horizon or one per January after the opening year, as the mechanisms draw
//     them (models/draws/input_draw.h: MonthlySeries and growth_index);
//   - drawn anew at each event (a doctor's refill_months, a tenant's months_to_relet): no single
//     value; such inputs are not traced (traceable() is false), nor are fixed ones.
#include <cstdint>
#include <span>
#include <vector>

#include "models/calendar.h"
#include "models/draws/compiled_input.h"
#include "models/draws/correlated_inputs.h"
#include "models/spec/centre_spec.h"

namespace mvzsim::models {

struct TracedInput {
    Input input;
    bool yearly = false;  // drawn per period: a yearly rate (else a monthly flow)
};

// Whether an input has one value per trial to trace: uncertain, and not drawn anew at each event.
bool traceable(const Input& input);

class TrialValues {
public:
    // Every input must be traceable().
    TrialValues(std::span<const TracedInput> inputs, const CorrelationSpec& correlations, const Calendar& calendar);

    std::size_t size() const { return inputs_.size(); }
    // The value of each input in trial `trial` of a run seeded with `seed`, into `out` (size() values).
    void values(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const;

private:
    std::vector<CompiledInput> inputs_;
    std::vector<int> draws_;  // per input: 1 (drawn once per trial) or its draws per trial
    CorrelatedInputs correlations_;
};

}  // namespace mvzsim::models
