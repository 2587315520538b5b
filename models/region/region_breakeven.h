#pragma once
// How many doctors in total, placed where: the break-even search of a region. Each site is tried
// at several doctor FTE (models/analysis/doctor_variants.h: its positions in order, then copies of
// its template position), all on the same trials (common random numbers: a level's draws are the
// site's own); for each total FTE the placement across the sites with the highest probability that
// the county's annual result in the chosen year (the sites' results less the posts' net cost) is
// at least 0. The answer is the smallest total whose best placement reaches the confidence.
#include <cstddef>
#include <optional>
#include <vector>

#include "models/region/region_spec.h"
#include "sim/engine.h"

namespace mvzsim::models {

struct RegionBreakevenOptions {
    std::vector<std::vector<double>> levels;  // per site, the doctor FTE to try
    int year = 0;                             // the calendar year whose result must be >= 0
    double confidence = 0.8;
    sim::RunOptions run;
};

struct Placement {
    std::vector<double> fte;                       // per site
    double total = 0.0;                            // sum of fte
    double p_carry = 0.0, p_carry_se = 0.0;        // P(the county's result in the year >= 0) and its standard error
    double mean_result = 0.0, mean_subsidy = 0.0;  // the county's in the year, EUR
};

struct RegionBreakevenResult {
    int year = 0;
    double confidence = 0.0;
    std::size_t placements = 0;         // placements compared
    std::vector<Placement> best;        // per total FTE, ascending: its best placement
    std::optional<std::size_t> answer;  // into best: the smallest total that reaches the confidence
};

// The most placements a search compares (the product of the sites' numbers of levels).
inline constexpr std::size_t kMaxPlacements = 20000;

// Throws std::invalid_argument when a site has no level, the placements exceed kMaxPlacements or
// the year is outside the region's years.
RegionBreakevenResult region_breakeven(const RegionSpec& spec, const RegionBreakevenOptions& options);

}  // namespace mvzsim::models
