#pragma once
// Realisation of one input within one trial.
#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "models/centre_model.h"
#include "sim/random.h"

namespace mvzsim::models {

inline CompiledInput compile(const Input& input) {
    return {input.distribution, input.draw == Draw::per_period, sim::stream_key(input.stream),
            sim::Sampler(input.distribution)};
}

// One trial's identity for drawing inputs: its seed and index, and the values of the inputs
// that a rank-correlation copula has drawn for it in advance (by stream key).
struct TrialKey {
    std::uint64_t seed = 0;
    std::uint64_t trial = 0;
    const CorrelatedValues* correlated = nullptr;
    std::uint64_t base = sim::Rng::trial_base(seed, trial);  // the trial's part of every stream's seed

    const double* correlated_value(std::uint64_t key) const { return find_correlated(correlated, key); }
};

// Yields the input's value period after period: the same value all trial long for a per-trial
// input, a fresh draw from its own stream each period otherwise. A fixed input uses no stream.
class InputDraw {
public:
    InputDraw(const CompiledInput& input, const TrialKey& key) : input_(&input) {
        if (sim::is_fixed(input.distribution)) {
            value_ = sim::mean(input.distribution);
            return;
        }
        if (const double* v = input.per_period ? nullptr : key.correlated_value(input.key)) {
            value_ = *v;  // drawn by the copula, on its own stream
            return;
        }
        rng_.emplace(sim::Rng::TrialBase{key.base}, input.key);
        if (!input.per_period) value_ = input.sampler(*rng_);
        draws_each_period_ = input.per_period;
    }

    // For a trial without rank correlations.
    InputDraw(const CompiledInput& input, std::uint64_t seed, std::uint64_t trial)
        : InputDraw(input, TrialKey{seed, trial, nullptr}) {}

    // Whether next() draws afresh each period (a per-period input that is neither fixed nor
    // correlated); otherwise it returns the same value each time.
    bool draws_each_period() const { return draws_each_period_; }

    // Small enough to inline: the monthly loops call it for every input every month.
    double next() { return draws_each_period_ ? input_->sampler(*rng_) : value_; }

private:
    const CompiledInput* input_;
    std::optional<sim::Rng> rng_;
    double value_ = 0.0;
    bool draws_each_period_ = false;  // a per-period input with a stream (not fixed, not correlated)
};

// A value per calendar year of the horizon (at most 50 years, as validated), kept inline so
// that a trial allocates nothing for it.
class YearIndex {
public:
    static constexpr std::size_t kMaxYears = 50;
    YearIndex() { values_.fill(1.0); }
    double operator[](std::size_t y) const { return values_[y]; }
    double& operator[](std::size_t y) { return values_[y]; }

private:
    std::array<double, kMaxYears> values_;
};

// Index of a yearly growth rate: 1 in the opening year, times (1 + rate) each further January.
inline YearIndex growth_index(const CompiledInput& rate, const TrialKey& key, int years) {
    YearIndex index;
    if (sim::is_fixed(rate.distribution) && sim::mean(rate.distribution) == 0.0) return index;
    InputDraw draw(rate, key);
    for (std::size_t y = 1; y < static_cast<std::size_t>(years); ++y) index[y] = index[y - 1] * (1.0 + draw.next());
    return index;
}

inline YearIndex growth_index(const CompiledInput& rate, std::uint64_t seed, std::uint64_t trial, int years) {
    return growth_index(rate, TrialKey{seed, trial, nullptr}, years);
}

}  // namespace mvzsim::models
