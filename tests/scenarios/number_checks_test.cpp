// Every number from the user is checked for range and size where it enters, distribution
// parameters included; money with a German thousands separator is caught; lists of entities are
// bounded. And the largest values the loader accepts keep every output finite.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "scenarios/diagnostics.h"
#include "scenarios/scenario_loader.h"

using namespace mvzsim;

namespace {

// A valid scenario with `doctor` as its one doctor position and `billing` as its billing.
std::string scenario(const std::string& doctor, const std::string& billing =
                                                    "{cases_per_fte_per_quarter: 800, "
                                                    "gkv: {eur_per_case: 70}}") {
    return "centre: {name: N, opening: 2027-01, horizon_years: 3}\n"
           "doctors:\n  - " +
           doctor +
           "\n"
           "billing: " +
           billing +
           "\n"
           "premises: {rent_eur_per_month: 1000}\n"
           "running_costs: {fixed_eur_per_month: 500}\n";
}

const std::string kDoctor = "{id: a, fte: 1, salary_per_year: 80000, on_cost_rate: 0.21}";

std::vector<std::string> messages(const std::string& text) {
    try {
        scenarios::parse_scenario("n.yaml", text);
    } catch (const scenarios::InputError& e) {
        std::vector<std::string> lines;
        for (const auto& d : e.diagnostics()) lines.push_back(scenarios::format(d));
        return lines;
    }
    return {};
}

}  // namespace

TEST_CASE("numbers beyond +-1e9 are refused where they enter, distribution parameters included",
          "[scenarios][numbers]") {
    const std::string beyond = "lies beyond +-1000000000, the largest size of a number in a scenario";
    for (const std::string& salary :
         {std::string("1e308"), std::string("{triangular: [0, 1e10, 2e10]}"), std::string("{uniform: [0, 1e300]}"),
          std::string("{normal: {mean: 80000, sd: 1e12, min: 0}}"), std::string("{lognormal: {mean: 2e9, sd: 1}}"),
          std::string("{discrete: {values: [1, 2], weights: [1, 1e10]}}")}) {
        INFO(salary);
        const auto m = messages(scenario("{id: a, fte: 1, salary_per_year: " + salary + ", on_cost_rate: 0.21}"));
        REQUIRE(m.size() == 1);
        CHECK_THAT(m[0], Catch::Contains(beyond));
    }
    // A Poisson mean that overflows Boost's sampler (a long) is refused before any draw.
    const auto poisson =
        messages(scenario(kDoctor, "{cases_per_fte_per_quarter: {poisson: {mean: 1e19}}, gkv: {eur_per_case: 70}}"));
    CHECK(poisson == std::vector<std::string>{"n.yaml:4:55: billing.cases_per_fte_per_quarter.poisson.mean: " + beyond +
                                              " (got 1e19): check the number"});
    // Too small shapes and too wide lognormals.
    CHECK_THAT(messages(scenario(kDoctor,
                                 "{cases_per_fte_per_quarter: {gamma: {shape: 0.001, scale: 800}}, gkv: "
                                 "{eur_per_case: 70}}"))[0],
               Catch::Contains("must be >= 0.01"));
    CHECK_THAT(messages(scenario("{id: a, fte: 1, salary_per_year: {lognormal: {median: 80000, p95: 1e9}}, "
                                 "on_cost_rate: 0.21}"))[0],
               Catch::Contains("p95: is more than 1000 times the median"));
    CHECK_THAT(messages(scenario("{id: a, fte: 1, salary_per_year: {lognormal: {mean: 1e-300, sd: 1}}, "
                                 "on_cost_rate: 0.21}"))[0],
               Catch::Contains("sd: is more than 1000 times the mean"));
    CHECK(messages(scenario("{id: a, fte: 1, salary_per_year: 1e9, on_cost_rate: 0.21}")).empty());
}

TEST_CASE("an amount in EUR with a dot and three zeros is a German thousands separator", "[scenarios][numbers]") {
    CHECK(messages(scenario("{id: a, fte: 1, salary_per_year: 90.000, on_cost_rate: 0.21}")) ==
          std::vector<std::string>{"n.yaml:3:38: doctors[0].salary_per_year: 90.000 reads as 90 EUR (YAML takes the "
                                   "dot for a decimal point): write 90000 for 90 thousand EUR, or 90 for 90 EUR"});
    const std::string loan =
        scenario(kDoctor) +
        "financing:\n  loans: [{name: bank, amount_eur: 400.000, month: 2027-01, rate_per_year: 0.04, term_years: "
        "10, repayment: annuity}]\n";
    CHECK(messages(loan) ==
          std::vector<std::string>{"n.yaml:8:36: financing.loans[0].amount_eur: 400.000 reads as 400 EUR (YAML takes "
                                   "the dot for a decimal point): write 400000 for 400 thousand EUR, or 400 for 400 "
                                   "EUR"});
    // Inside an uncertain value: each number of it, but not its weights or shapes.
    const auto triangular =
        messages(scenario("{id: a, fte: 1, salary_per_year: {triangular: [70.000, 85.000, 100000]}, on_cost_rate: "
                          "0.21}"));
    REQUIRE(triangular.size() == 2);
    CHECK_THAT(triangular[0], Catch::Contains("salary_per_year.triangular[0]: 70.000 reads as 70 EUR"));
    CHECK_THAT(triangular[1], Catch::Contains("salary_per_year.triangular[1]: 85.000 reads as 85 EUR"));
    CHECK(messages(scenario("{id: a, fte: 1, salary_per_year: {discrete: {values: [80000, 90000], weights: [1.000, "
                            "2.000]}}, on_cost_rate: 0.21}"))
              .empty());
    // Not money: fractions, FTE, areas, cents; nor 90.5, 90.500, 1234.000 or 0.000.
    CHECK(messages(scenario("{id: a, fte: 1.000, salary_per_year: 80000, on_cost_rate: 0.500}")).empty());
    for (const char* amount : {"90.5", "90.500", "1234.000", "0.000", "90000.000"}) {
        INFO(amount);
        CHECK(messages(scenario("{id: a, fte: 1, salary_per_year: " + std::string(amount) + ", on_cost_rate: 0.21}"))
                  .empty());
    }
    CHECK_THAT(messages(scenario("{id: a, fte: 1, salary_per_year: 1.250.000, on_cost_rate: 0.21}"))[0],
               Catch::EndsWith("; write numbers without thousands separators, e.g. 1250000"));
}

