#pragma once
// How a centre draws when it is one site of a region (models/region/): its own streams are those
// of a seed of its own, and the inputs the region shares are drawn from the region's streams, the
// same draws for every site. A centre alone has neither (salt 0, nothing shared): its streams are
// exactly those of the run's seed.
#include <cstdint>
#include <vector>

namespace mvzsim::models {

// An input of the site drawn from the region's stream `region_key` (with the region's seed) in
// place of its own stream `key`.
struct SharedStream {
    std::uint64_t key = 0;
    std::uint64_t region_key = 0;
};

struct SiteSpec {
    // XORed into the run's seed for every stream of the site that is not shared; 0: the seed itself.
    std::uint64_t salt = 0;
    std::vector<SharedStream> shared;

    // The region stream that stream `key` is drawn from, or nullptr when the site draws it itself.
    const SharedStream* find(std::uint64_t key) const {
        for (const auto& s : shared)
            if (s.key == key) return &s;
        return nullptr;
    }
};

}  // namespace mvzsim::models
