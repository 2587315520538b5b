#include "sim/copula.h"

#include <algorithm>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/random/normal_distribution.hpp>
#include <cassert>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <string>

namespace mvzsim::sim {
namespace {

namespace bm = boost::math;

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// The quantile of a discrete distribution is the smallest integer whose CDF reaches p.
using RoundUp = bm::policies::policy<bm::policies::discrete_quantile<bm::policies::integer_round_up>>;

// Probability left out of each tail of a QuantileTable (computed exactly there).
constexpr double kTail = 1e-6;
// A Poisson table longer than this (mean above about 1e10) is not worth its memory: exact calls instead.
constexpr double kMaxSteps = 1 << 20;

// The support points of a discrete distribution in ascending order with their cumulative weights;
// points of weight 0 are dropped, so they are never returned.
struct Steps {
    std::vector<double> values, cumulative;
    double total = 0.0;
};

Steps discrete_steps(const Discrete& d) {
    assert(d.values.size() == d.weights.size());
    std::vector<std::size_t> order(d.values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return d.values[a] < d.values[b]; });
    Steps s;
    for (std::size_t i : order) {
        if (!(d.weights[i] > 0.0)) continue;
        s.total += d.weights[i];
        s.values.push_back(d.values[i]);
        s.cumulative.push_back(s.total);
    }
    assert(!s.values.empty());
    return s;
}

// The first point whose cumulative weight reaches `target`; the last one if rounding left the total short.
double first_reaching(const std::vector<double>& values, const std::vector<double>& cumulative, double target) {
    const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), target);
    if (it == cumulative.end()) return values.back();
    return values[static_cast<std::size_t>(it - cumulative.begin())];
}

double poisson_cdf(double mean, double k) {
    return bm::cdf(bm::poisson_distribution<double, RoundUp>(mean), k);
}

// Boost rounds its quantile up already; the two loops make "first integer whose CDF reaches u" hold
// for the CDF as Boost computes it, which the QuantileTable reuses, so both agree exactly.
double poisson_quantile(double mean, double u) {
    if (!(mean > 0.0)) return 0.0;
    double k = bm::quantile(bm::poisson_distribution<double, RoundUp>(mean), u);
    while (k > 0.0 && poisson_cdf(mean, k - 1.0) >= u) k -= 1.0;
    while (poisson_cdf(mean, k) < u) k += 1.0;
    return k;
}

// Normal truncated to [min, max]: the quantile at F(min) + u (F(max) - F(min)). Above the median of
// the truncated part it works with upper tails instead, so that neither side loses digits near 1.
double truncated_normal_quantile(const Normal& n, double u) {
    const bm::normal_distribution<double> normal(n.mean, n.sd);
    const double f_min = std::isfinite(n.min) ? bm::cdf(normal, n.min) : (n.min < 0.0 ? 0.0 : 1.0);
    const double f_max = std::isfinite(n.max) ? bm::cdf(normal, n.max) : (n.max < 0.0 ? 0.0 : 1.0);
    const double p = f_min + u * (f_max - f_min);
    double x;
    if (p <= 0.5) {
        x = bm::quantile(normal, p);
    } else {
        const double s_min = std::isfinite(n.min) ? bm::cdf(bm::complement(normal, n.min)) : (n.min < 0.0 ? 1.0 : 0.0);
        const double s_max = std::isfinite(n.max) ? bm::cdf(bm::complement(normal, n.max)) : (n.max < 0.0 ? 1.0 : 0.0);
        x = bm::quantile(bm::complement(normal, s_max + (1.0 - u) * (s_min - s_max)));
    }
    return std::clamp(x, n.min, n.max);
}

double lognormal_quantile(const Lognormal& l, double u) {
    // Parameters of the underlying normal from the mean and sd of the variable itself.
    const double sigma2 = std::log1p((l.sd * l.sd) / (l.mean * l.mean));
    if (!(sigma2 > 0.0)) return l.mean;
    const double mu = std::log(l.mean) - 0.5 * sigma2;
    return bm::quantile(bm::lognormal_distribution<double>(mu, std::sqrt(sigma2)), u);
}

double scaled_beta_quantile(double alpha, double beta, double low, double high, double u) {
    if (!(high > low)) return low;
    return low + (high - low) * bm::quantile(bm::beta_distribution<double>(alpha, beta), u);
}

// Standard normal distribution function, accurate in both tails, clamped into the open interval
// (0, 1): beyond about 8.3 sd it rounds to 1 in double, and beyond about 38 sd to 0.
double uniform_of(double z) {
    constexpr double kAboveZero = std::numeric_limits<double>::min();
    constexpr double kBelowOne = 1.0 - 0x1.0p-53;
    return std::clamp(0.5 * std::erfc(-z / std::numbers::sqrt2), kAboveZero, kBelowOne);
}

