#include "cli/report/number_format.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

namespace mvzsim::cli::report {

NumberStyle text_style(Lang lang) {
    return lang == Lang::de ? NumberStyle{",", ".", "-"} : NumberStyle{".", ",", "-"};
}

NumberStyle print_style(Lang lang) {
    return lang == Lang::de ? NumberStyle{",", ".", "\u2212"} : NumberStyle{".", ",", "\u2212"};
}

NumberStyle csv_style(Lang lang) {
    return lang == Lang::de ? NumberStyle{",", "", "-"} : NumberStyle{".", "", "-"};
}

std::string format_number(double x, int decimals, const NumberStyle& style) {
    if (!std::isfinite(x)) return std::isnan(x) ? "nan" : (x < 0 ? std::string(style.minus) + "inf" : "inf");
    double scale = 1.0;
    for (int i = 0; i < decimals; ++i) scale *= 10.0;
    const double scaled = std::abs(x) * scale;
    // Beyond 2^53 a double holds no fraction; such numbers are printed as they are.
    if (scaled > 9.0e15) return fmt::format("{:.{}f}", x, decimals);
    // Half away from zero on the decimal value the reader sees: 2.675 (stored as 2.67499999...)
    // rounds to 2.68, as a calculator would; the nudge is far below any printed digit.
    const auto units = static_cast<std::uint64_t>(std::floor(scaled + 0.5 + scaled * 1e-13));
    const auto factor = static_cast<std::uint64_t>(scale);
    const std::string whole = std::to_string(units / factor);
    std::string out = units == 0 || x > 0 ? "" : style.minus;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += style.thousands;
        out += whole[i];
    }
    if (decimals > 0) out += style.decimal + fmt::format("{:0{}d}", units % factor, decimals);
    return out;
}

std::string format_percent(double share, int decimals, const NumberStyle& style) {
    return format_number(100.0 * share, decimals, style) + "\u00a0%";
}

std::string format_thousand(double eur, const NumberStyle& style) {
    return format_number(eur / 1000.0, 1, style);
}

}  // namespace mvzsim::cli::report
