#include "models/analysis/sensitivity.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "models/analysis/output_ref.h"
#include "sim/rank_statistics.h"
#include "sim/statistics.h"

namespace mvzsim::models {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// The output's mean over the trials at positions [from, to) of `order`.
ConditionalMean mean_over(std::span<const double> y, std::span<const std::uint32_t> order, std::size_t from,
                          std::size_t to) {
    sim::RunningStats s;
    for (std::size_t k = from; k < to; ++k) s.add(y[order[k]]);
    return {s.mean(), s.standard_error(), to - from};
}

std::array<double, 3> deciles(std::span<const double> values) {
    static constexpr std::array<double, 3> kPs = {0.1, 0.5, 0.9};
    std::array<double, 3> out{};
    if (values.empty()) {
        out.fill(std::numeric_limits<double>::quiet_NaN());
        return out;
    }
    sim::quantiles(values, kPs, out);
    return out;
}

InputSensitivity analyse_input(const SensitivityInput& input, std::span<const double> x, std::span<const double> y,
                               std::span<const double> y_ranks, const std::vector<std::uint8_t>& failed,
                               const sim::VarianceShare& shares, const SensitivityOptions& options) {
    InputSensitivity r;
    r.name = input.name;
    const std::size_t n = x.size();
    const std::vector<std::uint32_t> order = sim::order_by(x);
    const std::size_t tail = std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(options.tail * n)));
    r.low = mean_over(y, order, 0, tail);
    r.high = mean_over(y, order, n - tail, n);
    r.swing = std::abs(r.high.mean - r.low.mean);
    r.spearman = sim::pearson(sim::ranks(x, order), y_ranks);
    r.share = shares.share(sim::rank_bins(order, options.bins), options.bins);
    r.all = deciles(x);
    std::vector<double> failing, passing;
    for (std::size_t t = 0; t < n; ++t) (failed[t] ? failing : passing).push_back(x[t]);
    r.failing = deciles(failing);
    r.passing = deciles(passing);
    const auto failing_share = [&](std::size_t from, std::size_t to) {
        std::size_t k = 0;
        for (std::size_t i = from; i < to; ++i) k += failed[order[i]];
        return static_cast<double>(k) / static_cast<double>(to - from);
    };
    r.fail_low = failing_share(0, tail);
    r.fail_high = failing_share(n - tail, n);
    return r;
}

}  // namespace

Condition parse_condition(const CentreModel& model, const std::string& text) {
    const auto fail = [&](const std::string& why) {
        throw std::invalid_argument("cannot read the condition '" + text.substr(0, 80) + "': " + why);
    };
    const std::size_t at = text.find_first_of("<>");
    if (at == std::string::npos) fail("expected OUTPUT < VALUE or OUTPUT > VALUE, e.g. 'annual_result[last] < 0'");
    Condition c;
    c.text = text;
    c.below = text[at] == '<';
    c.strict = at + 1 >= text.size() || text[at + 1] != '=';
    c.column = output_column(model, text.substr(0, at));
    const std::string_view number = trim(std::string_view(text).substr(at + (c.strict ? 1 : 2)));
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), c.threshold);
    if (number.empty() || error != std::errc() || end != number.data() + number.size() || !std::isfinite(c.threshold))
        fail("expected a number after the comparison");
    return c;
}

sim::TrialMatrix sample_sensitivity(const CentreModel& model, const SensitivityRequest& request,
                                    const sim::RunOptions& run) {
    std::vector<TracedInput> traced;
    for (const auto& i : request.inputs) traced.push_back(i.traced);
    const TrialValues values(traced, model.spec().correlations, model.calendar());
    const std::size_t output = request.output, failure = request.failure.column;
    const sim::TrialFunctionFactory factory = [&] {
        return [&, row = std::vector<double>(model.width())](std::uint64_t trial, std::span<double> out) mutable {
            model.project_years(run.seed, trial, row);
            out[0] = row[output];
            out[1] = row[failure];
            values.values(run.seed, trial, out.subspan(2));
        };
    };
    return sim::run_trials(run, 2 + values.size(), factory);
}