std::string format_number(double x) {
    std::ostringstream out;
    out.precision(10);
    out << x;
    return out.str();
}

std::string cell(std::size_t i, std::size_t j) {
    return "(" + std::to_string(i) + ", " + std::to_string(j) + ")";
}

// Cholesky factor of the symmetric k x k matrix `a` (row-major), or an empty vector when `a` is not
// positive definite. A pivot below 1e-10 counts as not positive definite: it would make inputs
// perfectly correlated, i.e. the same input twice.
std::vector<double> cholesky(const std::vector<double>& a, std::size_t k) {
    constexpr double kMinPivot = 1e-10;
    std::vector<double> l(k * k, 0.0);
    for (std::size_t j = 0; j < k; ++j) {
        double pivot = a[j * k + j];
        for (std::size_t m = 0; m < j; ++m) pivot -= l[j * k + m] * l[j * k + m];
        if (!(pivot > kMinPivot)) return {};
        l[j * k + j] = std::sqrt(pivot);
        for (std::size_t i = j + 1; i < k; ++i) {
            double sum = a[i * k + j];
            for (std::size_t m = 0; m < j; ++m) sum -= l[i * k + m] * l[j * k + m];
            l[i * k + j] = sum / l[j * k + j];
        }
    }
    return l;
}

void check_entries(std::vector<double>& r, std::size_t k) {
    // Tolerance for symmetry: matrices computed elsewhere may differ in the last bits.
    constexpr double kSymmetryTolerance = 1e-12;
    if (r.size() != k * k) {
        throw std::invalid_argument("the rank-correlation matrix is not square: " + std::to_string(k) +
                                    " inputs need " + std::to_string(k) + " x " + std::to_string(k) + " = " +
                                    std::to_string(k * k) + " entries, but there are " + std::to_string(r.size()));
    }
    for (std::size_t i = 0; i < k; ++i) {
        if (!(r[i * k + i] == 1.0)) {
            throw std::invalid_argument("the rank-correlation matrix has " + format_number(r[i * k + i]) +
                                        " on its diagonal at " + cell(i, i) +
                                        "; every input has rank correlation 1 with itself");
        }
    }
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = 0; j < k; ++j) {
            const double x = r[i * k + j];
            if (!(x >= -1.0 && x <= 1.0)) {
                throw std::invalid_argument("the rank correlation at " + cell(i, j) + " is " + format_number(x) +
                                            ", outside [-1, 1]");
            }
        }
    }
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = i + 1; j < k; ++j) {
            double& upper = r[i * k + j];
            double& lower = r[j * k + i];
            if (std::abs(upper - lower) > kSymmetryTolerance) {
                throw std::invalid_argument("the rank-correlation matrix is not symmetric: entry " + cell(i, j) +
                                            " is " + format_number(upper) + " but entry " + cell(j, i) + " is " +
                                            format_number(lower));
            }
            upper = lower = 0.5 * (upper + lower);
        }
    }
}

}  // namespace

double inverse_cdf(const Distribution& d, double u) {
    assert(u > 0.0 && u < 1.0);
    return std::visit(
        Overloaded{
            [](const Fixed& f) { return f.value; },
            [&](const Uniform& x) { return x.low + u * (x.high - x.low); },
            [&](const Triangular& t) {
                if (!(t.high > t.low)) return t.low;
                return bm::quantile(bm::triangular_distribution<double>(t.low, t.mode, t.high), u);
            },
            [&](const Pert& p) {
                // Beta(1 + 4 (mode - low) / range, 1 + 4 (high - mode) / range) on [low, high] (Vose 2008).
                const double range = p.high - p.low;
                if (!(range > 0.0)) return p.low;
                return scaled_beta_quantile(1.0 + 4.0 * (p.mode - p.low) / range, 1.0 + 4.0 * (p.high - p.mode) / range,
                                            p.low, p.high, u);
            },
            [&](const Normal& n) { return truncated_normal_quantile(n, u); },
            [&](const Lognormal& l) { return lognormal_quantile(l, u); },
            [&](const Beta& b) { return scaled_beta_quantile(b.alpha, b.beta, b.min, b.max, u); },
            [&](const Gamma& g) { return bm::quantile(bm::gamma_distribution<double>(g.shape, g.scale), u); },
            [&](const Poisson& p) { return poisson_quantile(p.mean, u); },
            [&](const Discrete& x) {
                const Steps s = discrete_steps(x);
                return first_reaching(s.values, s.cumulative, u * s.total);
            },
        },
        d);
}

