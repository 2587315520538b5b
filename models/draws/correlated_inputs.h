#pragma once
// Rank correlation between inputs drawn once per trial: a Gaussian copula draws the trial's
// correlated uniforms from its own stream; each input then takes its own distribution's quantile
// at its uniform, in place of a draw from its own stream.
#include <cstdint>
#include <optional>
#include <vector>

#include "models/draws/input_draw.h"
#include "models/spec/centre_spec.h"
#include "sim/copula.h"

namespace mvzsim::models {

class CorrelatedInputs {
public:
    explicit CorrelatedInputs(const CorrelationSpec& spec);

    bool empty() const { return !copula_; }
    // The trial's values of the correlated inputs, by stream key, into `out` (cleared first).
    void draw(std::uint64_t seed, std::uint64_t trial, CorrelatedValues& out) const;

private:
    std::optional<sim::GaussianCopula> copula_;
    std::vector<sim::QuantileTable> quantiles_;
    std::vector<std::uint64_t> keys_;
};

}  // namespace mvzsim::models
