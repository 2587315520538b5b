#include "cli/report/report_data.h"

#include <ctime>
#include <limits>

#include "cli/sensitivity_inputs.h"
#include "models/analysis/output_ref.h"
#include "sim/intervals.h"

namespace mvzsim::cli::report {
namespace {

using models::Metric;

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

// The first calendar year with an annual result >= 0, over trials (order statistics, as the
// break-even search gives its times).
models::TimePercentiles first_year(const models::CentreModel& model, const sim::TrialMatrix& trials) {
    const int years = model.calendar().years();
    const double never = std::numeric_limits<double>::infinity();
    std::vector<double> first(trials.trials(), never);
    for (int y = years - 1; y >= 0; --y) {
        const auto result = trials.column(models::CentreModel::output_index(y, Metric::annual_result));
        for (std::size_t t = 0; t < first.size(); ++t)
            if (result[t] >= 0.0) first[t] = model.calendar().calendar_year(y);
    }
    models::TimePercentiles p;
    p.share_never = static_cast<double>(std::count(first.begin(), first.end(), never)) /
                    static_cast<double>(std::max<std::size_t>(1, first.size()));
    auto at = [&](double q) -> std::optional<int> {
        const double v = sim::order_statistic(first, q);
        return v == never ? std::nullopt : std::optional<int>(static_cast<int>(v));
    };
    p.p5 = at(0.05);
    p.p50 = at(0.5);
    p.p95 = at(0.95);
    return p;
}

void summarise_trials(const models::CentreModel& model, const sim::TrialMatrix& trials, ReportData& d) {
    const int years = model.calendar().years();
    d.bands.resize(static_cast<std::size_t>(years));
    sim::parallel_for(model.width(), d.projection.settings.threads, [&](std::size_t column) {
        const Band b = band_of(trials.column(column));
        if (column < model.year_outputs())
            d.bands[column / models::kMetricCount][column % models::kMetricCount] = b;
        else
            d.trial_bands[column - model.year_outputs()] = b;
    });
    d.cash_gap = histogram_of(trials.column(model.output_index(models::TrialMetric::largest_cash_gap)), 24);
    d.first_year = first_year(model, trials);
}

std::optional<ReportSensitivity> sensitivity(const scenarios::Scenario& scenario, const sim::RunOptions& run) {
    TracedInputs traced = traced_inputs(scenarios::list_inputs(scenario));
    if (traced.inputs.empty() || run.trials < kSensitivityMinTrials) return std::nullopt;
    const models::CentreModel model(scenario.spec);
    models::SensitivityRequest request;
    request.inputs = std::move(traced.inputs);
    request.output = models::output_column(model, "cumulative_result[last]");
    request.failure = models::parse_condition(model, default_failure(model, request.output));
    ReportSensitivity s;
    s.options.bins = std::min<std::size_t>(s.options.bins, run.trials / 10);
    s.options.threads = run.threads;
    s.year = model.calendar().calendar_year(model.calendar().years() - 1);
    s.untraced = std::move(traced.untraced);
    s.result = models::analyse_sensitivity(request, models::sample_sensitivity(model, request, run), s.options);
    return s;
}

}  // namespace

const sim::Summary& ReportData::gap_with_compensation() const {
    return spec.grants.loss_compensation_paid ? projection[models::TrialMetric::largest_cash_gap] : cash_gap_switched;
}

const sim::Summary& ReportData::gap_without_compensation() const {
    return spec.grants.loss_compensation_paid ? cash_gap_switched : projection[models::TrialMetric::largest_cash_gap];
}

ReportData compute_report(const scenarios::Scenario& scenario, const ReportRequest& request) {
    ReportData d;
    d.provenance = request.provenance;
    d.date = today();
    d.spec = scenario.spec;
    d.inputs = scenarios::list_inputs(scenario);
    {
        const models::CentreModel model(d.spec);
        const sim::TrialMatrix trials = models::simulate(model, request.run);
        d.projection = models::summarize(model, trials, request.run);
        summarise_trials(model, trials, d);
        d.months = monthly_cash(model, request.run, request.liquidity_months);
    }
    {
        models::CentreSpec switched = d.spec;
        switched.grants.loss_compensation_paid = !switched.grants.loss_compensation_paid;
        const models::CentreModel model(switched);
        const sim::TrialMatrix trials = models::simulate(model, request.run);
        d.cash_gap_switched =
            sim::summarize(trials.column(model.output_index(models::TrialMetric::largest_cash_gap)), sim::kBlockSize);
    }
    if (request.breakeven) d.breakeven = models::breakeven(d.spec, *request.breakeven);
    if (request.sensitivity) d.sensitivity = sensitivity(scenario, request.run);
    if (request.compare_specs.size() > 1)
        d.comparison = ReportComparison{request.compare_labels, models::compare(request.compare_specs, request.run),
                                        request.compare_command};
    return d;
}

}  // namespace mvzsim::cli::report
