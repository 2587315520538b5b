#pragma once
// Small helpers for model tests: a month of a calendar, a trial's yearly outputs, and the
// one-doctor centre many mechanism tests start from.
#include <cstdint>
#include <vector>

#include "models/calendar.h"
#include "models/projection/centre_model.h"
#include "tests/support/spec_builder.h"

namespace mvzsim::testing {

// Month m of `calendar` as the month loop sees it.
inline models::MonthStep month_step(const models::Calendar& calendar, models::MonthIndex m) {
    return {m, calendar.year_index(m), calendar.month_of_year(m)};
}

// The yearly and whole-trial outputs of one trial.
inline std::vector<double> trial_outputs(const models::CentreModel& model, std::uint64_t seed = 1,
                                         std::uint64_t trial = 0) {
    std::vector<double> out(model.width());
    model.project_years(seed, trial, out);
    return out;
}
inline double year_output(const std::vector<double>& out, int year, models::Metric m) {
    return out[models::CentreModel::output_index(year, m)];
}
inline double trial_output(const models::CentreModel& model, const std::vector<double>& out, models::TrialMetric m) {
    return out[model.output_index(m)];
}

// One full-time GP (paid nothing unless `d` says so) at 900 cases a quarter (300 a month) and 30 EUR
// a case: 9,000 EUR GKV revenue a month; no other revenue or costs. Opens January 2027.
inline CentreBuilder one_gp(int years = 3, Doctor d = {}) {
    CentreBuilder b({2027, 1}, years);
    b.doctor("gp-1", d).cases_per_fte_per_quarter(900).gkv_eur_per_case(30);
    return b;
}

}  // namespace mvzsim::testing
