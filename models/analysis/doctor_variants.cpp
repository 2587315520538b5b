#include "models/analysis/doctor_variants.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/draws/streams.h"

namespace mvzsim::models {
namespace {

// FTE are compared with this tolerance (steps of 0.5 and FTE such as 0.75 are exact in binary,
// sums of tenths are not).
constexpr double kFteTolerance = 1e-9;

// Gives a copied position its own streams for every input it draws: pay, productivity and
// recruitment (its departures' stream follows its id).
void rename_streams(DoctorSpec& d, const std::string& from, const std::string& to) {
    for (Input* input : {&d.pay.salary_per_year, &d.pay.on_cost_rate, &d.pay.raise_per_year, &d.productivity,
                         &d.recruitment.time_to_fill_months, &d.recruitment.departures_per_year,
                         &d.recruitment.refill_months, &d.recruitment.recruiting_cost_eur}) {
        input->stream = streams::renamed(input->stream, from, to);
    }
}

}  // namespace

double total_doctor_fte(const CentreSpec& spec) {
    double total = 0.0;
    for (const auto& d : spec.doctors) total += d.fte;
    return total;
}

const DoctorSpec& template_position(const CentreSpec& spec) {
    for (const auto& d : spec.doctors)
        if (d.id == spec.breakeven.template_id) return d;
    return spec.doctors.front();
}

CentreSpec with_doctor_fte(const CentreSpec& base, double fte) {
    CentreSpec spec = base;
    spec.doctors.clear();
    double total = 0.0;
    for (const auto& d : base.doctors) {
        if (total >= fte - kFteTolerance) break;
        DoctorSpec copy = d;
        copy.fte = std::min(d.fte, fte - total);
        total += copy.fte;
        spec.doctors.push_back(copy);
    }
    const DoctorSpec& model = template_position(base);
    for (int k = 1; total < fte - kFteTolerance; ++k) {
        DoctorSpec copy = model;
        copy.id = model.id + "+" + std::to_string(k);
        rename_streams(copy, streams::doctor(model.id), streams::doctor(copy.id));
        copy.fte = std::min(model.fte, fte - total);
        total += copy.fte;
        spec.doctors.push_back(copy);
    }
    if (spec.premises.by_area)
        spec.premises.area_m2 =
            std::max(0.0, base.premises.area_m2 + (fte - total_doctor_fte(base)) * base.breakeven.area_m2_per_fte);
    return spec;
}

std::optional<int> first_full_year(const CentreSpec& spec) {
    const Calendar calendar(spec.opening, spec.horizon_years);
    int year = spec.opening.month == 1 ? 0 : 1;
    for (const auto& d : spec.doctors) {
        // In post at full case load: planned start, plus the mean time to fill, plus the ramp-up.
        const int settled = d.start +
                            static_cast<int>(std::lround(sim::mean(d.recruitment.time_to_fill_months.distribution))) +
                            3 * spec.billing.ramp_up.quarters;
        if (settled >= calendar.months()) return std::nullopt;
        const int y = calendar.year_index(settled) + (calendar.month_of_year(settled) == 1 ? 0 : 1);
        year = std::max(year, y);
    }
    if (year >= calendar.years()) return std::nullopt;
    return calendar.calendar_year(year);
}

}  // namespace mvzsim::models
