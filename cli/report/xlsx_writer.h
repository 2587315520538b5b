#pragma once
// A report as an Excel workbook (libxlsxwriter): one sheet per section that has one, its tables
// one under another; numbers stay numbers with number formats (Excel shows them in the reader's
// locale), money in EUR shown as T€, header rows frozen, column widths that fit.
#include <string>

#include "cli/report/document.h"

namespace mvzsim::cli::report {

// The workbook's bytes. Throws std::runtime_error when libxlsxwriter fails.
std::string write_xlsx(const Document& doc);

}  // namespace mvzsim::cli::report
