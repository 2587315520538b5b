#include "cli/breakeven_options.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "models/text/scanner.h"

namespace mvzsim::cli {

void add_breakeven_options(po::options_description& options, BreakevenArgs& args) {
    options.add_options()("doctors", po::value(&args.doctors),
                          "doctor FTE counts MIN..MAX (default 1..the scenario's FTE + 3)")(
        "step", real_into(&args.step), "step between counts in FTE: 1 (default) or e.g. 0.5")(
        "confidence,c", real_into(&args.confidence), "required probability of an annual result >= 0 (default 0.8)")(
        "year,y", integer_into(&args.year), "calendar year analysed (default: first year with every position in post)")(
        "template", po::value(&args.template_id), "id of the doctor position that added doctors copy");
}

bool check_breakeven_args(const std::string& command, const BreakevenArgs& args, std::ostream& err) {
    if (!(args.confidence > 0.0 && args.confidence < 1.0)) {
        usage_error(command, fmt::format("--confidence must lie between 0 and 1, e.g. 0.8 (got {})", args.confidence),
                    err);
        return false;
    }
    // Any year of the calendar the scenarios allow (centre.opening: 1900 to 2200); the horizon is checked later.
    if (args.year < 1900 || args.year > 2200) {
        usage_error(command, fmt::format("--year must be a calendar year, e.g. 2030 (got {})", args.year), err);
        return false;
    }
    if (!valid_doctor_step(args.step)) {
        usage_error(command, fmt::format("--step must be a multiple of 0.1 FTE in [0.1, 10] (got {})", args.step), err);
        return false;
    }
    return true;
}

std::optional<models::BreakevenOptions> breakeven_options(const std::string& command, const po::variables_map& values,
                                                          const BreakevenArgs& args, models::CentreSpec& spec,
                                                          std::size_t trials, std::ostream& err) {
    if (!args.template_id.empty()) {
        const bool known = std::any_of(spec.doctors.begin(), spec.doctors.end(),
                                       [&](const models::DoctorSpec& d) { return d.id == args.template_id; });
        if (!known) {
            usage_error(command, fmt::format("--template: no doctor position '{}'", models::excerpt(args.template_id)),
                        err);
            return std::nullopt;
        }
        spec.breakeven.template_id = args.template_id;
    }
    // Intervals and percentiles need a sample; fewer trials would report spurious certainty.
    if (trials < 100) {
        usage_error(command, fmt::format("needs at least 100 trials for its intervals (got {})", trials), err);
        return std::nullopt;
    }
    models::BreakevenOptions o;
    o.confidence = args.confidence;
    o.step = args.step;
    o.min_fte = 1.0;
    o.max_fte = std::ceil(models::total_doctor_fte(spec)) + 3.0;
    if (!args.doctors.empty()) {
        const auto range = parse_doctor_range(args.doctors);
        if (!range || !(range->first > 0.0) || range->second < range->first) {
            usage_error(command,
                        fmt::format("--doctors must be MIN..MAX with 0 < MIN <= MAX <= {}, e.g. 1..6 (got '{}')",
                                    kMaxDoctorFte, models::excerpt(args.doctors)),
                        err);
            return std::nullopt;
        }
        std::tie(o.min_fte, o.max_fte) = *range;
    }
    if (values.count("year")) o.year = static_cast<int>(args.year);
    return o;
}

}  // namespace mvzsim::cli
