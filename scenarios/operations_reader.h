#pragma once
// Readers of the operational keys (internal to scenarios/): recruitment and productivity of
// doctor positions, staff turnover, ramp-up, KV payment timing, payout quota, surcharges, grants.
#include "models/spec/centre_spec.h"
#include "scenarios/section_readers.h"

namespace mvzsim::scenarios {

// doctors[i].recruitment and doctors[i].productivity.
void read_recruitment(MapReader& doctor, const std::string& stream, models::DoctorSpec& d);
// staff[i].turnover.
void read_turnover(MapReader& staff, const std::string& stream, models::StaffSpec& s);
// billing.ramp_up, billing.kv_payment, billing.surcharges.
void read_billing_timing(MapReader& billing, models::BillingSpec& b);
// billing.gkv.payout_quota.
void read_payout_quota(MapReader& gkv, models::PayoutQuotaSpec& q);
// The top-level grants section (grants_reader.cpp); positions must name doctors or staff roles of `spec`.
void read_grants(MapReader& top, const CentreHeader& header, models::CentreSpec& spec);
// The top-level correlations section (grants_reader.cpp); must be read after every section with inputs.
void read_correlations(MapReader& top, models::CorrelationSpec& spec);

}  // namespace mvzsim::scenarios
