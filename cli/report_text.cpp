#include "cli/report_text.h"

#include <fmt/format.h>

namespace mvzsim::cli {

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += fmt::format("\\u{:04x}", static_cast<int>(c));
                else
                    out += c;
        }
    }
    return out + "\"";
}

std::string one_line(std::string s) {
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
    return s;
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string json_summary(const sim::Summary& s, const char* unit) {
    return fmt::format(
        "{{\"unit\": \"{}\", \"mean\": {}, \"standard_error\": {}, \"sd\": {}, \"p5\": {}, \"p50\": {}, \"p95\": {}, "
        "\"min\": {}, "
        "\"max\": {}, \"share_negative\": {}, \"share_negative_se\": {}}}",
        unit, s.mean, s.standard_error, s.sd, s.p5, s.p50, s.p95, s.min, s.max, s.share_negative, s.share_negative_se);
}

namespace {

std::string json_extends(const Provenance& p) {
    std::string out = "[";
    for (std::size_t i = 0; i < p.extends.size(); ++i)
        out += fmt::format("{}{{\"file\": {}, \"sha256\": {}}}", i == 0 ? "" : ", ", json_string(p.extends[i].file),
                           json_string(p.extends[i].sha256));
    return out + "]";
}

std::string json_sets(const Provenance& p) {
    std::string out = "[";
    for (std::size_t i = 0; i < p.sets.size(); ++i) out += (i == 0 ? "" : ", ") + json_string(p.sets[i]);
    return out + "]";
}

}  // namespace

std::string json_provenance(const Provenance& p) {
    return fmt::format(
        "  \"program\": {{\"name\": \"mvzsim\", \"version\": {}}},\n"
        "  \"scenario\": {{\"name\": {}, \"file\": {}, \"sha256\": {}, \"extends\": {}, \"set\": {}, \"opening\": {}, "
        "\"horizon_years\": {}}},\n"
        "  \"seed\": {},\n  \"trials\": {},\n  \"quantile_rule\": {},\n",
        json_string(p.version), json_string(p.scenario_name), json_string(p.file), json_string(p.sha256),
        json_extends(p), json_sets(p), json_string(p.opening), p.horizon_years, p.seed, p.trials,
        json_string(kQuantileRule));
}

std::string provenance_lines(const Provenance& p) {
    std::string out = fmt::format("  scenario file  {}\n  sha256         {}\n", one_line(p.file), p.sha256);
    for (const auto& base : p.extends)
        out += fmt::format("  extends        {}\n  sha256         {}\n", one_line(base.file), base.sha256);
    for (const auto& set : p.sets) out += fmt::format("  --set          {}\n", one_line(set));
    out += fmt::format("  seed           {}\n  trials         {}\n", p.seed, p.trials);
    out += fmt::format("  opening        {}, horizon {} calendar years (the first year may be partial)\n", p.opening,
                       p.horizon_years);
    return out;
}

std::string provenance_comment(const Provenance& p) {
    std::string chain;
    for (const auto& base : p.extends) chain += fmt::format("; extends {} sha256 {}", one_line(base.file), base.sha256);
    for (const auto& set : p.sets) chain += "; --set " + one_line(set);
    return fmt::format("mvzsim {}; scenario {}; file {}; sha256 {}{}; seed {}; trials {}; quantile rule {}", p.version,
                       one_line(p.scenario_name), one_line(p.file), p.sha256, chain, p.seed, p.trials, kQuantileRule);
}

}  // namespace mvzsim::cli
