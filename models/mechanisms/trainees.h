#pragma once
// Trainee GPs (Weiterbildungsassistenten): each in post for its training months from its start,
// paid salary and on-costs with its yearly raise, funded by § 75a SGB V per month (with a regional
// top-up, at most the trainee's cost), and adding a share of a full case load to the centre's
// cases. A trainee is not a doctor FTE: it adds no Versorgungsauftrag, so staff, running costs per
// doctor FTE and the payout quota's limit do not follow it.
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/trainee_spec.h"

namespace mvzsim::models {

// What one trial draws for one trainee.
struct TraineeTrial {
    Money salary_per_year = 0.0;
    double on_cost_rate = 0.0;
    YearIndex raise;
};

// The trainees' part of one month.
struct TraineesMonth {
    Money cost = 0.0;       // salaries and on-costs, EUR
    Money funding = 0.0;    // § 75a funding and top-ups, EUR
    double capacity = 0.0;  // share of a full case load added
};

class Trainees {
public:
    explicit Trainees(const std::vector<TraineeSpec>& spec);
    bool empty() const { return specs_.empty(); }

    std::vector<TraineeTrial> draw(const TrialKey& key, int years) const;
    TraineesMonth month(const std::vector<TraineeTrial>& trial, const MonthStep& at) const;

private:
    struct Compiled {
        CompiledInput salary, on_cost, raise;
    };
    std::vector<TraineeSpec> specs_;
    std::vector<Compiled> compiled_;
};

}  // namespace mvzsim::models
