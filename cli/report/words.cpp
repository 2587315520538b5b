#include "cli/report/words.h"

#include <array>
#include <cmath>

namespace mvzsim::cli::report {
namespace {

constexpr std::array<Label, 12> kMonths = {Label::month_1, Label::month_2,  Label::month_3,  Label::month_4,
                                           Label::month_5, Label::month_6,  Label::month_7,  Label::month_8,
                                           Label::month_9, Label::month_10, Label::month_11, Label::month_12};
constexpr std::array<Label, 12> kShortMonths = {Label::month_short_1,  Label::month_short_2,  Label::month_short_3,
                                                Label::month_short_4,  Label::month_short_5,  Label::month_short_6,
                                                Label::month_short_7,  Label::month_short_8,  Label::month_short_9,
                                                Label::month_short_10, Label::month_short_11, Label::month_short_12};

}  // namespace

std::string Words::title(models::Metric m) const {
    const auto& i = models::info(m);
    return std::string(lang_ == Lang::de ? i.title_de : i.title);
}

std::string Words::title(models::TrialMetric m) const {
    const auto& i = models::info(m);
    return std::string(lang_ == Lang::de ? i.title_de : i.title);
}

std::string Words::round_percent(double share) const {
    const double tenths = std::round(1000.0 * share);
    return format_percent(share, std::fmod(tenths, 10.0) == 0.0 ? 0 : 1, style_);
}

std::string Words::month(const models::YearMonth& ym, bool short_form) const {
    const auto index = static_cast<std::size_t>(ym.month - 1);
    if (short_form) return fmt::format("{}\u00a0{:02d}", text(kShortMonths[index], lang_), ym.year % 100);
    return fmt::format("{}\u00a0{}", text(kMonths[index], lang_), ym.year);  // kept on one line
}

std::string Words::date(const std::string& iso) const {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12) return iso;
    return fmt::format(fmt::runtime(lang_ == Lang::de ? "{}. {} {}" : "{} {} {}"), d,
                       text(kMonths[static_cast<std::size_t>(m - 1)], lang_), y);
}

}  // namespace mvzsim::cli::report
