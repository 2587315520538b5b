#pragma once
// The entries of the translation table (see labels.h): X(name, German, English).
// clang-format off
#define MVZSIM_REPORT_LABELS(X) \
    /* The document */ \
    X(doc_title, "Wirtschaftlichkeitsprognose: {}", "Economic projection: {}") \
    X(doc_subtitle, "Anlage zur Beschlussvorlage \u00b7 erstellt am {} mit mvzsim {}", "Annex to the council paper \u00b7 produced on {} with mvzsim {}") \
    X(partial_year_note, "* {}: {} Monate ab der Eröffnung im {}.", "* {}: {} months from the opening in {}.") \
    X(value_thousand, "{} T€", "{} T€") \
    X(never_in_horizon, "nicht im Horizont", "not within the horizon") \
    X(yes, "ja", "yes") \
    X(no, "nein", "no") \
    X(col_teur, "T€", "T€") \
    X(col_value, "Wert", "Value") \
    X(col_reading, "So ist die Zahl zu lesen", "How to read it") \
    X(col_setting, "Festlegung", "Setting") \
    X(col_statistic, "Kennzahl", "Statistic") \
    X(stat_mean, "Mittelwert", "Mean") \
    X(row_p5, "P5", "P5") \
    X(row_p25, "P25", "P25") \
    X(row_p50, "P50 (Median)", "P50 (median)") \
    X(row_p75, "P75", "P75") \
    X(row_p95, "P95", "P95") \
    X(row_p5_p95, "P5 \u2026 P95", "P5 \u2026 P95") \
    X(axis_teur, "T€", "T€") \
    X(legend_p5_p95, "P5\u2013P95: 90 % der Läufe", "P5\u2013P95: 90 % of trials") \
    X(legend_p25_p75, "P25\u2013P75: die mittlere Hälfte", "P25\u2013P75: the middle half") \
    X(legend_median, "Median (P50)", "Median (P50)") \
    /* Summary */ \
    X(summary_title, "Entscheidungsvorlage: Kernaussagen", "Summary for the decision") \
    X(sheet_summary, "Zusammenfassung", "Summary") \
    X(summary_intro, "{}: Projektion über {} Kalenderjahre ab der Eröffnung im {}, in {} Simulationsläufen, jeder mit eigener Ziehung aller unsicheren Annahmen. Beträge in T€ (tausend Euro). P50 ist der Median: die Hälfte der Läufe liegt darunter; unter P95 liegen 19 von 20 Läufen, unter P5 nur einer von 20.", "{}: projected over {} calendar years from the opening in {}, in {} trials, each with its own draw of every uncertain assumption. Amounts in T€ (EUR thousand). P50 is the median: half of the trials lie below it; 19 in 20 trials lie below P95, only 1 in 20 below P5.") \
    X(summary_key_figures, "Kernaussagen", "Key figures") \
    X(col_figure, "Kennzahl", "Figure") \
    X(col_number, "Zahl", "Number") \
    X(kf_subsidy, "Höchster jährlicher Zuschussbedarf (P95)", "Highest yearly subsidy need (P95)") \
    X(kf_subsidy_value, "{} T€ ({})", "{} T€ ({})") \
    X(kf_subsidy_reading, "Verlustausgleich des Trägers, der in diesem Jahr in 19 von 20 Läufen ausreicht (Median {} T€ im Jahr {}). Für den Haushaltsansatz ist P95 die vorsichtige Zahl; jedes Jahr steht in der Tabelle unten.", "The owner's loss compensation that suffices in 19 of 20 trials in that year (median {} T€ in {}). For the budget, P95 is the prudent figure; the table below gives every year.") \
    X(kf_subsidy_none, "0 T€", "0 T€") \
    X(kf_subsidy_none_reading, "In keinem Jahr braucht mehr als einer von 20 Läufen einen Verlustausgleich des Trägers.", "In no year do more than 1 in 20 trials need a loss compensation by the owner.") \
    X(kf_as_in_scenario, "(so im Szenario)", "(as in the scenario)") \
    X(kf_credit_with, "Kreditlinie oder Bürgschaft (P95) mit jährlichem Verlustausgleich", "Credit line or guarantee (P95) with yearly loss compensation") \
    X(kf_credit_with_reading, "Größte Liquiditätslücke, wenn der Träger jeden Jahresverlust im Dezember ausgleicht; reicht in 19 von 20 Läufen. Der Verlustausgleich (Zuschussbedarf) kommt hinzu: beide Beträge sind zu veranschlagen.", "Largest cash gap when the owner pays each year's loss in December; suffices in 19 of 20 trials. The loss compensation (subsidy need) comes on top: budget both.") \
    X(kf_credit_without, "Kreditlinie oder Bürgschaft (P95) ohne Verlustausgleich", "Credit line or guarantee (P95) without loss compensation") \
    X(kf_credit_without_reading, "Größte Liquiditätslücke, wenn die Verluste nicht ausgeglichen werden: sie enthält die aufgelaufenen Verluste. Nicht zum Zuschussbedarf addieren, sonst sind die Verluste doppelt gezählt.", "Largest cash gap when losses are not compensated: it contains the accumulated losses. Do not add it to the subsidy need, or the losses are counted twice.") \
    X(kf_loss, "Wahrscheinlichkeit eines Jahresverlusts", "Probability of a loss in the year") \
    X(kf_loss_value, "{} ({}) \u00b7 {} ({})", "{} ({}) \u00b7 {} ({})") \
    X(kf_loss_reading, "Anteil der Läufe mit negativem Jahresergebnis im ersten und im letzten Jahr; die Tabelle unten gibt jedes Jahr.", "Share of trials with a negative annual result in the first and the last year; the table below gives every year.") \
    X(kf_doctors, "Ärztliche Vollzeitstellen für ein ausgeglichenes Ergebnis", "Doctor FTE for a balanced result") \
    X(kf_doctors_not_run, "nicht berechnet", "not computed") \
    X(kf_doctors_not_run_reading, "Die Suche nach der nötigen Zahl ärztlicher Stellen lief nicht (--no-breakeven); mvzsim report ohne diese Option oder mvzsim breakeven rechnet sie.", "The search for the number of doctors needed was not run (--no-breakeven); mvzsim report without that option, or mvzsim breakeven, computes it.") \
    X(kf_doctors_at, "Ärztliche Vollzeitstellen (VZÄ) für {} Sicherheit", "Doctor FTE for {} confidence") \
    X(kf_doctors_value, "{} VZÄ", "{} FTE") \
    X(kf_doctors_reading, "Ab dieser Zahl ist das Jahresergebnis {} in {} der Läufe nicht negativ (95-%-Intervall {} bis {}); siehe Abschnitt Break-even.", "From this count the annual result {} is not negative in {} of trials (95 % interval {} to {}); see the break-even section.") \
    X(kf_doctors_none, "nicht erreicht ({} bis {} VZÄ)", "not reached ({} to {} FTE)") \
    X(kf_doctors_none_reading, "Keine untersuchte Zahl ärztlicher Stellen hat im Jahr {} in {} der Läufe ein nicht negatives Ergebnis; der Abschnitt Break-even nennt die fehlende Unterstützung.", "No count of doctors examined has a non-negative result in {} in {} of trials; the break-even section gives the support that is missing.") \
    X(kf_first_year, "Erstes Jahr mit ausgeglichenem Ergebnis", "First year with a balanced result") \
    X(kf_first_year_value, "{} (Median) \u00b7 {} (P95)", "{} (median) \u00b7 {} (P95)") \
    X(kf_first_year_reading, "Bis zu diesem Jahr hat die Hälfte (bzw. 19 von 20) der Läufe erstmals ein Jahresergebnis \u2265 0; in {} der Läufe geschieht das nie im Horizont.", "By this year half (or 19 in 20) of the trials have had their first annual result \u2265 0; in {} of trials this never happens within the horizon.") \
    X(kf_cumulative, "Kumuliertes Ergebnis bis Ende {}", "Cumulative result by the end of {}") \
    X(kf_range_value, "{} T€ ({} \u2026 {})", "{} T€ ({} \u2026 {})") \
    X(kf_cumulative_reading, "Median, in Klammern P5 bis P95; in {} der Läufe ist die Summe aller Jahresergebnisse am Ende negativ.", "Median, in brackets P5 to P95; in {} of trials the sum of all annual results is negative at the end.") \
    X(summary_by_year, "Je Jahr", "By year") \
    X(summary_by_year_reading, "Zuschussbedarf: der Verlustausgleich des Trägers, max(0, \u2212Jahresergebnis). Liquidität P5: in einem von 20 Läufen liegt der Kassenbestand zum Jahresende darunter.", "Subsidy need: the owner's loss compensation, max(0, \u2212annual result). Cash P5: in 1 of 20 trials the cash at year end lies below it.") \
    X(summary_double_count, "Zuschussbedarf und Kreditlinie ohne Verlustausgleich enthalten dieselben Verluste. Eine Beschlussvorlage nennt entweder den jährlichen Verlustausgleich und dazu die Kreditlinie mit Verlustausgleich, oder nur die Kreditlinie ohne Verlustausgleich.", "The subsidy need and the credit line without loss compensation contain the same losses. A council paper gives either the yearly loss compensation together with the credit line with loss compensation, or only the credit line without it.") \
    X(row_result_p50, "Jahresergebnis (P50)", "Annual result (P50)") \
    X(row_subsidy_p50, "Zuschussbedarf (P50)", "Subsidy need (P50)") \
    X(row_subsidy_p95, "Zuschussbedarf (P95)", "Subsidy need (P95)") \
    X(row_loss_probability, "Wahrscheinlichkeit eines Verlusts", "Probability of a loss") \
    X(row_cash_end_p5, "Liquidität zum Jahresende (P5)", "Cash at year end (P5)") \
    X(row_cash_end_p50, "Liquidität zum Jahresende (P50)", "Cash at year end (P50)") \
    X(row_cash_end_p95, "Liquidität zum Jahresende (P95)", "Cash at year end (P95)") \
    X(row_cash_min_p5, "Niedrigster Monatsendbestand (P5)", "Lowest month-end cash (P5)") \
    X(row_cash_min_p50, "Niedrigster Monatsendbestand (P50)", "Lowest month-end cash (P50)") \
    X(row_cash_negative, "Wahrscheinlichkeit negativer Liquidität im Jahr", "Probability of negative cash in the year") \
    /* Ergebnisplan */ \
    X(income_title, "Ergebnisplan", "Income statement (Ergebnisplan)") \
    X(sheet_income, "Ergebnisplan", "Income statement") \
    X(income_reading, "Je Zeile der Median (P50) über alle Läufe in T€, darunter klein der Bereich von P5 bis P95, in dem 90 % der Läufe liegen. Fälle und VZÄ als Anzahl. Zeilen, die in jedem Lauf null sind, fehlen.", "Each line gives the median (P50) over all trials in T€, below it in small type the range from P5 to P95 in which 90 % of the trials lie. Cases and FTE as numbers. Lines that are zero in every trial are left out.") \
    X(income_medians_do_not_add, "Mediane addieren sich nicht: der Median der Erlöse minus der Median der Kosten ist nicht der Median des Ergebnisses. Die Mittelwerte (Tabellenblatt Ergebnisplan der Excel-Datei) addieren sich.", "Medians do not add up: the median of revenue minus the median of costs is not the median of the result. The means (sheet Income statement of the Excel file) do.") \
    X(col_teur_p50, "T€, P50", "T€, P50") \
    X(income_sheet_reading, "Beträge werden in T€ angezeigt; die Zellen enthalten Euro, für eigene Rechnungen.", "Amounts are shown in T€; the cells hold euros, for your own calculations.") \
    X(col_line_item, "Position", "Line item") \
    X(group_performance, "Leistung", "Activity") \
    X(group_revenue, "Erlöse", "Revenue") \
    X(group_costs, "Aufwendungen", "Costs") \
    X(group_result, "Ergebnis", "Result") \
    X(chart_annual_result, "Jahresergebnis (T€)", "Annual result (T€)") \
    X(chart_cumulative_result, "Kumuliertes Ergebnis (T€)", "Cumulative result (T€)") \
    X(block_p50, "Median (P50), T€", "Median (P50), T€") \
    X(block_p5, "P5 (einer von 20 Läufen liegt darunter), T€", "P5 (1 in 20 trials lies below), T€") \
    X(block_p95, "P95 (19 von 20 Läufen liegen darunter), T€", "P95 (19 in 20 trials lie below), T€") \
    X(block_mean, "Mittelwert, T€", "Mean, T€") \
    /* Liquiditätsplan */ \
    X(liquidity_title, "Liquiditätsplan", "Cash plan (Liquiditätsplan)") \
    X(sheet_liquidity, "Liquidität", "Cash") \
    X(liquidity_reading, "Kassenbestand am Monatsende in T€ für die ersten {} Monate (P5, Median, P95), danach je Jahr. Negativ heißt: so viel müssen eine Kreditlinie oder der Träger vorstrecken.", "Month-end cash in T€ for the first {} months (P5, median, P95), then by year. Negative means: that much a credit line or the owner must advance.") \
    X(liquidity_with_compensation, "Die Zahlen enthalten den jährlichen Verlustausgleich des Trägers im Dezember (grants.loss_compensation_paid).", "The figures include the owner's yearly loss compensation in December (grants.loss_compensation_paid).") \
    X(liquidity_with_later_compensation, "Die Zahlen enthalten den Verlustausgleich des Trägers, jeweils im Monat {} des Folgejahres nach dem Jahresabschluss (grants.loss_compensation_month): bis dahin trägt die Liquidität den Verlust.", "The figures include the owner's loss compensation, paid in month {} of the following year after the annual accounts (grants.loss_compensation_month): until then the cash carries the loss.") \
    X(liquidity_without_compensation, "Die Zahlen enthalten keinen Verlustausgleich des Trägers (grants.loss_compensation_paid ist nicht gesetzt): Verluste mindern den Kassenbestand auf Dauer.", "The figures contain no loss compensation by the owner (grants.loss_compensation_paid is not set): losses reduce the cash for good.") \
    X(liquidity_monthly, "Kassenbestand am Monatsende", "Month-end cash") \
    X(liquidity_yearly, "Kassenbestand je Jahr", "Cash by year") \
    X(liquidity_gap, "Größte Liquiditätslücke (der tiefste negative Kassenbestand eines Laufs über den Horizont): im Mittel {} T€, Median {} T€, P95 {} T€. Eine Kreditlinie in Höhe des P95 reicht in 19 von 20 Läufen.", "Largest cash gap (a trial's deepest negative cash over the horizon): mean {} T€, median {} T€, P95 {} T€. A credit line of the P95 suffices in 19 of 20 trials.") \
    X(chart_monthly_cash, "Kassenbestand der ersten Monate (T€)", "Cash in the first months (T€)") \
    X(chart_yearly_cash, "Kassenbestand zum Jahresende (T€)", "Cash at year end (T€)") \
    X(chart_cash_gap, "Größte Liquiditätslücke über den Horizont", "Largest cash gap over the horizon") \
    X(axis_share_of_trials, "Anteil der Läufe (%)", "Share of trials (%)") \
    X(axis_cash_gap_teur, "Größte Liquiditätslücke (T€)", "Largest cash gap (T€)") \
    X(marker_p95, "P95: {} T€", "P95: {} T€") \
    /* Investitions- und Finanzierungsplan */ \
    X(inv_title, "Investitions- und Finanzierungsplan", "Investment and financing plan") \
    X(sheet_investment, "Investition und Finanzierung", "Investment and financing") \
    X(inv_uses, "Mittelverwendung: Investitionen", "Uses of funds: investments") \
    X(col_investment, "Investition", "Investment") \
    X(col_month, "Monat", "Month") \
    X(col_useful_life, "Nutzungsdauer (Jahre)", "Useful life (years)") \
    X(col_expected_teur, "Erwartungswert (T€)", "Expected (T€)") \
    X(inv_total, "Investitionsvolumen", "Investment volume") \
    X(inv_range, "P5 \u2026 P95: {} \u2026 {} T€", "P5 \u2026 P95: {} \u2026 {} T€") \
    X(inv_sources, "Mittelherkunft", "Sources of funds") \
    X(col_source_of_funds, "Mittel", "Funds") \
    X(col_terms, "Bedingungen", "Terms") \
    X(inv_equity, "Eigenkapital (Stammkapital und Kapitalrücklage)", "Equity (share capital and capital reserve)") \
    X(inv_injection, "Weitere Einzahlung in die Kapitalrücklage", "Further payment into the capital reserve") \
    X(inv_loan, "Darlehen {}", "Loan {}") \
    X(inv_loan_annuity, "{} Zins, {} Jahre, Annuität", "{} interest, {} years, annuity") \
    X(inv_loan_bullet, "{} Zins, {} Jahre, endfällig", "{} interest, {} years, bullet") \
    X(inv_loan_owner, "(Gesellschafterdarlehen)", "(shareholder loan)") \
    X(inv_grant, "Investitionszuschuss {}", "Investment grant {}") \
    X(inv_grant_terms, "{} der förderfähigen Kosten", "{} of eligible cost") \
    X(inv_grant_cap, "höchstens {} T€", "at most {} T€") \
    X(inv_grant_binding, "Zweckbindung {} Jahre", "binding for {} years") \
    X(inv_grants_total, "Investitionszuschüsse zusammen", "Investment grants in all") \
    X(inv_grants_expected, "Erwartungswert nach Deckelung", "expected, after caps") \
    X(inv_sources_total, "Mittel zusammen", "Funds in all") \
    X(inv_from_operations, "Aus laufender Liquidität oder Kreditlinie zu decken", "To be covered from cash or the credit line") \
    X(inv_surplus, "Mittel über den Investitionen (für den Betrieb)", "Funds beyond the investments (for operations)") \
    X(inv_credit_line, "Kreditlinie (Kontokorrent): Rahmen {} T€, {} Zins je Jahr.", "Credit line (overdraft): limit {} T€, {} interest a year.") \
    X(inv_reading, "Erwartungswerte über alle Läufe; Investitionszuschüsse nach ihren Deckelungen. Abschreibungen und die Auflösung der Zuschüsse stehen im Ergebnisplan, die Zahlungen im Liquiditätsplan.", "Expected values over all trials; investment grants after their caps. Depreciation and the release of grants are in the income statement, the payments in the cash plan.") \
    /* Planbilanz */ \
    X(bal_title, "Planbilanz", "Plan balance sheet (Planbilanz)") \
    X(sheet_balance, "Planbilanz", "Balance sheet") \
    X(bal_reading, "Die Bilanz zum Ende jedes Kalenderjahres (31. Dezember; im Jahr der Eröffnung nach deren ersten Monaten), gegliedert wie § 266 HGB: links, was die Gesellschaft hat (Aktiva), rechts, wem es zusteht (Passiva). Anlagevermögen zu Restbuchwerten (Anschaffungskosten abzüglich der Abschreibungen), Forderungen sind erbrachte, von KV und Privatpatienten noch nicht bezahlte Leistungen (abzüglich der Gebühren, die KV und Abrechnungsstelle einbehalten); der Sonderposten enthält die erhaltenen Investitionszuschüsse, soweit sie noch nicht mit den Abschreibungen als Ertrag aufgelöst sind.", "The balance sheet at the end of each calendar year (31 December; in the year of the opening after its first months), laid out as § 266 HGB orders it: on the left what the company has (assets), on the right to whom it is owed (equity and liabilities). Fixed assets at net book value (cost less depreciation); receivables are services rendered but not yet paid by the KV and private patients (net of the fees the KV and the billing service keep); the special item holds the investment grants received, as far as they are not yet released into income with the depreciation.") \
    X(bal_sheet_caption, "Bilanz zum Jahresende, Mittelwerte über alle Läufe, T€", "Balance sheet at year end, means over all trials, T€") \
    X(col_teur_mean, "T€, Mittelwert", "T€, mean") \
    X(bal_assets, "Aktiva", "Assets") \
    X(bal_fixed_assets, "Anlagevermögen (Restbuchwerte)", "Fixed assets (net book value)") \
    X(bal_current_assets, "Umlaufvermögen", "Current assets") \
    X(bal_receivables, "Forderungen gegen KV und Privatpatienten", "Receivables from the KV and private patients") \
    X(bal_bank, "Kassenbestand, Guthaben bei Kreditinstituten", "Cash in hand and at banks") \
    X(bal_assets_total, "Summe Aktiva", "Total assets") \
    X(bal_liabilities, "Passiva", "Equity and liabilities") \
    X(bal_equity_group, "Eigenkapital", "Equity") \
    X(bal_paid_in, "Gezeichnetes Kapital und Kapitalrücklage (mit Verlustausgleich des Trägers)", "Subscribed capital and capital reserve (with the owner's loss compensation)") \
    X(bal_carried_forward, "Gewinn-/Verlustvortrag", "Profit or loss brought forward") \
    X(bal_annual_result, "Jahresüberschuss/Jahresfehlbetrag", "Net profit or loss for the year") \
    X(bal_equity, "Eigenkapital zusammen", "Equity in all") \
    X(bal_special_item, "Sonderposten für Investitionszuschüsse", "Special item for investment grants") \
    X(bal_debts, "Verbindlichkeiten", "Liabilities") \
    X(bal_loans_banks, "Verbindlichkeiten gegenüber Kreditinstituten (Darlehen)", "Liabilities to banks (loans)") \
    X(bal_loans_owner, "Verbindlichkeiten gegenüber Gesellschaftern (Darlehen)", "Liabilities to shareholders (loans)") \
    X(bal_loans_mixed, "Darlehensverbindlichkeiten (Kreditinstitute und Gesellschafter)", "Loans (banks and shareholders)") \
    X(bal_overdraft, "Verbindlichkeiten gegenüber Kreditinstituten (Kontokorrent)", "Liabilities to banks (overdraft)") \
    X(bal_liabilities_total, "Summe Passiva", "Total equity and liabilities") \
    X(bal_means, "Mittelwerte über alle {} Läufe. Die Bilanz geht in jedem Lauf auf (Summe Aktiva gleich Summe Passiva), deshalb auch im Mittel; Mittelwerte addieren sich, anders als Mediane.", "Means over all {} trials. The balance sheet balances in every trial (total assets equal total equity and liabilities), so it does for the means too; means add up, unlike medians.") \
    X(bal_signs, "Ein negatives Eigenkapital ist hier als negativer Betrag gezeigt (im Jahresabschluss: nicht durch Eigenkapital gedeckter Fehlbetrag auf der Aktivseite, § 268 Abs. 3 HGB); negative Forderungen sind Abschläge der KV über dem Verdienten (eine Rückzahlung), ein negativer Sonderposten ein Zuschuss, dessen Auflösung seiner Zahlung vorausläuft. Posten, die in keinem Lauf einen Betrag haben, fehlen.", "A negative equity is shown here as a negative amount (in the annual accounts: a deficit not covered by equity on the assets side, § 268 (3) HGB); negative receivables are KV advances beyond what was earned (to be paid back), a negative special item a grant whose release runs ahead of its payment. Items without an amount in any trial are left out.") \
    X(bal_loans_caption, "Darlehen: Tilgung und Restschuld, Mittelwerte, T€", "Loans: principal repaid and balance, means, T€") \
    X(bal_loan_principal, "Tilgung im Jahr", "Principal repaid in the year") \
    X(bal_loan_balance, "Restschuld zum Jahresende", "Balance at year end") \
    X(bal_funds_caption, "Mittelherkunft und Mittelverwendung der Investitionen bis Ende {}, Mittelwerte, T€", "Sources and uses of the investments by the end of {}, means, T€") \
    X(bal_uses, "Mittelverwendung", "Uses of funds") \
    X(bal_uses_investments, "Investitionen", "Investments") \
    X(bal_uses_total, "Summe Mittelverwendung", "Total uses") \
    X(bal_sources, "Mittelherkunft", "Sources of funds") \
    X(bal_sources_grants, "Investitionszuschüsse", "Investment grants") \
    X(bal_sources_equity, "Eingezahltes Eigenkapital und Kapitalrücklage", "Equity and capital reserve paid in") \
    X(bal_sources_loans, "Ausgezahlte Darlehen", "Loans paid out") \
    X(bal_sources_total, "Summe Mittelherkunft", "Total sources") \
    X(bal_funds_reading, "Mittelwerte der im Horizont gezogenen Investitionen, der Zuschüsse nach ihren Deckelungen, der Einzahlungen (ohne den Verlustausgleich des Trägers) und der ausgezahlten Darlehen; was sie nicht decken, tragen die laufende Liquidität oder die Kreditlinie.", "Means of the investments drawn within the horizon, the grants after their caps, the payments in (without the owner's loss compensation) and the loans paid out; what they do not cover is carried by the cash or the credit line.") \
    /* Break-even */ \
    X(be_title, "Break-even: nötige ärztliche Stellen", "Break-even: doctors needed") \
    X(sheet_breakeven, "Break-even", "Break-even") \
    X(be_intro, "Für jede Zahl ärztlicher Vollzeitstellen (VZÄ) von {} bis {} (Schritt {}) die Wahrscheinlichkeit, dass das Jahresergebnis {} nicht negativ ist, mit ihrem 95-%-Intervall; verlangt ist {}. Zusätzliche Stellen sind Kopien der Stelle {} (mit eigenen Zufallszahlen; das Praxisteam je Arzt-VZÄ wächst mit). Alle Zahlen beruhen auf denselben Ziehungen.", "For each count of doctor FTE from {} to {} (step {}) the probability that the annual result {} is not negative, with its 95 % interval; {} is required. Added positions are copies of position {} (with their own random numbers; staff per doctor FTE follow). All counts use the same draws.") \
    X(be_minimum, "Mindestens {} VZÄ: dort ist das Jahresergebnis {} in {} der Läufe nicht negativ (95-%-Intervall {} bis {}), mindestens die verlangten {}.", "At least {} FTE: there the annual result {} is not negative in {} of trials (95 % interval {} to {}), at least the required {}.") \
    X(be_uncertain, "Innerhalb des Monte-Carlo-Fehlers: das Intervall reicht unter {}; mehr Läufe (--trials) machen die Aussage sicherer.", "Within Monte Carlo error: the interval reaches below {}; more trials (--trials) make the statement surer.") \
    X(be_none, "Keine Zahl von {} bis {} VZÄ erreicht {}; am besten sind {} VZÄ mit {}. Die Spalte mit dem jährlichen Zuschuss nennt die fehlende Unterstützung.", "No count from {} to {} FTE reaches {}; the best is {} FTE with {}. The column of the yearly subsidy gives the support that is missing.") \
    X(chart_breakeven, "Wahrscheinlichkeit eines Jahresergebnisses \u2265 0 im Jahr {} nach ärztlichen VZÄ", "Probability of an annual result \u2265 0 in {} by doctor FTE") \
    X(axis_probability, "Wahrscheinlichkeit (%)", "Probability (%)") \
    X(axis_doctor_fte, "Ärztliche Vollzeitstellen (VZÄ)", "Doctor FTE") \
    X(legend_confidence, "verlangte Sicherheit {}", "required confidence {}") \
    X(legend_minimum, "Minimum", "minimum") \
    X(be_table, "Jahresergebnis {} nach ärztlichen VZÄ (T€)", "Annual result {} by doctor FTE (T€)") \
    X(be_table_reading, "Jährlicher Zuschuss: kleinster Betrag je Jahr, der das Jahresergebnis in {} der Läufe auf \u2265 0 hebt (Jahr {}). Kreditlinie P95: die größte Liquiditätslücke, die in 19 von 20 Läufen reicht. Zuschussbedarf: der mittlere Verlustausgleich.", "Yearly subsidy: the smallest amount a year that lifts the annual result to \u2265 0 in {} of trials (year {}). Credit line P95: the largest cash gap that suffices in 19 of 20 trials. Subsidy need: the mean loss compensation.") \
    X(col_doctor_fte, "VZÄ", "FTE") \
    X(col_probability, "P(Ergebnis \u2265 0)", "P(result \u2265 0)") \
    X(col_interval, "95-%-Intervall", "95 % interval") \
    X(col_interval_low, "Intervall von", "Interval from") \
    X(col_interval_high, "Intervall bis", "Interval to") \
    X(col_mean_teur, "Mittelwert", "Mean") \
    X(col_subsidy_mean, "Zuschussbedarf (Mittel)", "Subsidy need (mean)") \
    X(col_yearly_subsidy, "Jährlicher Zuschuss für {}", "Yearly subsidy for {}") \
    X(col_credit_p95, "Kreditlinie P95", "Credit line P95") \
    X(col_one_off_grant, "Einmalzuschuss bei Eröffnung", "One-off grant at opening") \
    X(col_first_year_p50, "Erstes Jahr \u2265 0 (Median)", "First year \u2265 0 (median)") \
    X(col_meets, "erreicht die Sicherheit", "meets the confidence") \
    /* Annahmenkatalog */ \
    /* Comparison of variants */ \
    X(cmp_title, "Vergleich der Varianten", "Comparison of the variants") \
    X(sheet_compare, "Vergleich", "Comparison") \
    X(cmp_intro, "Jede Variante lief mit demselben Startwert und denselben {} Läufen wie der Basisfall {}: mit gemeinsamen Zufallszahlen, d. h. jede Annahme, die zwei Varianten teilen, zieht in jedem Lauf dieselben Werte. Die Differenz zum Basisfall ist das Mittel der Differenzen Lauf für Lauf, mit ihrem Standardfehler; P(besser) ist der Anteil der Läufe, in denen die Variante besser abschneidet als der Basisfall.", "Each variant ran on the same seed and the same {} trials as the base {}: with common random numbers, i.e. every input two variants share draws the same values in each trial. The difference from the base is the mean of the trial-by-trial differences, with its standard error; P(better) is the share of trials in which the variant does better than the base.") \
    X(cmp_table, "Kennzahlen je Variante (T€)", "Headline figures by variant (T€)") \
    X(cmp_reading, "Kreditlinie: P95 der größten Liquiditätslücke; dort ist weniger besser. Eine Differenz unter etwa dem Doppelten ihres Standardfehlers ist vom Zufall nicht zu unterscheiden. Dieselben Zahlen und mehr, Jahr für Jahr: {}", "Credit line: P95 of the largest cash gap; there less is better. A difference below about twice its standard error cannot be told from chance. The same figures and more, year by year: {}") \
    X(cmp_base_mark, "{} (Basisfall)", "{} (base)") \
    X(col_scenario, "Variante", "Scenario") \
    X(col_cum_mean, "Kumuliertes Ergebnis {} (Mittel)", "Cumulative result {} (mean)") \
    X(col_subsidy_p95_max, "Höchster jährlicher Zuschussbedarf (P95)", "Highest yearly subsidy need (P95)") \
    X(col_credit_line_p95, "Kreditlinie (P95)", "Credit line (P95)") \
    X(col_p_loss_year, "P(Verlust) {}", "P(loss) {}") \
    X(col_diff_cum, "Differenz kumuliertes Ergebnis", "Difference in cumulative result") \
    X(col_diff_credit, "Differenz größte Liquiditätslücke", "Difference in largest cash gap") \
    X(col_se, "Standardfehler", "Standard error") \
    X(col_p_better, "P(besser)", "P(better)") \
    /* What drives the result (sensitivity) */ \
    X(sens_title, "Was das Ergebnis treibt", "What drives the result") \
    X(sheet_sensitivity, "Sensitivität", "Sensitivity") \
    X(sens_intro, "Welche unsicheren Annahmen das kumulierte Ergebnis bis Ende {} am stärksten bewegen, aus den {} Läufen dieses Berichts (wie mvzsim sensitivity es rechnet). Annahmen, die jedes Jahr oder jeden Monat neu gezogen werden, gehen mit ihrem Mittel über den Lauf ein.", "Which uncertain inputs move the cumulative result by the end of {} most, from the {} trials of this report (as mvzsim sensitivity computes it). Inputs drawn anew each year or month enter by their mean over the trial.") \
    X(sens_reading, "So ist das Diagramm zu lesen: jeder Balken reicht vom mittleren kumulierten Ergebnis der Läufe, in denen die Annahme in ihrem niedrigsten Zehntel lag (hell), bis zu dem der Läufe mit der Annahme in ihrem höchsten Zehntel (dunkel); die senkrechte Linie ist der Mittelwert aller Läufe ({} T€). Je länger der Balken, desto stärker treibt die Annahme das Ergebnis.", "How to read the chart: each bar reaches from the mean cumulative result of the trials with the input in its lowest decile (light) to that of the trials with the input in its highest decile (dark); the vertical line is the mean of all trials ({} T€). The longer the bar, the more the input drives the result.") \
    X(sens_chart, "Kumuliertes Ergebnis bis Ende {} nach Annahme", "Cumulative result by the end of {} by input") \
    X(legend_low_decile, "Annahme im niedrigsten Zehntel", "Input in its lowest decile") \
    X(legend_high_decile, "Annahme im höchsten Zehntel", "Input in its highest decile") \
    X(legend_overall_mean, "Mittelwert aller Läufe", "Mean of all trials") \
    X(sens_table, "Die stärksten Treiber des kumulierten Ergebnisses bis Ende {} (T€)", "The strongest drivers of the cumulative result by the end of {} (T€)") \
    X(sens_sheet_table, "Alle analysierten Annahmen, nach Spanne (kumuliertes Ergebnis bis Ende {}, T€)", "Every input analysed, by swing (cumulative result by the end of {}, T€)") \
    X(sens_table_reading, "Spanne: Abstand der beiden Mittelwerte. Spearman: Rangkorrelation der Annahme mit dem Ergebnis, von \u22121 bis 1 (positiv: je höher die Annahme, desto höher das Ergebnis). Varianzanteil: der Anteil der Streuung des Ergebnisses, den die Annahme allein erklärt, mit 95-%-Intervall (Bootstrap); wirken Annahmen zusammen, ergeben die Anteile zusammen nicht 100 %.", "Swing: the distance between the two means. Spearman: the rank correlation of the input with the result, from \u22121 to 1 (positive: the higher the input, the higher the result). Variance share: the share of the result's spread the input explains alone, with its 95 % interval (bootstrap); where inputs act together, the shares do not add up to 100 %.") \
    X(sens_mean, "Mittelwert aller Läufe: {} T€ (Standardfehler {} T€).", "Mean of all trials: {} T€ (standard error {} T€).") \
    X(sens_untraced, "Nicht analysiert, weil bei jedem Ereignis neu gezogen: {}.", "Not analysed, as drawn anew at each event: {}.") \
    X(sens_command, "Dieselben Zahlen und mehr (Ausfallprofil, bester und schlechtester Fall): {}", "The same figures and more (failure profile, best and worst case): {}") \
    X(col_swing, "Spanne", "Swing") \
    X(col_low_decile, "Mittel im niedrigsten Zehntel", "Mean in the lowest decile") \
    X(col_high_decile, "Mittel im höchsten Zehntel", "Mean in the highest decile") \
    X(col_spearman, "Spearman", "Spearman") \
    X(col_variance_share, "Varianzanteil", "Variance share") \
    X(col_share_se, "Standardfehler des Anteils", "Standard error of the share") \
    X(assumptions_title, "Annahmenkatalog", "Assumptions") \
    X(sheet_assumptions, "Annahmen", "Assumptions") \
    X(assumptions_given, "Annahmen der Szenariodatei", "Assumptions of the scenario file") \
    X(assumptions_reading, "Jede Annahme, wie sie in der Datei steht, mit ihrem Schlüssel (klein darunter). Dreieckig a / b / c: kleinster, wahrscheinlichster und größter Wert; PERT ebenso, mit weniger Gewicht an den Rändern. Quelle: die Angabe source: der Datei, \u2013 ohne Angabe.", "Each assumption as the file gives it, with its key (in small type below). Triangular a / b / c: lowest, most likely and highest value; PERT the same, with less weight at the ends. Source: the file's source: text, \u2013 where none is given.") \
    X(col_input, "Eingabe", "Input") \
    X(col_assumption, "Annahme", "Assumption") \
    X(col_mean, "Mittelwert", "Mean") \
    X(col_drawn, "Ziehung", "Drawn") \
    X(col_source, "Quelle", "Source") \
    X(col_group, "Bereich", "Group") \
    X(col_key, "Schlüssel", "Key") \
    X(col_given, "angegeben", "given") \
    X(col_rank, "Rangkorrelation", "Rank correlation") \
    X(given_default, "Vorgabe", "default") \
    X(group_doctors, "Ärztliche Stellen", "Doctor positions") \
    X(group_staff, "Praxisteam", "Practice staff") \
    X(group_billing, "Abrechnung und Erlöse", "Billing and revenue") \
    X(group_premises, "Räume", "Premises") \
    X(group_running_costs, "Sachkosten", "Running costs") \
    X(group_addons, "Zusatzangebote", "Add-on services") \
    X(group_investments, "Investitionen", "Investments") \
    X(group_grants, "Förderung", "Grants") \
    X(assumptions_defaults, "Nicht angegeben: es gilt der Vorgabewert", "Not given: the default applies") \
    X(assumptions_defaults_reading, "Diese Eingaben stehen nicht in der Datei; mvzsim rechnet mit dem dokumentierten Vorgabewert (docs/scenario-reference.md).", "These inputs are not in the file; mvzsim uses the documented default (docs/scenario-reference.md).") \
    X(assumptions_structure, "Struktur und weitere Festlegungen", "Structure and further settings") \
    X(assumptions_correlations, "Rangkorrelationen", "Rank correlations") \
    X(assumptions_correlations_reading, "Paare von Annahmen, die in einem Lauf gemeinsam hoch oder niedrig gezogen werden (Spearman-Rangkorrelation, Gauß-Copula).", "Pairs of assumptions drawn high or low together within a trial (Spearman rank correlation, Gaussian copula).") \
    X(set_opening, "Eröffnung", "Opening") \
    X(set_horizon, "Horizont", "Horizon") \
    X(set_horizon_value, "{} Kalenderjahre", "{} calendar years") \
    X(set_doctor, "Arztstelle {}", "Doctor position {}") \
    X(set_doctor_value, "{} VZÄ ab {}", "{} FTE from {}") \
    X(set_staff, "Praxisteam: {}", "Staff: {}") \
    X(set_staff_per_doctor, "{} VZÄ je Arzt-VZÄ", "{} FTE per doctor FTE") \
    X(set_staff_fixed, "{} VZÄ", "{} FTE") \
    X(set_area, "Fläche", "Floor area") \
    X(set_area_value, "{} m²", "{} m²") \
    X(set_ramp_up, "Anlauf der Fallzahl", "Ramp-up of the case load") \
    X(set_ramp_up_value, "{} Quartale, Start bei {} der Zielfallzahl", "{} quarters, starting at {} of the target case load") \
    X(set_kv_payment, "Zahlungsweise der KV", "KV payment timing") \
    X(set_kv_payment_value, "{} Abschläge, Restzahlung {} Monate nach Quartalsende", "{} advances, the remainder {} months after the quarter") \
    X(set_tagespflege, "Tagespflege", "Day care (Tagespflege)") \
    X(set_tagespflege_value, "{} Plätze ab {}", "{} places from {}") \
    X(set_loss_compensation, "Jährlicher Verlustausgleich durch den Träger", "Yearly loss compensation by the owner") \
    X(set_ceiling, "Obergrenze des Zuschusses je Jahr", "Ceiling of the subsidy per year") \
    X(draw_fixed, "fest", "fixed") \
    X(draw_trial, "einmal je Lauf", "once per trial") \
    X(draw_year, "jedes Jahr neu", "anew each year") \
    X(draw_month, "jeden Monat neu", "anew each month") \
    X(draw_event, "bei jedem Ereignis neu", "anew at each event") \
    X(dist_uniform, "gleichverteilt {} bis {}", "uniform {} to {}") \
    X(dist_triangular, "dreieckig {} / {} / {}", "triangular {} / {} / {}") \
    X(dist_pert, "PERT {} / {} / {}", "PERT {} / {} / {}") \
    X(dist_normal, "normalverteilt, Mittel {}, Standardabweichung {}", "normal, mean {}, sd {}") \
    X(dist_cut_both, "(begrenzt auf {} bis {})", "(truncated to {} to {})") \
    X(dist_cut_low, "(nicht unter {})", "(not below {})") \
    X(dist_cut_high, "(nicht über {})", "(not above {})") \
    X(dist_lognormal, "lognormal, Median {}, 90 % zwischen {} und {}", "lognormal, median {}, 90 % between {} and {}") \
    X(dist_beta, "Beta({}, {}) zwischen {} und {}", "beta({}, {}) between {} and {}") \
    X(dist_gamma, "Gamma, Form {}, Skala {}", "gamma, shape {}, scale {}") \
    X(dist_poisson, "Poisson, Mittel {}", "Poisson, mean {}") \
    X(dist_discrete, "diskret: {}", "discrete: {}") \
    X(unit_eur, "EUR", "EUR") \
    X(unit_eur_per_year, "EUR je Jahr", "EUR per year") \
    X(unit_eur_per_month, "EUR je Monat", "EUR per month") \
    X(unit_eur_per_case, "EUR je Fall", "EUR per case") \
    X(unit_eur_per_day, "EUR je Gasttag", "EUR per guest-day") \
    X(unit_eur_per_m2, "EUR je m² und Monat", "EUR per m² and month") \
    X(unit_ct_per_point, "ct je Punkt", "ct per point") \
    X(unit_points, "Punkte je Fall", "points per case") \
    X(unit_cases, "Fälle", "cases") \
    X(unit_months, "Monate", "months") \
    X(unit_days, "Tage", "days") \
    /* The terminal table of `run` */ \
    X(tt_title, "mvzsim {}: Jahresprojektion von {}", "mvzsim {}: yearly projection of {}") \
    X(tt_prov_file, "  Szenariodatei  {}", "  scenario file  {}") \
    X(tt_prov_sha256, "  SHA-256        {}", "  sha256         {}") \
    X(tt_prov_extends, "  erweitert      {}", "  extends        {}") \
    X(tt_prov_set, "  --set          {}", "  --set          {}") \
    X(tt_prov_seed, "  Startwert      {}", "  seed           {}") \
    X(tt_prov_trials, "  Läufe          {}", "  trials         {}") \
    X(tt_prov_opening, "  Eröffnung      {}, Horizont {} Kalenderjahre (das erste kann unvollständig sein)", "  opening        {}, horizon {} calendar years (the first year may be partial)") \
    X(tt_legend, "  So zu lesen: Beträge in T€ (tausend Euro). Mittel: der Durchschnitt über alle Läufe, ± SE sein\n  Monte-Carlo-Fehler (mehr Läufe verkleinern ihn). P5 / P50 / P95: 5 % der Läufe liegen unter P5, die\n  Hälfte unter P50 (Median), 95 % unter P95. P(Verlust): Anteil der Läufe mit einem Jahresverlust;\n  P(<0): Anteil unter null. Perzentile nach Hyndman-Fan Typ 7 (wie QUANTIL.INKL in Excel).", "  How to read it: amounts in EUR thousand. mean: the average over all trials, +- s.e. its Monte Carlo\n  error (more trials shrink it). P5 / P50 / P95: 5 % of trials lie below P5, half below P50 (the\n  median), 95 % below P95. P(loss): the share of trials with a loss in the year; P(<0): the share\n  below zero. Percentiles by Hyndman-Fan type 7 (as Excel's PERCENTILE.INC).") \
    X(tt_unit_teur, " (T€)", " (EUR thousand)") \
    X(tt_col_year, "Jahr", "year") \
    X(tt_col_months, "Monate", "months") \
    X(tt_col_mean, "Mittel", "mean") \
    X(tt_col_se, "± SE", "+- s.e.") \
    X(tt_col_percent, "Prozent", "percent") \
    X(tt_col_loss, "P(Verlust)", "P(loss)") \
    X(tt_col_below, "P(<0)", "P(<0)") \
    X(tt_horizon, "Über den ganzen Horizont", "Over the whole horizon") \
    X(tt_gap, "  größte Liquiditätslücke (nötige Kreditlinie oder Bürgschaft), T€: Mittel {} ± {}, P50 {}, P95 {}", "  largest cash gap (credit line or guarantee needed), EUR thousand: mean {} +- {}, P50 {}, P95 {}") \
    X(tt_deficit, "  größter kumulierter Verlust, T€: P50 {}, P95 {}", "  largest cumulative loss, EUR thousand: P50 {}, P95 {}") \
    X(tt_repayment, "  Wahrscheinlichkeit, dass Fördermittel zurückzuzahlen sind: {} ± {}", "  probability that a grant must be repaid: {} +- {}") \
    X(tt_ceiling, "  Wahrscheinlichkeit, dass der Zuschussbedarf in einem Jahr die Obergrenze von {} T€ übersteigt: {} ± {}", "  probability that the subsidy need exceeds the ceiling of {} EUR thousand in some year: {} +- {}") \
    X(tt_cash_paid, "  Die Liquidität enthält den Verlustausgleich des Trägers, jeweils im Dezember (grants.loss_compensation_paid).", "  Cash includes the owner's loss compensation, paid each December (grants.loss_compensation_paid).") \
    X(tt_cash_paid_later, "  Die Liquidität enthält den Verlustausgleich des Trägers, jeweils im Monat {} des Folgejahres (grants.loss_compensation_month).", "  Cash includes the owner's loss compensation, paid in month {} of the following year (grants.loss_compensation_month).") \
    X(tt_cash_not_paid, "  Die Liquidität ist vor dem Verlustausgleich des Trägers (grants.loss_compensation_paid ist nicht gesetzt):\n  die Liquiditätslücke enthält dann die Verluste; nicht zum Zuschussbedarf addieren.", "  Cash is before the owner's loss compensation (grants.loss_compensation_paid is not set): the cash gap\n  then contains the losses, so do not add it to the subsidy need.") \
    X(tt_balance_sheet, "Planbilanz zum Jahresende (Aktiva: Anlagevermögen, Forderungen, Kasse; Passiva: Eigenkapital, Sonderposten,\n  Darlehen, Kontokorrent) und Tilgung im Jahr", "Plan balance sheet at the year's end (assets: fixed assets, receivables, cash; equity and liabilities:\n  equity, special item, loans, overdraft) and loan principal repaid in the year") \
    X(tt_sources_uses, "  Mittelverwendung und -herkunft der Investitionen, T€ (Mittel): Investitionen {}; gedeckt durch\n  Investitionszuschüsse {}, Eigenkapital {}, Darlehen {}; nicht gedeckt (aus dem Betrieb oder der Kreditlinie) {}", "  sources and uses of the investments, EUR thousand (mean): investments {}; covered by investment grants {},\n  equity {}, loans {}; not covered (from operations or the credit line) {}") \
    X(tt_detail_hint, "  --detail zeigt dazu Erlöse nach Quelle, Kosten nach Art, EBITDA, Abschreibungen, Zinsen, Fördermittel,\n  Personal und den niedrigsten Kassenbestand jedes Jahres.", "  --detail adds revenue by source, costs by type, EBITDA, depreciation, interest, grants, staffing\n  and the lowest cash in each year.") \
    /* CSV */ \
    X(csv_year, "Jahr", "year") \
    X(csv_months, "Monate", "months") \
    X(csv_months_open, "Monate geöffnet", "Months open") \
    X(csv_title, "Kennzahl", "title") \
    X(csv_name, "Name", "name") \
    X(csv_unit, "Einheit", "unit") \
    X(csv_statistic, "Statistik", "statistic") \
    X(csv_all, "gesamt", "all") \
    X(csv_subsidy_p95, "Zuschussbedarf P95", "Subsidy need P95") \
    X(csv_investment_grant, "Weiterer Investitionszuschuss für die Sicherheit", "Further investment grant for the confidence") \
    X(csv_first_year_never, "Anteil nie ausgeglichen", "Share never balanced") \
    X(csv_year_analysed, "Untersuchtes Jahr", "Year analysed") \
    X(csv_confidence, "Verlangte Sicherheit", "Required confidence") \
    X(csv_template, "Vorlage zusätzlicher Stellen", "Template of added positions") \
    X(csv_value, "Wert", "value") \
    X(csv_statistic_value, "Kennzahl des Ziels", "statistic") \
    X(csv_ci_low, "95-%-Intervall von", "ci_low") \
    X(csv_ci_high, "95-%-Intervall bis", "ci_high") \
    X(csv_meets, "erreicht das Ziel", "meets") \
    X(csv_solve_vary, "Variierte Eingabe", "Varied input") \
    X(csv_solve_target, "Ziel", "Target") \
    X(csv_solve_answer, "Antwort", "Answer") \
    X(csv_solve_open, "Offen bleibt (Monte-Carlo-Fehler)", "Left open (Monte Carlo error)") \
    X(stat_se, "Standardfehler", "standard error") \
    X(stat_sd, "Standardabweichung", "sd") \
    X(stat_min, "Minimum", "min") \
    X(stat_max, "Maximum", "max") \
    X(stat_share_negative, "Anteil unter 0", "share below 0") \
    X(stat_share_negative_se, "Standardfehler des Anteils", "standard error of the share") \
    /* mvzsim compare (the terminal table; English as it always was) */ \
    X(ct_title, "mvzsim {} compare{}: {} Szenarien mit gemeinsamen Zufallszahlen, Startwert {}, {} Läufe", "mvzsim {} compare{}: {} scenarios on common random numbers, seed {}, {} trials") \
    X(ct_batch, " (Stapel)", " (batch)") \
    X(ct_base, "Basis", "base") \
    X(ct_same_file, "        die Datei von {}", "        the file of {}") \
    X(ct_same_file_sets, "        die Datei und die --set-Werte von {}", "        the file and --set values of {}") \
    X(ct_file, "        Datei {}  SHA-256 {}", "        file {}  sha256 {}") \
    X(ct_extends, "        erweitert {}  SHA-256 {}", "        extends {}  sha256 {}") \
    X(ct_legend, "  Diff.: das Szenario minus die Basis, Lauf für Lauf (Mittelwert und sein Standardfehler SE);\n  P(besser): der Anteil der Läufe, in denen das Szenario in dem Jahr besser ist als die Basis\n  (höheres Ergebnis oder mehr Liquidität; geringerer Zuschussbedarf, kleinere Liquiditätslücke,\n  weniger Monate); Gleichstand zählt nicht als besser. Perzentile: Hyndman-Fan Typ 7.\n  Liquidität am Jahresende und ihr niedrigster Monatsendbestand.\n", "  diff: the scenario minus the base, trial by trial (mean and its standard error s.e.);\n  P(better): the share of trials in which the scenario does better than the base in that year\n  (a higher result or cash; a lower subsidy need, cash gap or number of months); ties count as not\n  better. Percentiles: Hyndman-Fan type 7. Cash is at the year end and its lowest month end.\n") \
    X(ct_unit_teur, "T€", "EUR thousand") \
    X(ct_unit_months, "Monate", "months") \
    X(ct_col_year, "Jahr", "year") \
    X(ct_col_scenario, "Szenario", "scenario") \
    X(ct_col_mean, "Mittel", "mean") \
    X(ct_col_diff, "Diff.", "diff") \
    X(ct_col_se, "SE", "s.e.") \
    X(ct_col_p_better, "P(besser)", "P(better)") \
    X(ct_horizon, "Über den ganzen Horizont (den eigenen jedes Szenarios)", "Over the whole horizon (each scenario's own)") \
    /* mvzsim compare (CSV columns and provenance) */ \
    X(cmp_scenario, "Szenario", "Scenario") \
    X(cmp_file, "Datei", "File") \
    X(cmp_centre, "Zentrum", "Centre") \
    X(cmp_diff, "Differenz zur Basis (Mittelwert)", "Difference from the base (mean)") \
    X(cmp_diff_se, "Standardfehler der Differenz", "Standard error of the difference") \
    X(cmp_p_better, "P(besser als die Basis)", "P(better than the base)") \
    X(cmp_p_better_se, "Standardfehler von P(besser)", "Standard error of P(better)") \
    X(cmp_p_worse, "P(schlechter als die Basis)", "P(worse than the base)") \
    X(cmp_p_worse_se, "Standardfehler von P(schlechter)", "Standard error of P(worse)") \
    X(cmp_last_year, "Letztes Jahr", "Last year") \
    X(cmp_cumulative, "Kumuliertes Ergebnis am Ende (Mittelwert)", "Cumulative result at the end (mean)") \
    X(cmp_cumulative_se, "Standardfehler des kumulierten Ergebnisses", "Standard error of the cumulative result") \
    X(cmp_loss_year, "Jahr von P(Verlust)", "Year of P(loss)") \
    X(cmp_p_loss, "P(Verlust)", "P(loss)") \
    X(cmp_p_loss_se, "Standardfehler von P(Verlust)", "Standard error of P(loss)") \
    X(cmp_subsidy_p95, "Größter jährlicher Zuschussbedarf P95", "Largest yearly subsidy need P95") \
    X(cmp_credit_p95, "Kreditlinie P95 (größte Liquiditätslücke)", "Credit line P95 (largest cash gap)") \
    X(cmp_break_even_year, "Erstes Jahr mit Ergebnis >= 0 (Median)", "First year with a result >= 0 (median)") \
    X(cmp_share_never, "Anteil ohne ein solches Jahr", "Share without such a year") \
    X(cmp_base, "Basis (Bezug der Differenzen)", "Base (of the differences)") \
    /* Ergebnisse je Versuch (--per-trial) und Screening (mvzsim screen) */ \
    X(per_trial_trial, "Versuch", "Trial") \
    X(scr_municipality, "Gemeinde", "Municipality") \
    X(scr_line, "Zeile der Tabelle", "Line of the table") \
    X(scr_template, "Vorlage", "Template") \
    X(scr_doctors_needed, "Benötigte Ärzte (VZÄ)", "Doctors needed (FTE)") \
    X(scr_doctors_status, "Status der Arztzahl", "Status of the doctor count") \
    X(scr_breakeven_year, "Jahr der Break-even-Analyse", "Year of the break-even analysis") \
    X(scr_subsidy_p50, "Zuschussbedarf im Jahr von P(Verlust) P50", "Subsidy need in the year of P(loss) P50") \
    X(scr_subsidy_p95, "Zuschussbedarf im Jahr von P(Verlust) P95", "Subsidy need in the year of P(loss) P95") \
    X(scr_rank, "Rang", "Rank") \
    X(scr_status_firm, "sicher", "firm") \
    X(scr_status_open, "offen (Monte-Carlo-Fehler)", "open (Monte Carlo error)") \
    X(scr_status_not_reached, "nicht erreicht", "not reached") \
    X(scr_status_not_analysed, "nicht untersucht", "not analysed") \
    X(scr_table, "Tabelle der Gemeinden", "Table of municipalities") \
    X(unit_fte, "VZÄ", "FTE") \
    X(unit_share, "Anteil", "share") \
    /* Provenienz */ \
    X(provenance_title, "Herkunft der Zahlen (Provenienz)", "Provenance") \
    X(sheet_provenance, "Provenienz", "Provenance") \
    X(prov_program, "Programm", "Program") \
    X(prov_scenario, "Szenario", "Scenario") \
    X(prov_file, "Datei", "File") \
    X(prov_sha256, "SHA-256 der Datei", "SHA-256 of the file") \
    X(prov_extends, "erweitert (extends)", "extends") \
    X(prov_set, "geändert (--set)", "changed (--set)") \
    X(prov_seed, "Startwert der Zufallszahlen (seed)", "Random seed") \
    X(prov_trials, "Simulationsläufe", "Trials") \
    X(prov_date, "Erstellt am", "Produced on") \
    X(prov_quantile_rule, "Perzentile", "Percentiles") \
    X(prov_quantile_rule_value, "Hyndman-Fan Typ 7 (wie QUANTIL.INKL in Excel)", "Hyndman-Fan type 7 (as Excel's PERCENTILE.INC)") \
    X(prov_command, "Nachrechnen mit", "Reproduce with") \
    X(prov_notes, "Hinweise", "Notes") \
    X(prov_mc_error, "Monte-Carlo-Fehler: Der Mittelwert des Jahresergebnisses {} beträgt {} T€ mit einem Standardfehler von {} T€; der wahre Mittelwert liegt mit 95 % Wahrscheinlichkeit innerhalb von \u00b1{} T€ um ihn. Wahrscheinlichkeiten haben einen Standardfehler von höchstens {} Prozentpunkten. Mehr Läufe verkleinern beide.", "Monte Carlo error: the mean annual result {} is {} T€ with a standard error of {} T€; the true mean lies within \u00b1{} T€ of it with 95 % probability. Probabilities have a standard error of at most {} percentage points. More trials make both smaller.") \
    X(prov_reproducible, "Dieselbe Datei mit demselben Startwert und derselben Zahl von Läufen ergibt mit derselben mvzsim-Version dieselben Zahlen, auf jedem Rechner und mit jeder Zahl von Threads.", "The same file with the same seed and number of trials gives the same numbers with the same mvzsim version, on any computer and any number of threads.") \
    /* Month names */ \
    X(month_1, "Januar", "January") X(month_2, "Februar", "February") X(month_3, "März", "March") \
    X(month_4, "April", "April") X(month_5, "Mai", "May") X(month_6, "Juni", "June") \
    X(month_7, "Juli", "July") X(month_8, "August", "August") X(month_9, "September", "September") \
    X(month_10, "Oktober", "October") X(month_11, "November", "November") X(month_12, "Dezember", "December") \
    X(month_short_1, "Jan", "Jan") X(month_short_2, "Feb", "Feb") X(month_short_3, "Mär", "Mar") \
    X(month_short_4, "Apr", "Apr") X(month_short_5, "Mai", "May") X(month_short_6, "Jun", "Jun") \
    X(month_short_7, "Jul", "Jul") X(month_short_8, "Aug", "Aug") X(month_short_9, "Sep", "Sep") \
    X(month_short_10, "Okt", "Oct") X(month_short_11, "Nov", "Nov") X(month_short_12, "Dez", "Dec")
// clang-format on
