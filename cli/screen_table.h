#pragma once
// The table of `mvzsim screen`: one row per municipality, read from a CSV file whose header names
// what each column sets (internal to cli/). Columns:
//   name            the municipality (required, unique)
//   template        a scenario file (relative to the table's folder) for this row; empty: the
//                   command line's TEMPLATE
//   info:LABEL      carried to the output as it is (e.g. info:distance_km), never read
//   KEY.PATH        any other column: a value of the template, in the syntax of --set
//                   (premises.rent_eur_per_m2_per_month, doctors[gp-2].fte,
//                   billing.cases_per_fte_per_quarter with "{pert: [600, 800, 950]}"); an empty
//                   cell keeps the template's value
// Lines starting with '#' are comments. The separator is ',' or, when the header has ';' and no
// ',', ';' (German Excel), and then a number with a decimal comma (12,5) is read as 12.5. Fields
// may be quoted ("..." with "" for a quote) to hold the separator.
#include <string>
#include <vector>

#include "scenarios/diagnostics.h"

namespace mvzsim::cli {

struct TableCell {
    std::string text;
    int column = 0;  // 1-based byte column of the text's first character in its line
};

struct TableColumn {
    enum class Kind { name, template_file, info, key };
    Kind kind = Kind::key;
    std::string header;  // as written (for info columns: without "info:")
    int column = 0;      // 1-based column of the header in its line
};

struct TableRow {
    int line = 0;  // 1-based line of the row in the file
    std::vector<TableCell> cells;
};

struct MunicipalityTable {
    std::string file;
    std::string bytes;  // the file's bytes, for its SHA-256
    int header_line = 0;
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;

    // The index of the column of `kind` (name, template_file), or -1.
    int index_of(TableColumn::Kind kind) const;
};

// At most this many municipalities in one table.
inline constexpr std::size_t kMaxMunicipalities = 2000;

// Reads and checks the table; throws scenarios::InputError with every problem found, each with
// the file, line and column.
MunicipalityTable read_municipality_table(const std::string& file);
// The same for text in memory (`file` names it in messages).
MunicipalityTable parse_municipality_table(const std::string& file, const std::string& text);

}  // namespace mvzsim::cli
