#pragma once
// Non-physician staff (MFA, practice manager, ...): posts, pay and turnover.
#include <string>

#include "models/spec/input.h"
#include "models/units.h"

namespace mvzsim::models {

// Non-physician staff of one role: a number of FTE per active doctor FTE, or a fixed number.
struct StaffSpec {
    std::string role;
    bool per_doctor = false;
    // Staff per doctor FTE follow the doctor FTE in post (false), or the FTE of the doctor positions
    // whose planned start has come, filled or vacant (true: the centre keeps them through a vacancy).
    bool follows_planned = false;
    Fte fte = 0.0;         // per doctor FTE when per_doctor, else in total
    MonthIndex start = 0;  // months after opening (fixed staff only)
    PaySpec pay;
    // Turnover: the steady-state share of the role's posts vacant, d r / (12 + d r) for d
    // departures per year and r months to refill; vacant posts cost nothing, and for staff per
    // doctor FTE they cut the case load by the same share.
    Input departures_per_year;
    Input refill_months;
};

}  // namespace mvzsim::models
