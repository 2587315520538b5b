#include "cli/report/html_writer.h"

#include <fmt/format.h>

#include "cli/report/charts.h"
#include "cli/report/html_style.h"

namespace mvzsim::cli::report {
namespace {

struct Writer {
    const NumberStyle& style;
    std::string out;

    void text(const std::string& s) { out += xml_escape(s); }

    void paragraph(const Paragraph& p) {
        out += "<p>";
        text(p.text);
        out += "</p>\n";
    }

    void key_figures(const KeyFigures& k) {
        out += "<table class=\"keys\"><tbody>\n";
        for (const auto& f : k.figures) {
            out += "<tr><td class=\"label\">";
            text(f.label);
            out += "</td><td class=\"value\">";
            text(f.value);
            out += "</td><td class=\"reading\">";
            text(f.reading);
            out += "</td></tr>\n";
        }
        out += "</tbody></table>\n";
    }

    void cell(const Cell& c, const char* tag) {
        const bool number = c.type == Cell::Type::number || c.right;
        out += fmt::format("<{}{}>", tag, number ? " class=\"num\"" : "");
        if (c.code)
            command(c.text);
        else
            text(cell_text(c, style));
        if (!c.sub.empty()) {
            out += "<span class=\"sub\">";
            text(c.sub);
            out += "</span>";
        }
        out += fmt::format("</{}>", tag);
    }

    // A command line that wraps only between its options ("--doctors 1..6" stays together).
    void command(const std::string& line) {
        out += "<code>";
        std::size_t start = 0;
        while (start < line.size()) {
            std::size_t next = line.find(" --", start + 1);
            if (next == std::string::npos) next = line.size();
            out += "<span>";
            text(line.substr(start, next - start));
            out += "</span> ";
            start = next + (next < line.size() ? 1 : 0);
        }
        out += "</code>";
    }

    // Whether column `c` holds figures (its header is then aligned with them).
    static bool figures_column(const Table& t, std::size_t c) {
        for (const auto& r : t.rows)
            if (r.style != RowStyle::heading && c < r.cells.size() && r.cells[c].type != Cell::Type::empty &&
                !(r.cells[c].type == Cell::Type::text && r.cells[c].text.empty()))
                return r.cells[c].type == Cell::Type::number || r.cells[c].right;
        return false;
    }

    void table(const Table& t) {
        out += t.compact ? "<table class=\"compact\">" : "<table>";
        if (!t.caption.empty()) {
            out += "<caption>";
            text(t.caption);
            out += "</caption>";
        }
        out += "\n<thead><tr>";
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            out += c == 0 ? "<th>" : figures_column(t, c) ? "<th class=\"num\">" : "<th class=\"text\">";
            text(t.header[c]);
            out += "</th>";
        }
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& r : t.rows) {
            static constexpr const char* kClass[] = {"", " class=\"total\"", " class=\"detail\"", " class=\"heading\""};
            out += fmt::format("<tr{}>", kClass[static_cast<int>(r.style)]);
            if (r.style == RowStyle::heading) {
                out += fmt::format("<td colspan=\"{}\">", t.header.size());
                text(r.cells.empty() ? "" : r.cells[0].text);
                out += "</td>";
            } else {
                for (const auto& c : r.cells) cell(c, "td");
            }
            out += "</tr>\n";
        }
        out += "</tbody></table>\n";
        if (!t.notes.empty()) {
            out += "<ul class=\"notes\">";
            for (const auto& n : t.notes) {
                out += "<li>";
                text(n);
                out += "</li>";
            }
            out += "</ul>\n";
        }
    }

    void figure(const Figure& f) {
        out += "<figure><figcaption>";
        text(f.caption);
        out += "</figcaption>\n" + f.svg + "\n</figure>\n";
    }

    void section(const Section& s) {
        out += fmt::format("<section id=\"{}\"{}>\n<h2>", s.id, s.landscape ? " class=\"wide\"" : "");
        text(s.title);
        out += "</h2>\n";
        for (std::size_t i = 0; i < s.blocks.size(); ++i) {
            // Charts that follow one another stand side by side.
            if (std::holds_alternative<Figure>(s.blocks[i])) {
                std::size_t end = i;
                while (end < s.blocks.size() && std::holds_alternative<Figure>(s.blocks[end])) ++end;
                out += end - i > 1 ? "<div class=\"figures\">\n" : "<div class=\"figure\">\n";
                for (; i < end; ++i) figure(std::get<Figure>(s.blocks[i]));
                out += "</div>\n";
                --i;
                continue;
            }
            std::visit(
                [&](const auto& x) {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, Paragraph>)
                        paragraph(x);
                    else if constexpr (std::is_same_v<T, KeyFigures>)
                        key_figures(x);
                    else if constexpr (std::is_same_v<T, Table>)
                        table(x);
                },
                s.blocks[i]);
        }
        out += "</section>\n";
    }
};

}  // namespace

std::string cell_text(const Cell& c, const NumberStyle& style) {
    if (c.type != Cell::Type::number) return c.text;
    switch (c.kind) {
        case NumberKind::eur_thousand:
            return format_thousand(c.value, style);
        case NumberKind::eur:
            return format_number(c.value, 0, style);
        case NumberKind::eur_cent:
            return format_number(c.value, 2, style);
        case NumberKind::percent:
            return format_percent(c.value, 1, style);
        case NumberKind::count:
            return format_number(c.value, 0, style);
        case NumberKind::decimal1:
            return format_number(c.value, 1, style);
        case NumberKind::decimal2:
            return format_number(c.value, 2, style);
        case NumberKind::year:
            return fmt::format("{:.0f}", c.value);
        case NumberKind::plain:
            break;
    }
    const std::string fixed = format_number(c.value, 4, style);
    // Trailing zeros of the decimals say nothing for a parameter: 0,2100 -> 0,21.
    const auto mark = fixed.find(style.decimal);
    if (mark == std::string::npos) return fixed;
    auto end = fixed.find_last_not_of('0');
    if (end == mark) end = mark - 1;
    return fixed.substr(0, end + 1);
}

std::string write_html(const Document& doc, const NumberStyle& style) {
    Writer w{style, {}};
    w.out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>", doc.lang);
    w.text(doc.title);
    w.out += "</title>\n<style>" + std::string(kReportCss) + "</style>\n</head>\n<body>\n<header class=\"doc\"><h1>";
    w.text(doc.title);
    w.out += "</h1><p>";
    w.text(doc.subtitle);
    w.out += "</p></header>\n<nav class=\"toc\"><ol>";
    for (const auto& s : doc.sections) {
        w.out += fmt::format("<li><a href=\"#{}\">", s.id);
        w.text(s.title);
        w.out += "</a></li>";
    }
    w.out += "</ol></nav>\n";
    for (const auto& s : doc.sections) w.section(s);
    w.out += "<footer class=\"doc\">";
    w.text(doc.subtitle);
    w.out += "</footer>\n</body>\n</html>\n";
    return w.out;
}

}  // namespace mvzsim::cli::report
