#pragma once
// Keys of the sections investments, financing, grants and correlations. Internal to scenarios/.
#include "scenarios/key_table.h"
#include "scenarios/keys_shared.h"

namespace mvzsim::scenarios::keys {

// Yearly interest rates as fractions; 30 % is far above any credit or overdraft rate, so larger
// numbers are slips (most often a percentage written for a fraction).
inline constexpr Range kInterestRate{0.0, 0.3, false, false, "a yearly rate as a fraction: 0.045 = 4.5 %"};
// Betriebsgewöhnliche Nutzungsdauer (A&W Lexikon, AfA tables): PC and laptop 3 years, card
// terminal 8, practice furniture 13, X-ray about 10, medical devices 5-10, purchased goodwill 3-5.
// 50 years bounds buildings (§ 7 Abs. 4 EStG: 2-3 % a year).
inline constexpr double kMaxUsefulLifeYears = 50;
// Loan terms: bank loans for practices and buildings run up to about 30 years; 40 bounds them.
inline constexpr double kMaxTermYears = 40;

// investments[]
inline constexpr Key kInvestmentName{.name = "name",
                                     .type = V::name,
                                     .required = true,
                                     .what = "a short unique name for the investment, e.g. medical-equipment"};
inline constexpr Key kInvestmentAmount{.name = "amount_eur",
                                       .type = V::uncertain,
                                       .required = true,
                                       .what = "the purchase price in EUR",
                                       .range = non_negative("EUR"),
                                       .money = true};
inline constexpr Key kInvestmentMonth{
    .name = "month", .type = V::month, .required = true, .what = "the month of purchase as YYYY-MM"};
inline constexpr Key kUsefulLife{.name = "useful_life_years",
                                 .type = V::whole_number,
                                 .required = true,
                                 .what = "the useful life in years",
                                 .range = whole(1, kMaxUsefulLifeYears)};
inline constexpr const Key* kInvestmentKeys[] = {&kInvestmentName, &kInvestmentAmount, &kInvestmentMonth, &kUsefulLife};
inline constexpr Section kInvestment{"investment", kInvestmentKeys, "name"};

// financing.capital_injections[], financing.loans[], financing.credit_line
inline constexpr Key kInjectionMonth{
    .name = "month", .type = V::month, .required = true, .what = "the month of the payment as YYYY-MM"};
inline constexpr Key kInjectionAmount{.name = "amount_eur",
                                      .type = V::number,
                                      .required = true,
                                      .what = "the payment into the capital reserve in EUR",
                                      .range = positive("EUR"),
                                      .money = true};
inline constexpr const Key* kInjectionKeys[] = {&kInjectionMonth, &kInjectionAmount};
inline constexpr Section kInjection{"capital_injection", kInjectionKeys};
inline constexpr Key kLoanName{
    .name = "name", .type = V::name, .required = true, .what = "a short unique name for the loan, e.g. bank"};
inline constexpr Key kLoanAmount{.name = "amount_eur",
                                 .type = V::number,
                                 .required = true,
                                 .what = "the amount paid out in EUR",
                                 .range = positive("EUR"),
                                 .money = true};
inline constexpr Key kLoanMonth{
    .name = "month", .type = V::month, .required = true, .what = "the month the loan is paid out as YYYY-MM"};
inline constexpr Key kLoanRate{.name = "rate_per_year",
                               .type = V::number,
                               .required = true,
                               .what = "the yearly interest rate as a fraction",
                               .range = kInterestRate};
inline constexpr Key kTermYears{.name = "term_years",
                                .type = V::whole_number,
                                .required = true,
                                .what = "the term in years",
                                .range = whole(1, kMaxTermYears)};
inline constexpr std::string_view kRepaymentWords[] = {"annuity", "bullet"};
inline constexpr Key kRepayment{.name = "repayment",
                                .type = V::word,
                                .required = true,
                                .what = "annuity (constant monthly instalments) or bullet (all at the end)",
                                .words = kRepaymentWords};
inline constexpr Key kFromOwner{
    .name = "from_owner", .type = V::flag, .what = "whether the shareholder (the council) lends it"};
inline constexpr const Key* kLoanKeys[] = {&kLoanName,  &kLoanAmount, &kLoanMonth, &kLoanRate,
                                           &kTermYears, &kRepayment,  &kFromOwner};
inline constexpr Section kLoan{"loan", kLoanKeys, "name"};
inline constexpr Key kCreditLimit{.name = "limit_eur",
                                  .type = V::number,
                                  .required = true,
                                  .what = "the overdraft limit in EUR",
                                  .range = non_negative("EUR"),
                                  .money = true};
inline constexpr Key kCreditRate{.name = "rate_per_year",
                                 .type = V::number,
                                 .required = true,
                                 .what = "the yearly interest rate on the overdraft as a fraction",
                                 .range = kInterestRate};
inline constexpr const Key* kCreditLineKeys[] = {&kCreditLimit, &kCreditRate};
inline constexpr Section kCreditLine{"credit_line", kCreditLineKeys};

// financing
inline constexpr Key kEquity{.name = "equity_eur",
                             .type = V::number,
                             .what = "Stammkapital and capital reserve paid in at opening, in EUR",
                             .range = non_negative("EUR"),
                             .money = true};
inline constexpr Key kInjections{.name = "capital_injections",
                                 .type = V::list,
                                 .what = "capital injections",
                                 .section = &kInjection,
                                 .max_entries = 600};
inline constexpr Key kLoans{.name = "loans", .type = V::list, .what = "loans", .section = &kLoan, .max_entries = 100};
inline constexpr Key kCreditLineSection{
    .name = "credit_line", .type = V::mapping, .what = "an overdraft facility", .section = &kCreditLine};
inline constexpr const Key* kFinancingKeys[] = {&kEquity, &kInjections, &kLoans, &kCreditLineSection};
inline constexpr Section kFinancing{"financing", kFinancingKeys};

// grants.investment[]
inline constexpr Key kGrantName{
    .name = "name", .type = V::name, .required = true, .what = "a name such as state-rvz-grant"};
inline constexpr Key kGrantRate{.name = "rate",
                                .type = V::number,
                                .required = true,
                                .what = "the funding rate",
                                .range = fraction("the funded share of eligible cost: 0.95 = 95 %")};
inline constexpr Key kGrantCap{
    .name = "cap_eur", .type = V::number, .what = "the largest grant", .range = non_negative("EUR"), .money = true};
inline constexpr Key kPaid{.name = "paid", .type = V::month, .what = kMonthWhat};
inline constexpr Key kBindingYears{
    .name = "binding_years", .type = V::whole_number, .what = "years of the binding period", .range = whole(0, 30)};
inline constexpr Key kMaxVacancy{.name = "max_vacancy_months",
                                 .type = V::whole_number,
                                 .what = "months a doctor position may stay vacant",
                                 .range = whole(0, 120)};
inline constexpr Key kGrantPosition{.name = "position", .type = V::text, .what = "the id of a doctor position"};
inline constexpr Key kEligible{.name = "eligible", .type = V::texts, .what = "a list of investment names"};
inline constexpr const Key* kInvestmentGrantKeys[] = {&kGrantName,    &kGrantRate,  &kGrantCap,      &kPaid,
                                                      &kBindingYears, &kMaxVacancy, &kGrantPosition, &kEligible};
inline constexpr Section kInvestmentGrant{"investment_grant", kInvestmentGrantKeys, "name"};

// grants.operating[]
inline constexpr Key kOperatingName{
    .name = "name", .type = V::name, .required = true, .what = "a name such as county-subsidy"};
inline constexpr Key kOperatingAmount{.name = "eur_per_year",
                                      .type = V::uncertain,
                                      .required = true,
                                      .what = "EUR per year",
                                      .range = non_negative("EUR per year"),
                                      .money = true};
inline constexpr Key kYearsPaid{.name = "years",
                                .type = V::whole_number,
                                .required = true,
                                .what = "the number of years paid",
                                .range = whole(1, 50)};
inline constexpr const Key* kOperatingKeys[] = {&kOperatingName, &kOperatingAmount, &kStart, &kYearsPaid};
inline constexpr Section kOperating{"operating_subsidy", kOperatingKeys, "name"};

// grants.positions[]
inline constexpr Key kFundingName{
    .name = "name", .type = V::name, .required = true, .what = "a name such as regional-coordinator"};
inline constexpr Key kFundedPosition{.name = "position",
                                     .type = V::text,
                                     .required = true,
                                     .what = "the id of a doctor position or the role of a staff line"};
inline constexpr Key kFundingAmount{.name = "eur_per_year",
                                    .type = V::number,
                                    .required = true,
                                    .what = "the largest amount a year",
                                    .range = non_negative("EUR per year"),
                                    .money = true};
inline constexpr Key kShareOfCost{.name = "share_of_cost",
                                  .type = V::number,
                                  .what = "the largest share of the position's cost",
                                  .range = fraction("a share of the position's cost")};
inline constexpr Key kYearsFunded{.name = "years",
                                  .type = V::whole_number,
                                  .required = true,
                                  .what = "the number of years funded",
                                  .range = whole(1, 50)};
inline constexpr Key kPositionVacancy{.name = "max_vacancy_months",
                                      .type = V::whole_number,
                                      .what = "months the position may stay vacant",
                                      .range = whole(0, 120)};
inline constexpr const Key* kPositionFundingKeys[] = {&kFundingName, &kFundedPosition, &kFundingAmount,  &kShareOfCost,
                                                      &kStart,       &kYearsFunded,    &kPositionVacancy};
inline constexpr Section kPositionFunding{"position_funding", kPositionFundingKeys, "name"};

// grants.turnover_guarantees[]
inline constexpr Key kGuaranteeName{
    .name = "name", .type = V::name, .required = true, .what = "a name such as kv-strukturfonds"};
inline constexpr Key kGuaranteedPosition{
    .name = "position", .type = V::text, .required = true, .what = "the id of a doctor position"};
inline constexpr Key kReference{.name = "reference_eur_per_quarter",
                                .type = V::number,
                                .required = true,
                                .what = "the guaranteed GKV revenue per quarter",
                                .range = non_negative("EUR per quarter"),
                                .money = true};
inline constexpr Key kGuaranteeQuarters{.name = "quarters",
                                        .type = V::whole_number,
                                        .required = true,
                                        .what = "the number of quarters guaranteed",
                                        .range = whole(1, 40)};
inline constexpr Key kStayYears{
    .name = "binding_years", .type = V::whole_number, .what = "years the doctor must stay", .range = whole(0, 30)};
inline constexpr const Key* kGuaranteeKeys[] = {&kGuaranteeName, &kGuaranteedPosition, &kReference, &kGuaranteeQuarters,
                                                &kStayYears};
inline constexpr Section kGuarantee{"turnover_guarantee", kGuaranteeKeys, "name"};

// grants
inline constexpr Key kSubsidyCeiling{.name = "subsidy_ceiling_eur_per_year",
                                     .type = V::number,
                                     .what = "the council's ceiling for the yearly loss compensation",
                                     .range = non_negative("EUR per year"),
                                     .money = true};
inline constexpr Key kLossCompensationPaid{.name = "loss_compensation_paid", .type = V::flag, .what = "true or false"};
inline constexpr Key kLossCompensationMonth{
    .name = "loss_compensation_month",
    .type = V::whole_number,
    .what = "the month of the following year in which the owner pays a year's loss (with loss_compensation_paid)",
    .range = whole(1, 12, "a calendar month, 1 = January")};
inline constexpr Key kInvestmentGrants{.name = "investment",
                                       .type = V::list,
                                       .what = "investment grants",
                                       .section = &kInvestmentGrant,
                                       .max_entries = 100};
inline constexpr Key kOperatingGrants{
    .name = "operating", .type = V::list, .what = "operating subsidies", .section = &kOperating, .max_entries = 100};
inline constexpr Key kPositionGrants{.name = "positions",
                                     .type = V::list,
                                     .what = "position fundings",
                                     .section = &kPositionFunding,
                                     .max_entries = 100};
inline constexpr Key kGuarantees{.name = "turnover_guarantees",
                                 .type = V::list,
                                 .what = "KV turnover guarantees",
                                 .section = &kGuarantee,
                                 .max_entries = 100};
inline constexpr const Key* kGrantsKeys[] = {&kSubsidyCeiling,   &kLossCompensationPaid, &kLossCompensationMonth,
                                             &kInvestmentGrants, &kOperatingGrants,      &kPositionGrants,
                                             &kGuarantees};
inline constexpr Section kGrants{"grants", kGrantsKeys};

// correlations[]
inline constexpr Key kBetween{.name = "between",
                              .type = V::texts,
                              .required = true,
                              .what =
                                  "the two inputs, by key path, e.g. [billing.cases_per_fte_per_quarter, "
                                  "billing.private.share_of_cases]",
                              .count = 2};
inline constexpr Key kRank{.name = "rank",
                           .type = V::number,
                           .required = true,
                           .what = "the rank correlation, e.g. 0.5",
                           .range = {-1.0, 1.0, true, true, "a Spearman rank correlation"}};
inline constexpr const Key* kCorrelationKeys[] = {&kBetween, &kRank};
inline constexpr Section kCorrelation{"correlation", kCorrelationKeys};

}  // namespace mvzsim::scenarios::keys
