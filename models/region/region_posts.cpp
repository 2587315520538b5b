#include "models/region/region_posts.h"

#include <algorithm>
#include <cassert>

#include "models/draws/input_draw.h"
#include "models/draws/streams.h"
#include "sim/random.h"

namespace mvzsim::models {

std::string region_post_stream(const std::string& post, const std::string& purpose) {
    return streams::input(streams::list_entry("region.posts", post), purpose);
}

std::uint64_t site_salt(std::size_t index, const std::string& name) {
    return index == 0 ? 0 : sim::splitmix64(streams::key(streams::list_entry("sites", name)));
}

namespace {

// Months of region year `y` (calendar year first_year + y) within [from, from + months).
double months_within(int first_year, int y, const YearMonth& from, int months) {
    const int begin = months_between(YearMonth{first_year, 1}, from);  // months from the region's January
    const int end = begin + months;
    const int year_begin = 12 * y, year_end = year_begin + 12;
    return static_cast<double>(std::max(0, std::min(end, year_end) - std::max(begin, year_begin)));
}

}  // namespace

RegionPosts::RegionPosts(std::span<const RegionPost> posts, int first_year, int years) : years_(years) {
    for (const auto& p : posts) {
        Compiled c{compile(p.cost_eur_per_year), compile(p.growth_per_year), {}, {},
                   p.funding_eur_per_year,       p.start.year - first_year};
        const int horizon = 12 * years - months_between(YearMonth{first_year, 1}, p.start);
        const int in_post = p.years > 0 ? std::min(12 * p.years, horizon) : horizon;
        const int funded = p.funding_years > 0 ? std::min(12 * p.funding_years, in_post) : in_post;
        for (int y = 0; y < years; ++y) {
            c.months.push_back(months_within(first_year, y, p.start, in_post));
            c.funded_months.push_back(months_within(first_year, y, p.start, funded));
        }
        posts_.push_back(std::move(c));
    }
}

void RegionPosts::net_cost(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const {
    assert(out.size() == static_cast<std::size_t>(years_));
    std::fill(out.begin(), out.end(), 0.0);
    const TrialKey key{seed, trial, nullptr};
    for (const auto& p : posts_) {
        InputDraw cost(p.cost, key);
        const double first = cost.next();
        // Grown each January after the start year: the index of the post's own years.
        const int own_years = std::clamp(years_ - p.start_year, 1, static_cast<int>(YearIndex::kMaxYears));
        const YearIndex growth = growth_index(p.growth, key, own_years);
        for (int y = 0; y < years_; ++y) {
            if (p.months[static_cast<std::size_t>(y)] <= 0.0) continue;
            const auto since = static_cast<std::size_t>(std::min(std::max(0, y - p.start_year), own_years - 1));
            const double c = first * growth[since] * p.months[static_cast<std::size_t>(y)] / 12.0;
            const double funding = std::min(c, p.funding * p.funded_months[static_cast<std::size_t>(y)] / 12.0);
            out[static_cast<std::size_t>(y)] += c - funding;
        }
    }
}

}  // namespace mvzsim::models
