#pragma once
// The centre with another number of doctors: the doctor variants a break-even search compares.
#include <optional>

#include "models/spec/centre_spec.h"

namespace mvzsim::models {

// Sum of the FTE of all doctor positions.
double total_doctor_fte(const CentreSpec& spec);
// The position that added doctors copy: breakeven.template, else the first position.
const DoctorSpec& template_position(const CentreSpec& spec);

// The centre with `fte` doctor FTE in all: the scenario's positions in their order, the last one
// cut to the FTE left, then copies of the template position (ids TEMPLATE+1, TEMPLATE+2, ...; each
// with its own random streams). Floor area changes by breakeven.area_m2_per_fte per FTE added or
// removed; staff per doctor FTE and per-doctor running costs follow the doctors in post.
CentreSpec with_doctor_fte(const CentreSpec& base, double fte);

// The first calendar year in which every position of `spec` is in post at its full case load all
// year (planned start + mean time to fill + ramp-up), or nullopt when the horizon has none.
std::optional<int> first_full_year(const CentreSpec& spec);

}  // namespace mvzsim::models
