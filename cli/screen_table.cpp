#include "cli/screen_table.h"

#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

namespace mvzsim::cli {
namespace {

using scenarios::Diagnostic;

struct Line {
    int number = 0;
    std::string text;
};

// The lines of `text` that are neither blank nor comments, without their line ends (and the
// UTF-8 byte order mark Excel writes).
std::vector<Line> content_lines(std::string text) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    std::vector<Line> lines;
    std::istringstream in(text);
    std::string l;
    for (int n = 1; std::getline(in, l); ++n) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        const auto start = l.find_first_not_of(" \t");
        if (start == std::string::npos || l[start] == '#') continue;
        lines.push_back({n, l});
    }
    return lines;
}

// Splits a line at `separator` outside quotes; a problem goes to `problems`.
std::vector<TableCell> split(const Line& l, char separator, const std::string& file,
                             std::vector<Diagnostic>& problems) {
    std::vector<TableCell> cells;
    std::size_t i = 0;
    const std::string& s = l.text;
    while (true) {
        while (i < s.size() && s[i] == ' ') ++i;
        TableCell cell{{}, static_cast<int>(i) + 1};
        if (i < s.size() && s[i] == '"') {
            cell.column = static_cast<int>(i) + 2;
            std::size_t j = i + 1;
            bool closed = false;
            for (; j < s.size(); ++j) {
                if (s[j] != '"') {
                    cell.text += s[j];
                } else if (j + 1 < s.size() && s[j + 1] == '"') {
                    cell.text += '"';
                    ++j;
                } else {
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                problems.push_back({file, l.number, static_cast<int>(i) + 1, "",
                                    "a quoted field is not closed (expected a \" before the end of the line)"});
                return cells;
            }
            i = j + 1;
            while (i < s.size() && s[i] == ' ') ++i;
            if (i < s.size() && s[i] != separator) {
                problems.push_back({file, l.number, static_cast<int>(i) + 1, "",
                                    fmt::format("expected '{}' after a quoted field", separator)});
                return cells;
            }
        } else {
            const auto end = std::min(s.find(separator, i), s.size());
            cell.text = s.substr(i, end - i);
            while (!cell.text.empty() && cell.text.back() == ' ') cell.text.pop_back();
            i = end;
        }
        cells.push_back(std::move(cell));
        if (i >= s.size()) return cells;
        ++i;  // the separator
    }
}

// "12,5" -> "12.5" in a table separated by ';' (German Excel writes decimal commas).
void decimal_comma(std::string& text) {
    const auto comma = text.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == text.size()) return;
    std::size_t start = text[0] == '-' ? 1 : 0;
    for (std::size_t k = start; k < text.size(); ++k)
        if (k != comma && (text[k] < '0' || text[k] > '9')) return;
    if (comma == start) return;
    text[comma] = '.';
}

TableColumn column_of(const TableCell& c) {
    TableColumn col{TableColumn::Kind::key, c.text, c.column};
    if (c.text == "name") col.kind = TableColumn::Kind::name;
    if (c.text == "template") col.kind = TableColumn::Kind::template_file;
    if (c.text.rfind("info:", 0) == 0) {
        col.kind = TableColumn::Kind::info;
        col.header = c.text.substr(5);
    }
    return col;
}

void check_header(const MunicipalityTable& t, std::vector<Diagnostic>& problems) {
    std::set<std::string> seen;
    for (const auto& c : t.columns) {
        if (c.header.empty())
            problems.push_back({t.file, t.header_line, c.column, "",
                                "expected a column name: name, template, info:LABEL or a key path of the scenario "
                                "such as premises.rent_eur_per_m2_per_month"});
        else if (!seen.insert(c.header).second)
            problems.push_back({t.file, t.header_line, c.column, c.header, "this column is named twice"});
    }
    if (t.index_of(TableColumn::Kind::name) < 0)
        problems.push_back({t.file, t.header_line, 1, "",
                            "expected a column 'name' (the municipality), e.g. the header "
                            "name,premises.rent_eur_per_m2_per_month"});
}

void check_rows(const MunicipalityTable& t, std::vector<Diagnostic>& problems) {
    const int name = t.index_of(TableColumn::Kind::name);
    std::set<std::string> names;
    for (const auto& r : t.rows) {
        if (name < 0 || r.cells.size() != t.columns.size()) continue;
        const TableCell& c = r.cells[static_cast<std::size_t>(name)];
        if (c.text.empty())
            problems.push_back(
                {t.file, r.line, c.column, "name", "expected the municipality's name (got an empty cell)"});
        else if (!names.insert(c.text).second)
            problems.push_back({t.file, r.line, c.column, "name",
                                fmt::format("'{}' is named twice: each municipality once", c.text.substr(0, 60))});
    }
    if (t.rows.empty() && t.header_line > 0)
        problems.push_back({t.file, t.header_line, 1, "", "expected a row for each municipality after the header"});
    if (t.rows.size() > kMaxMunicipalities)
        problems.push_back({t.file, t.rows[kMaxMunicipalities].line, 1, "",
                            fmt::format("at most {} municipalities in one table", kMaxMunicipalities)});
}

}  // namespace

int MunicipalityTable::index_of(TableColumn::Kind kind) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].kind == kind) return static_cast<int>(i);
    return -1;
}

MunicipalityTable parse_municipality_table(const std::string& file, const std::string& text) {
    MunicipalityTable t;
    t.file = file;
    t.bytes = text;
    std::vector<Diagnostic> problems;
    const std::vector<Line> lines = content_lines(text);
    if (lines.empty())
        throw scenarios::InputError({{file, 0, 0, "",
                                      "the table is empty: expected a header line such as "
                                      "name,premises.rent_eur_per_m2_per_month and a row per "
                                      "municipality"}});
    const Line& head = lines[0];
    const bool semicolons = head.text.find(';') != std::string::npos && head.text.find(',') == std::string::npos;
    const char separator = semicolons ? ';' : ',';
    t.header_line = head.number;
    for (const auto& c : split(head, separator, file, problems)) t.columns.push_back(column_of(c));
    check_header(t, problems);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        TableRow row{lines[i].number, split(lines[i], separator, file, problems)};
        if (row.cells.size() != t.columns.size() && !row.cells.empty()) {
            problems.push_back({file, row.line, 1, "",
                                fmt::format("expected {} fields as the header has (got {}); a value with a '{}' "
                                            "must be quoted: \"{{pert: [600, 800, 950]}}\"",
                                            t.columns.size(), row.cells.size(), separator)});
        }
        if (semicolons)
            for (auto& c : row.cells) decimal_comma(c.text);
        t.rows.push_back(std::move(row));
    }
    check_rows(t, problems);
    if (!problems.empty()) throw scenarios::InputError(std::move(problems));
    return t;
}

MunicipalityTable read_municipality_table(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw scenarios::InputError({{file, 0, 0, "", "cannot read the table (no such file, or not readable)"}});
    std::ostringstream text;
    text << in.rdbuf();
    return parse_municipality_table(file, text.str());
}

}  // namespace mvzsim::cli
