#pragma once
// Monthly projection of a centre's P&L and cash in one Monte Carlo trial: the mechanisms of
// models/mechanisms/ drawn once per trial and run month by month.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "models/calendar.h"
#include "models/mechanisms/month_flows.h"
#include "models/projection/outputs.h"
#include "models/spec/centre_spec.h"

namespace mvzsim::models {

// A centre that differs from a model's own only in its doctors: the model's first fte.size()
// doctor positions, at these FTE, and the floor area that goes with them (used when the rent is
// per m2). The counts of a break-even search are such variants of the largest count.
struct DoctorVariant {
    std::vector<Fte> fte;
    double area_m2 = 0.0;
};

class CentreModel {
public:
    // Throws std::invalid_argument (validate) when the spec breaks an invariant of the model.
    explicit CentreModel(const CentreSpec& spec);
    ~CentreModel();
    CentreModel(CentreModel&&) noexcept;

    const Calendar& calendar() const { return calendar_; }
    const CentreSpec& spec() const { return spec_; }
    // Outputs per trial: kMetricCount values for each year, year-major, then the trial metrics.
    OutputLayout layout() const { return {calendar_.years()}; }
    std::size_t width() const { return layout().width(); }
    std::size_t year_outputs() const { return layout().year_outputs(); }
    static std::size_t output_index(int year_index, Metric m) { return OutputLayout::index(year_index, m); }
    std::size_t output_index(TrialMetric m) const { return layout().index(m); }

    // Memory one worker reuses from trial to trial (a trial's draws and month arrays), so that a
    // trial of project_years allocates (almost) nothing. One per thread; not shared.
    class Scratch {
    public:
        Scratch();
        ~Scratch();
        Scratch(Scratch&&) noexcept;

    private:
        friend class CentreModel;
        struct Buffers;
        std::unique_ptr<Buffers> b_;
    };

    // Yearly outputs of trial `trial` into `out` (width() values).
    void project_years(std::uint64_t seed, std::uint64_t trial, std::span<double> out) const;
    // The same with a worker's scratch memory (the same outputs bit for bit).
    void project_years(std::uint64_t seed, std::uint64_t trial, std::span<double> out, Scratch& scratch) const;
    // The month-by-month flows of one trial (for replaying a trial).
    std::vector<MonthFlows> project_months(std::uint64_t seed, std::uint64_t trial) const;
    // Yearly outputs of trial `trial` for each variant: variant v into out[v x width(), (v + 1) x
    // width()). The trial's draws are made once and shared by all variants (common random
    // numbers); each variant's outputs are exactly those of a model built from a spec with the
    // variant's doctors and area. Throws std::invalid_argument for a variant with more positions
    // than the model has.
    void project_variants(std::uint64_t seed, std::uint64_t trial, std::span<const DoctorVariant> variants,
                          std::span<double> out) const;
    // The same with a worker's scratch memory (the same outputs bit for bit).
    void project_variants(std::uint64_t seed, std::uint64_t trial, std::span<const DoctorVariant> variants,
                          std::span<double> out, Scratch& scratch) const;

private:
    struct Mechanisms;
    struct TrialDraws;

    // Everything a trial draws: inputs, position timelines, add-ons, finance, grants.
    void draw(std::uint64_t seed, std::uint64_t trial, TrialDraws& d) const;
    // The months of one trial for one set of doctors, from the trial's draws (left unchanged).
    template <class Sink>
    void run(const TrialDraws& d, std::span<const Fte> fte, double area_m2, Sink& sink) const;
    template <class Sink>
    void run(const TrialDraws& d, std::span<const Fte> fte, double area_m2, Sink& sink, Scratch::Buffers& b) const;

    CentreSpec spec_;
    Calendar calendar_;
    std::unique_ptr<Mechanisms> c_;
    std::vector<Fte> own_fte_;  // the FTE of the spec's own doctor positions
};

}  // namespace mvzsim::models
