#pragma once
// Centres built in code for tests that need a realistic or a rich spec: the same centres as
// written in YAML elsewhere (tests/scenarios/spec_builder_test.cpp checks that each gives exactly
// the draws and results of its YAML).
#include "models/spec/centre_spec.h"

namespace mvzsim::testing {

// examples/rural-gp-3.yaml: three employed GPs (the third part-time, recruited, may leave), MFA per
// doctor FTE and a practice manager, rent per m2, KV advances, a TI-Pauschale.
models::CentreSpec rural_gp_3();

// A centre with every mechanism and every kind of random stream: departures and refills, ramp-up
// with a successor's share, KV timing, PKV lag, payout quota, a surcharge per case and month, staff
// turnover, rent per m2, per-month inputs, an investment with finance and a credit line, every
// grant kind with its conditions, loss compensation, a Tagespflege, a tenant that may leave, a
// service line, and rank correlations across sections. Opens in April 2027 for 4 years.
models::CentreSpec rich_centre();

}  // namespace mvzsim::testing