QuantileTable::QuantileTable(const Distribution& d) : distribution_(d) {
    if (const auto* discrete = std::get_if<Discrete>(&d)) {
        Steps s = discrete_steps(*discrete);
        kind_ = Kind::kSteps;
        values_ = std::move(s.values);
        cumulative_ = std::move(s.cumulative);
        total_ = s.total;
    } else if (const auto* poisson = std::get_if<Poisson>(&d)) {
        if (!(poisson->mean > 0.0)) return;  // always 0: exact is cheapest
        const double k_low = poisson_quantile(poisson->mean, kTail);
        const double k_high = poisson_quantile(poisson->mean, 1.0 - kTail);
        if (k_high - k_low >= kMaxSteps) return;
        kind_ = Kind::kSteps;
        for (double k = k_low; k <= k_high; k += 1.0) {
            values_.push_back(k);
            cumulative_.push_back(poisson_cdf(poisson->mean, k));
        }
        floor_ = k_low > 0.0 ? poisson_cdf(poisson->mean, k_low - 1.0) : 0.0;
        cut_below_ = k_low > 0.0;
        cut_above_ = true;
    } else if (!std::holds_alternative<Fixed>(d)) {
        // Knots evenly spaced in logit(u) over [logit(kTail), logit(1 - kTail)].
        kind_ = Kind::kInterpolated;
        const double t_max = std::log((1.0 - kTail) / kTail);
        const double dt = 2.0 * t_max / static_cast<double>(kKnots - 1);
        knots_.resize(kKnots);
        values_.resize(kKnots);
        for (std::size_t i = 0; i < kKnots; ++i) {
            const double t = -t_max + dt * static_cast<double>(i);
            // Logistic function written so that neither tail loses digits.
            knots_[i] = t < 0.0 ? std::exp(t) / (1.0 + std::exp(t)) : 1.0 / (1.0 + std::exp(-t));
            values_[i] = inverse_cdf(d, knots_[i]);
        }
    }
}

double QuantileTable::operator()(double u) const {
    switch (kind_) {
        case Kind::kInterpolated:
            return interpolated(u);
        case Kind::kSteps:
            return stepped(u);
        case Kind::kExact:
            break;
    }
    return inverse_cdf(distribution_, u);
}

double QuantileTable::interpolated(double u) const {
    assert(u > 0.0 && u < 1.0);
    if (u < knots_.front() || u > knots_.back()) return inverse_cdf(distribution_, u);
    // Position on the logit grid; the two loops correct rounding near a knot.
    const double t_max = std::log((1.0 - kTail) / kTail);
    const double position = (std::log(u) - std::log1p(-u) + t_max) / (2.0 * t_max) * static_cast<double>(kKnots - 1);
    std::size_t i = static_cast<std::size_t>(std::clamp(position, 0.0, static_cast<double>(kKnots - 2)));
    while (i > 0 && u < knots_[i]) --i;
    while (i + 2 < kKnots && u > knots_[i + 1]) ++i;
    const double w = (u - knots_[i]) / (knots_[i + 1] - knots_[i]);
    return values_[i] + w * (values_[i + 1] - values_[i]);
}

double QuantileTable::stepped(double u) const {
    assert(u > 0.0 && u < 1.0);
    const double target = u * total_;
    if ((cut_below_ && target <= floor_) || (cut_above_ && target > cumulative_.back())) {
        return inverse_cdf(distribution_, u);
    }
    return first_reaching(values_, cumulative_, target);
}

GaussianCopula::GaussianCopula(std::vector<double> rank_correlation, std::size_t k) : k_(k) {
    check_entries(rank_correlation, k);
    if (cholesky(rank_correlation, k).empty()) {
        throw std::invalid_argument(
            "the rank correlations are inconsistent: the matrix is not positive definite (e.g. a with b 0.9, b with c "
            "0.9, a with c -0.9)");
    }
    // Pearson correlation of the normals that gives Spearman correlation r after Phi (Pearson 1907;
    // Kruskal 1958): rho = 2 sin(pi r / 6). It is slightly larger in magnitude than r, so a matrix
    // just inside the positive definite ones can fall outside after conversion.
    std::vector<double> pearson(k * k);
    for (std::size_t i = 0; i < k * k; ++i) pearson[i] = 2.0 * std::sin(std::numbers::pi * rank_correlation[i] / 6.0);
    cholesky_ = cholesky(pearson, k);
    if (cholesky_.empty()) {
        throw std::invalid_argument(
            "the rank correlations are inconsistent: the matrix is not positive definite once converted to the "
            "correlations of the underlying normals (rho = 2 sin(pi r / 6)); move the largest entries a little towards "
            "0");
    }
}

void GaussianCopula::draw(Rng& rng, std::span<double> u) const {
    assert(u.size() == k_);
    boost::random::normal_distribution<double> normal(0.0, 1.0);
    for (double& x : u) x = normal(rng);
    // z = L x in place, last row first: row i needs x_0 .. x_i, which rows below i have not overwritten.
    for (std::size_t i = k_; i-- > 0;) {
        double z = 0.0;
        for (std::size_t j = 0; j <= i; ++j) z += cholesky_[i * k_ + j] * u[j];
        u[i] = uniform_of(z);
    }
}

}  // namespace mvzsim::sim
