#include "models/centre_model.h"

#include <algorithm>

#include "models/input_draw.h"

namespace mvzsim::models {

std::string_view metric_name(Metric m) {
    static constexpr std::array<std::string_view, kMetricCount> kNames = {
        "cases", "gkv_revenue", "pkv_revenue", "other_revenue", "revenue", "doctor_costs",
        "staff_costs", "premises_costs", "running_costs", "costs", "annual_result", "cumulative_result"};
    return kNames[static_cast<std::size_t>(m)];
}

CentreModel::CentreModel(const CentreSpec& spec)
    : calendar_(spec.opening, spec.horizon_years),
      cases_per_fte_per_quarter_(compile(spec.billing.cases_per_fte_per_quarter)),
      gkv_by_points_(spec.billing.gkv.by_points),
      gkv_eur_per_case_(compile(spec.billing.gkv.eur_per_case)),
      gkv_points_per_case_(compile(spec.billing.gkv.points_per_case)),
      gkv_ow_ct_(compile(spec.billing.gkv.orientierungswert_ct_per_point)),
      gkv_growth_(compile(spec.billing.gkv.growth_per_year)),
      pkv_share_(compile(spec.billing.pkv_share_of_cases)),
      pkv_eur_per_case_(compile(spec.billing.pkv_eur_per_case)),
      pkv_growth_(compile(spec.billing.pkv_growth_per_year)),
      other_eur_per_case_(compile(spec.billing.other_eur_per_case)),
      other_growth_(compile(spec.billing.other_growth_per_year)),
      rent_by_area_(spec.premises.by_area),
      area_m2_(spec.premises.area_m2),
      rent_per_m2_(compile(spec.premises.rent_eur_per_m2_per_month)),
      rent_per_month_(compile(spec.premises.rent_eur_per_month)),
      rent_increase_(compile(spec.premises.rent_increase_per_year)),
      running_fixed_(compile(spec.running_costs.fixed_eur_per_month)),
      running_per_case_(compile(spec.running_costs.eur_per_case)),
      running_share_(compile(spec.running_costs.share_of_revenue)),
      running_per_doctor_(compile(spec.running_costs.eur_per_month_per_doctor_fte)),
      cost_inflation_(compile(spec.cost_inflation_per_year)) {
    for (const auto& d : spec.doctors) doctors_.push_back({d.fte, d.start, compile_pay(d.pay)});
    // In order of start, so that the doctors in post in a month are a prefix of the list.
    std::stable_sort(doctors_.begin(), doctors_.end(), [](const Doctor& a, const Doctor& b) { return a.start < b.start; });
    for (const auto& s : spec.staff) staff_.push_back({s.per_doctor, s.fte, s.start, compile_pay(s.pay)});
}

CentreModel::Pay CentreModel::compile_pay(const PaySpec& pay) {
    return {compile(pay.salary_per_year), compile(pay.on_cost_rate), compile(pay.raise_per_year)};
}

namespace {

// Monthly cost of an employee line: FTE x yearly salary / 12 x (1 + on-cost rate) x raise index.
struct Payroll {
    double monthly_full_cost;  // EUR per FTE per month in the opening year, on-costs included
    std::vector<double> raise;

