#pragma once
// A report as one self-contained HTML file: inline CSS and inline SVG, no scripts, no external
// assets; laid out for A4 when printed (page breaks between sections, wide tables in landscape).
#include <string>

#include "cli/report/document.h"
#include "cli/report/number_format.h"

namespace mvzsim::cli::report {

std::string write_html(const Document& doc, const NumberStyle& style);

// A number cell as the page shows it (T€ with one decimal, percent, ...).
std::string cell_text(const Cell& cell, const NumberStyle& style);

}  // namespace mvzsim::cli::report
