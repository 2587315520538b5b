#pragma once
// Probability distributions for uncertain inputs. Plain data (a variant of small structs), so
// that specs can be copied, compared and printed; sampling goes through Boost.Random, whose
// algorithms are fixed by Boost and do not differ between standard libraries.
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "sim/random.h"

namespace mvzsim::sim {

struct Fixed {
    double value;
};
struct Uniform {
    double low, high;
};
struct Triangular {
    double low, mode, high;
};
// PERT: a beta on [low, high] with shape 1 + 4 (mode - low) / (high - low) (Vose 2008).
struct Pert {
    double low, mode, high;
};
// Normal, optionally truncated to [min, max] (use +-infinity for an open side).
struct Normal {
    double mean, sd, min, max;
};
// Lognormal by the mean and sd of the variable itself (not of its logarithm).
struct Lognormal {
    double mean, sd;
};
// Beta(alpha, beta) scaled to [min, max].
struct Beta {
    double alpha, beta, min, max;
};
struct Gamma {
    double shape, scale;
};
struct Poisson {
    double mean;
};
// One of `values`, chosen with probabilities proportional to `weights`.
struct Discrete {
    std::vector<double> values, weights;
};

using Distribution = std::variant<Fixed, Uniform, Triangular, Pert, Normal, Lognormal, Beta, Gamma, Poisson, Discrete>;

// The largest Poisson mean sampled: Boost draws a long, and beyond 2^53 a count is no longer
// exact in a double (scenarios stop at 1e9).
inline constexpr double kMaxPoissonMean = 1e15;

// Why `d` cannot be sampled, or empty when it can: a parameter that is not finite or that Boost's
// distribution cannot take (low >= high, a scale, sd, shape or weight out of range, a Poisson
// mean beyond kMaxPoissonMean, an empty discrete). The scenario reader refuses all of these where
// they enter, with their place in the file; Sampler and sample() guard the library calls.
std::string invalid_parameters(const Distribution& d);

// A draw of `d`, which must be valid (asserted).
double sample(const Distribution& d, Rng& rng);

// A distribution made ready for repeated sampling: Boost's distribution objects (and their square
// roots and logarithms) are set up once instead of at every draw. Gives exactly the draws of
// sample(d, rng) on the same stream.
class Sampler {
public:
    // Throws std::invalid_argument naming `d` when it is not valid (invalid_parameters).
    explicit Sampler(const Distribution& d);
    double operator()(Rng& rng) const;

private:
    struct Prepared;
    std::shared_ptr<const Prepared> prepared_;
};
double mean(const Distribution& d);
double variance(const Distribution& d);
bool is_fixed(const Distribution& d);
// A short readable form for reports, e.g. "triangular(700, 880, 1000)".
std::string describe(const Distribution& d);

// Lognormal from its median and 95th percentile (the upper end of a central 90 % range).
Lognormal lognormal_from_median_p95(double median, double p95);

}  // namespace mvzsim::sim
