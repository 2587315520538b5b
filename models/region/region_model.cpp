#include "models/region/region_model.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <stdexcept>

#include "sim/finite.h"
#include "sim/rank_statistics.h"

namespace mvzsim::models {
namespace {

// The region's calendar years: from the earliest site's opening year (or post's start) to the
// latest site's last year.
std::pair<int, int> region_years(const RegionSpec& spec) {
    if (spec.sites.empty()) throw std::invalid_argument("a region needs at least one site");
    int first = spec.sites.front().spec.opening.year, last = first;
    for (const auto& s : spec.sites) {
        first = std::min(first, s.spec.opening.year);
        last = std::max(last, s.spec.opening.year + s.spec.horizon_years - 1);
    }
    for (const auto& p : spec.posts) first = std::min(first, p.start.year);
    return {first, last - first + 1};
}

// Everything a worker needs per trial: one output row per site, the posts' net cost by year.
struct Scratch {
    std::vector<std::vector<double>> rows;
    std::vector<double> posts;
};

// 1 - sum of the sites' variances / variance of their sum, of the sites' subsidy_total in trials
// [begin, end) of `rows`.
double co_movement(const RegionModel& model, const sim::TrialMatrix& rows, std::size_t begin, std::size_t end) {
    std::vector<double> sum(end - begin, 0.0);
    double site_variances = 0.0;
    for (std::size_t s = 0; s < model.sites(); ++s) {
        const auto column = rows.column(model.index(s, RegionTrialMetric::subsidy_total)).subspan(begin, end - begin);
        site_variances += sim::RunningStats::of(column).variance();
        for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += column[i];
    }
    const double total = sim::RunningStats::of(sum).variance();
    return total > 0.0 ? 1.0 - site_variances / total : 0.0;
}

SharedRisk shared_risk(const RegionModel& model, const sim::TrialMatrix& rows, const sim::RunOptions& settings) {
    SharedRisk risk;
    const std::size_t n = rows.trials();
    if (n < 2) return risk;
    risk.co_movement_share = co_movement(model, rows, 0, n);
    // Its standard error by batch means: the share in each of kBatches equal batches of the trials.
    constexpr std::size_t kBatches = 20;
    if (n >= 10 * kBatches) {
        sim::RunningStats batches;
        for (std::size_t b = 0; b < kBatches; ++b)
            batches.add(co_movement(model, rows, b * n / kBatches, (b + 1) * n / kBatches));
        risk.co_movement_se = batches.sd() / std::sqrt(static_cast<double>(kBatches));
    }
    const auto& shared = model.spec().shared;
    if (shared.empty()) return risk;
    std::vector<TracedInput> traced;
    for (const auto& s : shared) traced.push_back(s.traced);
    const TrialValues values(traced, CorrelationSpec{}, model.site(0).calendar());
    sim::TrialMatrix x(n, traced.size());
    std::vector<double> row(traced.size());
    for (std::size_t i = 0; i < n; ++i) {
        values.values(settings.seed, settings.first_trial + i, row);
        for (std::size_t k = 0; k < row.size(); ++k) x.set(i, k, row[k]);
    }
    constexpr std::size_t kBins = 20;
    const std::size_t region = model.sites();
    const sim::VarianceShare share(rows.column(model.index(region, RegionTrialMetric::subsidy_total)),
                                   {.resamples = 200, .seed = settings.seed, .threads = settings.threads});
    for (std::size_t k = 0; k < traced.size(); ++k)
        risk.inputs.emplace_back(shared[k].name, share.share(sim::rank_bins(x.column(k), kBins), kBins));
    return risk;
}

}  // namespace

RegionModel::RegionModel(const RegionSpec& spec)
    : spec_(spec),
      first_year_(region_years(spec).first),
      years_(region_years(spec).second),
      posts_(spec.posts, first_year_, years_) {
    for (const auto& s : spec_.sites) models_.emplace_back(s.spec);
}

void RegionModel::add_site(std::size_t s, std::span<const double> row, std::span<double> out) const {
    const CentreModel& model = models_[s];
    const std::size_t region = sites();
    const double ceiling = model.spec().grants.subsidy_ceiling_eur_per_year;  // 0: none
    const int offset = model.calendar().calendar_year(0) - first_year_;
    double total = 0.0;
    for (int y = 0; y < years_; ++y) {
        const int own = y - offset;  // the year in the site's own calendar; outside it the site adds nothing
        const bool in = own >= 0 && own < model.calendar().years();
        const auto at = [&](Metric m) { return in ? row[CentreModel::output_index(own, m)] : 0.0; };
        const double need = at(Metric::subsidy_need);
        out[index(s, y, RegionMetric::subsidy_need)] = need;
        out[index(s, y, RegionMetric::cash_end)] = at(Metric::cash_end);
        out[index(s, y, RegionMetric::annual_result)] = at(Metric::annual_result);
        out[index(s, y, RegionMetric::posts_net_cost)] = 0.0;
        out[index(s, y, RegionMetric::over_ceiling)] = ceiling > 0.0 && need > ceiling ? 1.0 : 0.0;
        total += need;
        out[index(region, y, RegionMetric::subsidy_need)] += need;
        out[index(region, y, RegionMetric::cash_end)] += at(Metric::cash_end);
        out[index(region, y, RegionMetric::annual_result)] += at(Metric::annual_result);
    }
    const double gap = row[model.output_index(TrialMetric::largest_cash_gap)];
    out[index(s, RegionTrialMetric::largest_cash_gap)] = gap;
    out[index(s, RegionTrialMetric::subsidy_total)] = total;
    out[index(s, RegionTrialMetric::over_ceiling_any)] = row[model.output_index(TrialMetric::subsidy_over_ceiling)];
    out[index(region, RegionTrialMetric::largest_cash_gap)] += gap;
}

void RegionModel::close_region(std::span<const double> posts, std::span<double> out) const {
    const std::size_t region = sites();
    const auto r = [&](int y, RegionMetric m) -> double& { return out[index(region, y, m)]; };
    const auto& ceiling = spec_.budget_ceiling_eur_per_year;
    double total = 0.0, any = 0.0;
    for (int y = 0; y < years_; ++y) {
        const double net = posts.empty() ? 0.0 : posts[static_cast<std::size_t>(y)];
        r(y, RegionMetric::posts_net_cost) = net;
        r(y, RegionMetric::subsidy_need) += net;
        r(y, RegionMetric::annual_result) -= net;
        const bool over = ceiling && r(y, RegionMetric::subsidy_need) > *ceiling;
        r(y, RegionMetric::over_ceiling) = over ? 1.0 : 0.0;
        if (over) any = 1.0;
        total += r(y, RegionMetric::subsidy_need);
    }
    out[index(region, RegionTrialMetric::subsidy_total)] = total;
    out[index(region, RegionTrialMetric::over_ceiling_any)] = any;
}

sim::TrialFunctionFactory RegionModel::trial_function(std::uint64_t seed) const {
    return [this, seed] {
        auto scratch = std::make_shared<Scratch>();
        for (const auto& m : models_) scratch->rows.emplace_back(m.width());
        scratch->posts.resize(static_cast<std::size_t>(years_));
        return [this, seed, scratch](std::uint64_t trial, std::span<double> out) {
            // The region's block sums the sites': it starts at 0.
            std::fill(out.begin() + static_cast<std::ptrdiff_t>(index(sites(), 0, RegionMetric::subsidy_need)),
                      out.end(), 0.0);
            for (std::size_t s = 0; s < sites(); ++s) {
                models_[s].project_years(seed, trial, scratch->rows[s]);
                add_site(s, scratch->rows[s], out);
            }
            if (!posts_.empty()) posts_.net_cost(seed, trial, scratch->posts);
            close_region(posts_.empty() ? std::span<const double>() : std::span<const double>(scratch->posts), out);
        };
    };
}

double region_memory_bytes(const RegionModel& model, std::size_t trials) {
    return static_cast<double>(trials) * static_cast<double>(model.width()) * sizeof(double);
}

sim::TrialMatrix simulate_region(const RegionModel& model, const sim::RunOptions& settings) {
    return sim::run_trials(settings, model.width(), model.trial_function(settings.seed));
}

RegionProjection summarize_region(const RegionModel& model, const sim::TrialMatrix& rows,
                                  const sim::RunOptions& settings) {
    assert(rows.width() == model.width());
    std::vector<sim::Summary> summaries(model.width());
    sim::parallel_for(model.width(), settings.threads, [&](std::size_t column) {
        summaries[column] = sim::summarize(rows.column(column), sim::kBlockSize);
    });
    for (std::size_t column = 0; column < model.width(); ++column)
        sim::check_finite(summaries[column], rows.column(column), column, settings.first_trial);
    RegionProjection p;
    p.settings = settings;
    p.first_year = model.first_year();
    for (int y = 0; y < model.years(); ++y) {
        int months = 0;  // the months some site is open in the year
        for (std::size_t s = 0; s < model.sites(); ++s) {
            const Calendar& c = model.site(s).calendar();
            const int own = model.first_year() + y - c.calendar_year(0);
            if (own >= 0 && own < c.years()) months = std::max(months, c.months_in_year(own));
        }
        p.months.push_back(months);
    }
    for (std::size_t b = 0; b <= model.sites(); ++b) {
        RegionBlock block;
        const bool region = b == model.sites();
        block.name = region ? model.spec().name : model.spec().sites[b].name;
        block.has_ceiling = region ? model.spec().budget_ceiling_eur_per_year.has_value()
                                   : model.site(b).spec().grants.subsidy_ceiling_eur_per_year > 0.0;
        for (int y = 0; y < model.years(); ++y) {
            std::vector<sim::Summary> year;
            for (std::size_t m = 0; m < kRegionMetricCount; ++m)
                year.push_back(summaries[model.index(b, y, static_cast<RegionMetric>(m))]);
            block.years.push_back(std::move(year));
        }
        for (std::size_t m = 0; m < kRegionTrialMetricCount; ++m)
            block.trial.push_back(summaries[model.index(b, static_cast<RegionTrialMetric>(m))]);
        p.blocks.push_back(std::move(block));
    }
    p.shared = shared_risk(model, rows, settings);
    return p;
}

RegionProjection project_region(const RegionModel& model, const sim::RunOptions& settings) {
    return summarize_region(model, simulate_region(model, settings), settings);
}

}  // namespace mvzsim::models