SensitivityResult analyse_sensitivity(const SensitivityRequest& request, const sim::TrialMatrix& sample,
                                      const SensitivityOptions& options) {
    SensitivityResult result;
    const std::span<const double> y = sample.column(0);
    const std::size_t n = y.size();
    result.trials = n;
    const sim::RunningStats stats = sim::RunningStats::of(y);
    result.mean = stats.mean();
    result.se = stats.standard_error();
    std::vector<std::uint8_t> failed(n);
    for (std::size_t t = 0; t < n; ++t) failed[t] = request.failure.holds(sample.at(t, 1)) ? 1 : 0;
    result.failing = static_cast<std::size_t>(std::count(failed.begin(), failed.end(), 1));
    result.failing_share = n == 0 ? 0.0 : static_cast<double>(result.failing) / static_cast<double>(n);
    result.failing_share_se =
        n == 0 ? 0.0 : std::sqrt(result.failing_share * (1.0 - result.failing_share) / static_cast<double>(n));

    const std::vector<double> y_ranks = sim::ranks(y);
    const sim::VarianceShare shares(
        y, {.resamples = options.resamples, .seed = options.bootstrap_seed, .threads = options.threads});
    std::vector<InputSensitivity> inputs(request.inputs.size());
    sim::parallel_for(inputs.size(), options.threads, [&](std::size_t i) {
        inputs[i] = analyse_input(request.inputs[i], sample.column(2 + i), y, y_ranks, failed, shares, options);
    });
    std::vector<std::size_t> order(inputs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return inputs[a].swing > inputs[b].swing; });
    for (const std::size_t i : order) result.inputs.push_back(std::move(inputs[i]));
    return result;
}

double sensitivity_memory(std::size_t trials, std::size_t inputs, const SensitivityOptions& options) {
    const double per_thread = 4.0 + 8.0 + 2.0 + 8.0;  // order, ranks, bins, failing or other values
    const double per_trial = 8.0 * static_cast<double>(2 + inputs) + static_cast<double>(options.resamples) + 8.0 * 3 +
                             1.0 + per_thread * sim::resolve_threads(options.threads);
    return per_trial * static_cast<double>(trials);
}

double failure_shift(const InputSensitivity& input) {
    const double range = input.all[2] - input.all[0];
    if (!(range > 0.0) || std::isnan(input.failing[1])) return 0.0;
    return (input.failing[1] - input.all[1]) / range;
}

namespace {
template <class Key>
std::vector<std::size_t> sorted_by(const SensitivityResult& r, Key key) {
    std::vector<std::size_t> order(r.inputs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key(r.inputs[a]) > key(r.inputs[b]); });
    return order;
}
}  // namespace

std::vector<std::size_t> by_share(const SensitivityResult& result) {
    return sorted_by(result, [](const InputSensitivity& i) { return i.share.share; });
}

std::vector<std::size_t> by_failure_shift(const SensitivityResult& result) {
    return sorted_by(result, [](const InputSensitivity& i) { return std::abs(failure_shift(i)); });
}

bool higher_is_better(std::string_view output) {
    const std::string_view name = trim(output.substr(0, output.find('[')));
    static constexpr std::string_view kLowerIsBetter[] = {
        "costs",         "doctor_costs",         "staff_costs",      "premises_costs",
        "running_costs", "recruiting_costs",     "addons_costs",     "depreciation",
        "interest",      "repayments",           "subsidy_need",     "vacancy",
        "payback_month", "largest_deficit",      "largest_cash_gap", "cash_payback_month",
        "repayment",     "subsidy_over_ceiling", "investments"};
    return std::find(std::begin(kLowerIsBetter), std::end(kLowerIsBetter), name) == std::end(kLowerIsBetter);
}

}  // namespace mvzsim::models
