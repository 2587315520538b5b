#include "models/centre_model.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <optional>
#include <stdexcept>

#include "models/addons.h"
#include "models/finance.h"
#include "models/input_draw.h"
#include "models/kv_cash.h"
#include "models/positions.h"
#include "sim/copula.h"

namespace mvzsim::models {

namespace {

struct CompiledStaff {
    bool per_doctor;
    Fte fte;
    MonthIndex start;
    CompiledInput salary, on_cost, raise, departures, refill;
    std::string role;
};

struct CompiledSurcharge {
    CompiledInput per_case, per_month;
};

struct CompiledSubsidy {
    CompiledInput eur_per_year;
    MonthIndex start;
    int months;
};

// A position funding resolved to a doctor position index or a staff role index.
struct CompiledFunding {
    PositionFundingSpec spec;
    int doctor = -1, staff = -1;
};

struct CompiledGuarantee {
    TurnoverGuaranteeSpec spec;
    int doctor = -1;
};

// An investment grant with its eligible investments (indices into finance.investments).
struct CompiledInvestmentGrant {
    InvestmentGrantSpec spec;
    std::vector<std::size_t> items;
    int doctor = -1;  // the position its condition watches; -1: any (or, when named, one this centre lacks)
};

}  // namespace

struct CentreModel::Compiled {
    explicit Compiled(const RampUpSpec& ramp_up) : ramp(ramp_up), refill_ramp(RampTable::after_refill(ramp_up)) {}
    RampTable ramp;         // a position's first doctor
    RampTable refill_ramp;  // a successor after a departure
    std::vector<CompiledPosition> positions;
    std::vector<CompiledStaff> staff;
    CompiledInput cases_per_fte_per_quarter;
    CompiledInput gkv_eur_per_case, gkv_points_per_case, gkv_ow_ct, gkv_growth;
    CompiledInput pkv_share, pkv_eur_per_case, pkv_growth, other_eur_per_case, other_growth;
    std::vector<CompiledSurcharge> surcharges;
    CompiledInput rent_per_m2, rent_per_month, rent_increase;
    CompiledInput running_fixed, running_per_case, running_share, running_per_doctor, cost_inflation;
    std::vector<CompiledSubsidy> subsidies;
    std::vector<CompiledFunding> fundings;
    std::vector<CompiledGuarantee> guarantees;
    std::vector<CompiledInvestmentGrant> investment_grants;
    std::vector<CompiledInput> investment_amounts;  // the same streams as FinanceTrial draws
    bool has_finance = false;
    // Rank correlation: the copula, each correlated input's quantile table and stream key.
    std::optional<sim::GaussianCopula> copula;
    std::vector<sim::QuantileTable> quantiles;
    std::vector<std::uint64_t> correlated_keys;
};

CentreModel::~CentreModel() = default;
CentreModel::CentreModel(CentreModel&&) noexcept = default;

CentreModel::CentreModel(const CentreSpec& spec)
    : spec_(spec), calendar_(spec.opening, spec.horizon_years), c_(std::make_unique<Compiled>(spec.billing.ramp_up)) {
    Compiled& c = *c_;
    for (const auto& d : spec.doctors) {
        c.positions.push_back(compile_position(d));
        own_fte_.push_back(d.fte);
    }
    for (const auto& s : spec.staff)
        c.staff.push_back({s.per_doctor, s.fte, s.start, compile(s.pay.salary_per_year), compile(s.pay.on_cost_rate),
                           compile(s.pay.raise_per_year), compile(s.departures_per_year), compile(s.refill_months),
                           s.role});
    const BillingSpec& b = spec.billing;
    c.cases_per_fte_per_quarter = compile(b.cases_per_fte_per_quarter);
    c.gkv_eur_per_case = compile(b.gkv.eur_per_case);
    c.gkv_points_per_case = compile(b.gkv.points_per_case);
    c.gkv_ow_ct = compile(b.gkv.orientierungswert_ct_per_point);
    c.gkv_growth = compile(b.gkv.growth_per_year);
    c.pkv_share = compile(b.pkv_share_of_cases);
    c.pkv_eur_per_case = compile(b.pkv_eur_per_case);
    c.pkv_growth = compile(b.pkv_growth_per_year);
    c.other_eur_per_case = compile(b.other_eur_per_case);
    c.other_growth = compile(b.other_growth_per_year);
    for (const auto& s : b.surcharges) c.surcharges.push_back({compile(s.eur_per_case), compile(s.eur_per_month)});
    c.rent_per_m2 = compile(spec.premises.rent_eur_per_m2_per_month);
    c.rent_per_month = compile(spec.premises.rent_eur_per_month);
    c.rent_increase = compile(spec.premises.rent_increase_per_year);
    c.running_fixed = compile(spec.running_costs.fixed_eur_per_month);
    c.running_per_case = compile(spec.running_costs.eur_per_case);
    c.running_share = compile(spec.running_costs.share_of_revenue);
    c.running_per_doctor = compile(spec.running_costs.eur_per_month_per_doctor_fte);
    c.cost_inflation = compile(spec.cost_inflation_per_year);
    for (const auto& s : spec.grants.operating) c.subsidies.push_back({compile(s.eur_per_year), s.start, s.years * 12});
    auto doctor_index = [&](const std::string& id) {
        for (std::size_t i = 0; i < spec.doctors.size(); ++i)
            if (spec.doctors[i].id == id) return static_cast<int>(i);
        return -1;
    };
    for (const auto& f : spec.grants.positions) {
        CompiledFunding cf{f, doctor_index(f.position), -1};
        for (std::size_t i = 0; i < spec.staff.size(); ++i)
            if (spec.staff[i].role == f.position) cf.staff = static_cast<int>(i);
        c.fundings.push_back(cf);
    }
    for (const auto& g : spec.grants.turnover_guarantees) c.guarantees.push_back({g, doctor_index(g.position)});
    const FinanceSpec& fin = spec.finance;
    for (const auto& i : fin.investments) {
        Input amount = i.amount_eur;
        if (amount.stream.empty()) amount.stream = investment_stream(i.name);
        c.investment_amounts.push_back(compile(amount));
    }
    for (const auto& g : spec.grants.investment) {
        CompiledInvestmentGrant cg{g, {}, g.position.empty() ? -1 : doctor_index(g.position)};
        for (std::size_t k = 0; k < fin.investments.size(); ++k)
            if (g.eligible.empty() ||
                std::find(g.eligible.begin(), g.eligible.end(), fin.investments[k].name) != g.eligible.end())
                cg.items.push_back(k);
        c.investment_grants.push_back(cg);
    }
    if (!spec.correlations.inputs.empty()) {
        c.copula.emplace(spec.correlations.rank, spec.correlations.inputs.size());
        for (const auto& input : spec.correlations.inputs) {
            c.quantiles.emplace_back(input.distribution);
            c.correlated_keys.push_back(sim::stream_key(input.stream));
        }
    }
    c.has_finance = !fin.investments.empty() || fin.equity_eur > 0.0 || !fin.capital_injections.empty() ||
                    !fin.loans.empty() || fin.credit_line_limit_eur > 0.0;
}

namespace {

// Monthly cost of an employee line per FTE: salary / 12 x (1 + on-cost rate) x raise index.
struct Payroll {
    double monthly_full_cost;  // EUR per FTE per month in the opening year, on-costs included
    YearIndex raise;
    double vacancy_share = 0.0;  // steady-state share of posts vacant (turnover)

