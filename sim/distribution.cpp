#include "sim/distribution.h"

#include <algorithm>
#include <boost/random/beta_distribution.hpp>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/poisson_distribution.hpp>
#include <boost/random/triangle_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cassert>
#include <cmath>
#include <numbers>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace mvzsim::sim {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

struct PertShape {
    double alpha, beta;
};

PertShape pert_shape(const Pert& p) {
    const double range = p.high - p.low;
    return {1.0 + 4.0 * (p.mode - p.low) / range, 1.0 + 4.0 * (p.high - p.mode) / range};
}

// Parameters of the underlying normal of a lognormal given by its own mean and sd.
struct LogParams {
    double mu, sigma;
};

LogParams log_params(const Lognormal& l) {
    const double sigma2 = std::log1p((l.sd * l.sd) / (l.mean * l.mean));
    return {std::log(l.mean) - 0.5 * sigma2, std::sqrt(sigma2)};
}

double std_normal_pdf(double z) {
    return std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
}
double std_normal_cdf(double z) {
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

// Moments of a normal truncated to [min, max] (Johnson, Kotz, Balakrishnan 1994, ch. 13).
struct Moments {
    double mean, variance;
};

Moments truncated_normal_moments(const Normal& n) {
    const double a = (n.min - n.mean) / n.sd;
    const double b = (n.max - n.mean) / n.sd;
    const double pa = std::isfinite(a) ? std_normal_pdf(a) : 0.0;
    const double pb = std::isfinite(b) ? std_normal_pdf(b) : 0.0;
    const double z = std_normal_cdf(b) - std_normal_cdf(a);
    const double aa = std::isfinite(a) ? a * pa : 0.0;
    const double bb = std::isfinite(b) ? b * pb : 0.0;
    const double shift = (pa - pb) / z;
    return {n.mean + n.sd * shift, n.sd * n.sd * (1.0 + (aa - bb) / z - shift * shift)};
}

double sample_discrete(const Discrete& d, Rng& rng) {
    const double total = std::accumulate(d.weights.begin(), d.weights.end(), 0.0);
    double u = rng.uniform01() * total;
    for (std::size_t i = 0; i + 1 < d.values.size(); ++i) {
        if (u < d.weights[i]) return d.values[i];
        u -= d.weights[i];
    }
    return d.values.back();
}

bool finite(std::initializer_list<double> xs) {
    return std::all_of(xs.begin(), xs.end(), [](double x) { return std::isfinite(x); });
}

std::string discrete_problem(const Discrete& d) {
    if (d.values.empty() || d.values.size() != d.weights.size()) return "needs as many weights as values, at least one";
    double total = 0.0;
    for (std::size_t i = 0; i < d.values.size(); ++i) {
        if (!std::isfinite(d.values[i]) || !std::isfinite(d.weights[i])) return "a value or weight is not finite";
        if (d.weights[i] < 0.0) return "a weight is negative";
        total += d.weights[i];
    }
    if (!(total > 0.0) || !std::isfinite(total)) return "the weights must add up to a positive finite number";
    return "";
}

}  // namespace

std::string invalid_parameters(const Distribution& d) {
    return std::visit(
        Overloaded{
            [](const Fixed& f) -> std::string { return std::isfinite(f.value) ? "" : "the value is not finite"; },
            [](const Uniform& u) -> std::string {
                return finite({u.low, u.high, u.high - u.low}) && u.low < u.high ? "" : "needs finite low < high";
            },
            [](const Triangular& t) -> std::string {
                return finite({t.low, t.mode, t.high, t.high - t.low}) && t.low < t.high && t.low <= t.mode &&
                               t.mode <= t.high
                           ? ""
                           : "needs finite low <= mode <= high, low < high";
            },
            [](const Pert& p) -> std::string {
                return finite({p.low, p.mode, p.high, p.high - p.low}) && p.low < p.high && p.low <= p.mode &&
                               p.mode <= p.high
                           ? ""
                           : "needs finite low <= mode <= high, low < high";
            },
            [](const Normal& n) -> std::string {
                // min and max may be infinite (an open side); rejection needs some mass between them.
                if (!finite({n.mean, n.sd}) || !(n.sd > 0.0) || std::isnan(n.min) || std::isnan(n.max) ||
                    !(n.min < n.max))
                    return "needs a finite mean, sd > 0 and min < max";
                const double inside = std_normal_cdf((n.max - n.mean) / n.sd) - std_normal_cdf((n.min - n.mean) / n.sd);
                return inside > 0.0 ? "" : "has no mass between min and max";
            },
            [](const Lognormal& l) -> std::string {
                if (!finite({l.mean, l.sd}) || !(l.mean > 0.0) || !(l.sd >= 0.0)) return "needs mean > 0 and sd >= 0";
                const LogParams p = log_params(l);
                return finite({p.mu, p.sigma}) ? "" : "its logarithm's parameters are not finite";
            },
            [](const Beta& b) -> std::string {
                return finite({b.alpha, b.beta, b.min, b.max, b.max - b.min}) && b.alpha > 0.0 && b.beta > 0.0 &&
                               b.min < b.max
                           ? ""
                           : "needs alpha > 0, beta > 0 and finite min < max";
            },
            [](const Gamma& g) -> std::string {
                return finite({g.shape, g.scale}) && g.shape > 0.0 && g.scale > 0.0 ? ""
                                                                                    : "needs shape > 0 and scale > 0";
            },
            [](const Poisson& p) -> std::string {
                return p.mean > 0.0 && p.mean <= kMaxPoissonMean ? "" : "needs 0 < mean <= 1e15";
            },
            [](const Discrete& x) { return discrete_problem(x); },
        },
        d);
}

