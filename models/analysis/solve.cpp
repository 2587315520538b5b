#include "models/analysis/solve.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace mvzsim::models {
namespace {

// Bisection steps: the answer is found to (high - low) / 2^kSteps.
constexpr int kSteps = 16;

class Solver {
public:
    Solver(const std::function<CentreSpec(double)>& spec_at, const Target& target, const sim::RunOptions& run,
           SolveResult& result)
        : spec_at_(spec_at), target_(target), run_(run), result_(result) {}

    // Every evaluation uses the same seed and trials: common random numbers across values.
    const Estimate& at(double x) {
        auto found = result_.evaluations.find(x);
        if (found != result_.evaluations.end()) return found->second;
        const CentreModel model(spec_at_(x));
        // Only the target's output is kept: one column instead of every output of every year.
        const std::size_t output = target_output(target_, model);
        sim::TrialMatrix values(run_.trials, 1);
        const auto worker = [&] {
            return
                [&, scratch = std::vector<double>(model.width())](std::uint64_t trial, std::span<double> out) mutable {
                    model.project_years(run_.seed, trial, scratch);
                    out[0] = scratch[output];
                };
        };
        sim::run_trials_into(run_, worker, values);
        return result_.evaluations.emplace(x, evaluate(target_, values.column(0))).first->second;
    }

    // The boundary between `outside` (where `inside_of` is false) and `inside` (where it is true):
    // the last value found inside, so that the answer itself meets the condition.
    double boundary(double outside, double inside, const std::function<bool(const Estimate&)>& inside_of) {
        for (int i = 0; i < kSteps; ++i) {
            const double middle = 0.5 * (outside + inside);
            (inside_of(at(middle)) ? inside : outside) = middle;
        }
        return inside;
    }

private:
    const std::function<CentreSpec(double)>& spec_at_;
    const Target& target_;
    const sim::RunOptions& run_;
    SolveResult& result_;
};

std::string describe(double x, const Estimate& e) {
    return fmt::format("at {:g} the statistic is {:g} (95 % interval {:g} to {:g})", x, e.value, e.low, e.high);
}

}  // namespace

SolveResult solve(const std::function<CentreSpec(double)>& spec_at, const Target& target, double low, double high,
                  const sim::RunOptions& run) {
    if (!(low < high)) throw std::invalid_argument("the range must have LOW < HIGH");
    SolveResult result;
    result.target = target;
    result.low = low;
    result.high = high;
    Solver solver(spec_at, target, run, result);

    const Estimate at_low = solver.at(low), at_high = solver.at(high);
    const bool met_low = meets(target, at_low.value), met_high = meets(target, at_high.value);
    if (met_low == met_high) {
        throw std::invalid_argument(fmt::format("the target '{}' is {} in the range: {}; {}", target.text,
                                                met_low ? "met everywhere" : "met nowhere", describe(low, at_low),
                                                describe(high, at_high)));
    }
    result.met_at_high = met_high;
    const double unmet_end = met_high ? low : high, met_end = met_high ? high : low;

    auto met = [&](const Estimate& e) { return meets(target, e.value); };
    // Surely met: the whole interval meets; possibly met: some of it does.
    auto surely = [&](const Estimate& e) { return meets(target, e.low) && meets(target, e.high); };
    auto possibly = [&](const Estimate& e) { return meets(target, e.low) || meets(target, e.high); };

    result.answer = solver.boundary(unmet_end, met_end, met);
    result.at_answer = solver.at(result.answer);
    const double sure = surely(solver.at(met_end)) ? solver.boundary(unmet_end, met_end, surely) : met_end;
    const double maybe = possibly(solver.at(unmet_end)) ? unmet_end : solver.boundary(unmet_end, met_end, possibly);
    // The estimate may move both ways with the value (e.g. through a distribution's shape), so
    // the open interval is widened to contain the answer.
    result.open = {std::min({sure, maybe, result.answer}), std::max({sure, maybe, result.answer})};
    return result;
}

}  // namespace mvzsim::models
