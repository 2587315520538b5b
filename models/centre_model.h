#pragma once
// Monthly projection of a centre's P&L in one Monte Carlo trial.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "models/calendar.h"
#include "models/centre_spec.h"

namespace mvzsim::models {

// The yearly outputs of a trial, one value per calendar year each.
enum class Metric : std::size_t {
    cases,       // treatment cases (GKV + PKV) in the year
    gkv,         // GKV revenue, EUR
    pkv,         // PKV revenue, EUR
    other,       // other revenue, EUR
    revenue,     // gkv + pkv + other
    doctors,     // doctors' salaries and on-costs, EUR
    staff,       // non-physician staff, EUR
    premises,    // rent, EUR
    running,     // running costs, EUR
    costs,       // doctors + staff + premises + running
    result,      // operating (annual) result = revenue - costs, EUR
    cumulative,  // sum of annual results up to and including the year, EUR
    count_
};
inline constexpr std::size_t kMetricCount = static_cast<std::size_t>(Metric::count_);

// Outputs of a whole trial (not per year), stored after the yearly ones.
enum class TrialMetric : std::size_t {
    payback_month,       // months from opening until the cumulative result is >= 0 for good;
                         // the number of months of the horizon when it never is
    largest_deficit,     // largest cumulative loss at any month end, EUR (>= 0): the credit need
    count_
};
inline constexpr std::size_t kTrialMetricCount = static_cast<std::size_t>(TrialMetric::count_);
std::string_view metric_name(Metric m);

// One month of one trial.
struct MonthFlows {
    double doctor_fte = 0.0;  // FTE of doctors in post
    double cases = 0.0;
    Money gkv = 0.0, pkv = 0.0, other = 0.0;
    Money doctors = 0.0, staff = 0.0, premises = 0.0, running = 0.0;

    Money revenue() const { return gkv + pkv + other; }
    Money costs() const { return doctors + staff + premises + running; }
    Money result() const { return revenue() - costs(); }
};

// An input made ready for sampling: its distribution and the key of its random stream.
struct CompiledInput {
    sim::Distribution distribution;
    bool per_period = false;
    std::uint64_t key = 0;
};

class CentreModel {
public:
    explicit CentreModel(const CentreSpec& spec);

    const Calendar& calendar() const { return calendar_; }
    // Outputs per trial: kMetricCount values for each year, year-major, then the trial metrics.
    std::size_t width() const { return year_outputs() + kTrialMetricCount; }
    std::size_t year_outputs() const { return static_cast<std::size_t>(calendar_.years()) * kMetricCount; }
    static std::size_t output_index(int year_index, Metric m) {
        return static_cast<std::size_t>(year_index) * kMetricCount + static_cast<std::size_t>(m);
    }
    std::size_t output_index(TrialMetric m) const { return year_outputs() + static_cast<std::size_t>(m); }

    // Yearly outputs of trial `trial` into `out` (width() values).
    void project_years(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const;
    // The month-by-month flows of one trial (for replaying a trial).
    std::vector<MonthFlows> project_months(std::uint64_t seed, std::uint64_t trial) const;

private:
    struct Pay {
        CompiledInput salary, on_cost, raise;
    };
    struct Doctor {
        Fte fte;
        MonthIndex start;
        Pay pay;
    };
    struct Staff {
        bool per_doctor;
        Fte fte;
        MonthIndex start;
        Pay pay;
    };

    static Pay compile_pay(const PaySpec& pay);

    template <class Sink>
    void simulate(std::uint64_t seed, std::uint64_t trial, Sink& sink) const;

    Calendar calendar_;
    std::vector<Doctor> doctors_;
    std::vector<Staff> staff_;
    CompiledInput cases_per_fte_per_quarter_;
    bool gkv_by_points_;
    CompiledInput gkv_eur_per_case_, gkv_points_per_case_, gkv_ow_ct_, gkv_growth_;
    CompiledInput pkv_share_, pkv_eur_per_case_, pkv_growth_;
    CompiledInput other_eur_per_case_, other_growth_;
    bool rent_by_area_;
    double area_m2_;
    CompiledInput rent_per_m2_, rent_per_month_, rent_increase_;
    CompiledInput running_fixed_, running_per_case_, running_share_, running_per_doctor_;
    CompiledInput cost_inflation_;
};

}  // namespace mvzsim::models
