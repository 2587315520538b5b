#include "models/projection/centre_model.h"

#include <cassert>
#include <optional>
#include <stdexcept>

#include "models/draws/correlated_inputs.h"
#include "models/mechanisms/addons.h"
#include "models/mechanisms/billing.h"
#include "models/mechanisms/finance.h"
#include "models/mechanisms/grants.h"
#include "models/mechanisms/payer_fees.h"
#include "models/mechanisms/payroll.h"
#include "models/mechanisms/positions.h"
#include "models/mechanisms/premises.h"
#include "models/mechanisms/running_costs.h"
#include "models/mechanisms/selective_contracts.h"
#include "models/mechanisms/staff.h"
#include "models/mechanisms/takeover.h"
#include "models/mechanisms/taxes.h"
#include "models/mechanisms/trainees.h"
#include "models/projection/cash_ledger.h"
#include "models/projection/year_sink.h"

namespace mvzsim::models {

// Every mechanism compiled from the spec, once per model.
struct CentreModel::Mechanisms {
    explicit Mechanisms(const CentreSpec& spec)
        : ramp(spec.billing.ramp_up),
          refill_ramp(RampTable::after_refill(spec.billing.ramp_up)),
          bonuses(spec.doctors, ramp, refill_ramp),
          staff(spec.staff),
          billing(spec.billing),
          fees(spec.billing),
          premises(spec.premises),
          running(spec.running_costs, spec.cost_inflation_per_year),
          investment_amounts(compile_investment_amounts(spec.finance)),
          finance_present(has_finance(spec.finance)),
          grants(spec.grants, spec.doctors, spec.staff, spec.finance, spec.billing.ramp_up),
          correlations(spec.correlations),
          taxes(spec.taxes),
          takeovers(spec.takeovers, spec.doctors),
          contracts(spec.selective_contracts),
          trainees(spec.trainees) {
        for (const auto& d : spec.doctors) positions.push_back(compile_position(d));
        // A position that took over a practice ramps up from the patients it inherited.
        for (std::size_t i = 0; i < positions.size(); ++i)
            if (const auto inherited = takeovers.inherited_ramp(i, spec.billing))
                positions[i].first_ramp = std::make_shared<const RampTable>(*inherited);
    }
    RampTable ramp;          // a position's first doctor
    RampTable refill_ramp;   // a successor after a departure
    RevenueBonuses bonuses;  // doctors' revenue bonuses (reads the two ramps)
    std::vector<CompiledPosition> positions;
    Staff staff;
    Billing billing;
    PayerFees fees;
    Premises premises;
    RunningCosts running;
    std::vector<CompiledInput> investment_amounts;
    bool finance_present;
    Grants grants;
    CorrelatedInputs correlations;
    Taxes taxes;
    Takeovers takeovers;
    SelectiveContracts contracts;
    Trainees trainees;
};

// Everything one trial draws. None of it depends on how many of the positions a run takes, so the
// doctor variants of a trial share it.
struct CentreModel::TrialDraws {
    CorrelatedValues correlated;              // the copula's values, by stream key
    std::vector<PositionTimeline> positions;  // every position of the model
    std::vector<Payroll> staff;
    BillingTrial billing;
    PayerFeesTrial fees;
    PremisesTrial premises;
    RunningCostsTrial running;
    std::optional<FinanceTrial> finance;
    std::vector<AddonMonth> addons;  // by month; empty without add-ons
    GrantsTrial grants;
    TakeoversTrial takeovers;
    std::vector<ContractTrial> contracts;
    std::vector<TraineeTrial> trainees;

