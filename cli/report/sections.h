#pragma once
// The sections of a report, built from its data in one language. Each returns the page (HTML)
// and the sheet (XLSX) of one topic; build_document puts them in the order a council paper's
// annex has them. A later analysis (e.g. a scenario comparison) adds its builder here.
#include <optional>
#include <utility>
#include <vector>

#include "cli/report/document.h"
#include "cli/report/report_data.h"
#include "cli/report/words.h"

namespace mvzsim::cli::report {

Section summary_section(const ReportData& d, const Words& w);                     // Entscheidungsvorlage
Section income_section(const ReportData& d, const Words& w);                      // Ergebnisplan
Section liquidity_section(const ReportData& d, const Words& w);                   // Liquiditätsplan
std::optional<Section> investment_section(const ReportData& d, const Words& w);   // when there are any
Section balance_section(const ReportData& d, const Words& w);                     // Planbilanz
std::optional<Section> breakeven_section(const ReportData& d, const Words& w);    // when searched
std::optional<Section> compare_section(const ReportData& d, const Words& w);      // Vergleich der Varianten
std::optional<Section> sensitivity_section(const ReportData& d, const Words& w);  // Was das Ergebnis treibt
Section assumptions_section(const ReportData& d, const Words& w);                 // Annahmenkatalog
Section provenance_section(const ReportData& d, const Words& w);                  // Provenienz

Document build_document(const ReportData& d, Lang lang);

// Shared by the builders.
inline constexpr int kYearsPerTable = 10;  // columns that fit an A4 page in portrait
// [first, last) year indices of each table when the horizon has more years than fit one.
std::vector<std::pair<int, int>> year_chunks(int years);
// "2027" for each year of [first, last), marked "2027*" when it is a partial year.
std::vector<std::string> year_header(const ReportData& d, int first, int last, std::string first_column);
// The note that explains the "*" of a partial first year, or empty.
std::string partial_year_note(const ReportData& d, const Words& w);
// A row: a label, then one cell per year of [first, last).
template <class F>
Row year_row(std::string label, int first, int last, F cell, RowStyle style = RowStyle::normal) {
    Row r{{Cell::of(std::move(label))}, style};
    for (int y = first; y < last; ++y) r.cells.push_back(cell(y));
    return r;
}

}  // namespace mvzsim::cli::report
