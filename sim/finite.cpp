#include "sim/finite.h"

#include <array>
#include <cmath>
#include <string>

namespace mvzsim::sim {
namespace {

std::array<double, 10> fields(const Summary& s) {
    return {s.mean, s.standard_error, s.sd, s.p5, s.p50, s.p95, s.min, s.max, s.share_negative, s.share_negative_se};
}

std::string describe(std::size_t output, std::optional<std::uint64_t> trial, double value) {
    const std::string what = std::isnan(value) ? "nan" : value < 0.0 ? "-inf" : "inf";
    if (trial) return "output " + std::to_string(output) + " is " + what + " in trial " + std::to_string(*trial);
    return "a statistic of output " + std::to_string(output) + " is " + what;
}

}  // namespace

NonFiniteOutput::NonFiniteOutput(std::size_t output, std::optional<std::uint64_t> trial, double value)
    : std::runtime_error(describe(output, trial, value)), output_(output), trial_(trial), value_(value) {}

bool is_finite(const Summary& s) {
    for (const double x : fields(s))
        if (!std::isfinite(x)) return false;
    return true;
}

double non_finite_field(const Summary& s) {
    for (const double x : fields(s))
        if (!std::isfinite(x)) return x;
    return 0.0;
}

std::optional<std::size_t> first_non_finite(std::span<const double> values) {
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i])) return i;
    return std::nullopt;
}

void check_finite(const Summary& s, std::span<const double> values, std::size_t output, std::uint64_t first_trial) {
    if (is_finite(s)) return;
    if (const auto i = first_non_finite(values)) throw NonFiniteOutput(output, first_trial + *i, values[*i]);
    throw NonFiniteOutput(output, std::nullopt, non_finite_field(s));
}

}  // namespace mvzsim::sim
