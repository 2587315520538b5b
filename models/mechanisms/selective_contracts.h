#pragma once
// Selective contracts (HZV): for each contract, enrolled patients = its enrolled share of the
// month's GKV cases (one case is one patient in a quarter), paid the contract's fee per patient
// and quarter (a third of it a month) with its own yearly growth; the fees of a quarter are paid
// in one sum some months after it ends (the contract's own settlement, not the KV's); and a full
// contract replaces the KV billing of a share of its enrolled patients' GKV fee (Bereinigung).
#include <span>
#include <vector>

#include "models/calendar.h"
#include "models/draws/input_draw.h"
#include "models/spec/selective_contract_spec.h"

namespace mvzsim::models {

// What one trial draws for one contract.
struct ContractTrial {
    MonthlySeries enrolled_share, fee;  // share, EUR per patient per quarter
    YearIndex growth;
};

// A contract's part of one month, EUR.
struct ContractsMonth {
    Money revenue = 0.0;      // fees earned
    Money kv_replaced = 0.0;  // GKV fee revenue no longer billed to the KV
    Money cash = 0.0;         // fees received
};

class SelectiveContracts {
public:
    explicit SelectiveContracts(const std::vector<SelectiveContractSpec>& spec);
    bool empty() const { return specs_.empty(); }

    std::vector<ContractTrial> draw(const TrialKey& key, int months, int years) const;

    // One run of a trial's months: the fees earned and not yet paid.
    class Run {
    public:
        Run(const SelectiveContracts& contracts, std::span<const ContractTrial> trial, int months);
        // Month `at` with its GKV cases and GKV fee revenue (after any payout quota). Months in order.
        ContractsMonth month(const MonthStep& at, double gkv_cases, Money gkv_revenue, int month_of_quarter);

    private:
        const SelectiveContracts& c_;
        std::span<const ContractTrial> trial_;
        std::vector<Money> due_;      // fees due by month (all contracts)
        std::vector<Money> quarter_;  // each contract's fees earned in the running quarter
    };

private:
    std::vector<SelectiveContractSpec> specs_;
    struct Compiled {
        CompiledInput enrolled_share, fee, growth;
    };
    std::vector<Compiled> compiled_;
};

}  // namespace mvzsim::models
