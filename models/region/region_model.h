#pragma once
// A Monte Carlo projection of a region: in each trial every site's centre is projected (from its
// own seed, with the region's shared draws), the county's posts are costed, and the sites' and
// the region's yearly figures are kept per trial, so that the region's percentiles are those of
// each trial's sums (never sums of the sites' percentiles). See docs/region.md.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "models/projection/centre_model.h"
#include "models/region/region_posts.h"
#include "models/region/region_spec.h"
#include "sim/engine.h"
#include "sim/statistics.h"
#include "sim/variance_share.h"

namespace mvzsim::models {

// What a region run reports per site and for the region, per calendar year of the region.
enum class RegionMetric : std::size_t {
    subsidy_need,    // the owner's loss compensation (the region's: the sites' plus the posts' net cost), EUR
    cash_end,        // cash at the year's end (the region's: the sites' sum), EUR
    annual_result,   // the annual result (the region's: the sites' sum less the posts' net cost), EUR
    posts_net_cost,  // the county's posts less their funding (0 for a site), EUR
    over_ceiling,    // 1 if the subsidy need exceeds the ceiling (a site's own, the county's budget)
    count_
};
// Whole-trial figures, after the yearly ones.
enum class RegionTrialMetric : std::size_t {
    largest_cash_gap,  // the largest cash gap (the region's: the sites' sum, each its own credit line), EUR
    subsidy_total,     // the subsidy need summed over the years, EUR
    over_ceiling_any,  // 1 if the subsidy need exceeds the ceiling in some year
    count_
};
inline constexpr std::size_t kRegionMetricCount = static_cast<std::size_t>(RegionMetric::count_);
inline constexpr std::size_t kRegionTrialMetricCount = static_cast<std::size_t>(RegionTrialMetric::count_);

// The summaries of one block of figures: a site's or the region's.
struct RegionBlock {
    std::string name;
    bool has_ceiling = false;
    std::vector<std::vector<sim::Summary>> years;  // [year][RegionMetric]
    std::vector<sim::Summary> trial;               // [RegionTrialMetric]
    const sim::Summary& at(std::size_t year, RegionMetric m) const { return years[year][static_cast<std::size_t>(m)]; }
    const sim::Summary& at(RegionTrialMetric m) const { return trial[static_cast<std::size_t>(m)]; }
};

// How much of the region's risk comes from the inputs the sites share.
struct SharedRisk {
    // 1 - sum of the sites' variances / variance of their sum, of the subsidy need summed over the
    // years: the part of the variance that comes from the sites moving together. The sites' own
    // streams are independent, so only the shared inputs make them move together.
    double co_movement_share = 0.0;
    double co_movement_se = 0.0;  // its standard error, from 20 batches of the trials (0 below 200 trials)
    // Each shared input's first-order variance share of the region's subsidy_total (sim/variance_share.h).
    std::vector<std::pair<std::string, sim::ShareEstimate>> inputs;
};

struct RegionProjection {
    sim::RunOptions settings;
    int first_year = 0;
    std::vector<int> months;          // months of each region year within some site's horizon
    std::vector<RegionBlock> blocks;  // the sites in file order, then the region
    SharedRisk shared;
};

class RegionModel {
public:
    // Throws std::invalid_argument when a site's spec breaks an invariant (CentreModel).
    explicit RegionModel(const RegionSpec& spec);

    const RegionSpec& spec() const { return spec_; }
    int first_year() const { return first_year_; }
    int years() const { return years_; }
    std::size_t sites() const { return models_.size(); }
    const CentreModel& site(std::size_t s) const { return models_[s]; }
    // A trial's row: one block per site, then the region's; each block kRegionMetricCount values
    // per year, year-major, then the whole-trial figures.
    std::size_t block_width() const {
        return static_cast<std::size_t>(years_) * kRegionMetricCount + kRegionTrialMetricCount;
    }
    std::size_t width() const { return block_width() * (sites() + 1); }
    std::size_t index(std::size_t block, int year, RegionMetric m) const {
        return block * block_width() + static_cast<std::size_t>(year) * kRegionMetricCount +
               static_cast<std::size_t>(m);
    }
    std::size_t index(std::size_t block, RegionTrialMetric m) const {
        return block * block_width() + static_cast<std::size_t>(years_) * kRegionMetricCount +
               static_cast<std::size_t>(m);
    }

    // The trial function: every site of a trial in one worker, with scratch rows of its own.
    sim::TrialFunctionFactory trial_function(std::uint64_t seed) const;

private:
    // Site s's figures from its own output row, and its part of the region's sums.
    void add_site(std::size_t s, std::span<const double> row, std::span<double> out) const;
    // The region's figures once every site is in: the posts' net cost by year (empty: none), the ceiling.
    void close_region(std::span<const double> posts, std::span<double> out) const;

    RegionSpec spec_;
    std::vector<CentreModel> models_;
    int first_year_ = 0, years_ = 0;
    RegionPosts posts_;
};

// Bytes the per-trial rows of a region run take.
double region_memory_bytes(const RegionModel& model, std::size_t trials);
// Runs the trials and keeps every trial's row.
sim::TrialMatrix simulate_region(const RegionModel& model, const sim::RunOptions& settings);
// Summarises the rows by site, year and figure, and the shared inputs' part of the risk.
RegionProjection summarize_region(const RegionModel& model, const sim::TrialMatrix& rows,
                                  const sim::RunOptions& settings);
RegionProjection project_region(const RegionModel& model, const sim::RunOptions& settings);

}  // namespace mvzsim::models
