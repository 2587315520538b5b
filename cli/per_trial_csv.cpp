#include "cli/per_trial_csv.h"

#include <fmt/format.h>

#include "cli/output_file.h"
#include "cli/report/document.h"
#include "cli/report/number_format.h"
#include "cli/report/words.h"
#include "models/projection/outputs.h"

namespace mvzsim::cli {
namespace {

// A field, quoted when it holds the separator, a quote or a line break.
std::string field(const std::string& s, char separator) {
    if (s.find_first_of(std::string(1, separator) + "\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string line(const std::vector<std::string>& fields, CsvDialect dialect) {
    const char separator = dialect == CsvDialect::de ? ';' : ',';
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out.push_back(separator);
        out.append(field(fields[i], separator));
    }
    out.append(dialect == CsvDialect::de ? "\r\n" : "\n");
    return out;
}

// Months for payback_month, EUR for every other column.
report::NumberKind kind_of(const models::ComparedTrials& trials, std::size_t column) {
    const std::size_t payback = trials.trial_column(models::compared_index(models::TrialMetric::payback_month));
    return column == payback ? report::NumberKind::decimal1 : report::NumberKind::eur_cent;
}

}  // namespace

std::vector<std::string> per_trial_header(const models::Calendar& calendar, CsvDialect dialect, report::Lang lang) {
    const report::Words w(lang, report::csv_style(lang));
    const bool de = dialect == CsvDialect::de;
    std::vector<std::string> h{de ? w(report::Label::per_trial_trial) : "trial"};
    for (int y = 0; y < calendar.years(); ++y)
        for (const models::Metric m : models::kComparedYearly)
            h.push_back(de ? fmt::format("{} {}", w.title(m), calendar.calendar_year(y))
                           : fmt::format("{}[{}]", models::metric_name(m), calendar.calendar_year(y)));
    for (const models::TrialMetric m : models::kComparedTrial)
        h.push_back(de ? w.title(m) : std::string(models::metric_name(m)));
    return h;
}

void write_per_trial_csv(const std::string& path, const models::ComparedTrials& trials, std::uint64_t first_trial,
                         const report::CsvProvenance& provenance, CsvDialect dialect, report::Lang lang) {
    const bool de = dialect == CsvDialect::de;
    const std::size_t width = models::ComparedTrials::width(trials.calendar().years());
    AtomicFile file(path);
    std::string chunk;
    if (de) {
        chunk.append("\xEF\xBB\xBF");  // UTF-8 byte order mark, for Excel
    } else {
        chunk.append("# ").append(provenance.comment).append("\n");
    }
    chunk.append(line(per_trial_header(trials.calendar(), dialect, lang), dialect));
    std::vector<std::string> fields(width + 1);
    for (std::size_t t = 0; t < trials.trials(); ++t) {
        fields[0] = std::to_string(first_trial + t);
        for (std::size_t c = 0; c < width; ++c)
            fields[c + 1] = report::csv_number(report::Cell::of(trials.column(c)[t], kind_of(trials, c)), dialect);
        chunk.append(line(fields, dialect));
        // Written in pieces of about a megabyte: a large run's file is never held whole.
        if (chunk.size() > (1u << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    if (de) {
        chunk.append("\r\n").append(line({provenance.title}, dialect));
        for (const auto& [key, value] : provenance.rows) chunk += line({key, value}, dialect);
    }
    file.write(chunk);
    file.commit();
}

}  // namespace mvzsim::cli
