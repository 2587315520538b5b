#pragma once
// The county's posts over the region's years in one trial: each post's cost (its draw, grown each
// January after its start year, pro rata in part years) less its funding (up to the cap, pro rata,
// for the funding years).
#include <cstdint>
#include <span>
#include <vector>

#include "models/draws/compiled_input.h"
#include "models/region/region_spec.h"

namespace mvzsim::models {

class RegionPosts {
public:
    // `first_year`: the region's first calendar year; `years`: its number of years.
    RegionPosts(std::span<const RegionPost> posts, int first_year, int years);

    bool empty() const { return posts_.empty(); }
    // The net cost of all posts in each region year of trial `trial` into `out` (years values), EUR.
    void net_cost(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const;

private:
    struct Compiled {
        CompiledInput cost, growth;
        std::vector<double> months, funded_months;  // by region year: months in post, months funded
        double funding = 0.0;
        int start_year = 0;  // region year index of the start
    };
    std::vector<Compiled> posts_;
    int years_ = 0;
};

}  // namespace mvzsim::models
