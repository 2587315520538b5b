#include <fmt/format.h>

#include <cmath>
#include <ostream>
#include <regex>
#include <stdexcept>

#include "cli/breakeven_report.h"
#include "cli/cli.h"
#include "cli/options.h"
#include "models/analysis/breakeven.h"

namespace mvzsim::cli {
namespace {

constexpr const char* kBreakevenHelp =
    "Usage: mvzsim breakeven SCENARIO [--doctors MIN..MAX] [options]\n"
    "\n"
    "From how many doctors does the centre carry itself? For each doctor FTE count from MIN to MAX\n"
    "(in steps of --step), projects the centre in many trials and reports the probability that the\n"
    "annual result of the year analysed is >= 0, with its 95 % interval, the result's mean and\n"
    "percentiles, the owner's subsidy need, the support needed to reach the confidence, and when the\n"
    "centre breaks even in time. The minimum count is the first whose probability reaches --confidence.\n"
    "Doctors beyond the scenario's positions are copies of a template position (breakeven.template in\n"
    "the scenario, or --template, else the first position). All counts use the same random draws.\n";

}  // namespace

int breakeven_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    RunArgs a;
    std::string doctors, template_id;
    double step = 1.0, confidence = 0.8;
    int year = 0;
    po::options_description options("Options");
    options.add_options()("help,h", "this help");
    add_run_options(options, a);
    options.add_options()("doctors", po::value(&doctors),
                          "doctor FTE counts MIN..MAX (default 1..the scenario's FTE + 3)")(
        "step", po::value(&step), "step between counts in FTE: 1 (default) or e.g. 0.5")(
        "confidence,c", po::value(&confidence), "required probability of an annual result >= 0 (default 0.8)")(
        "year,y", po::value(&year), "calendar year analysed (default: first year with every position in post)")(
        "template", po::value(&template_id), "id of the doctor position that added doctors copy");
    po::positional_options_description positional;
    positional.add("scenario", 1);
    po::variables_map values;
    if (!parse_options("breakeven", args, options, positional, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << kBreakevenHelp << '\n' << options;
        return kExitOk;
    }
    if (!finish_run_options("breakeven", values, a, err)) return kExitBadInput;
    if (!(confidence > 0.0 && confidence < 1.0))
        return usage_error("breakeven",
                           fmt::format("--confidence must lie between 0 and 1, e.g. 0.8 (got {})", confidence), err);
    if (!valid_doctor_step(step))
        return usage_error("breakeven", fmt::format("--step must be a multiple of 0.1 FTE in [0.1, 10] (got {})", step),
                           err);

    const auto scenario = load_or_report(a.scenario, a.load, err);
    if (!scenario) return kExitBadInput;
    models::CentreSpec spec = scenario->spec;
    if (!template_id.empty()) {
        const bool known = std::any_of(spec.doctors.begin(), spec.doctors.end(),
                                       [&](const models::DoctorSpec& d) { return d.id == template_id; });
        if (!known)
            return usage_error("breakeven", fmt::format("--template: no doctor position '{}'", template_id), err);
        spec.breakeven.template_id = template_id;
    }
    const Provenance p = make_provenance(*scenario, a);
    // Intervals and percentiles need a sample; fewer trials would report spurious certainty.
    if (p.trials < 100)
        return usage_error("breakeven", fmt::format("needs at least 100 trials for its intervals (got {})", p.trials),
                           err);

    models::BreakevenOptions o;
    o.confidence = confidence;
    o.step = step;
    o.min_fte = 1.0;
    o.max_fte = std::ceil(models::total_doctor_fte(spec)) + 3.0;
    if (!doctors.empty()) {
        const auto range = parse_doctor_range(doctors);
        if (!range || !(range->first > 0.0) || range->second < range->first)
            return usage_error("breakeven",
                               fmt::format("--doctors must be MIN..MAX with 0 < MIN <= MAX, e.g. 1..6 "
                                           "(got {})",
                                           doctors),
                               err);
        std::tie(o.min_fte, o.max_fte) = *range;
    }
    if (values.count("year")) o.year = year;
    o.run = {.seed = p.seed, .trials = p.trials, .threads = static_cast<unsigned>(a.threads)};

    // Each count keeps its trials' yearly outputs while it is analysed.
    const double bytes =
        static_cast<double>(p.trials) * static_cast<double>(models::CentreModel(spec).width()) * sizeof(double);
    if (bytes > 16.0 * 1024 * 1024 * 1024)
        return usage_error(
            "breakeven",
            fmt::format("{} trials would need {:.1f} GiB per count (limit 16 GiB)", p.trials, bytes / 1073741824.0),
            err);
    models::BreakevenResult result;
    try {
        result = models::breakeven(spec, o);
    } catch (const std::invalid_argument& e) {
        return usage_error("breakeven", e.what(), err);
    }
    return emit("breakeven", format_breakeven(p, result, *parse_format(a.format)), a, out, err);
}

}  // namespace mvzsim::cli