    Payroll(const CompiledStaff& s, const TrialKey& key, int years) : raise(growth_index(s.raise, key, years)) {
        InputDraw salary(s.salary, key), on_cost(s.on_cost, key);
        monthly_full_cost = salary.next() / 12.0 * (1.0 + on_cost.next());
        // Alternating renewal: in post 12 / d months on average, vacant r months.
        const double d = InputDraw(s.departures, key).next();
        const double r = InputDraw(s.refill, key).next();
        vacancy_share = d * r / (12.0 + d * r);
    }
    Money cost(Fte fte, int year) const { return fte * monthly_full_cost * raise[static_cast<std::size_t>(year)]; }
};

// Sums months into calendar-year outputs and keeps the whole-trial outputs.
class YearSink {
public:
    YearSink(std::span<double> out, const CentreModel& model) : out_(out), model_(model) {}

    void add(MonthIndex m, int year, const MonthFlows& f) {
        if (year != current_year_) {
            flush();
            current_year_ = year;
            sum_ = MonthFlows{};
            cash_min_ = f.cash;
            vacancy_ = false;
            fte_months_ = 0.0;
        }
        sum_.cases += f.cases;
        fte_months_ += f.doctor_fte;
        vacancy_ = vacancy_ || f.vacancy;
        sum_.gkv += f.gkv;
        sum_.pkv += f.pkv;
        sum_.other += f.other;
        sum_.lump_sums += f.lump_sums;
        sum_.addons_revenue += f.addons_revenue;
        sum_.doctors += f.doctors;
        sum_.staff += f.staff;
        sum_.premises += f.premises;
        sum_.running += f.running;
        sum_.recruiting += f.recruiting;
        sum_.addons_costs += f.addons_costs;
        sum_.depreciation += f.depreciation;
        sum_.interest += f.interest;
        sum_.grants += f.grants;
        sum_.repayments += f.repayments;
        sum_.cash = f.cash;
        cash_min_ = std::min(cash_min_, f.cash);
        cumulative_ += f.result();
        if (cumulative_ < 0.0) {
            last_negative_month_ = m;
            largest_deficit_ = std::max(largest_deficit_, -cumulative_);
        }
        largest_cash_gap_ = std::max(largest_cash_gap_, -f.cash);
        if (f.cash < 0.0) last_negative_cash_month_ = m;
        repaid_ = repaid_ || f.repaid;
    }

