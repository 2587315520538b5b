#pragma once
// The one check that no summary of a run holds a number that is not finite (inf or nan, from an
// overflow on absurd inputs): no report may show one. It names the output and the first trial
// whose value is not finite, so that the input behind it can be found and replayed.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>

#include "sim/statistics.h"

namespace mvzsim::sim {

// Output `output` (its index in a trial's row) is not finite: in trial `trial`, or, when every
// value of it is finite, in a statistic of them (e.g. the sum of squares of values near 1e200).
class NonFiniteOutput : public std::runtime_error {
public:
    NonFiniteOutput(std::size_t output, std::optional<std::uint64_t> trial, double value);
    std::size_t output() const { return output_; }
    std::optional<std::uint64_t> trial() const { return trial_; }
    double value() const { return value_; }  // the value, or the statistic, that is not finite

private:
    std::size_t output_;
    std::optional<std::uint64_t> trial_;
    double value_;
};

// Whether every field of `s` is finite.
bool is_finite(const Summary& s);
// A field of `s` that is not finite (0 when there is none).
double non_finite_field(const Summary& s);
// The index of the first value of `values` that is not finite.
std::optional<std::size_t> first_non_finite(std::span<const double> values);

// Throws NonFiniteOutput when `s`, the summary of `values` (output `output` of trials first_trial,
// first_trial + 1, ...), is not finite.
void check_finite(const Summary& s, std::span<const double> values, std::size_t output, std::uint64_t first_trial);

}  // namespace mvzsim::sim