double sample(const Distribution& d, Rng& rng) {
    assert(invalid_parameters(d).empty());
    return std::visit(
        Overloaded{
            [](const Fixed& f) { return f.value; },
            [&](const Uniform& u) { return boost::random::uniform_real_distribution<double>(u.low, u.high)(rng); },
            [&](const Triangular& t) {
                return boost::random::triangle_distribution<double>(t.low, t.mode, t.high)(rng);
            },
            [&](const Pert& p) {
                const PertShape s = pert_shape(p);
                return p.low + (p.high - p.low) * boost::random::beta_distribution<double>(s.alpha, s.beta)(rng);
            },
            [&](const Normal& n) {
                // Rejection: validation guarantees at least 1 % of the mass lies inside [min, max].
                boost::random::normal_distribution<double> normal(n.mean, n.sd);
                for (;;) {
                    const double x = normal(rng);
                    if (x >= n.min && x <= n.max) return x;
                }
            },
            [&](const Lognormal& l) {
                const LogParams p = log_params(l);
                return boost::random::lognormal_distribution<double>(p.mu, p.sigma)(rng);
            },
            [&](const Beta& b) {
                return b.min + (b.max - b.min) * boost::random::beta_distribution<double>(b.alpha, b.beta)(rng);
            },
            [&](const Gamma& g) { return boost::random::gamma_distribution<double>(g.shape, g.scale)(rng); },
            [&](const Poisson& p) {
                return static_cast<double>(boost::random::poisson_distribution<long, double>(p.mean)(rng));
            },
            [&](const Discrete& d) { return sample_discrete(d, rng); },
        },
        d);
}

double mean(const Distribution& d) {
    return std::visit(Overloaded{
                          [](const Fixed& f) { return f.value; },
                          [](const Uniform& u) { return 0.5 * (u.low + u.high); },
                          [](const Triangular& t) { return (t.low + t.mode + t.high) / 3.0; },
                          [](const Pert& p) { return (p.low + 4.0 * p.mode + p.high) / 6.0; },
                          [](const Normal& n) { return truncated_normal_moments(n).mean; },
                          [](const Lognormal& l) { return l.mean; },
                          [](const Beta& b) { return b.min + (b.max - b.min) * b.alpha / (b.alpha + b.beta); },
                          [](const Gamma& g) { return g.shape * g.scale; },
                          [](const Poisson& p) { return p.mean; },
                          [](const Discrete& d) {
                              const double total = std::accumulate(d.weights.begin(), d.weights.end(), 0.0);
                              return std::inner_product(d.values.begin(), d.values.end(), d.weights.begin(), 0.0) /
                                     total;
                          },
                      },
                      d);
}

double variance(const Distribution& d) {
    return std::visit(Overloaded{
                          [](const Fixed&) { return 0.0; },
                          [](const Uniform& u) { return (u.high - u.low) * (u.high - u.low) / 12.0; },
                          [](const Triangular& t) {
                              return (t.low * t.low + t.mode * t.mode + t.high * t.high - t.low * t.mode -
                                      t.low * t.high - t.mode * t.high) /
                                     18.0;
                          },
                          [](const Pert& p) {
                              const PertShape s = pert_shape(p);
                              const double n = s.alpha + s.beta;
                              return (p.high - p.low) * (p.high - p.low) * s.alpha * s.beta / (n * n * (n + 1.0));
                          },
                          [](const Normal& n) { return truncated_normal_moments(n).variance; },
                          [](const Lognormal& l) { return l.sd * l.sd; },
                          [](const Beta& b) {
                              const double n = b.alpha + b.beta;
                              return (b.max - b.min) * (b.max - b.min) * b.alpha * b.beta / (n * n * (n + 1.0));
                          },
                          [](const Gamma& g) { return g.shape * g.scale * g.scale; },
                          [](const Poisson& p) { return p.mean; },
                          [](const Discrete& d) {
                              const double total = std::accumulate(d.weights.begin(), d.weights.end(), 0.0);
                              double m = 0.0, m2 = 0.0;
                              for (std::size_t i = 0; i < d.values.size(); ++i) {
                                  m += d.values[i] * d.weights[i] / total;
                                  m2 += d.values[i] * d.values[i] * d.weights[i] / total;
                              }
                              return m2 - m * m;
                          },
                      },
                      d);
}

bool is_fixed(const Distribution& d) {
    return std::holds_alternative<Fixed>(d);
}

