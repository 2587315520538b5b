#pragma once
// Keys of the section trainees (Weiterbildungsassistenten). Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

inline constexpr std::size_t kMaxTrainees = 100;
// § 75a SGB V funds at most 48 months of GP training ([S127]); 120 bounds longer entries.
inline constexpr double kMaxTrainingMonths = 120;

inline constexpr Key kTraineeId{
    .name = "id", .type = V::name, .required = true, .what = "a short unique id for the training post, e.g. wba-1"};
inline constexpr Key kTrainingMonths{.name = "months",
                                     .type = V::whole_number,
                                     .required = true,
                                     .what = "the training months in the centre",
                                     .range = whole(1, kMaxTrainingMonths)};
inline constexpr Key kTraineeFte{
    .name = "fte", .type = V::number, .what = "the post's share of full time (default 1)", .range = fte_range()};
inline constexpr Key kTraineeSalary{.name = "salary_per_year",
                                    .type = V::uncertain,
                                    .required = true,
                                    .what = kSalaryWhat,
                                    .range = non_negative("EUR per year"),
                                    .money = true};
inline constexpr Key kTraineeFunding{.name = "funding_eur_per_month",
                                     .type = V::number,
                                     .what = "the § 75a SGB V funding for a full-time post, EUR per month (default 0)",
                                     .range = non_negative("EUR per month"),
                                     .money = true};
inline constexpr Key kTraineeTopUp{.name = "top_up_eur_per_month",
                                   .type = V::number,
                                   .what = "a regional top-up for a full-time post, EUR per month (default 0)",
                                   .range = non_negative("EUR per month"),
                                   .money = true};
inline constexpr Key kCaseLoadShare{.name = "case_load_share",
                                    .type = V::number,
                                    .required = true,
                                    .what = "the share of a doctor FTE's full case load the trainee adds",
                                    .range = fraction("a share of a full case load: 0.5 = half")};
inline constexpr const Key* kTraineeKeys[] = {&kTraineeId,     &kStart,        &kTrainingMonths, &kTraineeFte,
                                              &kTraineeSalary, &kOnCostRate,   &kRaisePerYear,   &kTraineeFunding,
                                              &kTraineeTopUp,  &kCaseLoadShare};
inline constexpr Section kTrainee{"trainee", kTraineeKeys, "id"};

inline constexpr Key kTrainees{.name = "trainees",
                               .type = V::list,
                               .what = "trainee GPs (Weiterbildungsassistenten)",
                               .section = &kTrainee,
                               .max_entries = kMaxTrainees};

}  // namespace mvzsim::scenarios::keys