TEST_CASE("lists of entities are bounded", "[scenarios][numbers]") {
    std::string doctors = "[";
    for (int i = 0; i < 201; ++i)
        doctors.append("{id: d").append(std::to_string(i)).append(", fte: 1, salary_per_year: 1, on_cost_rate: 0}, ");
    std::string text = scenario(kDoctor);
    text.replace(text.find("doctors:\n  - " + kDoctor), 13 + kDoctor.size(), "doctors: " + doctors + "]");
    CHECK(messages(text) == std::vector<std::string>{"n.yaml:2:10: doctors: a list of 201 doctor positions: at most "
                                                     "200 are allowed (the limit)"});
}

TEST_CASE("the largest values the loader accepts keep every output finite", "[scenarios][numbers]") {
    // Every amount at the size limit, rates at their extremes, 50 years: the model's sums must stay
    // finite, so that no report can show inf or nan.
    const std::string big = "1000000000";
    const std::string text =
        "centre: {name: Big, opening: 2027-01, horizon_years: 50, trials: 50}\n"
        "doctors:\n"
        "  - {id: a, fte: 1, salary_per_year: " +
        big + ", on_cost_rate: 1, raise_per_year: 0.5}\n" + "  - {id: b, fte: 1, salary_per_year: " + big +
        ", on_cost_rate: 1, raise_per_year: -0.5}\n" + "billing:\n  cases_per_fte_per_quarter: " + big +
        "\n  gkv: {points_per_case: " + big + ", orientierungswert_ct_per_point: " + big + ", growth_per_year: 0.5}\n" +
        "  private: {share_of_cases: 1, eur_per_case: " + big + ", growth_per_year: 0.5}\n" +
        "premises: {area_m2: " + big + ", rent_eur_per_m2_per_month: " + big + ", rent_increase_per_year: 0.5}\n" +
        "running_costs: {fixed_eur_per_month: " + big + ", eur_per_case: " + big +
        ", eur_per_month_per_doctor_fte: " + big + "}\ncost_inflation_per_year: 0.5\n" +
        "financing: {equity_eur: " + big + ", loans: [{name: l, amount_eur: " + big +
        ", month: 2027-01, rate_per_year: 0.3, term_years: 40, repayment: annuity}], credit_line: {limit_eur: " + big +
        ", rate_per_year: 0.3}}\n";
    REQUIRE(messages(text).empty());
    const std::string file = (std::filesystem::temp_directory_path() / "mvzsim-big.yaml").string();
    std::ofstream(file) << text;
    std::ostringstream out, err;
    REQUIRE(cli::run({"run", file, "-f", "csv"}, out, err) == 0);
    const std::string csv = out.str();
    CHECK(csv.find("inf") == std::string::npos);
    CHECK(csv.find("nan") == std::string::npos);
    std::filesystem::remove(file);
}

TEST_CASE("an extreme value is refused by every command that runs, before any output", "[scenarios][numbers]") {
    // A salary of 1e308 overflowed in `run --replay` and `breakeven` once (printing -inf and nan,
    // exit 0); it is refused where it enters, so every command stops with exit 2 and writes nothing.
    const auto dir = std::filesystem::temp_directory_path() / "mvzsim-extreme";
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "extreme.yaml").string();
    std::ofstream(file) << scenario("{id: a, fte: 1, salary_per_year: 1e308, on_cost_rate: 0.21}");
    const std::string html = (dir / "report.html").string();
    const std::vector<std::vector<std::string>> commands = {
        {"run", file},
        {"run", file, "-f", "json"},
        {"run", file, "--replay", "3"},
        {"run", file, "--replay", "3", "-f", "csv"},
        {"breakeven", file, "--doctors", "1..2"},
        {"solve", file, "--vary", "billing.gkv.eur_per_case", "--range", "10..100", "--target",
         "P(result[2029] >= 0) >= 0.5"},
        {"report", file, "-o", html},
    };
    for (const auto& args : commands) {
        INFO(args[0] << " " << args.back());
        std::ostringstream out, err;
        CHECK(cli::run(args, out, err) == 2);
        CHECK(out.str().empty());
        CHECK_THAT(err.str(), Catch::Contains("doctors[0].salary_per_year: lies beyond +-1000000000") &&
                                  Catch::Contains("nothing was run"));
    }
    CHECK_FALSE(std::filesystem::exists(html));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a Poisson mean of 1e30 is refused at load, located", "[scenarios][numbers]") {
    CHECK(
        messages(scenario(kDoctor, "{cases_per_fte_per_quarter: {poisson: {mean: 1e30}}, gkv: {eur_per_case: 70}}")) ==
        std::vector<std::string>{"n.yaml:4:55: billing.cases_per_fte_per_quarter.poisson.mean: lies beyond "
                                 "+-1000000000, the largest size of a number in a scenario (got 1e30): check the "
                                 "number"});
}
