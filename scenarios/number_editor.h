#pragma once
// Setting one number of a scenario by its key path (key_path.h), e.g.
// "billing.cases_per_fte_per_quarter", "doctors[gp-1].salary_per_year" or
// "billing.cases_per_fte_per_quarter.pert[1]" (the mode), to solve for the value at which a target
// is met. The path is read in the resolved scenario: its extends chain merged, --set applied.
#include <memory>
#include <string>
#include <vector>

#include "models/spec/centre_spec.h"
#include "scenarios/scenario_loader.h"

namespace mvzsim::scenarios {

struct PathStep;

class NumberEditor {
public:
    // Throws InputError when `path` names no plain number of the scenario.
    NumberEditor(const Scenario& scenario, const std::string& path);
    ~NumberEditor();

    double current() const { return current_; }
    // The scenario with the number set to `value`; throws InputError when that value is invalid.
    models::CentreSpec with(double value) const;

private:
    std::shared_ptr<const Document> document_;
    std::vector<PathStep> steps_;
    std::string file_;
    double current_ = 0.0;
};

}  // namespace mvzsim::scenarios
