#include "scenarios/operations_reader.h"

#include "models/draws/streams.h"
#include "scenarios/keys_scenario.h"

namespace mvzsim::scenarios {

namespace k = keys;

void read_recruitment(MapReader& doctor, const std::string& stream, models::DoctorSpec& d) {
    d.productivity = read_input_or(doctor, k::kProductivity, 1.0, stream + "productivity");
    models::RecruitmentSpec& r = d.recruitment;
    r.time_to_fill_months = models::fixed_input(0.0);
    r.departures_per_year = models::fixed_input(0.0);
    r.refill_months = models::fixed_input(0.0);
    r.recruiting_cost_eur = models::fixed_input(0.0);
    if (!doctor.has(k::kRecruitmentSection)) return;
    MapReader m(doctor, k::kRecruitmentSection);
    if (!m.valid()) return;
    r.time_to_fill_months = read_input_or(m, k::kTimeToFill, 0.0, stream + "time_to_fill_months");
    r.departures_per_year = read_input_or(m, k::kDepartures, 0.0, stream + "departures_per_year");
    r.refill_months = read_input_or(m, k::kRefillMonths, 0.0, stream + "refill_months");
    r.recruiting_cost_eur = read_input_or(m, k::kRecruitingCost, 0.0, stream + "recruiting_cost_eur");
    m.finish();
}

void read_turnover(MapReader& staff, const std::string& stream, models::StaffSpec& s) {
    s.departures_per_year = models::fixed_input(0.0);
    s.refill_months = models::fixed_input(0.0);
    if (!staff.has(k::kTurnoverSection)) return;
    MapReader m(staff, k::kTurnoverSection);
    if (!m.valid()) return;
    s.departures_per_year =
        read_input(m, k::kStaffDepartures, stream + "departures_per_year").value_or(models::fixed_input(0.0));
    s.refill_months = read_input(m, k::kStaffRefill, stream + "refill_months").value_or(models::fixed_input(0.0));
    m.finish();
}

namespace {

void read_ramp_up(MapReader& billing, models::RampUpSpec& ramp) {
    if (!billing.has(k::kRampUpSection)) return;
    MapReader m(billing, k::kRampUpSection);
    if (!m.valid()) return;
    ramp.quarters = whole_number(m, k::kRampQuarters, 1);
    ramp.start_share = m.number(k::kRampStartShare).value_or(1.0);
    ramp.refill_start_share = m.number(k::kRampRefillShare).value_or(1.0);
    if (const auto shape = m.string(k::kRampShape)) {
        if (*shape == "s_curve")
            ramp.shape = models::RampShape::s_curve;
        else if (*shape != "linear") {
            const std::string guess = did_you_mean(*shape, {"linear", "s_curve"});
            m.context().error(m.mark(k::kRampShape), m.path(k::kRampShape),
                              "expected linear or s_curve (got " + *shape + ")" +
                                  (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
        }
    }
    m.finish();
}

void read_kv_payment(MapReader& billing, models::KvPaymentSpec& kv) {
    if (!billing.has(k::kKvPaymentSection)) return;
    MapReader m(billing, k::kKvPaymentSection);
    if (!m.valid()) return;
    kv.present = true;
    kv.advance_share = m.number(k::kAdvanceShare).value_or(0.0);
    kv.settlement_lag_months = whole_number(m, k::kSettlementLag, 0);
    m.finish();
}

}  // namespace

void read_billing_timing(MapReader& billing, models::BillingSpec& b) {
    read_ramp_up(billing, b.ramp_up);
    read_kv_payment(billing, b.kv_payment);
    std::map<std::string, std::string> names;
    for_each_item(billing, k::kSurcharges, [&](MapReader& m) {
        models::SurchargeSpec s;
        s.name = read_name(m, k::kSurchargeName);
        if (!s.name.empty()) check_unique(m, k::kSurchargeName, s.name, names);
        const std::string stream = models::streams::surcharge(s.name) + ".";
        s.eur_per_case = read_input_or(m, k::kSurchargePerCase, 0.0, stream + "eur_per_case");
        s.eur_per_month = read_input_or(m, k::kSurchargePerMonth, 0.0, stream + "eur_per_month");
        s.stops_without_doctor = read_flag(m, k::kStopsWithoutDoctor, false);
        if (!m.has(k::kSurchargePerCase) && !m.has(k::kSurchargePerMonth))
            m.context().error(m.self(), m.own_path(), "give eur_per_case, eur_per_month or both");
        m.finish();
        b.surcharges.push_back(std::move(s));
    });
}

void read_payout_quota(MapReader& gkv, models::PayoutQuotaSpec& q) {
    if (!gkv.has(k::kPayoutQuotaSection)) return;
    MapReader m(gkv, k::kPayoutQuotaSection);
    if (!m.valid()) return;
    q.present = true;
    q.limit_cases_per_fte_per_quarter = m.number(k::kQuotaLimit).value_or(0.0);
    q.quota = m.number(k::kQuota).value_or(1.0);
    m.finish();
}

}  // namespace mvzsim::scenarios
