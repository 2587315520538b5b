#include "scenarios/region_reader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "models/draws/streams.h"
#include "models/draws/trial_values.h"
#include "scenarios/input_list.h"
#include "scenarios/keys_region.h"
#include "scenarios/section_readers.h"
#include "scenarios/source_text.h"
#include "scenarios/yaml_document.h"

namespace mvzsim::scenarios {
namespace {

namespace k = keys;

// Whether a listed input's path matches a shared key path, where "[*]" matches any name in brackets.
bool matches(std::string_view pattern, std::string_view path) {
    std::size_t i = 0, j = 0;
    while (i < pattern.size() && j < path.size()) {
        if (pattern.substr(i, 3) == "[*]" && path[j] == '[') {
            const std::size_t close = path.find(']', j);
            if (close == std::string_view::npos) return false;
            i += 3;
            j = close + 1;
        } else if (pattern[i] == path[j]) {
            ++i;
            ++j;
        } else {
            return false;
        }
    }
    return i == pattern.size() && j == path.size();
}

// The folder-relative path of a site's scenario file.
std::string site_path(const std::string& region_file, const std::string& scenario) {
    const std::filesystem::path p(scenario);
    if (p.is_absolute()) return scenario;
    return (std::filesystem::path(region_file).parent_path() / p).lexically_normal().string();
}

struct SharedEntry {
    std::string path;
    YAML::Mark mark;
    std::string key_path;  // "shared[i]"
};

std::vector<SharedEntry> read_shared(MapReader& top) {
    std::vector<SharedEntry> entries;
    if (!top.has(k::kShared)) return entries;
    const YAML::Node list = top.node(k::kShared);
    if (!list.IsSequence()) {
        top.context().error(
            top.mark(k::kShared), top.path(k::kShared),
            "expected a list of key paths, e.g. [cost_inflation_per_year] (got " + describe_node(list) + ")");
        return entries;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = top.path(k::kShared) + "[" + std::to_string(i) + "]";
        if (!list[i].IsScalar() || !is_plain_utf8(list[i].Scalar()) || list[i].Scalar().empty()) {
            top.context().error(list[i], at, "expected the key path of an input (got " + describe_node(list[i]) + ")");
            continue;
        }
        if (!seen.insert(list[i].Scalar()).second) {
            top.context().error(list[i], at, "names the same input twice (" + list[i].Scalar() + ")");
            continue;
        }
        entries.push_back({list[i].Scalar(), position_of(list[i]), at});
    }
    return entries;
}

void read_posts(MapReader& top, models::RegionSpec& spec) {
    std::map<std::string, std::string> names;
    for_each_item(top, k::kPosts, [&](MapReader& m) {
        models::RegionPost post;
        post.name = read_name(m, k::kPostName);
        if (!post.name.empty()) check_unique(m, k::kPostName, post.name, names);
        post.cost_eur_per_year = read_input(m, k::kPostCost, models::region_post_stream(post.name, "cost_eur_per_year"))
                                     .value_or(models::Input{});
        post.growth_per_year =
            read_input_or(m, k::kGrowthPerYear, 0.0, models::region_post_stream(post.name, "growth_per_year"));
        if (const auto start = read_year_month(m, k::kPostStart, true)) post.start = *start;
        post.years = whole_number(m, k::kPostYears, 0);
        post.funding_eur_per_year = m.number(k::kPostFunding).value_or(0.0);
        post.funding_years = whole_number(m, k::kPostFundingYears, 0);
        m.finish();
        spec.posts.push_back(std::move(post));
    });
}

struct SiteEntry {
    std::string name, scenario;
    YAML::Mark mark;  // of its scenario key
    std::string key_path;
    std::string inline_text;  // a scenario written in the region file: its lines, at their own line numbers
};

// The text of a block mapping written inside the region file (an inline site) as a document of
// its own that keeps every line and column: the lines before it blank, its first line from its
// first key on, then the lines indented at least as far (or blank, or comments).
std::string inline_scenario(const std::string& text, const Location& at) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(std::string_view(text).substr(start, end - start));
        start = end + 1;
    }
    if (static_cast<std::size_t>(at.line) > lines.size()) return {};
    const auto indent = static_cast<std::size_t>(std::max(0, at.column - 1));
    std::string out(static_cast<std::size_t>(at.line - 1), '\n');
    const std::string_view first = lines[static_cast<std::size_t>(at.line - 1)];
    out += std::string(indent, ' ');
    out += first.substr(std::min(indent, first.size()));
    out += '\n';
    for (std::size_t i = static_cast<std::size_t>(at.line); i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        const std::size_t content = line.find_first_not_of(" \t\r");
        if (content != std::string_view::npos && line[content] != '#' && content < indent) break;
        out += line;
        out += '\n';
    }
    return out;
}

