#pragma once
// Every numeric input of a scenario with its key path, in the order of the file's sections: what
// a report's table of assumptions lists. Knows whether the file gives the input or the documented
// default applies.
#include <string>
#include <vector>

#include "models/spec/input.h"
#include "scenarios/scenario_loader.h"

namespace mvzsim::scenarios {

struct ListedInput {
    std::string path;   // as in the file: "doctors[gp-1].recruitment.refill_months"
    std::string key;    // the same without names in brackets: "doctors[].recruitment.refill_months"
    std::string owner;  // the name in brackets (doctor id, staff role, tenant, ...), or empty
    models::Input input;
    bool given = false;   // written in the file; else the documented default of the key applies
    bool yearly = false;  // a yearly rate (`draw: year` redraws it each January); else a monthly flow or a level
};

// The inputs (type "uncertain value" in docs/scenario-reference.md) of the scenario's spec:
// doctors, billing, staff, premises, running costs, cost inflation, add-ons, investments and
// operating subsidies. Keys that the scenario's choices leave unused (e.g. gkv.eur_per_case when
// the fee is given in points) are left out.
std::vector<ListedInput> list_inputs(const Scenario& scenario);

}  // namespace mvzsim::scenarios
