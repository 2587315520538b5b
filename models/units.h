#pragma once
// Names for domain quantities, so that signatures read as business statements.
namespace mvzsim::models {

using Money = double;    // EUR
using Fte = double;      // full-time equivalents; 1.0 = a full Versorgungsauftrag or full-time contract
using Rate = double;     // a fraction, e.g. 0.03 = 3 % (per year for growth rates)
using MonthIndex = int;  // months since the opening month (0 = opening month)

inline constexpr int kMonthsPerYear = 12;
inline constexpr int kMonthsPerQuarter = 3;

}  // namespace mvzsim::models