// Matches every shared key path to each site's inputs: the site then draws them from the region's
// stream (the key path itself); reports paths that match nothing and inputs that cannot be shared.
void share_inputs(Context& ctx, const std::vector<SharedEntry>& shared, RegionFile& region) {
    for (const auto& entry : shared) {
        bool found = false, traced = false;
        std::vector<std::string> candidates;
        const std::uint64_t region_key = models::streams::key(entry.path);
        for (std::size_t s = 0; s < region.sites.size(); ++s) {
            models::CentreSpec& spec = region.spec.sites[s].spec;
            for (const auto& listed : list_inputs(region.sites[s])) {
                candidates.push_back(listed.path);
                if (!matches(entry.path, listed.path)) continue;
                found = true;
                const models::Input& input = listed.input;
                if (models::streams::drawn_per_event(input.stream)) {
                    ctx.error(entry.mark, entry.key_path,
                              listed.path +
                                  " is drawn anew at each event (a departure, a loss of tenant), so it has "
                                  "no one value to share; share the inputs drawn once or per period");
                    continue;
                }
                for (const auto& c : spec.correlations.inputs)
                    if (c.stream == input.stream)
                        ctx.error(entry.mark, entry.key_path,
                                  listed.path + " is rank-correlated in site '" + region.spec.sites[s].name +
                                      "' (correlations): a shared input cannot be; remove it from the site's "
                                      "correlations");
                if (sim::is_fixed(input.distribution)) continue;  // nothing drawn: nothing to share
                spec.site.shared.push_back({models::streams::key(input.stream), region_key});
                if (!traced) {
                    models::Input as_drawn = input;
                    as_drawn.stream = entry.path;
                    region.spec.shared.push_back({entry.path, {as_drawn, listed.yearly}});
                    traced = true;
                }
            }
        }
        if (!found) {
            const std::string guess = did_you_mean(entry.path, candidates);
            ctx.error(entry.mark, entry.key_path,
                      "matches no input of any site (got " + entry.path +
                          "); expected the key path of an input such as cost_inflation_per_year or "
                          "doctors[*].raise_per_year ([*]: every doctor)" +
                          (guess.empty() ? "" : " (did you mean '" + guess + "'?)"));
        }
    }
}

}  // namespace

bool is_region_text(const std::string& text) {
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = std::string_view(text).substr(start, end - start);
        if (line.substr(0, 6) == "sites:" || line.substr(0, 5) == "kind:") return true;
        start = end + 1;
    }
    return false;
}

bool is_region_file(const std::string& path) {
    try {
        return is_region_text(to_utf8(read_scenario_file(path)));
    } catch (const InputError&) {
        return false;  // the scenario reader reports it
    }
}

RegionFile load_region(const std::string& file) {
    return parse_region(file, read_scenario_file(file));
}

