#include "models/region/region_breakeven.h"

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "models/analysis/doctor_variants.h"
#include "models/projection/centre_model.h"
#include "models/region/region_model.h"

namespace mvzsim::models {
namespace {

// A site at one level: its model and where the year lies in its own calendar (-1: outside).
struct Level {
    CentreModel model;
    int own_year = -1;
};

}  // namespace

RegionBreakevenResult region_breakeven(const RegionSpec& spec, const RegionBreakevenOptions& o) {
    if (o.levels.size() != spec.sites.size()) throw std::invalid_argument("one list of levels per site is needed");
    const RegionModel region(spec);  // the region's years
    if (o.year < region.first_year() || o.year >= region.first_year() + region.years())
        throw std::invalid_argument("--year must be a year of the region, " + std::to_string(region.first_year()) +
                                    " to " + std::to_string(region.first_year() + region.years() - 1) + " (got " +
                                    std::to_string(o.year) + ")");
    std::size_t placements = 1;
    std::vector<std::vector<Level>> sites(spec.sites.size());
    for (std::size_t s = 0; s < spec.sites.size(); ++s) {
        if (o.levels[s].empty()) throw std::invalid_argument("site '" + spec.sites[s].name + "' has no level to try");
        placements *= o.levels[s].size();
        if (placements > kMaxPlacements)
            throw std::invalid_argument("more than " + std::to_string(kMaxPlacements) +
                                        " placements: use a larger --step or a smaller --doctors range");
        for (double fte : o.levels[s]) {
            CentreModel model(with_doctor_fte(spec.sites[s].spec, fte));
            const int own = o.year - model.calendar().calendar_year(0);
            const int own_year = own >= 0 && own < model.calendar().years() ? own : -1;
            sites[s].push_back({std::move(model), own_year});
        }
    }
    // A trial's row: each site's result and subsidy need in the year at each level, then the posts.
    std::vector<std::size_t> offset;
    std::size_t width = 0;
    for (const auto& levels : sites) {
        offset.push_back(width);
        width += 2 * levels.size();
    }
    const std::size_t posts_column = width++;
    const RegionPosts posts(spec.posts, region.first_year(), region.years());
    const auto year_index = static_cast<std::size_t>(o.year - region.first_year());
    const std::uint64_t seed = o.run.seed;
    const sim::TrialFunctionFactory factory = [&] {
        auto scratch = std::make_shared<std::vector<double>>();
        auto net = std::make_shared<std::vector<double>>(static_cast<std::size_t>(region.years()));
        return [&, scratch, net](std::uint64_t trial, std::span<double> out) {
            for (std::size_t s = 0; s < sites.size(); ++s)
                for (std::size_t l = 0; l < sites[s].size(); ++l) {
                    const Level& level = sites[s][l];
                    double result = 0.0, need = 0.0;
                    if (level.own_year >= 0) {
                        scratch->resize(level.model.width());
                        level.model.project_years(seed, trial, *scratch);
                        result = (*scratch)[CentreModel::output_index(level.own_year, Metric::annual_result)];
                        need = (*scratch)[CentreModel::output_index(level.own_year, Metric::subsidy_need)];
                    }
                    out[offset[s] + 2 * l] = result;
                    out[offset[s] + 2 * l + 1] = need;
                }
            double cost = 0.0;
            if (!posts.empty()) {
                posts.net_cost(seed, trial, *net);
                cost = (*net)[year_index];
            }
            out[posts_column] = cost;
        };
    };
    const sim::TrialMatrix rows = sim::run_trials(o.run, width, factory);

    // Every placement, by odometer over the sites' levels; the best one per total FTE.
    RegionBreakevenResult r;
    r.year = o.year;
    r.confidence = o.confidence;
    r.placements = placements;
    const double n = static_cast<double>(rows.trials());
    std::map<long long, Placement> best;  // by total FTE in tenths
    std::vector<std::size_t> pick(sites.size(), 0);
    std::vector<double> sum(rows.trials()), need(rows.trials());
    for (std::size_t done = 0; done < placements; ++done) {
        Placement p;
        const auto posts_cost = rows.column(posts_column);
        for (std::size_t i = 0; i < rows.trials(); ++i) sum[i] = -posts_cost[i], need[i] = posts_cost[i];
        for (std::size_t s = 0; s < sites.size(); ++s) {
            p.fte.push_back(o.levels[s][pick[s]]);
            p.total += o.levels[s][pick[s]];
            const auto result = rows.column(offset[s] + 2 * pick[s]);
            const auto subsidy = rows.column(offset[s] + 2 * pick[s] + 1);
            for (std::size_t i = 0; i < rows.trials(); ++i) sum[i] += result[i], need[i] += subsidy[i];
        }
        double carried = 0.0, total_result = 0.0, total_need = 0.0;
        for (std::size_t i = 0; i < rows.trials(); ++i) {
            carried += sum[i] >= 0.0 ? 1.0 : 0.0;
            total_result += sum[i];
            total_need += need[i];
        }
        p.p_carry = carried / n;
        p.p_carry_se = std::sqrt(p.p_carry * (1.0 - p.p_carry) / n);
        p.mean_result = total_result / n;
        p.mean_subsidy = total_need / n;
        const auto key = std::llround(p.total * 10.0);
        const auto found = best.find(key);
        if (found == best.end() || p.p_carry > found->second.p_carry ||
            (p.p_carry == found->second.p_carry && p.mean_result > found->second.mean_result))
            best[key] = p;
        for (std::size_t s = 0; s < sites.size() && ++pick[s] == o.levels[s].size(); ++s) pick[s] = 0;
    }
    for (auto& [key, p] : best) {
        if (!r.answer && p.p_carry >= o.confidence) r.answer = r.best.size();
        r.best.push_back(std::move(p));
    }
    return r;
}

}  // namespace mvzsim::models