    TrialTotals totals(double subsidy_ceiling) const {
        return {subsidy_ceiling, (finance ? finance->investments_total() : 0.0) + takeovers.purchases,
                grants.investment_total() + takeovers.subsidies};
    }
};

// A worker's reused memory: the trial's draws and the run's month arrays.
struct CentreModel::Scratch::Buffers {
    TrialDraws draws;
    DoctorMonths doctors{0};
    std::vector<Money> role_cost;
    std::vector<double> bonus_months;  // the revenue bonuses' own capacity by month
};

CentreModel::Scratch::Scratch() : b_(std::make_unique<Buffers>()) {}
CentreModel::Scratch::~Scratch() = default;
CentreModel::Scratch::Scratch(Scratch&&) noexcept = default;

CentreModel::~CentreModel() = default;
CentreModel::CentreModel(CentreModel&&) noexcept = default;

CentreModel::CentreModel(const CentreSpec& spec)
    : spec_((validate(spec), spec)), calendar_(spec.opening, spec.horizon_years) {
    c_ = std::make_unique<Mechanisms>(spec_);
    for (const auto& d : spec.doctors) own_fte_.push_back(d.fte);
}

void CentreModel::draw(std::uint64_t seed, std::uint64_t trial, TrialDraws& d) const {
    const Mechanisms& c = *c_;
    const int years = calendar_.years();
    const int months = calendar_.months();
    // A region's site draws from a seed of its own, and its shared inputs from the region's streams.
    const std::uint64_t own_seed = seed ^ spec_.site.salt;
    // Correlated inputs first: each then takes its value from the copula instead of its stream.
    c.correlations.draw(own_seed, trial, d.correlated);
    TrialKey key{own_seed, trial, c.correlations.empty() ? nullptr : &d.correlated};
    if (!spec_.site.shared.empty()) {
        key.site = &spec_.site;
        key.region_base = sim::Rng::trial_base(seed, trial);
    }

    // Into the vectors d already holds (a worker's scratch draws reuse them from trial to trial).
    d.positions.resize(c.positions.size());
    for (std::size_t i = 0; i < c.positions.size(); ++i)
        draw_timeline(c.positions[i], key, months, years, d.positions[i]);
    c.staff.draw(key, years, d.staff);
    c.billing.draw(key, months, years, d.billing);
    d.fees = c.fees.draw(key);
    d.premises = c.premises.draw(key, months, years);
    d.running = c.running.draw(key, months, years);
    d.finance.reset();
    if (c.finance_present) d.finance.emplace(spec_.finance, c.investment_amounts, key, months);
    d.addons.clear();
    if (AddonsTrial::any(spec_.addons))
        d.addons = AddonsTrial::months(spec_.addons, key, calendar_, d.running.inflation);
    d.grants = c.grants.draw(key, months, d.finance ? &*d.finance : nullptr);
    if (!c.takeovers.empty()) d.takeovers = c.takeovers.draw(key, months);
    if (!c.contracts.empty()) d.contracts = c.contracts.draw(key, months, years);
    if (!c.trainees.empty()) d.trainees = c.trainees.draw(key, years);
}

// The month loop: each mechanism adds its part of the month, in economic order (a later one may
// read what an earlier one wrote), then the cash ledger closes the month.
template <class Sink>
void CentreModel::run(const TrialDraws& d, std::span<const Fte> fte, double area_m2, Sink& sink) const {
    Scratch::Buffers b;
    run(d, fte, area_m2, sink, b);
}

template <class Sink>
void CentreModel::run(const TrialDraws& d, std::span<const Fte> fte, double area_m2, Sink& sink,
                      Scratch::Buffers& b) const {
    const Mechanisms& c = *c_;
    doctor_months(c.positions, d.positions, fte, calendar_, c.ramp, c.refill_ramp, b.doctors);
    DoctorsInPost doctors(std::move(b.doctors));
    const PositionsInRun positions{d.positions, fte, c.positions};
    std::vector<Money>& role_cost = b.role_cost;
    role_cost.assign(c.staff.size(), 0.0);
    Grants::Run grants(c.grants, d.grants);
    RevenueBonuses::Run bonuses(c.bonuses, positions, calendar_.months(), b.bonus_months);
    Taxes::Run taxes(c.taxes);
    CashLedger ledger(spec_.billing, spec_.finance, spec_.grants, calendar_);
    std::optional<SelectiveContracts::Run> contracts;
    if (!c.contracts.empty()) contracts.emplace(c.contracts, d.contracts, calendar_.months());
    for (MonthWalk walk(calendar_); !walk.done(); walk.next()) {
        const MonthStep& at = *walk;
        MonthFlows f;
        const DoctorMonth doc = doctors.next(at.mi());
        f.doctor_fte = doc.fte;
        f.doctor_costs = doc.cost;
        f.recruiting_costs = doc.recruiting;
        f.vacancy = doc.vacancy;

        const StaffMonth staff = c.staff.month(d.staff, doc, at, role_cost);
        f.staff_costs = staff.cost;

        // Trainee GPs add cases but no doctor FTE (no Versorgungsauftrag of their own).
        double capacity = doc.capacity;
        if (!c.trainees.empty()) {
            const TraineesMonth t = c.trainees.month(d.trainees, at);
            f.trainee_costs = t.cost;
            f.trainee_funding = t.funding;
            capacity += t.capacity;
        }
        const BillingMonth bill = c.billing.month(d.billing, capacity, f.doctor_fte, staff.shortage, at);
        f.cases = bill.cases;
        f.gkv_revenue = bill.gkv_revenue;
        f.pkv_revenue = bill.pkv_revenue;
        f.other_revenue = bill.other_revenue;
        f.lump_sums = bill.lump_sums;
        if (contracts) {
            // Selective contracts: fees per enrolled patient, and the KV billing a full contract replaces.
            const ContractsMonth h =
                contracts->month(at, bill.gkv_cases, f.gkv_revenue, (at.month_of_year - 1) % 3 + 1);
            f.gkv_revenue -= std::min(f.gkv_revenue, h.kv_replaced);
            f.hzv_revenue = h.revenue;
            f.hzv_cash = h.cash;
        }
        const PayerFeesMonth fee = PayerFees::month(d.fees, f.gkv_revenue + f.lump_sums, f.pkv_revenue);
        f.kv_fees = fee.kv;
        f.billing_fees = fee.billing;

        if (!d.addons.empty()) {
            f.addons_revenue = d.addons[at.mi()].revenue();
            f.addons_costs = d.addons[at.mi()].costs();
        }
        if (!c.bonuses.empty()) f.doctor_costs += bonuses.month(positions, doc.capacity, f, at);
        f.premises_costs = c.premises.month(d.premises, area_m2, at);
        f.running_costs = c.running.month(d.running, f.cases, f.doctor_fte, f.revenue() - f.addons_revenue, at);

        GrantsMonth g = grants.month(positions, capacity, role_cost, at, f);
        f.grants += f.trainee_funding;

        // Financing: depreciation, loan interest and interest on an overdraft of last month's cash.
        Money finance_cash = 0.0;
        if (d.finance) {
            const FinanceMonth& fm = d.finance->month(at.m);
            f.depreciation = fm.depreciation;
            f.interest = fm.loan_interest + ledger.overdraft_interest();
            finance_cash = fm.equity_inflow + fm.loan_inflow - fm.loan_principal - fm.investment_outflow;
            f.investment_outflow = fm.investment_outflow;
            f.equity_inflow = fm.equity_inflow;
            f.loan_inflow = fm.loan_inflow;
            f.loan_principal = fm.loan_principal;
        }
        if (!c.takeovers.empty()) {
            // A practice taken over: its purchase is an investment, its subsidy an investment grant.
            const TakeoverMonth t = c.takeovers.month(d.takeovers, fte.size(), at.m);
            f.depreciation += t.depreciation;
            f.grants += t.subsidy_released;
            f.investment_outflow += t.purchase;
            finance_cash -= t.purchase;
            g.released += t.subsidy_released;
            g.cash += t.subsidy_cash;
        }
        f.investment_grant_cash = g.cash;
        f.investment_grant_released = g.released;
        f.investment_grant_reversed = g.reversed;
        // On the year's result before tax, in December; interest and rent for the trade tax add-backs.
        f.income_taxes = taxes.month(at, f.result(), f.interest, f.premises_costs);
        ledger.close(at, g, finance_cash, f);
        sink.add(at, f);
    }
    b.doctors = std::move(doctors).release();  // its storage for the next run
}

void CentreModel::project_years(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const {
    Scratch scratch;
    project_years(seed, trial, out, scratch);
}

void CentreModel::project_years(std::uint64_t seed, std::uint64_t trial, std::span<double> out,
                                Scratch& scratch) const {
    std::fill(out.begin(), out.end(), 0.0);
    Scratch::Buffers& b = *scratch.b_;
    draw(seed, trial, b.draws);
    YearSink sink(out, calendar_);
    run(b.draws, own_fte_, spec_.premises.area_m2, sink, b);
    sink.finish(b.draws.totals(spec_.grants.subsidy_ceiling_eur_per_year));
}

std::vector<MonthFlows> CentreModel::project_months(std::uint64_t seed, std::uint64_t trial) const {
    TrialDraws draws;
    draw(seed, trial, draws);
    MonthSink sink;
    sink.months.reserve(static_cast<std::size_t>(calendar_.months()));
    run(draws, own_fte_, spec_.premises.area_m2, sink);
    return sink.months;
}

void CentreModel::project_variants(std::uint64_t seed, std::uint64_t trial, std::span<const DoctorVariant> variants,
                                   std::span<double> out) const {
    Scratch scratch;
    project_variants(seed, trial, variants, out, scratch);
}

void CentreModel::project_variants(std::uint64_t seed, std::uint64_t trial, std::span<const DoctorVariant> variants,
                                   std::span<double> out, Scratch& scratch) const {
    if (out.size() != variants.size() * width())
        throw std::logic_error("project_variants: the output needs variants x width values");
    for (const auto& v : variants)
        if (v.fte.size() > own_fte_.size())
            throw std::invalid_argument("a variant has more doctor positions than the model");
    std::fill(out.begin(), out.end(), 0.0);
    Scratch::Buffers& b = *scratch.b_;
    draw(seed, trial, b.draws);
    for (std::size_t i = 0; i < variants.size(); ++i) {
        YearSink sink(out.subspan(i * width(), width()), calendar_);
        run(b.draws, variants[i].fte, variants[i].area_m2, sink, b);
        sink.finish(b.draws.totals(spec_.grants.subsidy_ceiling_eur_per_year));
    }
}

}  // namespace mvzsim::models