RegionFile parse_region(const std::string& file, const std::string& text) {
    RegionFile region;
    region.file = file;
    region.text = text;
    SourceMap sources;
    const YAML::Node root = parse_document(sources, file, to_utf8(text));
    Context ctx(sources);
    MapReader top(ctx, root, "", k::kRegionFile);
    if (!top.valid()) throw InputError(ctx.sorted_errors());
    if (const auto kind = top.string(k::kKind); kind && *kind != "region")
        ctx.error(top.mark(k::kKind), top.path(k::kKind),
                  "expected region: a scenario file has no kind key (got " + *kind + ")");
    if (top.require(k::kRegionSection)) {
        MapReader header(top, k::kRegionSection);
        if (header.valid()) {
            region.spec.name = header.string(k::kRegionName).value_or("");
            region.spec.default_seed = static_cast<std::uint64_t>(header.integer(k::kRegionSeed).value_or(1));
            region.spec.default_trials = static_cast<std::size_t>(header.integer(k::kRegionTrials).value_or(10000));
            region.spec.budget_ceiling_eur_per_year = header.number(k::kBudgetCeiling);
            header.finish();
        }
    }
    std::vector<SiteEntry> sites;
    std::map<std::string, std::string> names;
    for_each_item(top, k::kSites, [&](MapReader& m) {
        SiteEntry site;
        site.name = read_name(m, k::kSiteName);
        if (!site.name.empty()) check_unique(m, k::kSiteName, site.name, names);
        site.mark = m.mark(k::kSiteScenario);
        site.key_path = m.path(k::kSiteScenario);
        if (const YAML::Node inline_node = m.node(k::kSiteScenario); inline_node.IsMap()) {
            if (inline_node.Style() == YAML::EmitterStyle::Flow || inline_node.size() == 0)
                ctx.error(site.mark, site.key_path,
                          "an inline site's scenario must be a block mapping (its keys on lines of their own, "
                          "indented under scenario:), or name a scenario file");
            else if (const Location at = sources.locate(position_of(inline_node)); at.line < 1)
                ctx.error(site.mark, site.key_path,
                          "an inline site's scenario must be written out here, not built by a merge");
            else
                site.inline_text = inline_scenario(to_utf8(text), at);
            site.scenario = file;
        } else {
            site.scenario = m.string(k::kSiteScenario).value_or("");
        }
        m.finish();
        if (!site.scenario.empty() && !site.name.empty()) sites.push_back(std::move(site));
    });
    const std::vector<SharedEntry> shared = read_shared(top);
    read_posts(top, region.spec);
    top.finish();
    if (!ctx.errors().empty()) throw InputError(ctx.sorted_errors());

    // The sites' own files: their errors, located in those files, after the region file's.
    std::vector<Diagnostic> site_errors;
    for (const auto& site : sites) {
        const bool inline_site = !site.inline_text.empty();
        const std::string path = inline_site ? file : site_path(file, site.scenario);
        if (!inline_site && !std::filesystem::is_regular_file(path)) {
            ctx.error(site.mark, site.key_path,
                      "cannot read the site's scenario file " + path +
                          " (expected a path relative to the region file's folder)");
            continue;
        }
        try {
            // An inline site is read from the region file's own lines: its errors are located there.
            Scenario scenario = inline_site ? parse_scenario(file, site.inline_text) : load_scenario(path);
            if (inline_site) scenario.file = file + " (" + site.key_path + ")";
            if (!inline_site && is_region_text(scenario.text))
                ctx.error(site.mark, site.key_path, "names a region file; a site must be a scenario file");
            region.warnings.insert(region.warnings.end(), scenario.warnings.begin(), scenario.warnings.end());
            region.spec.sites.push_back({site.name, scenario.spec});
            region.spec.sites.back().spec.site.salt = models::site_salt(region.sites.size(), site.name);
            region.sites.push_back(std::move(scenario));
        } catch (const InputError& e) {
            site_errors.insert(site_errors.end(), e.diagnostics().begin(), e.diagnostics().end());
        }
    }
    if (ctx.errors().empty() && site_errors.empty()) share_inputs(ctx, shared, region);
    std::vector<Diagnostic> all = ctx.sorted_errors();
    all.insert(all.end(), site_errors.begin(), site_errors.end());
    if (!all.empty()) throw InputError(all);
    const auto own = ctx.sorted_warnings();  // the region file's own (a post's growth rate)
    region.warnings.insert(region.warnings.begin(), own.begin(), own.end());
    return region;
}

}  // namespace mvzsim::scenarios
