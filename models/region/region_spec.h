#pragma once
// A region of several centres (sites) that one county owns: each site a centre of its own, the
// inputs that all sites share (drawn once per trial for the whole region), and the posts that
// belong to the county rather than to a centre (a regional coordinator with its funding cap, an
// advisory service, a shared management company). Built by scenarios/region_reader.h.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/calendar.h"
#include "models/draws/trial_values.h"
#include "models/spec/centre_spec.h"

namespace mvzsim::models {

struct RegionSite {
    std::string name;  // names the site in reports and its own seed ("sites[NAME]")
    CentreSpec spec;   // spec.site: its salt and the streams it draws from the region's
};

// A post of the county: a yearly cost line from `start`, less its funding up to a cap.
struct RegionPost {
    std::string name;
    Input cost_eur_per_year;  // EUR per year in the start year; stream "region.posts[NAME].cost_eur_per_year"
    Input growth_per_year;    // yearly rate, applied each January after the start year
    YearMonth start;
    int years = 0;                      // years in post from start (0: to the end of the region's horizon)
    double funding_eur_per_year = 0.0;  // the funding cap, EUR per year (pro rata in part years)
    int funding_years = 0;              // years of funding from start (0: as long as the post)
};

// An input the sites share, as its one draw is traced for the analysis of the region's risk.
struct SharedInput {
    std::string name;    // the region's key path, e.g. "cost_inflation_per_year" or "doctors[*].raise_per_year"
    TracedInput traced;  // stream: the region stream every matching input of a site draws from
};

struct RegionSpec {
    std::string name;
    std::vector<RegionSite> sites;  // at least one; the first draws from the run's seed itself
    std::vector<RegionPost> posts;
    std::vector<SharedInput> shared;
    std::optional<double> budget_ceiling_eur_per_year;  // the county's ceiling on its total subsidy
    std::uint64_t default_seed = 1;
    std::size_t default_trials = 10000;
};

// The stream names of a region (models/draws/streams.h style): "region.posts[NAME].PURPOSE".
std::string region_post_stream(const std::string& post, const std::string& purpose);
// The salt of site `index` named `name`: 0 for the first site (whose draws are then those of the
// centre alone), else a mix of "sites[NAME]", so that adding a site leaves the others' draws.
std::uint64_t site_salt(std::size_t index, const std::string& name);

}  // namespace mvzsim::models
