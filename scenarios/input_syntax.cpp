#include "scenarios/input_syntax.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "models/draws/streams.h"

namespace mvzsim::scenarios {
namespace {

using sim::Distribution;

constexpr double kInf = std::numeric_limits<double>::infinity();

// Smallest and largest value a distribution can take, and whether they are themselves excluded.
struct Support {
    double low, high;
    bool low_open = false;
};

Support support(const Distribution& d) {
    return std::visit(
        [](const auto& x) -> Support {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, sim::Fixed>)
                return {x.value, x.value};
            else if constexpr (std::is_same_v<T, sim::Uniform>)
                return {x.low, x.high};
            else if constexpr (std::is_same_v<T, sim::Triangular> || std::is_same_v<T, sim::Pert>)
                return {x.low, x.high};
            else if constexpr (std::is_same_v<T, sim::Normal>)
                return {x.min, x.max};
            else if constexpr (std::is_same_v<T, sim::Lognormal> || std::is_same_v<T, sim::Gamma>)
                return {0.0, kInf, true};
            else if constexpr (std::is_same_v<T, sim::Beta>)
                return {x.min, x.max};
            else if constexpr (std::is_same_v<T, sim::Poisson>)
                return {0.0, kInf};
            else
                return {*std::min_element(x.values.begin(), x.values.end()),
                        *std::max_element(x.values.begin(), x.values.end())};
        },
        d);
}

bool fits(const Support& s, const Range& r) {
    const bool low_ok = s.low > r.min || (s.low == r.min && (!r.min_open || s.low_open));
    const bool high_ok = s.high < r.max || (s.high == r.max && !r.max_open);
    return low_ok && high_ok;
}

// Numbers of a list such as [700, 880, 1000], with exactly `count` entries.
std::optional<std::vector<double>> number_list(Context& ctx, const YAML::Node& node, const std::string& path,
                                               std::size_t count, std::string_view form) {
    if (!node.IsSequence() || node.size() != count) {
        ctx.error(node, path, "expected a list " + std::string(form) + " (got " + describe_node(node) + ")");
        return std::nullopt;
    }
    std::vector<double> values;
    for (std::size_t i = 0; i < count; ++i) {
        const auto x = parse_number(node[i]);
        if (!x) {
            ctx.error(node[i], path + "[" + std::to_string(i) + "]",
                      "expected a number (got " + describe_node(node[i]) + ")" + number_hint(node[i]));
            return std::nullopt;
        }
        values.push_back(*x);
    }
    return values;
}

std::optional<Distribution> read_low_mode_high(Context& ctx, const YAML::Node& node, const std::string& path,
                                               bool pert) {
    const auto v = number_list(ctx, node, path, 3, "[low, most likely, high]");
    if (!v) return std::nullopt;
    const double low = (*v)[0], mode = (*v)[1], high = (*v)[2];
    const std::string got = " (got [" + node[0].Scalar() + ", " + node[1].Scalar() + ", " + node[2].Scalar() + "])";
    if (!(low < high)) {
        ctx.error(node, path, "expected [low, most likely, high] with low < high" + got);
        return std::nullopt;
    }
    if (!(low <= mode && mode <= high)) {
        ctx.error(node, path, "the most likely value must lie between low and high" + got);
        return std::nullopt;
    }
    if (pert) return sim::Pert{low, mode, high};
    return sim::Triangular{low, mode, high};
}

std::optional<Distribution> read_uniform(Context& ctx, const YAML::Node& node, const std::string& path) {
    const auto v = number_list(ctx, node, path, 2, "[low, high]");
    if (!v) return std::nullopt;
    if (!((*v)[0] < (*v)[1])) {
        ctx.error(node, path, "expected low < high (got [" + node[0].Scalar() + ", " + node[1].Scalar() + "])");
        return std::nullopt;
    }
    return sim::Uniform{(*v)[0], (*v)[1]};
}

double std_normal_cdf(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

std::optional<Distribution> read_normal(MapReader& m) {
    const auto mean = m.number("mean", {}, true, "the mean");
    const auto sd = m.number("sd", positive("the standard deviation"), true, "the standard deviation");
    const auto given_min = m.number("min", {}, false, "the lower truncation point");
    const auto given_max = m.number("max", {}, false, "the upper truncation point");
    // A limit that is there but unreadable was reported; without it the range check would add a
    // second message for the same mistake.
    if (!mean || !sd || (m.has("min") && !given_min) || (m.has("max") && !given_max)) return std::nullopt;
    const double min = given_min.value_or(-kInf);
    const double max = given_max.value_or(kInf);
    if (!(min < max)) {
        m.context().error(
            m.mark("min"), m.path("min"),
            "expected min < max (got min " + m.node("min").Scalar() + ", max " + m.node("max").Scalar() + ")");
        return std::nullopt;
    }
    // Sampling rejects values outside [min, max]; keep that cheap and meaningful.
    const double inside = std_normal_cdf((max - *mean) / *sd) - std_normal_cdf((min - *mean) / *sd);
    if (inside < 0.01) {
        m.context().error(m.self(), m.own_path(),
                          "less than 1 % of this normal lies between min and max: move the mean or widen the limits");
        return std::nullopt;
    }
    return sim::Normal{*mean, *sd, min, max};
}

std::optional<Distribution> read_lognormal(MapReader& m) {
    // Three forms: {mean, sd}; {median, p95}; or a central 90 % range {p5, p95}, whose median is
    // the geometric mean sqrt(p5 * p95) for a lognormal.
    const bool has_median = m.has("median");
    const bool has_p5 = m.has("p5");
    if (has_median || has_p5 || m.has("p95")) {
        if (has_median && has_p5) {
            m.context().error(m.mark("p5"), m.path("p5"), "give median and p95, or p5 and p95, not all three");
            return std::nullopt;
        }
        const std::string low_key = has_p5 ? "p5" : "median";
        const auto low = m.number(low_key, positive(), true, has_p5 ? "the 5th percentile" : "the median");
        const auto p95 = m.number("p95", positive(), true, "the 95th percentile");
        if (!low || !p95) return std::nullopt;
        if (!(*p95 > *low)) {
            m.context().error(m.node("p95"), m.path("p95"),
                              "must be greater than the " + low_key + " " + m.node(low_key).Scalar() + " (got " +
                                  m.node("p95").Scalar() + ")");
            return std::nullopt;
        }
        const double median = has_p5 ? std::sqrt(*low * *p95) : *low;
        return sim::lognormal_from_median_p95(median, *p95);
    }
    const auto mean = m.number("mean", positive(), true, "the mean (or give median and p95, or p5 and p95)");
    const auto sd = m.number("sd", positive("the standard deviation"), true, "the standard deviation");
    if (!mean || !sd) return std::nullopt;
    return sim::Lognormal{*mean, *sd};
}

std::optional<Distribution> read_beta(MapReader& m) {
    // Shapes below 0.1 put nearly all mass at the two ends, where Boost's sampler can return 0/0.
    const Range shape{0.1, std::numeric_limits<double>::infinity(), false, false, "use discrete for two-point values"};
    const auto a = m.number("alpha", shape, true, "the first shape parameter");
    const auto b = m.number("beta", shape, true, "the second shape parameter");
    const auto given_min = m.number("min", {}, false, "the lower end");
    const auto given_max = m.number("max", {}, false, "the upper end");
    if (!a || !b || (m.has("min") && !given_min) || (m.has("max") && !given_max)) return std::nullopt;
    const double min = given_min.value_or(0.0);
    const double max = given_max.value_or(1.0);
    if (!(min < max)) {
        m.context().error(
            m.mark("min"), m.path("min"),
            "expected min < max (got min " + m.node("min").Scalar() + ", max " + m.node("max").Scalar() + ")");
        return std::nullopt;
    }
    return sim::Beta{*a, *b, min, max};
}

std::optional<Distribution> read_discrete(MapReader& m) {
    const bool has_values = m.require("values", "the list of possible values");
    const bool has_weights = m.require("weights", "the list of weights, one per value");
    if (!has_values || !has_weights) return std::nullopt;
    const YAML::Node values = m.node("values");
    const YAML::Node weights = m.node("weights");
    if (!values.IsSequence() || values.size() == 0) {
        m.context().error(m.mark("values"), m.path("values"),
                          "expected a list of numbers, e.g. [600, 760, 900] (got " + describe_node(values) + ")");
        return std::nullopt;
    }
    const std::size_t n = values.size();
    if (!weights.IsSequence() || weights.size() != n) {
        m.context().error(
            m.mark("weights"), m.path("weights"),
            "expected a list of " + std::to_string(n) + " weights, one per value (got " + describe_node(weights) + ")");
        return std::nullopt;
    }
    const auto v = number_list(m.context(), values, m.path("values"), n, "of numbers");
    const auto w = number_list(m.context(), weights, m.path("weights"), n, "of numbers");
    if (!v || !w) return std::nullopt;
    for (std::size_t i = 0; i < n; ++i) {
        if ((*w)[i] < 0.0) {
            m.context().error(weights[i], m.path("weights") + "[" + std::to_string(i) + "]",
                              "must be >= 0 (got " + weights[i].Scalar() + ")");
            return std::nullopt;
        }
    }
    if (std::accumulate(w->begin(), w->end(), 0.0) <= 0.0) {
        m.context().error(weights, m.path("weights"), "at least one weight must be > 0");
        return std::nullopt;
    }
    return sim::Discrete{*v, *w};
}

constexpr std::string_view kForms[] = {"uniform", "triangular", "pert",    "normal",  "lognormal",
                                       "beta",    "gamma",      "poisson", "discrete"};

std::optional<Distribution> read_form(MapReader& m, const std::string& form) {
    Context& ctx = m.context();
    const YAML::Node body = m.node(form);
    const std::string path = m.path(form);
    if (form == "uniform") return read_uniform(ctx, body, path);
    if (form == "triangular" || form == "pert") return read_low_mode_high(ctx, body, path, form == "pert");
    MapReader params(m, form);
    if (!params.valid()) return std::nullopt;
    std::optional<Distribution> d;
    if (form == "normal")
        d = read_normal(params);
    else if (form == "lognormal")
        d = read_lognormal(params);
    else if (form == "beta")
        d = read_beta(params);
    else if (form == "gamma") {
        const auto shape = params.number("shape", positive(), true, "the shape parameter");
        const auto scale = params.number("scale", positive(), true, "the scale parameter");
        if (shape && scale) d = sim::Gamma{*shape, *scale};
    } else if (form == "poisson") {
        if (const auto mean = params.number("mean", positive(), true, "the mean")) d = sim::Poisson{*mean};
    } else {
        d = read_discrete(params);
    }
    params.finish();
    return d;
}

std::optional<models::Draw> read_draw(MapReader& m, Period period) {
    if (!m.has("draw")) return models::Draw::per_trial;
    const YAML::Node node = m.node("draw");
    const std::string text = node.IsScalar() ? node.Scalar() : describe_node(node);
    if (text == "trial") return models::Draw::per_trial;
    const std::string own = period == Period::month ? "month" : period == Period::year ? "year" : "";
    if (!own.empty() && text == own) return models::Draw::per_period;
    if (own.empty())
        m.context().error(
            m.mark("draw"), m.path("draw"),
            "this input is drawn once per trial: remove 'draw' or write 'draw: trial' (got " + text + ")");
    else
        m.context().error(
            m.mark("draw"), m.path("draw"),
            "expected 'trial' (once per trial) or '" + own + "' (anew each " + own + ") (got " + text + ")");
    return std::nullopt;
}

std::string distribution_list() {
    std::string list;
    for (auto f : kForms) list += (list.empty() ? "" : ", ") + std::string(f);
    return list;
}

// "a mapping with mean, sd": the keys show what was meant, e.g. a normal without its name.
std::string describe_keys(const YAML::Node& map) {
    std::string keys;
    for (const auto& entry : map) keys += (keys.empty() ? "" : ", ") + entry.first.Scalar();
    return keys.empty() ? describe_node(map) : "a mapping with " + keys;
}

bool is_form(const std::string& key) {
    return is_distribution_name(key);
}

// A key that is a likely misspelling of a distribution, such as "triangulr".
bool misspelt_form(const std::string& key) {
    const std::vector<std::string> forms(std::begin(kForms), std::end(kForms));
    return key != "draw" && !did_you_mean(key, forms).empty();
}

std::optional<models::Input> read_uncertain(MapReader& m, const InputRule& rule) {
    std::vector<std::string> forms;
    bool misspelt = false;
    for (const auto& entry : m.self()) {
        const std::string key = entry.first.Scalar();
        if (is_form(key))
            forms.push_back(key);
        else
            misspelt = misspelt || misspelt_form(key);
    }
    for (auto f : kForms) m.node(std::string(f));  // all forms are known keys
    const auto draw = read_draw(m, rule.period);
    if (forms.empty() && misspelt) {
        m.finish();  // reports the misspelt name with its correction
        return std::nullopt;
    }
    if (forms.empty()) {
        // Unknown keys such as mean and sd (a normal without its name) are explained by this one message.
        m.context().error(m.self(), m.own_path(),
                          "expected a number or one distribution (" + distribution_list() + "), e.g. " +
                              "{triangular: [low, most likely, high]} (got " + describe_keys(m.self()) + ")");
        return std::nullopt;
    }
    if (forms.size() > 1) {
        std::string names;
        for (const auto& f : forms) names += (names.empty() ? "" : " and ") + f;
        m.context().error(m.self(), m.own_path(), "expected one distribution (got " + names + ")");
        m.finish();
        return std::nullopt;
    }
    auto d = read_form(m, forms[0]);
    m.finish();
    if (!d || !draw) return std::nullopt;
    return models::Input{*d, *draw, {}};
}

// "must be ..." for a distribution that reaches outside the allowed range, with how to fix it.
std::string distribution_out_of_range(const Distribution& d, const Range& range) {
    std::string message =
        "can take values outside the allowed range: must be " + range.describe() + " (got " + sim::describe(d) + ")";
    if (!std::holds_alternative<sim::Normal>(d)) return message;
    // A normal reaches every value unless truncated; say where to cut it.
    const Support s = support(d);
    std::string limits;
    if (s.low < range.min && !range.min_open) limits = "min: " + number_text(range.min);
    if (s.high > range.max && !range.max_open)
        limits += (limits.empty() ? "max: " : " and max: ") + number_text(range.max);
    return message + "; truncate the normal with " + (limits.empty() ? "min and max inside that range" : limits);
}

}  // namespace

bool is_distribution_name(std::string_view key) {
    return std::find(std::begin(kForms), std::end(kForms), key) != std::end(kForms);
}

std::optional<models::Input> read_input(MapReader& map, const std::string& key, const InputRule& rule, bool required,
                                        std::string stream) {
    if (required ? !map.require(key, rule.what) : !map.has(key)) return std::nullopt;
    const YAML::Node node = map.node(key);
    const std::string path = map.path(key);
    std::optional<models::Input> input;
    if (node.IsMap()) {
        MapReader m(map, key);
        input = read_uncertain(m, rule);
    } else if (const auto x = parse_number(node)) {
        input = models::fixed_input(*x);
    } else {
        map.context().error(map.mark(key), path,
                            "expected a number (" + std::string(rule.what) +
                                ") or an uncertain value such as {triangular: [low, most likely, high]} (got " +
                                describe_node(node) + ")" + number_hint(node));
        return std::nullopt;
    }
    if (!input) return std::nullopt;
    if (!fits(support(input->distribution), rule.range)) {
        map.context().error(node, path,
                            node.IsMap() ? distribution_out_of_range(input->distribution, rule.range)
                                         : out_of_range(rule.range, *parse_number(node), node.Scalar()));
        return std::nullopt;
    }
    // A section's input draws from the stream of its key path; list entries pass their entity's.
    input->stream = stream.empty() ? models::streams::input(map.own_path(), key) : std::move(stream);
    map.context().note_input(*input);
    return input;
}

models::Input read_input_or(MapReader& map, const std::string& key, const InputRule& rule, double fallback,
                            std::string stream) {
    if (!map.has(key))
        return models::fixed_input(fallback, stream.empty() ? models::streams::input(map.own_path(), key) : stream);
    return read_input(map, key, rule, false, std::move(stream)).value_or(models::fixed_input(fallback));
}

}  // namespace mvzsim::scenarios
