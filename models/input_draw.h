#pragma once
// Realisation of one input within one trial.
#include <optional>
#include <vector>

#include "models/centre_model.h"
#include "sim/random.h"

namespace mvzsim::models {

inline CompiledInput compile(const Input& input) {
    return {input.distribution, input.draw == Draw::per_period, sim::stream_key(input.stream)};
}

// Yields the input's value period after period: the same value all trial long for a per-trial
// input, a fresh draw from its own stream each period otherwise. A fixed input uses no stream.
class InputDraw {
public:
    InputDraw(const CompiledInput& input, std::uint64_t seed, std::uint64_t trial) : input_(&input) {
        if (sim::is_fixed(input.distribution)) {
            value_ = sim::mean(input.distribution);
            return;
        }
        rng_.emplace(seed, trial, input.key);
        if (!input.per_period) value_ = sim::sample(input.distribution, *rng_);
    }

    double next() {
        if (input_->per_period && rng_) return sim::sample(input_->distribution, *rng_);
        return value_;
    }

private:
    const CompiledInput* input_;
    std::optional<sim::Rng> rng_;
    double value_ = 0.0;
};

// Index of a yearly growth rate: 1 in the opening year, times (1 + rate) each further January.
inline std::vector<double> growth_index(const CompiledInput& rate, std::uint64_t seed, std::uint64_t trial,
                                        int years) {
    std::vector<double> index(static_cast<std::size_t>(years), 1.0);
    InputDraw draw(rate, seed, trial);
    for (std::size_t y = 1; y < index.size(); ++y) index[y] = index[y - 1] * (1.0 + draw.next());
    return index;
}

}  // namespace mvzsim::models
