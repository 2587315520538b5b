#pragma once
// Setting one number of a scenario by its key path, e.g. "billing.cases_per_fte_per_quarter",
// "doctors[gp-1].salary_per_year" or "billing.cases_per_fte_per_quarter.pert[1]" (the mode), to
// solve for the value at which a target is met.
#include <memory>
#include <string>

#include "models/spec/centre_spec.h"
#include "scenarios/scenario_loader.h"

namespace mvzsim::scenarios {

class NumberEditor {
public:
    // Throws InputError when `path` names no plain number of the scenario.
    NumberEditor(const Scenario& scenario, const std::string& path);
    ~NumberEditor();

    double current() const { return current_; }
    // The scenario with the number set to `value`; throws InputError when that value is invalid.
    models::CentreSpec with(double value);

private:
    struct Tree;
    std::unique_ptr<Tree> tree_;
    std::string file_;
    double current_ = 0.0;
};

}  // namespace mvzsim::scenarios
