#pragma once
// The words and numbers of a report in one language: labels from the translation table
// (labels.h) and the output table (models/projection/outputs.h), numbers in the reader's format.
#include <fmt/format.h>

#include <string>

#include "cli/report/labels.h"
#include "cli/report/number_format.h"
#include "models/calendar.h"
#include "models/projection/outputs.h"

namespace mvzsim::cli::report {

class Words {
public:
    explicit Words(Lang lang, NumberStyle style) : lang_(lang), style_(style) {}
    explicit Words(Lang lang) : Words(lang, print_style(lang)) {}

    Lang lang() const { return lang_; }
    const NumberStyle& style() const { return style_; }

    std::string operator()(Label l) const { return std::string(text(l, lang_)); }
    // A sentence of the table with its {} filled in.
    template <class... Args>
    std::string operator()(Label l, const Args&... args) const {
        return fmt::format(fmt::runtime(text(l, lang_)), args...);
    }
    std::string title(models::Metric m) const;
    std::string title(models::TrialMetric m) const;

    std::string thousand(double eur) const { return format_thousand(eur, style_); }  // "1.234,5"
    std::string percent(double share) const { return format_percent(share, 1, style_); }
    // A round share without its zero decimal: 0.8 -> "80 %", 0.825 -> "82,5 %" (confidence levels).
    std::string round_percent(double share) const;
    std::string number(double x, int decimals) const { return format_number(x, decimals, style_); }
    // "März 2028" or "March 2028"; `short_form`: "März 28" / "Mar 28" for table headers.
    std::string month(const models::YearMonth& ym, bool short_form = false) const;
    // A date YYYY-MM-DD as the reader writes it: "2. Dezember 2026" / "2 December 2026".
    std::string date(const std::string& iso) const;

private:
    Lang lang_;
    NumberStyle style_;
};

}  // namespace mvzsim::cli::report
