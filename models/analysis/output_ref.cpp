#include "models/analysis/output_ref.h"

#include <charconv>
#include <stdexcept>
#include <string>

namespace mvzsim::models {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

[[noreturn]] void fail(std::string_view text, const std::string& why) {
    throw std::invalid_argument("cannot read the output '" + std::string(text.substr(0, 80)) + "': " + why);
}

}  // namespace

std::size_t output_column(const CentreModel& model, std::string_view text) {
    const std::string_view s = trim(text);
    const auto open = s.find('[');
    const std::string_view name = trim(s.substr(0, open));
    if (open == std::string_view::npos) {
        if (const auto m = trial_metric_by_name(name)) return model.output_index(*m);
        if (metric_by_name(name))
            fail(text, "a yearly output needs its year, e.g. " + std::string(name) + "[2030] or " + std::string(name) +
                           "[last]");
        fail(text, "expected an output name of the CSV report, e.g. annual_result[2030] or largest_cash_gap");
    }
    const auto metric = metric_by_name(name);
    if (!metric) fail(text, "expected a yearly output of the CSV report, e.g. annual_result[2030]");
    if (s.back() != ']') fail(text, "expected METRIC[YEAR]");
    const std::string_view year_text = trim(s.substr(open + 1, s.size() - open - 2));
    const Calendar& calendar = model.calendar();
    if (year_text == "last") return CentreModel::output_index(calendar.years() - 1, *metric);
    int year = 0;
    const auto [end, error] = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
    if (error != std::errc() || end != year_text.data() + year_text.size())
        fail(text, "expected a year or 'last' in [ ]");
    const int index = year - calendar.calendar_year(0);
    if (index < 0 || index >= calendar.years())
        fail(text, "the year lies outside the horizon, " + std::to_string(calendar.calendar_year(0)) + " to " +
                       std::to_string(calendar.calendar_year(calendar.years() - 1)));
    return CentreModel::output_index(index, *metric);
}

}  // namespace mvzsim::models
