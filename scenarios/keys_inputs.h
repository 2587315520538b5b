#pragma once
// Keys of an uncertain value: one distribution and `draw` (see docs/scenario-reference.md,
// "Uncertain values"). Internal to scenarios/.
#include "scenarios/key_table.h"

namespace mvzsim::scenarios::keys {

using V = ValueType;

// normal: {mean, sd, min, max}
inline constexpr Key kNormalMean{.name = "mean", .type = V::number, .required = true, .what = "the mean"};
inline constexpr Key kNormalSd{.name = "sd",
                               .type = V::number,
                               .required = true,
                               .what = "the standard deviation",
                               .range = positive("the standard deviation")};
inline constexpr Key kNormalMin{.name = "min", .type = V::number, .what = "the lower truncation point"};
inline constexpr Key kNormalMax{.name = "max", .type = V::number, .what = "the upper truncation point"};
inline constexpr const Key* kNormalKeys[] = {&kNormalMean, &kNormalSd, &kNormalMin, &kNormalMax};
inline constexpr Section kNormal{"normal", kNormalKeys};

// lognormal: {mean, sd}, {median, p95} or {p5, p95}
inline constexpr Key kLognormalMean{
    .name = "mean", .type = V::number, .what = "the mean (or give median and p95, or p5 and p95)", .range = positive()};
inline constexpr Key kLognormalSd{
    .name = "sd", .type = V::number, .what = "the standard deviation", .range = positive("the standard deviation")};
inline constexpr Key kLognormalMedian{.name = "median", .type = V::number, .what = "the median", .range = positive()};
inline constexpr Key kLognormalP5{.name = "p5", .type = V::number, .what = "the 5th percentile", .range = positive()};
inline constexpr Key kLognormalP95{
    .name = "p95", .type = V::number, .what = "the 95th percentile", .range = positive()};
inline constexpr const Key* kLognormalKeys[] = {&kLognormalMean, &kLognormalSd, &kLognormalMedian, &kLognormalP5,
                                                &kLognormalP95};
inline constexpr Section kLognormal{"lognormal", kLognormalKeys};

// beta: {alpha, beta, min, max}. Shapes below 0.1 put nearly all mass at the two ends, where
// Boost's sampler can return 0/0.
inline constexpr Range kBetaShape{0.1, INFINITY, false, false, "use discrete for two-point values"};
inline constexpr Key kBetaAlpha{
    .name = "alpha", .type = V::number, .required = true, .what = "the first shape parameter", .range = kBetaShape};
inline constexpr Key kBetaBeta{
    .name = "beta", .type = V::number, .required = true, .what = "the second shape parameter", .range = kBetaShape};
inline constexpr Key kBetaMin{.name = "min", .type = V::number, .what = "the lower end"};
inline constexpr Key kBetaMax{.name = "max", .type = V::number, .what = "the upper end"};
inline constexpr const Key* kBetaKeys[] = {&kBetaAlpha, &kBetaBeta, &kBetaMin, &kBetaMax};
inline constexpr Section kBeta{"beta", kBetaKeys};

// gamma: {shape, scale}
// A shape below 0.01 puts nearly every draw at 0 (or below the smallest double).
inline constexpr Key kGammaShape{.name = "shape",
                                 .type = V::number,
                                 .required = true,
                                 .what = "the shape parameter",
                                 .range = {0.01, INFINITY, false, false, "a smaller shape puts nearly all draws at 0"}};
inline constexpr Key kGammaScale{
    .name = "scale", .type = V::number, .required = true, .what = "the scale parameter", .range = positive()};
inline constexpr const Key* kGammaKeys[] = {&kGammaShape, &kGammaScale};
inline constexpr Section kGamma{"gamma", kGammaKeys};

// poisson: {mean}
inline constexpr Key kPoissonMean{
    .name = "mean", .type = V::number, .required = true, .what = "the mean", .range = positive()};
inline constexpr const Key* kPoissonKeys[] = {&kPoissonMean};
inline constexpr Section kPoisson{"poisson", kPoissonKeys};

// discrete: {values, weights}
inline constexpr Key kDiscreteValues{
    .name = "values", .type = V::numbers, .required = true, .what = "the list of possible values"};
inline constexpr Key kDiscreteWeights{.name = "weights",
                                      .type = V::numbers,
                                      .required = true,
                                      .what = "the list of weights, one per value",
                                      .range = non_negative()};
inline constexpr const Key* kDiscreteKeys[] = {&kDiscreteValues, &kDiscreteWeights};
inline constexpr Section kDiscrete{"discrete", kDiscreteKeys};

// The mapping of an uncertain value: exactly one distribution, and optionally `draw`.
inline constexpr Key kUniform{.name = "uniform", .type = V::numbers, .what = "[low, high]", .count = 2};
inline constexpr Key kTriangular{
    .name = "triangular", .type = V::numbers, .what = "[low, most likely, high]", .count = 3};
inline constexpr Key kPert{.name = "pert", .type = V::numbers, .what = "[low, most likely, high]", .count = 3};
inline constexpr Key kNormalForm{
    .name = "normal", .type = V::mapping, .what = "{mean, sd, min, max}", .section = &kNormal};
inline constexpr Key kLognormalForm{.name = "lognormal",
                                    .type = V::mapping,
                                    .what = "{mean, sd} or {median, p95} or {p5, p95}",
                                    .section = &kLognormal};
inline constexpr Key kBetaForm{
    .name = "beta", .type = V::mapping, .what = "{alpha, beta, min, max}", .section = &kBeta};
inline constexpr Key kGammaForm{.name = "gamma", .type = V::mapping, .what = "{shape, scale}", .section = &kGamma};
inline constexpr Key kPoissonForm{.name = "poisson", .type = V::mapping, .what = "{mean}", .section = &kPoisson};
inline constexpr Key kDiscreteForm{
    .name = "discrete", .type = V::mapping, .what = "{values, weights}", .section = &kDiscrete};
// `draw` takes trial, or the input's own period (month or year): checked by the reader.
inline constexpr std::string_view kDrawWords[] = {"trial", "month", "year"};
inline constexpr Key kDraw{.name = "draw", .type = V::word, .what = "when the value is drawn", .words = kDrawWords};
// `value` with `source`: a fixed value written as a mapping, so that it can carry its source.
inline constexpr Key kValue{.name = "value", .type = V::number, .what = "the value"};
inline constexpr Key kSource{
    .name = "source", .type = V::text, .what = "a text naming the source, e.g. \"KBV Honorarbericht 2024\""};
inline constexpr const Key* kUncertainKeys[] = {&kUniform,       &kTriangular, &kPert,      &kNormalForm,
                                                &kLognormalForm, &kBetaForm,   &kGammaForm, &kPoissonForm,
                                                &kDiscreteForm,  &kDraw,       &kValue,     &kSource};
inline constexpr Section kUncertain{"uncertain_value", kUncertainKeys};

}  // namespace mvzsim::scenarios::keys