    Payroll(const CompiledInput& salary, const CompiledInput& on_cost, const CompiledInput& raise_rate,
            std::uint64_t seed, std::uint64_t trial, int years)
        : raise(growth_index(raise_rate, seed, trial, years)) {
        InputDraw s(salary, seed, trial), o(on_cost, seed, trial);
        monthly_full_cost = s.next() / 12.0 * (1.0 + o.next());
    }
    Money cost(Fte fte, int year) const { return fte * monthly_full_cost * raise[static_cast<std::size_t>(year)]; }
};

// Sums months into calendar-year outputs.
class YearSink {
public:
    explicit YearSink(std::span<double> out) : out_(out) {}
    void add(MonthIndex m, int year, const MonthFlows& f) {
        cumulative_ += f.result();
        if (cumulative_ < 0.0) {
            last_negative_month_ = m;
            largest_deficit_ = std::max(largest_deficit_, -cumulative_);
        }
        auto at = [&](Metric m) -> double& { return out_[CentreModel::output_index(year, m)]; };
        at(Metric::cases) += f.cases;
        at(Metric::gkv) += f.gkv;
        at(Metric::pkv) += f.pkv;
        at(Metric::other) += f.other;
        at(Metric::doctors) += f.doctors;
        at(Metric::staff) += f.staff;
        at(Metric::premises) += f.premises;
        at(Metric::running) += f.running;
    }
    // Totals, results and the running cumulative result, once all months are in.
    void finish(const CentreModel& model) {
        const int years = model.calendar().years();
        out_[model.output_index(TrialMetric::payback_month)] = last_negative_month_ + 1;
        out_[model.output_index(TrialMetric::largest_deficit)] = largest_deficit_;
        double cumulative = 0.0;
        for (int y = 0; y < years; ++y) {
            auto at = [&](Metric m) -> double& { return out_[CentreModel::output_index(y, m)]; };
            at(Metric::revenue) = at(Metric::gkv) + at(Metric::pkv) + at(Metric::other);
            at(Metric::costs) = at(Metric::doctors) + at(Metric::staff) + at(Metric::premises) + at(Metric::running);
            at(Metric::result) = at(Metric::revenue) - at(Metric::costs);
            cumulative += at(Metric::result);
            at(Metric::cumulative) = cumulative;
        }
    }

private:
    std::span<double> out_;
    double cumulative_ = 0.0;
    double largest_deficit_ = 0.0;
    MonthIndex last_negative_month_ = -1;
};

struct MonthSink {
    std::vector<MonthFlows> months;
    void add(MonthIndex, int, const MonthFlows& f) { months.push_back(f); }
};

}  // namespace

template <class Sink>
void CentreModel::simulate(std::uint64_t seed, std::uint64_t trial, Sink& sink) const {
    const int years = calendar_.years();
    std::vector<Payroll> doctor_pay, staff_pay;
    doctor_pay.reserve(doctors_.size());
    for (const auto& d : doctors_) doctor_pay.emplace_back(d.pay.salary, d.pay.on_cost, d.pay.raise, seed, trial, years);
    staff_pay.reserve(staff_.size());
    for (const auto& s : staff_) staff_pay.emplace_back(s.pay.salary, s.pay.on_cost, s.pay.raise, seed, trial, years);

    const auto gkv_index = growth_index(gkv_growth_, seed, trial, years);
    const auto pkv_index = growth_index(pkv_growth_, seed, trial, years);
    const auto other_index = growth_index(other_growth_, seed, trial, years);
    const auto rent_index = growth_index(rent_increase_, seed, trial, years);
    const auto inflation = growth_index(cost_inflation_, seed, trial, years);

    InputDraw cases_rate(cases_per_fte_per_quarter_, seed, trial);
    InputDraw gkv_eur(gkv_eur_per_case_, seed, trial), gkv_points(gkv_points_per_case_, seed, trial);
    InputDraw gkv_ow(gkv_ow_ct_, seed, trial);
    InputDraw pkv_share(pkv_share_, seed, trial), pkv_eur(pkv_eur_per_case_, seed, trial);
    InputDraw other_eur(other_eur_per_case_, seed, trial);
    InputDraw rent_m2(rent_per_m2_, seed, trial), rent_month(rent_per_month_, seed, trial);
    InputDraw fixed_costs(running_fixed_, seed, trial), per_case_costs(running_per_case_, seed, trial);
    InputDraw revenue_share(running_share_, seed, trial), per_doctor_costs(running_per_doctor_, seed, trial);
    const double ow_eur_per_point = gkv_ow.next() / 100.0;

    // Doctors are sorted by start: the first `active` are in post. Their FTE and monthly cost in
    // each year are prefix sums, computed once per trial rather than once per month.
    const std::size_t n = doctors_.size();
    std::vector<double> fte_prefix(n + 1, 0.0), cost_prefix(static_cast<std::size_t>(years) * (n + 1), 0.0);
    for (std::size_t k = 0; k < n; ++k) fte_prefix[k + 1] = fte_prefix[k] + doctors_[k].fte;
    for (int y = 0; y < years; ++y) {
        double* row = &cost_prefix[static_cast<std::size_t>(y) * (n + 1)];
        for (std::size_t k = 0; k < n; ++k) row[k + 1] = row[k] + doctor_pay[k].cost(doctors_[k].fte, y);
    }
    std::size_t active = 0;

    for (MonthIndex m = 0; m < calendar_.months(); ++m) {
        const int y = calendar_.year_index(m);
        const auto yi = static_cast<std::size_t>(y);
        MonthFlows f;
        while (active < n && doctors_[active].start <= m) ++active;
        f.doctor_fte = fte_prefix[active];
        f.doctors = cost_prefix[yi * (n + 1) + active];
        for (std::size_t i = 0; i < staff_.size(); ++i) {
            const Staff& s = staff_[i];
            const Fte fte = s.per_doctor ? s.fte * f.doctor_fte : (m >= s.start ? s.fte : 0.0);
            f.staff += staff_pay[i].cost(fte, y);
        }

        // Every monthly stream advances every month, doctors in post or not, so a stream's k-th
        // draw always belongs to month k.
        f.cases = f.doctor_fte * cases_rate.next() / 3.0;
        const double gkv_fee = gkv_by_points_ ? gkv_points.next() * ow_eur_per_point : gkv_eur.next();
        const double private_share = pkv_share.next();
        f.gkv = f.cases * (1.0 - private_share) * gkv_fee * gkv_index[yi];
        f.pkv = f.cases * private_share * pkv_eur.next() * pkv_index[yi];
        f.other = f.cases * other_eur.next() * other_index[yi];

        const double rent = rent_by_area_ ? area_m2_ * rent_m2.next() : rent_month.next();
        f.premises = rent * rent_index[yi];
        f.running = (fixed_costs.next() + f.cases * per_case_costs.next() + f.doctor_fte * per_doctor_costs.next()) *
                        inflation[yi] +
                    revenue_share.next() * f.revenue();
        sink.add(m, y, f);
    }
}

void CentreModel::project_years(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const {
    std::fill(out.begin(), out.end(), 0.0);
    YearSink sink(out);
    simulate(seed, trial, sink);
    sink.finish(*this);
}

std::vector<MonthFlows> CentreModel::project_months(std::uint64_t seed, std::uint64_t trial) const {
    MonthSink sink;
    sink.months.reserve(static_cast<std::size_t>(calendar_.months()));
    simulate(seed, trial, sink);
    return sink.months;
}

}  // namespace mvzsim::models