    // Totals, results and the running cumulative result, once all months are in.
    void finish(double subsidy_ceiling, Money investments, Money investment_grants) {
        flush();
        const int years = model_.calendar().years();
        bool over_ceiling = false;
        double cumulative = 0.0;
        for (int y = 0; y < years; ++y) {
            auto at = [&](Metric k) -> double& { return out_[CentreModel::output_index(y, k)]; };
            at(Metric::revenue) = at(Metric::gkv_revenue) + at(Metric::pkv_revenue) + at(Metric::other_revenue) +
                                  at(Metric::lump_sums) + at(Metric::addons_revenue);
            at(Metric::costs) = at(Metric::doctor_costs) + at(Metric::staff_costs) + at(Metric::premises_costs) +
                                at(Metric::running_costs) + at(Metric::recruiting_costs) + at(Metric::addons_costs);
            at(Metric::ebitda) = at(Metric::revenue) - at(Metric::costs);
            at(Metric::annual_result) = at(Metric::ebitda) - at(Metric::depreciation) - at(Metric::interest) +
                                        at(Metric::grants) - at(Metric::repayments);
            cumulative += at(Metric::annual_result);
            at(Metric::cumulative_result) = cumulative;
            at(Metric::subsidy_need) = std::max(0.0, -at(Metric::annual_result));
            over_ceiling = over_ceiling || (subsidy_ceiling > 0.0 && at(Metric::subsidy_need) > subsidy_ceiling);
        }
        out_[model_.output_index(TrialMetric::payback_month)] = last_negative_month_ + 1;
        out_[model_.output_index(TrialMetric::largest_deficit)] = largest_deficit_;
        out_[model_.output_index(TrialMetric::largest_cash_gap)] = largest_cash_gap_;
        out_[model_.output_index(TrialMetric::cash_payback_month)] = last_negative_cash_month_ + 1;
        out_[model_.output_index(TrialMetric::repayment)] = repaid_ ? 1.0 : 0.0;
        out_[model_.output_index(TrialMetric::subsidy_over_ceiling)] = over_ceiling ? 1.0 : 0.0;
        out_[model_.output_index(TrialMetric::investments)] = investments;
        out_[model_.output_index(TrialMetric::investment_grants)] = investment_grants;
    }

private:
    // Writes the finished year's sums into the outputs.
    void flush() {
        if (current_year_ < 0) return;
        auto at = [&](Metric k) -> double& { return out_[CentreModel::output_index(current_year_, k)]; };
        at(Metric::cases) = sum_.cases;
        at(Metric::doctor_fte) = fte_months_ / model_.calendar().months_in_year(current_year_);
        at(Metric::vacancy) = vacancy_ ? 1.0 : 0.0;
        at(Metric::gkv_revenue) = sum_.gkv;
        at(Metric::pkv_revenue) = sum_.pkv;
        at(Metric::other_revenue) = sum_.other;
        at(Metric::lump_sums) = sum_.lump_sums;
        at(Metric::addons_revenue) = sum_.addons_revenue;
        at(Metric::doctor_costs) = sum_.doctors;
        at(Metric::staff_costs) = sum_.staff;
        at(Metric::premises_costs) = sum_.premises;
        at(Metric::running_costs) = sum_.running;
        at(Metric::recruiting_costs) = sum_.recruiting;
        at(Metric::addons_costs) = sum_.addons_costs;
        at(Metric::depreciation) = sum_.depreciation;
        at(Metric::interest) = sum_.interest;
        at(Metric::grants) = sum_.grants;
        at(Metric::repayments) = sum_.repayments;
        at(Metric::cash_end) = sum_.cash;
        at(Metric::cash_min) = cash_min_;
    }

