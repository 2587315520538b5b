#pragma once
// First-order variance shares by binning: the share of the variance of an output Y that one
// input X explains alone, Var(E[Y | X]) / Var(Y), estimated from Monte Carlo trials that drew X
// and Y together (no extra simulation). X's trials are cut into equal-count bins by rank; the
// variance of Y's bin means, less the part that the bins' own sampling noise adds, over Y's
// variance. With a bootstrap interval.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace mvzsim::sim {

struct ShareEstimate {
    double share = 0.0;
    double se = 0.0;               // bootstrap standard error (0 without resamples)
    double low = 0.0, high = 0.0;  // share -+ 1.96 se
};

struct VarianceShareOptions {
    std::size_t resamples = 200;  // bootstrap resamples for the interval; 0: none
    std::uint64_t seed = 1;       // the bootstrap's own seed: the same seed, the same interval
    unsigned threads = 1;         // for drawing the resample weights; never changes the results
};

// Estimator, for B bins b with n_b trials, bin means m_b and sample variances s_b^2 of Y, over n
// trials with mean m:
//   share = (sum_b n_b (m_b - m)^2 - sum_b (1 - n_b / n) s_b^2) / sum_i (y_i - m)^2.
// The first sum is the between-bin sum of squares; the second is its expectation when Y does not
// depend on X at all (each bin mean is off by its sampling noise, variance s_b^2 / n_b), so the
// share of an input that does not matter is 0 on average, not (B - 1) / n. Binning loses the
// variation of E[Y | X] within a bin: for a linear relation and a uniform X, 1 / B^2 of the share
// (0.25 % with 20 bins). The share may come out slightly below 0 or above 1 by noise.
//
// Interval: the Poisson bootstrap (each trial weighted by a Poisson(1) count, a fresh count per
// resample; Hanley and MacGibbon 2006), drawn from the options' seed through counter-based
// streams, one per resample; the bins stay those of the full sample.
class VarianceShare {
public:
    VarianceShare(std::span<const double> y, const VarianceShareOptions& options);

    // The share of the input whose trial i falls in bin_of_trial[i] (0 .. bins - 1; one per trial of y).
    ShareEstimate share(std::span<const std::uint16_t> bin_of_trial, std::size_t bins) const;

private:
    double estimate(std::span<const std::uint16_t> bin_of_trial, std::size_t bins, const std::uint8_t* weights) const;

    std::vector<double> y_;  // centred on its mean: sums of squares of money amounts stay accurate
    std::size_t resamples_ = 0;
    std::vector<std::uint8_t> weights_;  // resamples x n Poisson(1) counts, resample-major
};

}  // namespace mvzsim::sim
