#pragma once
// How a command chooses its output format: --format if given, else the extension of --output
// (.csv, .json, .xlsx, .html, .pdf), else the command's default. A --format that contradicts the
// extension (-f csv -o x.xlsx) is a usage error, found before anything runs.
#include <optional>
#include <span>
#include <string>

#include "cli/report.h"
#include "cli/report/lang.h"

namespace mvzsim::cli {

// The format an output file's extension names (case-insensitive; .htm is HTML), or nullopt.
std::optional<Format> format_from_extension(const std::string& path);

struct FormatChoice {
    Format format = Format::table;
    std::string error;  // non-empty: a usage error, to be reported as it is
};

// `given`: the --format text, if any; `accepted`: what the command writes, its default first.
FormatChoice choose_format(const std::optional<std::string>& given, const std::string& output,
                           std::span<const Format> accepted);

// The CSV dialect: "en" (comma, decimal point, full precision: for programs; the default) or
// "de" (semicolon, decimal comma, rounded, UTF-8 with BOM: for German Excel).
enum class CsvDialect { en, de };
std::optional<CsvDialect> parse_csv_dialect(const std::string& text);

// The language of a report: --lang if given, else German for the council report (HTML, PDF,
// XLSX) and the German CSV, English for the terminal table, the English CSV and JSON.
report::Lang default_lang(Format format, CsvDialect dialect);

}  // namespace mvzsim::cli
