#pragma once
// The stylesheet of the HTML report (inline in the file): A4 pages, landscape pages for the wide
// plans, tables with figures aligned, page breaks between sections.

namespace mvzsim::cli::report {

inline constexpr const char* kReportCss = R"css(
@page { size: A4 portrait; margin: 15mm 14mm 16mm 14mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 9pt;
       line-height: 1.35; color: #111; margin: 0 auto; max-width: 270mm; padding: 0 6mm; }
header.doc { border-bottom: 2px solid #08306b; margin: 6mm 0 4mm 0; padding-bottom: 2mm; }
header.doc h1 { font-size: 15pt; margin: 0 0 1mm 0; color: #08306b; }
header.doc p { margin: 0; color: #444; }
nav.toc { font-size: 8.5pt; margin: 0 0 4mm 0; }
nav.toc ol { margin: 0; padding-left: 5mm; columns: 2; }
section { break-before: page; page-break-before: always; }
section:first-of-type { break-before: auto; page-break-before: auto; }
section.wide { page: wide; }
h2 { font-size: 13pt; color: #08306b; margin: 0 0 3mm 0; padding-top: 2mm; }
h3 { font-size: 10pt; margin: 4mm 0 1.5mm 0; }
p { margin: 0 0 2mm 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1mm 0; font-variant-numeric: tabular-nums; }
table.compact { font-size: 7.6pt; }
caption { text-align: left; font-weight: bold; padding: 2mm 0 1mm 0; caption-side: top; }
thead { display: table-header-group; }
th { background: #deebf7; text-align: right; padding: 1mm 1.2mm; border-bottom: 1px solid #08306b; font-weight: bold; }
th:first-child { text-align: left; }
td { padding: 0.6mm 1.2mm; border-bottom: 0.5px solid #ddd; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
th.text { text-align: left; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 85%; }
code span { white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.total td { font-weight: bold; border-top: 1px solid #555; }
tr.detail td { font-size: 85%; color: #666; border-bottom: 0.5px solid #bbb; padding-top: 0; }
tr.heading td { font-weight: bold; background: #f2f2f2; padding-top: 1.2mm; }
td .sub { display: block; font-family: "DejaVu Sans Mono", monospace; font-size: 80%; color: #666; }
p.note, ul.notes { font-size: 8pt; color: #444; }
ul.notes { margin: 0 0 3mm 0; padding-left: 4mm; }
table.keys { table-layout: fixed; margin-bottom: 3mm; }
table.keys td { padding: 1.2mm 1.5mm; border-bottom: 0.5px solid #ccc; }
table.keys td.label { font-weight: bold; width: 29%; }
table.keys td.value { font-weight: bold; font-size: 10pt; text-align: right; color: #08306b; width: 21%; }
table.keys td.reading { font-size: 8pt; color: #333; width: 50%; }
figure { margin: 2mm 0 4mm 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-height: 75mm; }
div.figures { display: flex; gap: 4mm; break-inside: avoid; }
div.figures figure { flex: 1 1 0; min-width: 0; }
div.figure figure { max-width: 190mm; }
figcaption { font-weight: bold; margin-bottom: 1mm; }
footer.doc { font-size: 7.5pt; color: #666; margin-top: 6mm; border-top: 0.5px solid #ccc; padding-top: 1mm; }
@media print { body { max-width: none; padding: 0; } nav.toc { display: none; } }
)css";

}  // namespace mvzsim::cli::report
