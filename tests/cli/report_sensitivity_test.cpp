// The report's section "What drives the result": in German and English with the words of the
// translation table, the same numbers as `mvzsim sensitivity` for the same seed and trials, and
// left out by --no-sensitivity.
#include <catch2/catch.hpp>
#include <regex>

#include "cli/report/labels.h"
#include "cli/report/report_data.h"
#include "cli/report/words.h"
#include "test_support.h"

namespace fs = std::filesystem;
using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;
using mvzsim::test::read_file;
using mvzsim::test::scratch_dir;
using namespace mvzsim::cli::report;

namespace {

const std::string kFile = kExamples + "rural-gp-3.yaml";

std::string section_of(const std::string& page, const std::string& id) {
    const auto start = page.find("<section id=\"" + id + "\"");
    if (start == std::string::npos) return {};
    return page.substr(start, page.find("</section>", start) - start);
}

struct JsonInput {
    std::string name;
    double low, high, swing, spearman, share, share_low, share_high;
};

// The inputs of `mvzsim sensitivity -f json`, in its order (largest swing first).
std::vector<JsonInput> json_inputs(const std::string& json) {
    static const std::regex kInput(
        R"re(\{"name": "([^"]+)", "low": \{"mean": ([^,]+), [^}]*\}, "high": \{"mean": ([^,]+), [^}]*\}, )re"
        R"re("swing": ([^,]+), "spearman": ([^,]+), "variance_share": \{"share": ([^,]+), "se": [^,]+, )re"
        R"re("ci": \[([^,]+), ([^\]]+)\])re");
    std::vector<JsonInput> out;
    for (std::sregex_iterator m(json.begin(), json.end(), kInput), end; m != end; ++m) {
        const auto d = [&](int k) { return std::stod((*m)[k].str()); };
        out.push_back({(*m)[1].str(), d(2), d(3), d(4), d(5), d(6), d(7), d(8)});
    }
    return out;
}

fs::path without_compare(const fs::path& dir) {
    const fs::path html = dir / "plain.html";
    REQUIRE(
        mvzsim_cmd({"report", kFile, "-n", "300", "--no-breakeven", "--no-sensitivity", "-o", html.string()}).code ==
        0);
    return html;
}

}  // namespace

TEST_CASE("report: the section on what drives the result, German and English, from the tables", "[cli][report]") {
    const fs::path dir = scratch_dir("report-sensitivity");
    for (const Lang lang : {Lang::de, Lang::en}) {
        const Words w(lang);
        const fs::path html = dir / (lang == Lang::de ? "de.html" : "en.html");
        const auto r = mvzsim_cmd({"report", kFile, "-n", "400", "--no-breakeven", "--lang",
                                   lang == Lang::de ? "de" : "en", "-o", html.string()});
        REQUIRE(r.code == 0);
        const std::string page = read_file(html);
        const std::string s = section_of(page, "sensitivity");
        REQUIRE(!s.empty());
        // After the summary's sections, before the assumptions.
        CHECK(page.find("<section id=\"sensitivity\"") < page.find("<section id=\"assumptions\""));
        for (const Label l : {Label::sens_title, Label::legend_low_decile, Label::legend_high_decile,
                              Label::legend_overall_mean, Label::col_swing, Label::col_spearman,
                              Label::col_variance_share, Label::col_low_decile, Label::col_high_decile})
            CHECK(s.find(w(l)) != std::string::npos);
        CHECK(s.find(w(Label::sens_chart, 2036)) != std::string::npos);
        // The input names are the table's: the case load leads this example in both languages.
        CHECK(s.find(lang == Lang::de ? "Behandlungsfälle je Arzt-VZÄ und Quartal"
                                      : "Cases per doctor FTE and quarter") != std::string::npos);
        CHECK(s.find("<svg") != std::string::npos);
        // Eight inputs, two bars each (the lowest and the highest decile's side).
        std::size_t bars = 0;
        for (auto at = s.find("class=\"bar\""); at != std::string::npos; at = s.find("class=\"bar\"", at + 1)) ++bars;
        CHECK(bars == 16);
    }
    const fs::path without = dir / "without.html";
    REQUIRE(
        mvzsim_cmd({"report", kFile, "-n", "400", "--no-breakeven", "--no-sensitivity", "-o", without.string()}).code ==
        0);
    const std::string page = read_file(without);
    CHECK(section_of(page, "sensitivity").empty());
    CHECK(page.find(std::string(text(Label::sens_title, Lang::de))) == std::string::npos);
    CHECK(page.find("<section id=\"assumptions\"") != std::string::npos);
}

