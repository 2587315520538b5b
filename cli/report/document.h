#pragma once
// A report as a list of sections, each with what the HTML (and PDF) page shows and what its
// spreadsheet sheet holds. Writers render it; section builders fill it. A new analysis (e.g. the
// tornado of a sensitivity analysis, a comparison of scenarios) is one more section.
#include <string>
#include <variant>
#include <vector>

namespace mvzsim::cli::report {

// How a number is shown. Cells hold values in their natural unit (EUR, a share 0..1, FTE, ...).
enum class NumberKind {
    eur_thousand,  // EUR, shown in EUR thousand with one decimal (T€)
    eur,           // EUR, shown to the euro
    eur_cent,      // EUR, shown to the cent
    percent,       // a share 0..1, shown as a percentage with one decimal
    count,         // a whole number (cases, trials)
    decimal1,      // one decimal (cases per month, months)
    decimal2,      // two decimals (FTE)
    year,          // a calendar year, no thousands separator
    plain,         // as it is, up to four decimals (parameters of mixed units)
};

struct Cell {
    enum class Type { empty, text, number };
    Type type = Type::empty;
    std::string text;
    double value = 0.0;
    NumberKind kind = NumberKind::eur_thousand;
    std::string sub;     // a second, smaller line under a text (e.g. the key path under a label)
    bool right = false;  // a text of figures (a range "1,0 … 2,0"): aligned like numbers
    bool code = false;   // a command line, set in a fixed-width font

    static Cell of(std::string s, std::string sub = {}) {
        return {Type::text, std::move(s), 0.0, NumberKind::eur_thousand, std::move(sub), false, false};
    }
    static Cell of(double v, NumberKind k) { return {Type::number, {}, v, k, {}, false, false}; }
    static Cell figures(std::string s) {
        return {Type::text, std::move(s), 0.0, NumberKind::eur_thousand, {}, true, false};
    }
    static Cell command(std::string s) {
        return {Type::text, std::move(s), 0.0, NumberKind::eur_thousand, {}, false, true};
    }
};

enum class RowStyle {
    normal,
    total,   // a sum or result line: bold, rule above
    detail,  // a line under the one above (e.g. its P5-P95 range): small, grey
    heading  // a group heading within the table
};

struct Row {
    std::vector<Cell> cells;
    RowStyle style = RowStyle::normal;
};

struct Table {
    std::string caption;              // above the table; also the title of a block on a sheet
    std::vector<std::string> header;  // one per column
    std::vector<Row> rows;
    std::vector<std::string> notes;  // sentences under the table
    bool compact = false;            // many columns: smaller type in print
};

struct Paragraph {
    std::string text;
};

// A key figure of the summary: a label, the figure, and one sentence on how to read it; `number`
// is the figure as a number for the spreadsheet, where it has one.
struct KeyFigure {
    std::string label, value, reading;
    Cell number = {};
};
struct KeyFigures {
    std::vector<KeyFigure> figures;
};

// An inline SVG drawing (drawn by mvzsim: no external assets).
struct Figure {
    std::string caption;
    std::string svg;
};

using Block = std::variant<Paragraph, KeyFigures, Table, Figure>;

struct Section {
    // HTML id, stable: summary, income, liquidity, investment, balance, breakeven, assumptions, provenance, ...
    std::string id;
    std::string title;
    std::vector<Block> blocks;  // the page
    std::string sheet_name;     // the spreadsheet sheet, empty for none (at most 31 characters)
    std::vector<Table> sheet;   // the sheet's tables, one under another
    bool landscape = false;     // wide tables: printed on A4 landscape pages
};

struct Document {
    std::string title, subtitle;
    std::string lang;  // "de" or "en", for <html lang>
    std::vector<Section> sections;
};

}  // namespace mvzsim::cli::report
