#include "cli/output_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "models/text/scanner.h"

namespace mvzsim::cli {
namespace {

std::string list(std::span<const Format> formats) {
    std::string out;
    for (std::size_t i = 0; i < formats.size(); ++i)
        out += std::string(i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + format_name(formats[i]);
    return out;
}

bool accepts(std::span<const Format> accepted, Format f) {
    return std::find(accepted.begin(), accepted.end(), f) != accepted.end();
}

}  // namespace

std::optional<Format> format_from_extension(const std::string& path) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return std::nullopt;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == "htm") return Format::html;
    return parse_format(ext);
}

FormatChoice choose_format(const std::optional<std::string>& given, const std::string& output,
                           std::span<const Format> accepted) {
    // (A plain value and a flag: GCC 12 warns of an uninitialised std::optional<enum> here.)
    const std::optional<Format> named = output.empty() ? std::nullopt : format_from_extension(output);
    const bool has_extension = named.has_value();
    const Format extension = named.value_or(Format::table);
    FormatChoice c;
    if (given) {
        const auto f = parse_format(*given);
        if (!f || !accepts(accepted, *f)) {
            c.error = fmt::format("--format must be {} (got {})", list(accepted), models::excerpt(*given));
            return c;
        }
        if (has_extension && extension != *f) {
            c.error = fmt::format("--format {} contradicts the extension of --output {} (a {} file); drop one of them",
                                  *given, output, format_name(extension));
            return c;
        }
        c.format = *f;
    } else if (has_extension) {
        if (!accepts(accepted, extension)) {
            c.error = fmt::format("cannot write {}: this command writes {}", output, list(accepted));
            return c;
        }
        c.format = extension;
    } else {
        c.format = accepted.front();
    }
    if ((c.format == Format::xlsx || c.format == Format::pdf) && output.empty())
        c.error = fmt::format("{} is a binary file: give the file to write with --output, e.g. -o report.{}",
                              format_name(c.format), format_name(c.format));
    return c;
}

std::optional<CsvDialect> parse_csv_dialect(const std::string& text) {
    if (text == "en") return CsvDialect::en;
    if (text == "de") return CsvDialect::de;
    return std::nullopt;
}

report::Lang default_lang(Format format, CsvDialect dialect) {
    if (is_document(format)) return report::Lang::de;
    if (format == Format::csv && dialect == CsvDialect::de) return report::Lang::de;
    return report::Lang::en;
}

}  // namespace mvzsim::cli
