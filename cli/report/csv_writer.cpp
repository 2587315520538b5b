#include "cli/report/csv_writer.h"

#include <fmt/format.h>

#include "cli/report/number_format.h"

namespace mvzsim::cli::report {
namespace {

// Decimals of each kind in the German CSV: cents for money, four for shares (0,8571 = 85,71 %).
int csv_decimals(NumberKind kind) {
    switch (kind) {
        case NumberKind::eur_thousand:
        case NumberKind::eur:
        case NumberKind::eur_cent:
            return 2;
        case NumberKind::percent:
        case NumberKind::plain:
            return 4;
        case NumberKind::decimal1:
            return 1;
        case NumberKind::decimal2:
            return 2;
        case NumberKind::count:
        case NumberKind::year:
            return 0;
    }
    return 4;
}

std::string field(const std::string& s, char separator) {
    if (s.find_first_of(std::string(1, separator) + "\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string line(const std::vector<std::string>& fields, char separator) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += separator;
        out += field(fields[i], separator);
    }
    return out + "\r\n";
}

}  // namespace

std::string csv_number(const Cell& c, CsvDialect dialect) {
    if (dialect == CsvDialect::en) return fmt::format("{}", c.value);
    const std::string text = format_number(c.value, csv_decimals(c.kind), csv_style(Lang::de));
    // Shares and parameters: trailing zeros of the decimals say nothing (0,2100 -> 0,21).
    if (c.kind != NumberKind::percent && c.kind != NumberKind::plain) return text;
    const auto comma = text.find(',');
    if (comma == std::string::npos) return text;
    auto end = text.find_last_not_of('0');
    return text.substr(0, end == comma ? comma : end + 1);
}

std::string write_csv(const std::vector<Table>& tables, const CsvProvenance& provenance, CsvDialect dialect) {
    const bool de = dialect == CsvDialect::de;
    const char separator = de ? ';' : ',';
    std::string out;
    if (de) {
        out = "\xEF\xBB\xBF";  // UTF-8 byte order mark: Excel then reads the file as UTF-8
    } else {
        out += "# " + provenance.comment + "\n";
    }
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (t > 0) out += de ? "\r\n" : "\n";
        std::string block = line(tables[t].header, separator);
        for (const auto& r : tables[t].rows) {
            std::vector<std::string> fields;
            for (const auto& c : r.cells)
                fields.push_back(c.type == Cell::Type::number ? csv_number(c, dialect) : c.text);
            block += line(fields, separator);
        }
        if (!de) std::erase(block, '\r');
        out += block;
    }
    if (de) {
        out += "\r\n" + line({provenance.title}, separator);
        for (const auto& [key, value] : provenance.rows) out += line({key, value}, separator);
    }
    return out;
}

}  // namespace mvzsim::cli::report
