#pragma once
// The reports of a region run (`mvzsim run REGION.yaml`): per site and for the region, per year,
// the subsidy need, cash, result, the posts' net cost and the chance of exceeding the ceiling, the
// largest cash gap, and the part of the risk that comes from the shared inputs; as a table, CSV
// (en or de) or JSON. See docs/region.md.
#include <string>

#include "cli/output_format.h"
#include "cli/report.h"
#include "models/region/region_model.h"
#include "scenarios/region_reader.h"

namespace mvzsim::cli {

// What a reader needs to reproduce a region run: the region file and each site's file.
struct RegionProvenance {
    Provenance region;                  // scenario_name: the region's name; extends: unused
    std::vector<ProvenanceFile> sites;  // each site's scenario file, in site order
};
RegionProvenance region_provenance(const scenarios::RegionFile& file, std::uint64_t seed, std::size_t trials);

std::string format_region(const RegionProvenance& p, const models::RegionProjection& r, Format format,
                          CsvDialect dialect, report::Lang lang);

}  // namespace mvzsim::cli