    std::span<double> out_;
    const CentreModel& model_;
    MonthFlows sum_;
    double cash_min_ = 0.0, fte_months_ = 0.0;
    bool vacancy_ = false;
    int current_year_ = -1;
    double cumulative_ = 0.0;
    double largest_deficit_ = 0.0;
    double largest_cash_gap_ = 0.0;
    bool repaid_ = false;
    MonthIndex last_negative_month_ = -1;
    MonthIndex last_negative_cash_month_ = -1;
};

struct MonthSink {
    std::vector<MonthFlows> months;
    void add(MonthIndex, int, const MonthFlows& f) { months.push_back(f); }
};

// The doctor positions summed month by month. fte, cost, capacity and vacant are difference
// arrays (add up to get the month's value); capacity_direct and recruiting are the month's own.
struct DoctorMonths {
    explicit DoctorMonths(std::size_t n)
        : storage(6 * n, 0.0),
          fte(&storage[0]),
          cost(&storage[n]),
          capacity(&storage[2 * n]),
          capacity_direct(&storage[3 * n]),
          recruiting(&storage[4 * n]),
          vacant(&storage[5 * n]) {}
    std::vector<double> storage;  // one allocation for the six series
    double *fte, *cost, *capacity, *capacity_direct, *recruiting, *vacant;
};

// A position nobody leaves adds a few steps (its fill, each January's raise, the end of its
// ramp-up); only positions with departures are walked month by month.
DoctorMonths doctor_months(const std::vector<CompiledPosition>& compiled,
                           const std::vector<PositionTimeline>& positions, std::span<const Fte> position_fte,
                           const Calendar& calendar, const RampTable& ramp, const RampTable& refill_ramp) {
    const int months = calendar.months();
    const auto n = static_cast<std::size_t>(months) + 1;
    DoctorMonths d(n);
    const int ramp_months = ramp.months();
    for (std::size_t i = 0; i < position_fte.size(); ++i) {
        const CompiledPosition& p = compiled[i];
        const PositionTimeline& t = positions[i];
        const Fte fte = position_fte[i];
        const Money monthly_cost = t.monthly_cost(fte);
        const double full_capacity = fte * t.productivity;
        if (!t.contiguous) {
            std::size_t fill = 0;  // the doctor in post: t.fills[fill] is when they started
            for (MonthIndex m = 0; m < months; ++m) {
                const auto mi = static_cast<std::size_t>(m);
                d.recruiting[mi] += t.recruiting(m);
                if (t.filled(m)) {
                    const double cost = monthly_cost * t.raise[static_cast<std::size_t>(calendar.year_index(m))];
                    while (fill + 1 < t.fills.size() && t.fills[fill + 1] <= m) ++fill;
                    const int in_post = m - t.fills[fill];
                    const double capacity = full_capacity * (fill == 0 ? ramp(in_post) : refill_ramp(in_post));
                    d.fte[mi] += fte, d.fte[mi + 1] -= fte;
                    d.cost[mi] += cost, d.cost[mi + 1] -= cost;
                    d.capacity_direct[mi] += capacity;
                } else if (m >= p.start) {
                    ++d.vacant[mi], --d.vacant[mi + 1];
                }
            }
            continue;
        }
        const MonthIndex fill = t.first_filled >= 0 ? t.first_filled : months;
        if (p.start < fill)
            ++d.vacant[static_cast<std::size_t>(std::min(p.start, months))], --d.vacant[static_cast<std::size_t>(fill)];
        if (t.first_filled < 0) continue;
        const auto fi = static_cast<std::size_t>(fill);
        d.fte[fi] += fte;
        d.recruiting[fi] += t.hire_cost;
        for (int y = calendar.year_index(fill); y < calendar.years(); ++y) {
            const MonthIndex year_start = std::max(fill, y * 12 - (calendar.opening().month - 1));
            const MonthIndex year_end = std::min(months, (y + 1) * 12 - (calendar.opening().month - 1));
            const double cost = monthly_cost * t.raise[static_cast<std::size_t>(y)];
            d.cost[static_cast<std::size_t>(year_start)] += cost;
            d.cost[static_cast<std::size_t>(year_end)] -= cost;
        }
        const MonthIndex ramp_end = std::min(months, fill + ramp_months);
        for (MonthIndex m = fill; m < ramp_end; ++m)
            d.capacity_direct[static_cast<std::size_t>(m)] += full_capacity * ramp(m - fill);
        d.capacity[static_cast<std::size_t>(ramp_end)] += full_capacity;
    }
    return d;
}

// State of one position funding or turnover guarantee during a trial.
struct GrantState {
    Money received = 0.0;
    int vacant_run = 0;
    bool ended = false;
};

// One investment grant in one trial: its amount, and how it is released into income: in
// proportion to the depreciation of the investments it funds (a special item released over
// their useful lives).
struct InvestmentGrantTrial {
    Money amount = 0.0;
    std::vector<Money> release;  // income by month
};

// How far an investment grant has come within one run of a trial's months.
struct InvestmentGrantState {
    Money released = 0.0;
    bool ended = false;
    int vacant_run = 0;  // months in a row its named position has been vacant
};

InvestmentGrantTrial draw_investment_grant(const CompiledInvestmentGrant& g, const FinanceSpec& fin,
                                           const std::vector<CompiledInput>& amounts, const TrialKey& key, int months) {
    InvestmentGrantTrial t;
    t.release.assign(static_cast<std::size_t>(months), 0.0);
    Money eligible = 0.0;
    std::vector<Money> drawn;
    for (std::size_t k : g.items) {
        drawn.push_back(InputDraw(amounts[k], key).next());
        eligible += drawn.back();
    }
    t.amount = g.spec.rate * eligible;
    if (g.spec.cap_eur > 0.0) t.amount = std::min(t.amount, g.spec.cap_eur);
    if (eligible <= 0.0) return t;
    const double share = t.amount / eligible;
    for (std::size_t j = 0; j < g.items.size(); ++j) {
        const InvestmentSpec& item = fin.investments[g.items[j]];
        const int life = item.useful_life_years * 12;
        for (MonthIndex m = item.month; m < std::min(months, item.month + life); ++m)
            t.release[static_cast<std::size_t>(m)] += share * drawn[j] / life;
    }
    return t;
}

}  // namespace

// An input's value in each month of one trial: drawn for every month in advance when the input
// is drawn per period, else one value for all months.
struct MonthlySeries {
    double value = 0.0;
    std::vector<double> by_month;  // empty unless drawn per period

