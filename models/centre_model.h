#pragma once
// Monthly projection of a centre's P&L and cash in one Monte Carlo trial.
#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "models/calendar.h"
#include "models/centre_spec.h"
#include "models/projection/outputs.h"

namespace mvzsim::models {

// One month of one trial.
struct MonthFlows {
    double doctor_fte = 0.0;  // FTE of doctors in post
    bool vacancy = false;     // a position is vacant after its planned start
    double cases = 0.0;
    Money gkv = 0.0, pkv = 0.0, other = 0.0, lump_sums = 0.0, addons_revenue = 0.0;
    Money doctors = 0.0, staff = 0.0, premises = 0.0, running = 0.0, recruiting = 0.0, addons_costs = 0.0;
    Money depreciation = 0.0, interest = 0.0, grants = 0.0, repayments = 0.0;
    Money loss_compensation = 0.0;  // the owner's payment of the year's loss (December, when paid)
    Money cash = 0.0;               // cash at the end of the month
    bool repaid = false;

    Money revenue() const { return gkv + pkv + other + lump_sums + addons_revenue; }
    Money costs() const { return doctors + staff + premises + running + recruiting + addons_costs; }
    Money ebitda() const { return revenue() - costs(); }
    Money result() const { return ebitda() - depreciation - interest + grants - repayments; }
};

// An input made ready for sampling: its distribution and the key of its random stream.
struct CompiledInput {
    sim::Distribution distribution;
    bool per_period = false;
    std::uint64_t key = 0;
    sim::Sampler sampler = sim::Sampler(sim::Fixed{0.0});  // the distribution, set up for drawing
};

struct CompiledPosition;

// A centre that differs from a model's own only in its doctors: the model's first fte.size()
// doctor positions, at these FTE, and the floor area that goes with them (used when the rent is
// per m2). The counts of a break-even search are such variants of the largest count.
struct DoctorVariant {
    std::vector<Fte> fte;
    double area_m2 = 0.0;
};

class CentreModel {
public:
    explicit CentreModel(const CentreSpec& spec);
    ~CentreModel();
    CentreModel(CentreModel&&) noexcept;

    const Calendar& calendar() const { return calendar_; }
    const CentreSpec& spec() const { return spec_; }
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
    // Yearly outputs of trial `trial` for each variant: variant v into out[v x width(), (v + 1) x
    // width()). The trial's draws are made once and shared by all variants (common random
    // numbers); each variant's outputs are exactly those of a model built from a spec with the
    // variant's doctors and area. Throws std::invalid_argument for a variant with more positions
    // than the model has.
    void project_variants(std::uint64_t seed, std::uint64_t trial, std::span<const DoctorVariant> variants,
                          std::span<double> out) const;

private:
    struct Compiled;
    struct TrialDraws;
    struct MonthlyInputs;

    // Everything a trial draws: inputs, position timelines, add-ons, finance.
    void draw(std::uint64_t seed, std::uint64_t trial, TrialDraws& d) const;
    // The months of one trial for one set of doctors, from the trial's draws (left unchanged).
    template <class Sink>
    void run(const TrialDraws& d, std::span<const Fte> fte, double area_m2, Sink& sink) const;

    CentreSpec spec_;
    Calendar calendar_;
    std::unique_ptr<Compiled> c_;
    std::vector<Fte> own_fte_;  // the FTE of the spec's own doctor positions
};

}  // namespace mvzsim::models
