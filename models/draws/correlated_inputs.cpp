#include "models/draws/correlated_inputs.h"

#include "models/draws/streams.h"

namespace mvzsim::models {

CorrelatedInputs::CorrelatedInputs(const CorrelationSpec& spec) {
    if (spec.inputs.empty()) return;
    copula_.emplace(spec.rank, spec.inputs.size());
    for (const auto& input : spec.inputs) {
        quantiles_.emplace_back(input.distribution);
        keys_.push_back(streams::key(input.stream));
    }
}

void CorrelatedInputs::draw(std::uint64_t seed, std::uint64_t trial, CorrelatedValues& out) const {
    out.clear();
    if (!copula_) return;
    std::vector<double> u(copula_->size());
    sim::Rng rng(seed, trial, streams::key(streams::kCorrelations));
    copula_->draw(rng, u);
    for (std::size_t i = 0; i < u.size(); ++i) out.emplace_back(keys_[i], quantiles_[i](u[i]));
}

}  // namespace mvzsim::models