TEST_CASE("report: the tornado and its table are mvzsim sensitivity's numbers for the same seed and trials",
          "[cli][report]") {
    using namespace mvzsim;
    const auto json = mvzsim_cmd({"sensitivity", kFile, "-n", "400", "--seed", "7", "-f", "json"});
    REQUIRE(json.code == 0);
    const auto expected = json_inputs(json.out);
    REQUIRE(expected.size() >= 8);

    ReportRequest request;
    request.run = {.seed = 7, .trials = 400, .threads = 2};
    request.sensitivity = true;
    const ReportData d = compute_report(scenarios::load_scenario(kFile), request);
    REQUIRE(d.sensitivity);
    const auto& got = d.sensitivity->result.inputs;
    REQUIRE(got.size() == expected.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
        INFO(expected[k].name);
        CHECK(got[k].name == expected[k].name);  // the same order: largest swing first
        // The JSON prints the shortest text that reads back the same double: equal, bit for bit.
        CHECK(got[k].low.mean == expected[k].low);
        CHECK(got[k].high.mean == expected[k].high);
        CHECK(got[k].swing == expected[k].swing);
        CHECK(got[k].spearman == expected[k].spearman);
        CHECK(got[k].share.share == expected[k].share);
        CHECK(got[k].share.low == expected[k].share_low);
        CHECK(got[k].share.high == expected[k].share_high);
    }
    CHECK(d.sensitivity->year == 2036);

    // The page shows them in T€ with one decimal, the share in percent.
    const fs::path html = scratch_dir("report-sensitivity-numbers") / "r.html";
    REQUIRE(mvzsim_cmd({"report", kFile, "-n", "400", "--seed", "7", "--no-breakeven", "-o", html.string()}).code == 0);
    const std::string s = section_of(read_file(html), "sensitivity");
    const Words w(Lang::de);
    for (std::size_t k = 0; k < 8; ++k) {
        INFO(expected[k].name);
        const std::string row = "<span class=\"sub\">" + expected[k].name + "</span></td><td class=\"num\">" +
                                w.thousand(expected[k].swing) + "</td><td class=\"num\">" +
                                w.thousand(expected[k].low) + "</td><td class=\"num\">" + w.thousand(expected[k].high) +
                                "</td>";
        CHECK(s.find(row) != std::string::npos);
        CHECK(s.find(w.percent(expected[k].share)) != std::string::npos);
        // Each bar's title gives the mean at its end (T€).
        CHECK(s.find(": " + w.number(expected[k].low / 1000.0, 1) + "</title>") != std::string::npos);
        CHECK(s.find(": " + w.number(expected[k].high / 1000.0, 1) + "</title>") != std::string::npos);
    }
    CHECK(s.find("<span class=\"sub\">" + expected[8].name + "</span>") == std::string::npos);  // top 8 only
}

TEST_CASE("report: too few trials for the analysis leave the section out", "[cli][report]") {
    using namespace mvzsim;
    ReportRequest request;
    request.run = {.seed = 7, .trials = kSensitivityMinTrials - 1, .threads = 1};
    request.sensitivity = true;
    CHECK_FALSE(compute_report(scenarios::load_scenario(kFile), request).sensitivity);
    request.run.trials = 60;  // 6 bins of 10 trials
    const auto d = compute_report(scenarios::load_scenario(kFile), request);
    REQUIRE(d.sensitivity);
    CHECK(d.sensitivity->options.bins == 6);
}

TEST_CASE("report --compare: a scenario compared with itself differs by exactly zero; --variant as compare takes it",
          "[cli][report]") {
    using namespace mvzsim;
    ReportRequest request;
    request.run = {.seed = 7, .trials = 300, .threads = 2};
    const auto scenario = scenarios::load_scenario(kFile);
    request.compare_specs = {scenario.spec, scenario.spec};
    request.compare_labels = {"base", "same"};
    const ReportData d = compute_report(scenario, request);
    REQUIRE(d.comparison);
    const auto& same = d.comparison->results[1];
    for (const auto& y : same.years) {
        REQUIRE(y.difference);
        for (const auto& diff : *y.difference) {
            CHECK(diff.mean == 0.0);  // the same draws in every trial: every difference is 0
            CHECK(diff.standard_error == 0.0);
            CHECK(diff.p_better == 0.0);
        }
    }
    REQUIRE(same.horizon_difference);
    CHECK((*same.horizon_difference)[0].mean == 0.0);
    // The base's figures are run's: the mean cumulative result of the last year.
    const auto run = models::project(scenario.spec, request.run);
    CHECK(
        d.comparison->results[0].years.back().values[models::compared_index(models::Metric::cumulative_result)].mean ==
        run.years.back()[models::Metric::cumulative_result].mean);

    const fs::path dir = scratch_dir("report-compare");
    const fs::path html = dir / "c.html";
    REQUIRE(mvzsim_cmd({"report", kFile, "-n", "300", "--no-breakeven", "--no-sensitivity", "--compare", kFile,
                        "--variant", "half:doctors[gp-1].fte=0.5", "-o", html.string()})
                .code == 0);
    const std::string s = section_of(read_file(html), "compare");
    REQUIRE(!s.empty());
    const Words w(Lang::de);
    for (const Label l : {Label::cmp_title, Label::col_p_better, Label::col_credit_line_p95, Label::col_diff_cum})
        CHECK(s.find(w(l)) != std::string::npos);
    CHECK(s.find("<td>half</td>") != std::string::npos);
    // The file compared with itself: zero differences, P(better) 0 %.
    const std::string zero = "<td class=\"num\">" + w.thousand(0.0) + "</td><td class=\"num\">" + w.thousand(0.0) +
                             "</td><td class=\"num\">" + w.percent(0.0) + "</td>";
    CHECK(s.find(zero + zero + "</tr>") != std::string::npos);
    // Without --compare or --variant no section; a bad variant is a usage error.
    CHECK(section_of(read_file(without_compare(dir)), "compare").empty());
    const auto bad =
        mvzsim_cmd({"report", kFile, "-n", "300", "--variant", "nocolon", "-o", (dir / "x.html").string()});
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err, Catch::Contains("--variant 'nocolon'"));
}
