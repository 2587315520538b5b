#include "cli/report/csv_tables.h"

#include "cli/report/words.h"
#include "cli/report_text.h"

namespace mvzsim::cli::report {
namespace {

using models::Metric;
using models::TrialMetric;
using models::Unit;

NumberKind kind_of(Unit unit) {
    switch (unit) {
        case Unit::eur:
            return NumberKind::eur_cent;
        case Unit::cases:
        case Unit::months:
            return NumberKind::decimal1;
        case Unit::fte:
            return NumberKind::decimal2;
        case Unit::share:
            return NumberKind::percent;
    }
    return NumberKind::plain;
}

Label unit_label(Unit unit) {
    switch (unit) {
        case Unit::eur:
            return Label::unit_eur;
        case Unit::cases:
            return Label::unit_cases;
        case Unit::fte:
            return Label::unit_fte;
        case Unit::months:
            return Label::unit_months;
        case Unit::share:
            return Label::unit_share;
    }
    return Label::unit_eur;
}

// The statistics of a Summary as columns (long layout) or rows (wide layout).
struct Statistic {
    Label label;
    double sim::Summary::*field;
    bool share;  // a share of trials whatever the output's unit
};
constexpr Statistic kStatistics[] = {
    {Label::stat_mean, &sim::Summary::mean, false},
    {Label::stat_se, &sim::Summary::standard_error, false},
    {Label::stat_sd, &sim::Summary::sd, false},
    {Label::row_p5, &sim::Summary::p5, false},
    {Label::row_p50, &sim::Summary::p50, false},
    {Label::row_p95, &sim::Summary::p95, false},
    {Label::stat_min, &sim::Summary::min, false},
    {Label::stat_max, &sim::Summary::max, false},
    {Label::stat_share_negative, &sim::Summary::share_negative, true},
    {Label::stat_share_negative_se, &sim::Summary::share_negative_se, true},
};

Cell value(const sim::Summary& s, const Statistic& st, Unit unit) {
    return Cell::of(s.*st.field, st.share ? NumberKind::percent : kind_of(unit));
}

template <class M>
std::vector<Cell> output_cells(const Words& w, M m) {
    const auto& i = models::info(m);
    return {Cell::of(w.title(m)), Cell::of(std::string(i.name)), Cell::of(w(unit_label(i.unit)))};
}

Table long_table(const models::Projection& projection, const Words& w) {
    Table t;
    t.header = {w(Label::csv_year), w(Label::csv_months), w(Label::csv_title), w(Label::csv_name), w(Label::csv_unit)};
    for (const auto& st : kStatistics) t.header.push_back(w(st.label));
    for (const auto& y : projection.years)
        for (std::size_t k = 0; k < models::kMetricCount; ++k) {
            const auto m = static_cast<Metric>(k);
            Row r{{Cell::of(y.year, NumberKind::year), Cell::of(y.months, NumberKind::count)}};
            for (auto& c : output_cells(w, m)) r.cells.push_back(std::move(c));
            for (const auto& st : kStatistics) r.cells.push_back(value(y[m], st, models::info(m).unit));
            t.rows.push_back(std::move(r));
        }
    for (std::size_t k = 0; k < models::kTrialMetricCount; ++k) {
        const auto m = static_cast<TrialMetric>(k);
        Row r{{Cell::of(w(Label::csv_all)), Cell::of("")}};
        for (auto& c : output_cells(w, m)) r.cells.push_back(std::move(c));
        for (const auto& st : kStatistics) r.cells.push_back(value(projection[m], st, models::info(m).unit));
        t.rows.push_back(std::move(r));
    }
    return t;
}

std::vector<Table> wide_tables(const models::Projection& projection, const Words& w) {
    Table years;
    years.header = {w(Label::csv_title), w(Label::csv_name), w(Label::csv_unit), w(Label::csv_statistic)};
    for (const auto& y : projection.years) years.header.push_back(std::to_string(y.year));
    Row months{
        {Cell::of(w(Label::csv_months_open)), Cell::of("months"), Cell::of(w(Label::unit_months)), Cell::of("")}};
    for (const auto& y : projection.years) months.cells.push_back(Cell::of(y.months, NumberKind::count));
    years.rows.push_back(std::move(months));
    for (std::size_t k = 0; k < models::kMetricCount; ++k) {
        const auto m = static_cast<Metric>(k);
        for (const auto& st : kStatistics) {
            Row r{output_cells(w, m)};
            r.cells.push_back(Cell::of(w(st.label)));
            for (const auto& y : projection.years) r.cells.push_back(value(y[m], st, models::info(m).unit));
            years.rows.push_back(std::move(r));
        }
    }
    Table whole;
    whole.header = {w(Label::csv_title), w(Label::csv_name), w(Label::csv_unit)};
    for (const auto& st : kStatistics) whole.header.push_back(w(st.label));
    for (std::size_t k = 0; k < models::kTrialMetricCount; ++k) {
        const auto m = static_cast<TrialMetric>(k);
        Row r{output_cells(w, m)};
        for (const auto& st : kStatistics) r.cells.push_back(value(projection[m], st, models::info(m).unit));
        whole.rows.push_back(std::move(r));
    }
    return {years, whole};
}

}  // namespace

CsvProvenance csv_provenance(const Provenance& p, Lang lang) {
    const Words w(lang, csv_style(lang));
    CsvProvenance out{provenance_comment(p),
                      w(Label::sheet_provenance),
                      {{w(Label::prov_program), "mvzsim " + p.version},
                       {w(Label::prov_scenario), one_line(p.scenario_name)},
                       {w(Label::prov_file), one_line(p.file)},
                       {w(Label::prov_sha256), p.sha256}}};
    for (const auto& base : p.extends)
        out.rows.emplace_back(w(Label::prov_extends), one_line(base.file) + " (SHA-256 " + base.sha256 + ")");
    for (const auto& set : p.sets) out.rows.emplace_back(w(Label::prov_set), one_line(set));
    out.rows.emplace_back(w(Label::prov_seed), std::to_string(p.seed));
    out.rows.emplace_back(w(Label::prov_trials), std::to_string(p.trials));
    out.rows.emplace_back(w(Label::prov_quantile_rule), w(Label::prov_quantile_rule_value));
    return out;
}

std::string projection_csv(const Provenance& p, const models::Projection& projection, CsvDialect dialect,
                           CsvLayout layout, Lang lang) {
    const Words w(lang, csv_style(lang));
    const auto tables =
        layout == CsvLayout::wide ? wide_tables(projection, w) : std::vector<Table>{long_table(projection, w)};
    return write_csv(tables, csv_provenance(p, lang), dialect);
}

std::string breakeven_csv_de(const Provenance& p, const models::BreakevenResult& r, Lang lang) {
    const Words w(lang, csv_style(lang));
    Table t;
    t.header = {w(Label::col_doctor_fte),
                w(Label::csv_year),
                w(Label::col_probability),
                w(Label::col_interval_low),
                w(Label::col_interval_high),
                w(Label::col_mean_teur),
                w(Label::stat_se),
                w(Label::row_p5),
                w(Label::row_p50),
                w(Label::row_p95),
                w(Label::col_subsidy_mean),
                w(Label::csv_subsidy_p95),
                w(Label::col_yearly_subsidy, w.round_percent(r.options.confidence)),
                w(Label::col_one_off_grant),
                w(Label::csv_investment_grant),
                w(Label::col_credit_p95),
                w(Label::col_first_year_p50),
                w(Label::csv_first_year_never),
                w(Label::col_meets)};
    const auto eur = [](double v) { return Cell::of(v, NumberKind::eur_cent); };
    for (const auto& c : r.counts) {
        t.rows.push_back(
            {{Cell::of(c.fte, NumberKind::decimal1), Cell::of(r.year, NumberKind::year),
              Cell::of(c.probability, NumberKind::percent), Cell::of(c.probability_ci.low, NumberKind::percent),
              Cell::of(c.probability_ci.high, NumberKind::percent), eur(c.result.mean), eur(c.result.standard_error),
              eur(c.result.p5), eur(c.result.p50), eur(c.result.p95), eur(c.subsidy.mean), eur(c.subsidy.p95),
              eur(c.operating_subsidy), eur(c.one_off_grant),
              c.investment_grant ? eur(*c.investment_grant) : Cell::of(""), eur(c.credit_line_p95),
              c.first_year.p50 ? Cell::of(*c.first_year.p50, NumberKind::year) : Cell::of(""),
              Cell::of(c.first_year.share_never, NumberKind::percent),
              Cell::of(c.probability >= r.options.confidence ? w(Label::yes) : w(Label::no))}});
    }
    CsvProvenance prov = csv_provenance(p, lang);
    prov.rows.push_back({w(Label::csv_year_analysed), std::to_string(r.year)});
    prov.rows.push_back(
        {w(Label::csv_confidence), csv_number(Cell::of(r.options.confidence, NumberKind::percent), CsvDialect::de)});
    prov.rows.push_back({w(Label::csv_template), r.template_id});
    return write_csv({t}, prov, CsvDialect::de);
}

}  // namespace mvzsim::cli::report
