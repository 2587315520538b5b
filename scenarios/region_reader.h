#pragma once
// Turns a region file (`kind: region`, or a top-level `sites:` list) into a RegionSpec: each
// site's scenario file read as `mvzsim run` reads it, the shared inputs matched to every site's
// inputs, the county's posts read. See docs/region.md.
#include <string>
#include <vector>

#include "models/region/region_spec.h"
#include "scenarios/scenario_loader.h"

namespace mvzsim::scenarios {

struct RegionFile {
    std::string file;                  // as given
    std::string text;                  // the file's bytes, for hashing and provenance
    std::vector<Scenario> sites;       // each site's scenario as loaded (spec.site not yet set)
    models::RegionSpec spec;           // the sites' specs with their salts and shared streams
    std::vector<Diagnostic> warnings;  // the sites' plausibility warnings
};

// Whether the text is a region file: a line `kind: region` or `sites:` at the top level (so that
// `mvzsim run` knows which reader to use, even for a file with a YAML error).
bool is_region_text(const std::string& text);
bool is_region_file(const std::string& path);

// Throws InputError with every problem found in the region file and in its sites' files.
RegionFile load_region(const std::string& file);
RegionFile parse_region(const std::string& file, const std::string& text);

}  // namespace mvzsim::scenarios
