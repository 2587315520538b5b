#pragma once
// An input made ready for sampling, once per model: its distribution set up for drawing and the
// key of its random stream.
#include <cstdint>

#include "models/draws/streams.h"
#include "models/spec/input.h"
#include "sim/distribution.h"

namespace mvzsim::models {

struct CompiledInput {
    sim::Distribution distribution = sim::Fixed{0.0};
    bool per_period = false;
    std::uint64_t key = 0;
    sim::Sampler sampler = sim::Sampler(sim::Fixed{0.0});  // the distribution, set up for drawing
};

inline CompiledInput compile(const Input& input) {
    return {input.distribution, input.draw == Draw::per_period, streams::key(input.stream),
            sim::Sampler(input.distribution)};
}

}  // namespace mvzsim::models
