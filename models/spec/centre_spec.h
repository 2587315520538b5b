#pragma once
// The validated description of a centre that the model projects: one plain struct per section of a
// scenario file. The scenarios layer builds it from YAML and has checked every range; the model
// never sees YAML, and checks the invariants it relies on itself (validate).
#include <cstdint>
#include <string>
#include <vector>

#include "models/calendar.h"
#include "models/spec/addons_spec.h"
#include "models/spec/billing_spec.h"
#include "models/spec/doctors_spec.h"
#include "models/spec/finance_spec.h"
#include "models/spec/grants_spec.h"
#include "models/spec/input.h"
#include "models/spec/premises_spec.h"
#include "models/spec/selective_contract_spec.h"
#include "models/spec/site_spec.h"
#include "models/spec/staff_spec.h"
#include "models/spec/takeover_spec.h"
#include "models/spec/taxes_spec.h"
#include "models/spec/trainee_spec.h"

namespace mvzsim::models {

// How the centre grows when `mvzsim breakeven` adds doctors: copies of a template position,
// and the space each added doctor FTE needs.
struct BreakevenSpec {
    std::string template_id;       // empty: the first doctor position
    double area_m2_per_fte = 0.0;  // added floor area per added doctor FTE (area-based rent only)
};

// Rank correlation between uncertain inputs drawn once per trial, by a Gaussian copula.
struct CorrelationSpec {
    std::vector<Input> inputs;  // the correlated inputs (distribution and stream of each)
    std::vector<double> rank;   // inputs.size() x inputs.size() Spearman matrix, row-major
};

// The longest horizon a model takes, years (yearly indices are kept inline for that many).
inline constexpr int kMaxHorizonYears = 50;

struct CentreSpec {
    std::string name;
    YearMonth opening;
    int horizon_years = 10;
    std::uint64_t default_seed = 1;
    std::size_t default_trials = 10000;
    std::vector<DoctorSpec> doctors;
    BillingSpec billing;
    std::vector<StaffSpec> staff;
    PremisesSpec premises;
    RunningCostsSpec running_costs;
    Input cost_inflation_per_year;  // yearly growth of running costs, each January
    BreakevenSpec breakeven;
    GrantsSpec grants;
    FinanceSpec finance;
    AddonsSpec addons;
    CorrelationSpec correlations;
    TaxesSpec taxes;
    std::vector<TakeoverSpec> takeovers;                     // practices taken over by doctor positions
    std::vector<SelectiveContractSpec> selective_contracts;  // HZV and other contracts outside the KV
    std::vector<TraineeSpec> trainees;                       // trainee GPs (Weiterbildungsassistenten)
    SiteSpec site;  // a region's site: its own seed and the region's shared streams (none alone)
};

// Throws std::invalid_argument naming the field when `spec` breaks an invariant the model relies
// on (the horizon's bound, positive lives and terms, four Pflegegrad weights with a positive sum,
// ...). The scenarios layer reports these as located errors before; this guards specs built in code.
void validate(const CentreSpec& spec);

}  // namespace mvzsim::models
