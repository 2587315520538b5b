#pragma once
// Realisation of inputs within one trial: the trial's identity, an input's value period after
// period, yearly growth indices, and per-month series drawn in advance.
#include <array>
#include <cassert>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "models/draws/compiled_input.h"
#include "models/spec/centre_spec.h"
#include "sim/random.h"

namespace mvzsim::models {

// The values a rank-correlation copula has drawn for one trial, by stream key.
using CorrelatedValues = std::vector<std::pair<std::uint64_t, double>>;

// The value drawn for stream `key`, or nullptr when the stream is not correlated.
inline const double* find_correlated(const CorrelatedValues* values, std::uint64_t key) {
    if (values == nullptr) return nullptr;
    for (const auto& [k, v] : *values)
        if (k == key) return &v;
    return nullptr;
}

// One trial's identity for drawing inputs: its seed and index, and the values of the inputs
// that a rank-correlation copula has drawn for it in advance (by stream key).
struct TrialKey {
    std::uint64_t seed = 0;
    std::uint64_t trial = 0;
    const CorrelatedValues* correlated = nullptr;
    std::uint64_t base = sim::Rng::trial_base(seed, trial);  // the trial's part of every stream's seed
    // A region's site (models/spec/site_spec.h): the streams it draws from the region's, and the
    // trial's part of the region's streams' seed; nullptr for a centre alone.
    const SiteSpec* site = nullptr;
    std::uint64_t region_base = 0;

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
        if (const SharedStream* shared = key.site != nullptr ? key.site->find(input.key) : nullptr)
            rng_.emplace(sim::Rng::TrialBase{key.region_base}, shared->region_key);  // the region's draw
        else
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

// A value per calendar year of the horizon, kept inline so that a trial allocates nothing for it.
// The horizon is at most kMaxYears years: validate(CentreSpec) checks it when a model is built.
class YearIndex {
public:
    static constexpr std::size_t kMaxYears = kMaxHorizonYears;
    YearIndex() { values_.fill(1.0); }
    double operator[](std::size_t y) const {
        assert(y < kMaxYears);
        return values_[y];
    }
    double& operator[](std::size_t y) {
        assert(y < kMaxYears);
        return values_[y];
    }

private:
    std::array<double, kMaxYears> values_;
};

// Index of a yearly growth rate: 1 in the opening year, times (1 + rate) each further January.
inline YearIndex growth_index(const CompiledInput& rate, const TrialKey& key, int years) {
    assert(years >= 0 && static_cast<std::size_t>(years) <= YearIndex::kMaxYears);
    YearIndex index;
    if (sim::is_fixed(rate.distribution) && sim::mean(rate.distribution) == 0.0) return index;
    InputDraw draw(rate, key);
    for (std::size_t y = 1; y < static_cast<std::size_t>(years); ++y) index[y] = index[y - 1] * (1.0 + draw.next());
    return index;
}

inline YearIndex growth_index(const CompiledInput& rate, std::uint64_t seed, std::uint64_t trial, int years) {
    return growth_index(rate, TrialKey{seed, trial, nullptr}, years);
}

// An input's value in each month of one trial: drawn for every month in advance when the input is
// drawn per period (the k-th draw of its stream is month k's, whatever else happens in the month),
// else one value for all months. Read without a branch: a constant is read at stride 0.
class MonthlySeries {
public:
    MonthlySeries() = default;  // 0 in every month
    MonthlySeries(const CompiledInput& input, const TrialKey& key, int months) {
        InputDraw draw(input, key);
        if (draw.draws_each_period()) {
            by_month_.resize(static_cast<std::size_t>(months));
            for (double& v : by_month_) v = draw.next();
        } else {
            value_ = draw.next();
        }
        point();
    }
    MonthlySeries(const MonthlySeries& other) : value_(other.value_), by_month_(other.by_month_) { point(); }
    MonthlySeries(MonthlySeries&& other) noexcept : value_(other.value_), by_month_(std::move(other.by_month_)) {
        point();
    }
    MonthlySeries& operator=(MonthlySeries other) noexcept {
        value_ = other.value_;
        by_month_ = std::move(other.by_month_);
        point();
        return *this;
    }

    double operator[](std::size_t m) const { return values_[m * stride_]; }

private:
    void point() {
        values_ = by_month_.empty() ? &value_ : by_month_.data();
        stride_ = by_month_.empty() ? 0 : 1;
    }

    double value_ = 0.0;
    std::vector<double> by_month_;  // empty unless drawn per period
    const double* values_ = &value_;
    std::size_t stride_ = 0;
};

}  // namespace mvzsim::models
