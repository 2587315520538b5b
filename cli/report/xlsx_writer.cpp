#include "cli/report/xlsx_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "cli/report/temp_dir.h"

namespace mvzsim::cli::report {
namespace {

// Excel number formats (stored in the file in Excel's en-US syntax; Excel shows them in the
// reader's locale). Money is kept in EUR and shown in thousands by the trailing comma.
const char* number_format(NumberKind kind) {
    switch (kind) {
        case NumberKind::eur_thousand:
            return "#,##0.0,;-#,##0.0,";
        case NumberKind::eur:
            return "#,##0";
        case NumberKind::eur_cent:
            return "#,##0.00";
        case NumberKind::percent:
            return "0.0%";
        case NumberKind::count:
            return "#,##0";
        case NumberKind::decimal1:
            return "#,##0.0";
        case NumberKind::decimal2:
            return "#,##0.00";
        case NumberKind::year:
            return "0";
        case NumberKind::plain:
            return "General";
    }
    return "General";
}

// Display width in characters (UTF-8 code points).
std::size_t width_of(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

class Book {
public:
    explicit Book(const std::string& path) : book_(workbook_new(path.c_str())) {
        if (book_ == nullptr) throw std::runtime_error("cannot create the workbook");
        title_ = workbook_add_format(book_);
        format_set_bold(title_);
        format_set_font_size(title_, 13);
        caption_ = workbook_add_format(book_);
        format_set_bold(caption_);
        header_ = workbook_add_format(book_);
        format_set_bold(header_);
        format_set_bg_color(header_, 0xDEEBF7);
        format_set_bottom(header_, LXW_BORDER_THIN);
        format_set_text_wrap(header_);
        format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
        note_ = workbook_add_format(book_);
        format_set_italic(note_);
        format_set_font_color(note_, 0x555555);
        bold_text_ = workbook_add_format(book_);
        format_set_bold(bold_text_);
    }
    ~Book() {
        if (book_ != nullptr) workbook_close(book_);
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    void sheet(const Section& s, const std::string& doc_title) {
        lxw_worksheet* ws = workbook_add_worksheet(book_, s.sheet_name.substr(0, 31).c_str());
        if (ws == nullptr) throw std::runtime_error("cannot add the sheet " + s.sheet_name);
        widths_.clear();
        lxw_row_t row = 0;
        worksheet_write_string(ws, row++, 0, (s.title + " \u2013 " + doc_title).c_str(), title_);
        bool frozen = false;
        for (const Table& t : s.sheet) {
            ++row;
            if (!t.caption.empty()) worksheet_write_string(ws, row++, 0, t.caption.c_str(), caption_);
            for (std::size_t c = 0; c < t.header.size(); ++c) {
                worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), t.header[c].c_str(), header_);
                fit(c, c == 0 ? width_of(t.header[c]) : std::min<std::size_t>(width_of(t.header[c]), 14));
            }
            if (!frozen) {
                worksheet_freeze_panes(ws, row + 1, 1);  // the first table's header and first column stay in view
                frozen = true;
            }
            ++row;
            for (const Row& r : t.rows) write_row(ws, row++, r);
            for (const auto& n : t.notes) worksheet_write_string(ws, row++, 0, n.c_str(), note_);
        }
        for (const auto& [col, w] : widths_)
            worksheet_set_column(ws, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col),
                                 static_cast<double>(std::min<std::size_t>(w + 2, col == 0 ? 60 : 48)), nullptr);
    }

    void close() {
        const lxw_error e = workbook_close(book_);
        book_ = nullptr;
        if (e != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(e));
    }

private:
    lxw_format* number(NumberKind kind, bool bold) {
        const auto key = std::pair(static_cast<int>(kind), bold);
        if (const auto it = numbers_.find(key); it != numbers_.end()) return it->second;
        lxw_format* f = workbook_add_format(book_);
        format_set_num_format(f, number_format(kind));
        if (bold) format_set_bold(f);
        return numbers_[key] = f;
    }

    void write_row(lxw_worksheet* ws, lxw_row_t row, const Row& r) {
        const bool bold = r.style == RowStyle::total || r.style == RowStyle::heading;
        for (std::size_t c = 0; c < r.cells.size(); ++c) {
            const Cell& cell = r.cells[c];
            const auto col = static_cast<lxw_col_t>(c);
            if (cell.type == Cell::Type::number) {
                worksheet_write_number(ws, row, col, cell.value, number(cell.kind, bold));
                fit(c, 12);
            } else if (cell.type == Cell::Type::text && !cell.text.empty()) {
                worksheet_write_string(ws, row, col, cell.text.c_str(), bold ? bold_text_ : nullptr);
                fit(c, width_of(cell.text));
            }
        }
    }

    void fit(std::size_t col, std::size_t width) { widths_[col] = std::max(widths_[col], width); }

    lxw_workbook* book_;
    lxw_format *title_, *caption_, *header_, *note_, *bold_text_;
    std::map<std::pair<int, bool>, lxw_format*> numbers_;
    std::map<std::size_t, std::size_t> widths_;
};

}  // namespace

std::string write_xlsx(const Document& doc) {
    const TempDir dir;
    const std::string path = dir.path() + "/report.xlsx";
    {
        Book book(path);
        for (const Section& s : doc.sections)
            if (!s.sheet_name.empty() && !s.sheet.empty()) book.sheet(s, doc.title);
        book.close();
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (bytes.str().empty()) throw std::runtime_error("the workbook came out empty");
    return bytes.str();
}

}  // namespace mvzsim::cli::report
