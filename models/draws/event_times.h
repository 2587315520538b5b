#pragma once
// Event times drawn by inversion: the month of an event that has the same chance in every month,
// from one uniform draw per event instead of one per month.
#include <algorithm>
#include <cmath>

namespace mvzsim::models {

// ln(1 - q) for the monthly probability q = 1 - (1 - p)^(1/12) of an event with yearly
// probability p, computed as ln(1 - p) / 12: 0 when p <= 0 (never), -inf when p >= 1 (surely).
inline double log_monthly_survival(double per_year) {
    if (per_year <= 0.0) return 0.0;
    return std::log1p(-std::min(1.0, per_year)) / 12.0;
}

// The months until the event, counting the month it happens in (1, 2, ...), from a uniform u in
// [0, 1) and log_survival = ln(1 - q): K = 1 + floor(ln(1 - u) / ln(1 - q)). Then
// P(K > k) = P(1 - u <= (1 - q)^k) = (1 - q)^k, the geometric law of a chance q each month, as
// with one uniform a month (the event in the first month whose uniform is below q). Returns
// `cap` when K >= cap (an event beyond the months that matter, or never).
inline int months_until_event(double u, double log_survival, int cap) {
    if (log_survival == 0.0) return cap;
    const double k = std::floor(std::log1p(-u) / log_survival);  // >= 0; +0 when log_survival is -inf
    return k + 1.0 >= static_cast<double>(cap) ? cap : 1 + static_cast<int>(k);
}

}  // namespace mvzsim::models
