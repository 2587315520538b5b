#include "scenarios/trainees_reader.h"

#include <map>
#include <string>

#include "models/draws/streams.h"
#include "scenarios/input_syntax.h"
#include "scenarios/keys_scenario.h"

namespace mvzsim::scenarios {

namespace k = keys;

void read_trainees(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    std::map<std::string, std::string> ids;
    for_each_item(top, k::kTrainees, [&](MapReader& m) {
        models::TraineeSpec t;
        t.id = read_name(m, k::kTraineeId);
        if (!t.id.empty()) check_unique(m, k::kTraineeId, t.id, ids);
        t.start = read_start(m, header);
        t.months = whole_number(m, k::kTrainingMonths, 12);
        t.fte = m.number(k::kTraineeFte).value_or(1.0);
        t.pay = read_pay(m, k::kTraineeSalary, models::streams::trainee(t.id) + ".");
        t.funding_eur_per_month = m.number(k::kTraineeFunding).value_or(0.0);
        t.top_up_eur_per_month = m.number(k::kTraineeTopUp).value_or(0.0);
        t.case_load_share = m.number(k::kCaseLoadShare).value_or(0.0);
        m.finish();
        spec.trainees.push_back(std::move(t));
    });
}

}  // namespace mvzsim::scenarios
