#include "cli/report/sections.h"

#include <algorithm>

namespace mvzsim::cli::report {

std::vector<std::pair<int, int>> year_chunks(int years) {
    std::vector<std::pair<int, int>> chunks;
    // Equal tables rather than a full one and a stub: 12 years are 6 + 6, not 10 + 2.
    const int tables = (years + kYearsPerTable - 1) / kYearsPerTable;
    for (int t = 0, first = 0; t < tables; ++t) {
        const int last = first + (years - first + (tables - t) - 1) / (tables - t);
        chunks.emplace_back(first, last);
        first = last;
    }
    return chunks;
}

std::vector<std::string> year_header(const ReportData& d, int first, int last, std::string first_column) {
    std::vector<std::string> header = {std::move(first_column)};
    for (int y = first; y < last; ++y) {
        const auto& year = d.projection.years[static_cast<std::size_t>(y)];
        header.push_back(std::to_string(year.year) + (year.months < 12 ? "*" : ""));
    }
    return header;
}

std::string partial_year_note(const ReportData& d, const Words& w) {
    const auto& first = d.projection.years.front();
    if (first.months >= 12) return {};
    return w(Label::partial_year_note, first.year, first.months, w.month(d.spec.opening));
}

Document build_document(const ReportData& d, Lang lang) {
    const Words w(lang);
    Document doc;
    doc.lang = lang == Lang::de ? "de" : "en";
    doc.title = w(Label::doc_title, d.provenance.scenario_name);
    doc.subtitle = w(Label::doc_subtitle, w.date(d.date), d.provenance.version);
    doc.sections.push_back(summary_section(d, w));
    doc.sections.push_back(income_section(d, w));
    doc.sections.push_back(liquidity_section(d, w));
    if (auto s = investment_section(d, w)) doc.sections.push_back(std::move(*s));
    doc.sections.push_back(balance_section(d, w));
    if (auto s = breakeven_section(d, w)) doc.sections.push_back(std::move(*s));
    if (auto s = sensitivity_section(d, w)) doc.sections.push_back(std::move(*s));
    if (auto s = compare_section(d, w)) doc.sections.push_back(std::move(*s));
    doc.sections.push_back(assumptions_section(d, w));
    doc.sections.push_back(provenance_section(d, w));
    return doc;
}

}  // namespace mvzsim::cli::report
