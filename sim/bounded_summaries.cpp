#include "sim/bounded_summaries.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>

#include "sim/finite.h"

namespace mvzsim::sim {
namespace {

constexpr std::array<double, 3> kPercentiles = {0.05, 0.50, 0.95};
constexpr std::size_t kPilotBlocks = 64;

// One output's values against one percentile's bracket: counts below and at the bounds, the
// values strictly inside (growing as they come, at most the bracket's capacity).
struct Fill {
    BracketCounts counts;
    std::size_t capacity = 0;
    std::vector<double> inside;
    bool overflow = false;

    explicit Fill(const Bracket& b)
        : counts{b.has_low ? b.low : -std::numeric_limits<double>::infinity(),
                 b.has_high ? b.high : std::numeric_limits<double>::infinity()},
          capacity(b.capacity) {}
    void add(double x) {
        counts.below += x < counts.low ? 1 : 0;
        counts.at_low += x == counts.low ? 1 : 0;
        counts.at_high += ((x == counts.high) & (counts.high != counts.low)) ? 1 : 0;
        if (x > counts.low && x < counts.high) {
            if (inside.size() < capacity)
                inside.push_back(x);
            else
                overflow = true;
        }
    }
};

// Everything kept of one output.
struct Output {
    std::vector<RunningStats> blocks;  // moments of each block, merged in block order at the end
    std::vector<Fill> fills;           // one per percentile
    std::mutex fill_mutex;             // blocks arrive from several workers
    // The first value that is not finite, by its index in the run (under fill_mutex).
    std::optional<std::size_t> bad_index;
    double bad_value = 0.0;
};

// Min, max and the count below zero of each output, per worker (merged at the end).
struct Extremes {
    std::vector<double> min, max;
    std::vector<std::size_t> negative;
    explicit Extremes(std::size_t width)
        : min(width, std::numeric_limits<double>::infinity()),
          max(width, -std::numeric_limits<double>::infinity()),
          negative(width, 0) {}
};

// Adds one block's values of output k (`values`, block number `block`) to what is kept of it.
void add_block(Output& out, std::size_t block, std::span<const double> values, Extremes& ext, std::size_t k) {
    out.blocks[block] = RunningStats::of(values);
    for (const double x : values) {
        ext.negative[k] += x < 0.0 ? 1 : 0;
        ext.min[k] = std::min(ext.min[k], x);
        ext.max[k] = std::max(ext.max[k], x);
    }
    const std::lock_guard lock(out.fill_mutex);
    // A value that is not finite makes its block's mean so: only then look for it.
    if (!std::isfinite(out.blocks[block].mean()))
        if (const auto i = first_non_finite(values);
            i && (!out.bad_index || block * kBlockSize + *i < *out.bad_index)) {
            out.bad_index = block * kBlockSize + *i;
            out.bad_value = values[*i];
        }
    for (Fill& f : out.fills)
        for (const double x : values) f.add(x);
}

// The run's outputs from the pilot: brackets from each output's sorted pilot values, and the
// pilot's own blocks added.
std::vector<std::unique_ptr<Output>> start_outputs(const TrialMatrix& pilot, std::size_t trials, std::size_t blocks,
                                                   Extremes& ext) {
    std::vector<std::unique_ptr<Output>> outputs;
    std::vector<double> sorted(pilot.trials());
    for (std::size_t k = 0; k < pilot.width(); ++k) {
        auto out = std::make_unique<Output>();
        out->blocks.resize(blocks);
        const auto column = pilot.column(k);
        std::copy(column.begin(), column.end(), sorted.begin());
        std::sort(sorted.begin(), sorted.end());
        for (const Bracket& b : brackets_from_sample(sorted, kPercentiles, trials)) out->fills.emplace_back(b);
        for (std::size_t start = 0, block = 0; start < column.size(); start += kBlockSize, ++block)
            add_block(*out, block, column.subspan(start, std::min(kBlockSize, column.size() - start)), ext, k);
        outputs.push_back(std::move(out));
    }
    return outputs;
}

// The outputs `columns` of every trial, run again and kept whole.
TrialMatrix rerun(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory,
                  const std::vector<std::size_t>& columns) {
    TrialMatrix kept(options.trials, columns.size());
    run_blocks(options, width, factory,
               [&](std::size_t block, std::size_t count, std::span<const double> rows, unsigned) {
                   for (std::size_t i = 0; i < count; ++i)
                       for (std::size_t j = 0; j < columns.size(); ++j)
                           kept.set(block * kBlockSize + i, j, rows[i * width + columns[j]]);
               });
    return kept;
}

}  // namespace

std::size_t bounded_pilot_trials(std::size_t trials) {
    return std::min(trials, kPilotBlocks * kBlockSize);
}

double bounded_memory_bytes(std::size_t trials, std::size_t width) {
    const double n = static_cast<double>(trials), m = static_cast<double>(bounded_pilot_trials(trials));
    // Values strictly inside the brackets: about 2 x (5 sqrt(m q (1 - q)) + 4) / m of all values for
    // each percentile (the bracket's ranks in the pilot), for q = 0.05, 0.5, 0.95.
    double share = 0.0;
    for (const double q : kPercentiles) share += 2.0 * (5.0 * std::sqrt(m * q * (1.0 - q)) + 4.0) / m;
    const double blocks = std::ceil(n / static_cast<double>(kBlockSize));
    return 8.0 * (static_cast<double>(width) * m + m) +                   // the pilot and one sorted column
           8.0 * static_cast<double>(width) * n * std::min(1.0, share) +  // values inside
           sizeof(RunningStats) * static_cast<double>(width) * blocks;
}

BoundedSummaries summarize_bounded(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory,
                                   std::size_t pilot_trials) {
    const std::size_t n = options.trials;
    BoundedSummaries result;
    result.pilot_trials = pilot_trials == 0 ? bounded_pilot_trials(n)
                                            : std::min(n, (pilot_trials + kBlockSize - 1) / kBlockSize * kBlockSize);
    const std::size_t blocks = (n + kBlockSize - 1) / kBlockSize;
    const unsigned workers = std::max(1u, resolve_threads(options.threads));
    std::vector<Extremes> extremes(workers + 1, Extremes(width));  // the last one for the pilot
    std::vector<std::unique_ptr<Output>> outputs;
    {
        RunOptions pilot_options = options;
        pilot_options.trials = result.pilot_trials;
        TrialMatrix pilot(result.pilot_trials, width);
        run_trials_into(pilot_options, factory, pilot);
        outputs = start_outputs(pilot, n, blocks, extremes.back());
    }
    RunOptions rest = options;
    rest.first_trial = options.first_trial + result.pilot_trials;
    rest.trials = n - result.pilot_trials;
    const std::size_t first_block = result.pilot_trials / kBlockSize;
    if (rest.trials > 0) {
        std::vector<std::vector<double>> scratch(workers, std::vector<double>(kBlockSize));
        run_blocks(rest, width, factory,
                   [&](std::size_t block, std::size_t count, std::span<const double> rows, unsigned worker) {
                       std::vector<double>& values = scratch[worker];
                       for (std::size_t k = 0; k < width; ++k) {
                           for (std::size_t i = 0; i < count; ++i) values[i] = rows[i * width + k];
                           add_block(*outputs[k], first_block + block, std::span<const double>(values.data(), count),
                                     extremes[worker], k);
                       }
                   });
    }
    std::vector<std::size_t> missed;
    result.summaries.resize(width);
    for (std::size_t k = 0; k < width; ++k) {
        Output& out = *outputs[k];
        Summary& s = result.summaries[k];
        RunningStats total;
        for (const RunningStats& b : out.blocks) total.merge(b);
        std::size_t negative = 0;
        s.min = std::numeric_limits<double>::infinity();
        s.max = -std::numeric_limits<double>::infinity();
        for (const Extremes& e : extremes) {
            negative += e.negative[k];
            s.min = std::min(s.min, e.min[k]);
            s.max = std::max(s.max, e.max[k]);
        }
        s.mean = total.mean();
        s.sd = total.sd();
        s.standard_error = total.standard_error();
        s.share_negative = static_cast<double>(negative) / static_cast<double>(n);
        s.share_negative_se = std::sqrt(s.share_negative * (1.0 - s.share_negative) / static_cast<double>(n));
        if (out.bad_index) throw NonFiniteOutput(k, options.first_trial + *out.bad_index, out.bad_value);
        if (!is_finite(s)) throw NonFiniteOutput(k, std::nullopt, non_finite_field(s));
        if (s.min == s.max) {  // a constant output: as summarize() has it
            s.p5 = s.p50 = s.p95 = s.min;
            continue;
        }
        std::array<double*, 3> p = {&s.p5, &s.p50, &s.p95};
        bool ok = true;
        for (std::size_t j = 0; j < kPercentiles.size() && ok; ++j) {
            Fill& f = out.fills[j];
            result.kept_values += f.inside.size();
            const auto q = f.overflow ? std::nullopt : quantile_in_bracket(kPercentiles[j], n, f.counts, f.inside);
            if (q) *p[j] = *q;
            ok = q.has_value();
        }
        if (!ok) missed.push_back(k);
    }
    outputs.clear();
    if (!missed.empty()) {
        result.rerun_outputs = missed.size();
        const TrialMatrix kept = rerun(options, width, factory, missed);
        for (std::size_t j = 0; j < missed.size(); ++j) {
            std::array<double, 3> p{};
            quantiles(kept.column(j), kPercentiles, p);
            Summary& s = result.summaries[missed[j]];
            s.p5 = p[0];
            s.p50 = p[1];
            s.p95 = p[2];
        }
    }
    return result;
}

}  // namespace mvzsim::sim
