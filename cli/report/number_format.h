#pragma once
// Numbers as German or English readers write them: 1.234,5 or 1,234.5, rounded half away from
// zero (kaufmännisches Runden), never "-0,0".
#include <string>

#include "cli/report/lang.h"

namespace mvzsim::cli::report {

struct NumberStyle {
    const char* decimal;    // "," or "."
    const char* thousands;  // "." or "," between groups of three digits, "" for none
    const char* minus;      // "-" (terminal, CSV) or U+2212 (typeset text)
};

// For running text and tables: German 1.234,5 or English 1,234.5, ASCII minus.
NumberStyle text_style(Lang lang);
// For typeset HTML: the same with the typographic minus sign U+2212.
NumberStyle print_style(Lang lang);
// For CSV cells: no thousands separator (spreadsheets parse 1234,5 but may misread 1.234 as 1.234
// units), German or English decimal mark, ASCII minus.
NumberStyle csv_style(Lang lang);

// `x` with `decimals` digits after the decimal mark (0 to 6).
std::string format_number(double x, int decimals, const NumberStyle& style);
// A share (0.857) as a percentage: "85,7 %" (German) or "85.7 %" (English, as SI writes it).
std::string format_percent(double share, int decimals, const NumberStyle& style);
// An amount in EUR as EUR thousand with one decimal: 1234567 -> "1.234,6".
std::string format_thousand(double eur, const NumberStyle& style);

}  // namespace mvzsim::cli::report