    MonthlySeries(const CompiledInput& input, const TrialKey& key, int months) {
        InputDraw draw(input, key);
        if (!draw.draws_each_period()) {
            value = draw.next();
            return;
        }
        by_month.resize(static_cast<std::size_t>(months));
        for (double& v : by_month) v = draw.next();  // the k-th draw of the stream is month k's
    }
};

// Reads a series in the monthly loop without a branch: a constant is read at stride 0.
class SeriesReader {
public:
    explicit SeriesReader(const MonthlySeries& s)
        : values_(s.by_month.empty() ? &s.value : s.by_month.data()), stride_(s.by_month.empty() ? 0 : 1) {}
    double operator[](std::size_t m) const { return values_[m * stride_]; }

private:
    const double* values_;
    std::size_t stride_;
};

// The inputs that a centre's monthly loop reads month by month.
struct CentreModel::MonthlyInputs {
    MonthlySeries cases_rate, gkv_eur, gkv_points, pkv_share, pkv_eur, other_eur, rent_m2, rent_month, fixed_costs,
        per_case_costs, revenue_share, per_doctor_costs;
    std::vector<MonthlySeries> surcharge_case, surcharge_month, subsidies;
};

// Everything one trial draws. None of it depends on how many of the positions a run takes, so the
// doctor variants of a trial share it.
struct CentreModel::TrialDraws {
    CorrelatedValues correlated;              // the copula's values, by stream key
    std::vector<PositionTimeline> positions;  // every position of the model
    std::vector<Payroll> staff_pay;
    YearIndex gkv_index, pkv_index, other_index, rent_index, inflation;
    double ow_eur_per_point = 0.0;
    std::optional<MonthlyInputs> monthly;
    std::optional<FinanceTrial> finance;
    std::vector<AddonMonth> addons;  // by month; empty without add-ons
    std::vector<InvestmentGrantTrial> investment_grants;

    TrialDraws() = default;
    // Pointers into a trial's draws are taken while drawing: never copied or moved.
    TrialDraws(const TrialDraws&) = delete;
    TrialDraws& operator=(const TrialDraws&) = delete;