std::string describe(const Distribution& d) {
    std::ostringstream out;
    out.precision(10);
    std::visit(
        Overloaded{
            [&](const Fixed& f) { out << f.value; },
            [&](const Uniform& u) { out << "uniform(" << u.low << ", " << u.high << ")"; },
            [&](const Triangular& t) { out << "triangular(" << t.low << ", " << t.mode << ", " << t.high << ")"; },
            [&](const Pert& p) { out << "pert(" << p.low << ", " << p.mode << ", " << p.high << ")"; },
            [&](const Normal& n) {
                out << "normal(mean " << n.mean << ", sd " << n.sd;
                if (std::isfinite(n.min)) out << ", min " << n.min;
                if (std::isfinite(n.max)) out << ", max " << n.max;
                out << ")";
            },
            [&](const Lognormal& l) { out << "lognormal(mean " << l.mean << ", sd " << l.sd << ")"; },
            [&](const Beta& b) {
                out << "beta(" << b.alpha << ", " << b.beta << " on [" << b.min << ", " << b.max << "])";
            },
            [&](const Gamma& g) { out << "gamma(shape " << g.shape << ", scale " << g.scale << ")"; },
            [&](const Poisson& p) { out << "poisson(" << p.mean << ")"; },
            [&](const Discrete& dd) { out << "discrete(" << dd.values.size() << " values)"; },
        },
        d);
    return out.str();
}

namespace {

struct ScaledBeta {
    double low, range;
    boost::random::beta_distribution<double> beta;
};
struct TruncatedNormal {
    boost::random::normal_distribution<double> normal;
    double min, max;
};

}  // namespace

struct Sampler::Prepared {
    std::variant<Fixed, boost::random::uniform_real_distribution<double>, boost::random::triangle_distribution<double>,
                 ScaledBeta, TruncatedNormal, boost::random::lognormal_distribution<double>,
                 boost::random::gamma_distribution<double>, boost::random::poisson_distribution<long, double>, Discrete>
        kind;
};

Sampler::Sampler(const Distribution& d) {
    if (const std::string why = invalid_parameters(d); !why.empty())
        throw std::invalid_argument("cannot sample " + describe(d) + ": " + why);
    auto prepared = std::make_shared<Prepared>();
    std::visit(
        Overloaded{
            [&](const Fixed& f) { prepared->kind = f; },
            [&](const Uniform& u) { prepared->kind = boost::random::uniform_real_distribution<double>(u.low, u.high); },
            [&](const Triangular& t) {
                prepared->kind = boost::random::triangle_distribution<double>(t.low, t.mode, t.high);
            },
            [&](const Pert& p) {
                const PertShape s = pert_shape(p);
                prepared->kind =
                    ScaledBeta{p.low, p.high - p.low, boost::random::beta_distribution<double>(s.alpha, s.beta)};
            },
            [&](const Normal& n) {
                prepared->kind =
                    TruncatedNormal{boost::random::normal_distribution<double>(n.mean, n.sd), n.min, n.max};
            },
            [&](const Lognormal& l) {
                const LogParams p = log_params(l);
                prepared->kind = boost::random::lognormal_distribution<double>(p.mu, p.sigma);
            },
            [&](const Beta& b) {
                prepared->kind =
                    ScaledBeta{b.min, b.max - b.min, boost::random::beta_distribution<double>(b.alpha, b.beta)};
            },
            [&](const Gamma& g) { prepared->kind = boost::random::gamma_distribution<double>(g.shape, g.scale); },
            [&](const Poisson& p) { prepared->kind = boost::random::poisson_distribution<long, double>(p.mean); },
            [&](const Discrete& x) { prepared->kind = x; },
        },
        d);
    prepared_ = std::move(prepared);
}

double Sampler::operator()(Rng& rng) const {
    // Boost's operator() is not const: each draw works on a copy (a few doubles, no set-up).
    return std::visit(
        Overloaded{
            [](const Fixed& f) { return f.value; },
            [&](boost::random::uniform_real_distribution<double> u) { return u(rng); },
            [&](boost::random::triangle_distribution<double> t) { return t(rng); },
            [&](ScaledBeta b) { return b.low + b.range * b.beta(rng); },
            [&](TruncatedNormal n) {
                for (;;) {
                    const double x = n.normal(rng);
                    if (x >= n.min && x <= n.max) return x;
                }
            },
            [&](boost::random::lognormal_distribution<double> l) { return l(rng); },
            [&](boost::random::gamma_distribution<double> g) { return g(rng); },
            [&](boost::random::poisson_distribution<long, double> p) { return static_cast<double>(p(rng)); },
            [&](const Discrete& d) { return sample_discrete(d, rng); },
        },
        prepared_->kind);
}

Lognormal lognormal_from_median_p95(double median, double p95) {
    assert(median > 0.0 && p95 > median);
    // z(0.95) of the standard normal.
    constexpr double kZ95 = 1.6448536269514722;
    const double sigma = std::log(p95 / median) / kZ95;
    const double mean = median * std::exp(0.5 * sigma * sigma);
    return {mean, mean * std::sqrt(std::expm1(sigma * sigma))};
}

}  // namespace mvzsim::sim
