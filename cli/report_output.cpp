#include "cli/report_output.h"

#include <fmt/format.h>

#include <ostream>
#include <stdexcept>

#include "cli/cli.h"
#include "cli/progress.h"
#include "cli/report/browser.h"
#include "cli/report/html_writer.h"
#include "cli/report/sections.h"
#include "cli/report/xlsx_writer.h"

namespace mvzsim::cli {

std::optional<int> check_document_tools(const std::string& command, Format format, std::ostream& err) {
    if (format != Format::pdf || report::find_browser()) return std::nullopt;
    err << "mvzsim " << command << ": " << report::missing_browser_message() << ".\n";
    return kExitFailure;
}

std::string render_document(const report::ReportData& data, Format format, report::Lang lang) {
    const report::Document doc = report::build_document(data, lang);
    switch (format) {
        case Format::xlsx:
            return report::write_xlsx(doc);
        case Format::pdf: {
            const auto browser = report::find_browser();
            if (!browser) throw std::runtime_error(report::missing_browser_message());
            return report::print_to_pdf(*browser, report::write_html(doc, report::print_style(lang)));
        }
        case Format::html:
            return report::write_html(doc, report::print_style(lang));
        default:
            throw std::logic_error("render_document: not a report format");
    }
}

int write_report(const std::string& command, const scenarios::Scenario& scenario, const Provenance& p, const RunArgs& a,
                 const sim::RunOptions& run, const std::optional<models::BreakevenOptions>& breakeven,
                 std::ostream& out, std::ostream& err, const ReportAnalyses& analyses) {
    const models::MemoryPlan plan = models::memory_plan(models::CentreModel(scenario.spec), run);
    if (plan.use_bounded || !plan.fits)
        return usage_error(command,
                           fmt::format("the report keeps every trial's results: {} trials need {:.1f} GiB, more than "
                                       "the memory limit of {:.1f} GiB; use fewer trials or a larger --memory-limit",
                                       run.trials, plan.full / 1073741824.0, plan.limit / 1073741824.0),
                           err);
    if (analyses.sensitivity) {
        const std::size_t inputs = scenarios::list_inputs(scenario).size();
        const double bytes = models::sensitivity_memory(run.trials, inputs, models::SensitivityOptions{});
        if (bytes > plan.limit)
            return usage_error(command,
                               fmt::format("the section on what drives the result needs {:.1f} GiB for {} trials, more "
                                           "than the memory limit of {:.1f} GiB; use --no-sensitivity or fewer trials",
                                           bytes / 1073741824.0, run.trials, plan.limit / 1073741824.0),
                               err);
    }
    report::ReportRequest request;
    request.provenance = p;
    request.run = run;
    request.sensitivity = analyses.sensitivity;
    request.compare_specs = analyses.compare_specs;
    request.compare_labels = analyses.compare_labels;
    request.compare_command = analyses.compare_command;
    request.breakeven = breakeven;
    if (request.breakeven) request.breakeven->run = request.run;
    report::ReportData data;
    try {
        // Progress on a terminal over all its runs (the projection, the switched cash gap, the search).
        ProgressLine progress(err, run.trials, 0, progress_wanted(err));
        request.run.progress = progress.hook();
        if (request.breakeven) request.breakeven->run.progress = request.run.progress;
        data = report::compute_report(scenario, request);
        data.projection.settings.progress = nullptr;  // the line it points to ends here
    } catch (const std::invalid_argument& e) {
        return usage_error(command, e.what(), err);
    }
    return emit(command, render_document(data, a.chosen, a.lang), a, out, err);
}

}  // namespace mvzsim::cli
