#include "scenarios/selective_contracts_reader.h"

#include <map>
#include <string>

#include "models/draws/streams.h"
#include "scenarios/input_syntax.h"
#include "scenarios/keys_scenario.h"

namespace mvzsim::scenarios {

namespace k = keys;

void read_selective_contracts(MapReader& top, const CentreHeader& header, models::CentreSpec& spec) {
    std::map<std::string, std::string> names;
    for_each_item(top, k::kSelectiveContracts, [&](MapReader& m) {
        models::SelectiveContractSpec c;
        c.name = read_name(m, k::kContractName);
        if (!c.name.empty()) check_unique(m, k::kContractName, c.name, names);
        const std::string entity = models::streams::selective_contract(c.name);
        auto stream = [&](const Key& key) { return models::streams::input(entity, key.name); };
        c.enrolled_share = read_input(m, k::kEnrolledShare, stream(k::kEnrolledShare)).value_or(models::Input{});
        // The fee per patient: per year or per quarter, exactly one of the two.
        const bool yearly = m.has(k::kFeePerYear), quarterly = m.has(k::kFeePerQuarter);
        if (yearly == quarterly) {
            m.context().error(m.mark(yearly ? k::kFeePerQuarter : k::kContractName), m.own_path(),
                              "give the fee as either eur_per_patient_per_year or eur_per_patient_per_quarter" +
                                  std::string(yearly ? ", not both" : ""));
        } else {
            const Key& fee = yearly ? k::kFeePerYear : k::kFeePerQuarter;
            c.per_year = yearly;
            c.eur_per_patient = read_input(m, fee, stream(fee)).value_or(models::Input{});
        }
        c.growth_per_year = read_input_or(m, k::kGrowthPerYear, 0.0, stream(k::kGrowthPerYear));
        c.start = read_start(m, header);
        c.settlement_lag_months = whole_number(m, k::kContractSettlementLag, 0);
        c.kv_billing_replaced = m.number(k::kKvReplaced).value_or(0.0);
        m.finish();
        spec.selective_contracts.push_back(std::move(c));
    });
}

}  // namespace mvzsim::scenarios