    Money investments() const { return finance ? finance->investments_total() : 0.0; }
    Money investment_grants_total() const {
        Money total = 0.0;
        for (const auto& g : investment_grants) total += g.amount;
        return total;
    }
};

void CentreModel::draw(std::uint64_t seed, std::uint64_t trial, TrialDraws& d) const {
    assert(d.positions.empty() && d.correlated.empty() && !d.monthly);  // a fresh object for each trial
    const Compiled& c = *c_;
    const int years = calendar_.years();
    const int months = calendar_.months();
    // Correlated inputs are drawn first, together, from the copula's own stream; each then takes
    // its value from its own distribution's quantile at its correlated uniform.
    if (c.copula) {
        std::vector<double> u(c.copula->size());
        sim::Rng rng(seed, trial, sim::stream_key("correlations"));
        c.copula->draw(rng, u);
        for (std::size_t i = 0; i < u.size(); ++i)
            d.correlated.emplace_back(c.correlated_keys[i], c.quantiles[i](u[i]));
    }
    const TrialKey key{seed, trial, c.copula ? &d.correlated : nullptr};

    d.positions.reserve(c.positions.size());
    for (const auto& p : c.positions) d.positions.push_back(draw_timeline(p, key, months, years));
    d.staff_pay.reserve(c.staff.size());
    for (const auto& s : c.staff) d.staff_pay.emplace_back(s, key, years);

    d.gkv_index = growth_index(c.gkv_growth, key, years);
    d.pkv_index = growth_index(c.pkv_growth, key, years);
    d.other_index = growth_index(c.other_growth, key, years);
    d.rent_index = growth_index(c.rent_increase, key, years);
    d.inflation = growth_index(c.cost_inflation, key, years);

    const auto series = [&](const CompiledInput& input) { return MonthlySeries(input, key, months); };
    d.monthly.emplace(MonthlyInputs{series(c.cases_per_fte_per_quarter),
                                    series(c.gkv_eur_per_case),
                                    series(c.gkv_points_per_case),
                                    series(c.pkv_share),
                                    series(c.pkv_eur_per_case),
                                    series(c.other_eur_per_case),
                                    series(c.rent_per_m2),
                                    series(c.rent_per_month),
                                    series(c.running_fixed),
                                    series(c.running_per_case),
                                    series(c.running_share),
                                    series(c.running_per_doctor),
                                    {},
                                    {},
                                    {}});
    for (const auto& s : c.surcharges) {
        d.monthly->surcharge_case.push_back(series(s.per_case));
        d.monthly->surcharge_month.push_back(series(s.per_month));
    }
    for (const auto& s : c.subsidies) d.monthly->subsidies.push_back(series(s.eur_per_year));
    d.ow_eur_per_point = InputDraw(c.gkv_ow_ct, key).next() / 100.0;

    if (c.has_finance) d.finance.emplace(spec_.finance, seed, trial, months, key.correlated);
    const AddonsSpec& addon_spec = spec_.addons;
    if (addon_spec.tagespflege.present || !addon_spec.tenants.empty() || !addon_spec.services.empty()) {
        AddonsTrial addons(addon_spec, key, years);
        d.addons.reserve(static_cast<std::size_t>(months));
        int y = 0, month_of_year = calendar_.opening().month;
        for (MonthIndex m = 0; m < months; ++m, ++month_of_year) {
            if (month_of_year == 13) {
                month_of_year = 1;
                ++y;
            }
            d.addons.push_back(addons.month(m, y, d.inflation[static_cast<std::size_t>(y)]));
        }
    }
    for (const auto& g : c.investment_grants)
        d.investment_grants.push_back(draw_investment_grant(g, spec_.finance, c.investment_amounts, key, months));
}

template <class Sink>
void CentreModel::run(const TrialDraws& draws, std::span<const Fte> position_fte, double area_m2, Sink& sink) const {
    const Compiled& c = *c_;
    const int months = calendar_.months();
    const std::vector<PositionTimeline>& positions = draws.positions;
    const std::vector<Payroll>& staff_pay = draws.staff_pay;
    const YearIndex &gkv_index = draws.gkv_index, &pkv_index = draws.pkv_index, &other_index = draws.other_index,
                    &rent_index = draws.rent_index, &inflation = draws.inflation;
    const double ow_eur_per_point = draws.ow_eur_per_point;
    const MonthlyInputs& in = *draws.monthly;
    const SeriesReader cases_rate(in.cases_rate), gkv_eur(in.gkv_eur), gkv_points(in.gkv_points);
    const SeriesReader pkv_share(in.pkv_share), pkv_eur(in.pkv_eur), other_eur(in.other_eur);
    const SeriesReader rent_m2(in.rent_m2), rent_month(in.rent_month);
    const SeriesReader fixed_costs(in.fixed_costs), per_case_costs(in.per_case_costs);
    const SeriesReader revenue_share(in.revenue_share), per_doctor_costs(in.per_doctor_costs);
    const std::vector<MonthlySeries>&surcharge_case = in.surcharge_case, &surcharge_month = in.surcharge_month,
          &subsidies = in.subsidies;
    // A position (of a funding or guarantee) this run does not have counts as absent.
    const auto present = [&](int doctor) {
        return doctor >= 0 && static_cast<std::size_t>(doctor) < position_fte.size();
    };

    const BillingSpec& billing = spec_.billing;
    KvCash kv(billing.kv_payment, calendar_);
    // PKV invoices paid after a lag (none: in the month).
    std::vector<Money> pkv_due(billing.pkv_payment_lag_months > 0 ? static_cast<std::size_t>(months) : 0, 0.0);
    std::vector<GrantState> funding_state(c.fundings.size()), guarantee_state(c.guarantees.size());
    const DoctorMonths doctors = doctor_months(c.positions, positions, position_fte, calendar_, c.ramp, c.refill_ramp);
    double fte_now = 0.0, cost_now = 0.0, capacity_now = 0.0;
    double vacant_now = 0.0;  // a count, kept as a double beside the other series
    std::vector<Money> role_cost(c.staff.size());
    const std::optional<FinanceTrial>& finance = draws.finance;
    const std::vector<InvestmentGrantTrial>& investment_grants = draws.investment_grants;
    std::vector<InvestmentGrantState> grant_state(investment_grants.size());
    int vacancy_run = 0;
    Money cash = 0.0, year_result = 0.0;

    // Year and calendar month advance with m (no division per month).
    int y = 0, month_of_year = calendar_.opening().month;
    for (MonthIndex m = 0; m < months; ++m, ++month_of_year) {
        if (month_of_year == 13) {
            month_of_year = 1;
            ++y;
        }
        const auto yi = static_cast<std::size_t>(y);
        const auto mi = static_cast<std::size_t>(m);
        MonthFlows f;

        // Doctors in post, from the running sums of the difference arrays.
        fte_now += doctors.fte[mi];
        cost_now += doctors.cost[mi];
        capacity_now += doctors.capacity[mi];
        vacant_now += doctors.vacant[mi];
        f.doctor_fte = fte_now;
        f.doctors = cost_now;
        f.recruiting = doctors.recruiting[mi];
        f.vacancy = vacant_now > 0.5;
        const double total_capacity = capacity_now + doctors.capacity_direct[mi];

        // Staff: posts per doctor FTE follow the doctors in post; vacant posts cost nothing and,
        // for staff per doctor FTE, cut the case load by the same share.
        double staff_shortage = 0.0;
        for (std::size_t i = 0; i < c.staff.size(); ++i) {
            const CompiledStaff& s = c.staff[i];
            const Fte posts = s.per_doctor ? s.fte * f.doctor_fte : (m >= s.start ? s.fte : 0.0);
            role_cost[i] = staff_pay[i].cost(posts * (1.0 - staff_pay[i].vacancy_share), y);
            f.staff += role_cost[i];
            if (s.per_doctor) staff_shortage = std::max(staff_shortage, staff_pay[i].vacancy_share);
        }

        // Inputs drawn per period were drawn for every month in advance, doctors in post or not:
        // a stream's k-th draw always belongs to month k.
        const double rate = cases_rate[mi];
        f.cases = total_capacity * rate / 3.0 * (1.0 - staff_shortage);
        const double gkv_fee = billing.gkv.by_points ? gkv_points[mi] * ow_eur_per_point : gkv_eur[mi];
        const double private_share = pkv_share[mi];
        // GKV cases above the limit (per doctor FTE in post, a third of the quarterly limit a month)
        // are paid at the quota.
        const double gkv_cases = f.cases * (1.0 - private_share);
        double paid_cases = gkv_cases;
        if (billing.gkv.payout_quota.present) {
            const double limit = f.doctor_fte * billing.gkv.payout_quota.limit_cases_per_fte_per_quarter / 3.0;
            if (gkv_cases > limit) paid_cases = limit + (gkv_cases - limit) * billing.gkv.payout_quota.quota;
        }
        f.gkv = paid_cases * gkv_fee * gkv_index[yi];
        f.pkv = f.cases * private_share * pkv_eur[mi] * pkv_index[yi];
        f.other = f.cases * other_eur[mi] * other_index[yi];
        for (std::size_t i = 0; i < surcharge_case.size(); ++i)
            f.lump_sums += (gkv_cases * SeriesReader(surcharge_case[i])[mi] + SeriesReader(surcharge_month[i])[mi]) *
                           gkv_index[yi];

        if (!draws.addons.empty()) {
            const AddonMonth& a = draws.addons[mi];
            f.addons_revenue = a.tagespflege_revenue + a.tenant_rent + a.service_revenue;
            f.addons_costs = a.tagespflege_costs + a.service_costs;
        }
        const double rent = spec_.premises.by_area ? area_m2 * rent_m2[mi] : rent_month[mi];
        f.premises = rent * rent_index[yi];
        f.running =
            (fixed_costs[mi] + f.cases * per_case_costs[mi] + f.doctor_fte * per_doctor_costs[mi]) * inflation[yi] +
            revenue_share[mi] * (f.revenue() - f.addons_revenue);

        // Grants and owner support.
        for (std::size_t i = 0; i < subsidies.size(); ++i) {
            const double per_year = SeriesReader(subsidies[i])[mi];
            if (m >= c.subsidies[i].start && m < c.subsidies[i].start + c.subsidies[i].months)
                f.grants += per_year / 12.0;
        }
        for (std::size_t i = 0; i < c.fundings.size(); ++i) {
            const CompiledFunding& cf = c.fundings[i];
            GrantState& st = funding_state[i];
            if (st.ended || m < cf.spec.start || m >= cf.spec.start + 12 * cf.spec.years) continue;
            Money cost = 0.0;
            if (present(cf.doctor)) {
                const auto d = static_cast<std::size_t>(cf.doctor);
                const bool filled = positions[d].filled(m);
                cost = filled ? positions[d].monthly_cost(position_fte[d]) * positions[d].raise[yi] : 0.0;
                st.vacant_run = filled ? 0 : st.vacant_run + (m >= c.positions[d].start ? 1 : 0);
                if (cf.spec.max_vacancy_months > 0 && st.vacant_run > cf.spec.max_vacancy_months) {
                    f.repayments += st.received;
                    f.repaid = st.received > 0.0 || f.repaid;
                    st.ended = true;
                    continue;
                }
            } else if (cf.staff >= 0) {
                cost = role_cost[static_cast<std::size_t>(cf.staff)];
            }
            const Money amount = std::min(cf.spec.eur_per_year / 12.0, cf.spec.share_of_cost * cost);
            st.received += amount;
            f.grants += amount;
        }
        for (std::size_t i = 0; i < c.guarantees.size(); ++i) {
            const CompiledGuarantee& g = c.guarantees[i];
            GrantState& st = guarantee_state[i];
            if (st.ended || !present(g.doctor)) continue;
            const auto d = static_cast<std::size_t>(g.doctor);
            const PositionTimeline& t = positions[d];
            const int since = t.months_in_post(m);
            // Stay obligation: leaving within the binding time repays the guarantee.
            const bool left = !t.filled(m) && t.first_filled >= 0 && m > t.first_filled;
            if (left && m - t.first_filled < 12 * g.spec.binding_years) {
                f.repayments += st.received;
                f.repaid = st.received > 0.0 || f.repaid;
                st.ended = true;
                continue;
            }
            if (!t.filled(m) || since < 0 || since >= 3 * g.spec.quarters) continue;
            const double own_capacity = position_fte[d] * c.ramp(since) * t.productivity;
            const Money own = total_capacity > 0.0 ? f.gkv * own_capacity / total_capacity : 0.0;
            const Money top_up = std::max(0.0, g.spec.reference_eur_per_quarter / 3.0 - own);
            st.received += top_up;
            f.grants += top_up;
        }

        // Investment grants: paid in their month, released with the depreciation they fund; repaid
        // when a doctor position stays vacant too long within the binding years (the income
        // released so far is reversed, the whole amount leaves the cash).
        vacancy_run = f.vacancy ? vacancy_run + 1 : 0;
        Money grant_cash = 0.0, released = 0.0, reversed = 0.0;
        for (std::size_t i = 0; i < investment_grants.size(); ++i) {
            const InvestmentGrantTrial& g = investment_grants[i];
            InvestmentGrantState& gst = grant_state[i];
            const CompiledInvestmentGrant& cg = c.investment_grants[i];
            const InvestmentGrantSpec& gs = cg.spec;
            if (gst.ended) continue;
            if (m == gs.paid) grant_cash += g.amount;
            // The vacancy watched: of any position, or of the named one (none when this centre
            // lacks it).
            int run = vacancy_run;
            if (!gs.position.empty()) {
                const bool vacant = present(cg.doctor) && m >= c.positions[static_cast<std::size_t>(cg.doctor)].start &&
                                    !positions[static_cast<std::size_t>(cg.doctor)].filled(m);
                gst.vacant_run = vacant ? gst.vacant_run + 1 : 0;
                run = gst.vacant_run;
            }
            const bool binding = m >= gs.paid && m < gs.paid + 12 * gs.binding_years;
            if (binding && gs.max_vacancy_months > 0 && run > gs.max_vacancy_months) {
                f.repayments += gst.released;
                reversed += gst.released;
                grant_cash -= g.amount;
                f.repaid = true;
                gst.ended = true;
                continue;
            }
            f.grants += g.release[mi];
            released += g.release[mi];
            gst.released += g.release[mi];
        }
        // Financing: depreciation, loan interest, and interest on an overdraft of last month's cash.
        Money finance_cash = 0.0;
        if (finance) {
            const FinanceMonth& fm = finance->month(m);
            f.depreciation = fm.depreciation;
            f.interest = fm.loan_interest + credit_line_interest(spec_.finance, cash);
            finance_cash = fm.equity_inflow + fm.loan_inflow - fm.loan_principal - fm.investment_outflow;
        }

        // Cash: KV money (GKV and lump sums) per the payment schedule, PKV after its lag, the rest
        // in the month it arises.
        const Money kv_cash = kv.receive(m, f.gkv + f.lump_sums);
        Money pkv_cash = f.pkv;
        if (!pkv_due.empty()) {
            const auto pkv_month = mi + static_cast<std::size_t>(billing.pkv_payment_lag_months);
            if (pkv_month < pkv_due.size()) pkv_due[pkv_month] += f.pkv;
            pkv_cash = pkv_due[mi];
        }
        // Grant income is cash when it arises, except investment grants: paid in one sum and
        // repaid in one sum (grant_cash); their release and its reversal are not payments.
        cash += kv_cash + pkv_cash + f.other + f.addons_revenue - f.costs() - f.interest + (f.grants - released) -
                (f.repayments - reversed) + grant_cash + finance_cash;
        // The owner's loss compensation, when paid, covers the year's loss in its last month.
        year_result += f.result();
        if (month_of_year == 12) {
            if (spec_.grants.loss_compensation_paid && year_result < 0.0) {
                f.loss_compensation = -year_result;
                cash += f.loss_compensation;
            }
            year_result = 0.0;
        }
        f.cash = cash;
        sink.add(m, y, f);
    }
}

void CentreModel::project_years(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const {
    std::fill(out.begin(), out.end(), 0.0);
    TrialDraws draws;
    draw(seed, trial, draws);
    YearSink sink(out, *this);
    run(draws, own_fte_, spec_.premises.area_m2, sink);
    sink.finish(spec_.grants.subsidy_ceiling_eur_per_year, draws.investments(), draws.investment_grants_total());
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
    if (out.size() != variants.size() * width())
        throw std::invalid_argument("project_variants: the output needs variants x width values");
    for (const auto& v : variants)
        if (v.fte.size() > own_fte_.size())
            throw std::invalid_argument("a variant has more doctor positions than the model");
    std::fill(out.begin(), out.end(), 0.0);
    TrialDraws draws;
    draw(seed, trial, draws);
    for (std::size_t i = 0; i < variants.size(); ++i) {
        YearSink sink(out.subspan(i * width(), width()), *this);
        run(draws, variants[i].fte, variants[i].area_m2, sink);
        sink.finish(spec_.grants.subsidy_ceiling_eur_per_year, draws.investments(), draws.investment_grants_total());
    }
}

}  // namespace mvzsim::models
