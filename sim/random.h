#pragma once
// Counter-based derivation of independent random streams.
//
// A stream is identified by (seed, trial, key). The key is a 64-bit hash of a name such as
// "doctors[gp-2].salary_per_year", so a stream never depends on how many draws other entities made or in
// which order the model asked for them: adding a doctor leaves every other stream untouched,
// and any trial can be replayed alone.
#include <cstdint>
#include <limits>
#include <string_view>

namespace mvzsim::sim {

// SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer with full avalanche.
constexpr std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// 64-bit FNV-1a of a name, mixed once more so that similar names give unrelated keys.
constexpr std::uint64_t stream_key(std::string_view name) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return splitmix64(h);
}

// xoshiro256++ (Blackman and Vigna 2019): small state, fast, passes BigCrush. Satisfies the
// UniformRandomBitGenerator concept, so Boost.Random distributions accept it.
class Rng {
public:
    using result_type = std::uint64_t;

    // The stream of `key` in trial `trial` of a run seeded with `seed`.
    Rng(std::uint64_t seed, std::uint64_t trial, std::uint64_t key) : Rng(TrialBase{trial_base(seed, trial)}, key) {}

    // The part of the seeding that depends on the trial only, to mix once for many streams.
    struct TrialBase {
        std::uint64_t value;
    };
    static constexpr std::uint64_t trial_base(std::uint64_t seed, std::uint64_t trial) {
        // Nested mixing, one input at a time: distinct (seed, trial, key) give unrelated states.
        return splitmix64(splitmix64(seed) ^ trial);
    }
    Rng(TrialBase base, std::uint64_t key) {
        std::uint64_t x = splitmix64(base.value ^ key);
        for (auto& word : state_) {
            x = splitmix64(x);
            word = x;
        }
    }

    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

    result_type operator()() {
        const std::uint64_t result = rotl(state_[0] + state_[3], 23) + state_[0];
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform on [0, 1) with 53 random bits.
    double uniform01() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t state_[4];
};

}  // namespace mvzsim::sim
