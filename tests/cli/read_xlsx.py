"""Prints every cell of an XLSX workbook for the tests, one per line:
    cell<TAB>SHEET<TAB>ROW<TAB>COLUMN<TAB>n|s<TAB>VALUE<TAB>NUMBER FORMAT
and one line per sheet: freeze<TAB>SHEET<TAB>CELL. Needs Debian's python3-openpyxl
(/usr/bin/python3). Exit 3 when openpyxl is missing."""
import sys

try:
    import openpyxl
except ImportError:
    sys.exit(3)

book = openpyxl.load_workbook(sys.argv[1])
for sheet in book.worksheets:
    print(f"freeze\t{sheet.title}\t{sheet.freeze_panes or ''}")
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            kind = "n" if isinstance(cell.value, (int, float)) else "s"
            value = repr(float(cell.value)) if kind == "n" else str(cell.value).replace("\t", " ").replace("\n", " ")
            print(f"cell\t{sheet.title}\t{cell.row}\t{cell.column}\t{kind}\t{value}\t{cell.number_format}")
