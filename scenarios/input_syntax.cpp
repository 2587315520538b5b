#include "scenarios/input_syntax.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "models/draws/streams.h"
#include "scenarios/keys_inputs.h"
#include "scenarios/plausibility.h"

namespace mvzsim::scenarios {
namespace {

using sim::Distribution;

constexpr double kInf = std::numeric_limits<double>::infinity();

// A lognormal whose sd is 1,000 times its mean, or whose p95 is 1,000 times its median, has a
// log-sd of 3.7 or 4.2: beyond that its draws span dozens of orders of magnitude.
constexpr double kMaxLognormalSpread = 1000.0;

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
        if (std::abs(*x) > kMaxMagnitude) {
            ctx.error(node[i], path + "[" + std::to_string(i) + "]", too_large(node[i].Scalar()));
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
    const auto mean = m.number(keys::kNormalMean);
    const auto sd = m.number(keys::kNormalSd);
    const auto given_min = m.number(keys::kNormalMin);
    const auto given_max = m.number(keys::kNormalMax);
    // A limit that is there but unreadable was reported; without it the range check would add a
    // second message for the same mistake.
    if (!mean || !sd || (m.has(keys::kNormalMin) && !given_min) || (m.has(keys::kNormalMax) && !given_max))
        return std::nullopt;
    const double min = given_min.value_or(-kInf);
    const double max = given_max.value_or(kInf);
    if (!(min < max)) {
        m.context().error(m.mark(keys::kNormalMin), m.path(keys::kNormalMin),
                          "expected min < max (got min " + m.node(keys::kNormalMin).Scalar() + ", max " +
                              m.node(keys::kNormalMax).Scalar() + ")");
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
    const bool has_median = m.has(keys::kLognormalMedian);
    const bool has_p5 = m.has(keys::kLognormalP5);
    if (has_median || has_p5 || m.has(keys::kLognormalP95)) {
        for (const Key* moment : {&keys::kLognormalMean, &keys::kLognormalSd}) {
            if (!m.has(*moment)) continue;
            m.context().error(m.mark(*moment), m.path(*moment),
                              "give mean and sd, or median and p95, or p5 and p95, not a mix of them");
            return std::nullopt;
        }
        if (has_median && has_p5) {
            m.context().error(m.mark(keys::kLognormalP5), m.path(keys::kLognormalP5),
                              "give median and p95, or p5 and p95, not all three");
            return std::nullopt;
        }
        const Key& low_key = has_p5 ? keys::kLognormalP5 : keys::kLognormalMedian;
        const auto low = m.number(low_key, true);
        const auto p95 = m.number(keys::kLognormalP95, true);
        if (!low || !p95) return std::nullopt;
        if (!(*p95 > *low)) {
            m.context().error(m.mark(keys::kLognormalP95), m.path(keys::kLognormalP95),
                              "must be greater than the " + std::string(low_key.name) + " " + m.node(low_key).Scalar() +
                                  " (got " + m.node(keys::kLognormalP95).Scalar() + ")");
            return std::nullopt;
        }
        const double median = has_p5 ? std::sqrt(*low * *p95) : *low;
        if (*p95 > kMaxLognormalSpread * median) {
            m.context().error(m.mark(keys::kLognormalP95), m.path(keys::kLognormalP95),
                              "is more than " + number_text(kMaxLognormalSpread) +
                                  " times the median: so wide a lognormal is almost surely a slip (got p95 " +
                                  m.node(keys::kLognormalP95).Scalar() + ", median " + number_text(median) + ")");
            return std::nullopt;
        }
        return sim::lognormal_from_median_p95(median, *p95);
    }
    const auto mean = m.number(keys::kLognormalMean, true);
    const auto sd = m.number(keys::kLognormalSd, true);
    if (!mean || !sd) return std::nullopt;
    if (*sd > kMaxLognormalSpread * *mean) {
        m.context().error(m.mark(keys::kLognormalSd), m.path(keys::kLognormalSd),
                          "is more than " + number_text(kMaxLognormalSpread) +
                              " times the mean: so wide a lognormal is almost surely a slip (got sd " +
                              m.node(keys::kLognormalSd).Scalar() + ", mean " + m.node(keys::kLognormalMean).Scalar() +
                              ")");
        return std::nullopt;
    }
    return sim::Lognormal{*mean, *sd};
}

std::optional<Distribution> read_beta(MapReader& m) {
    const auto a = m.number(keys::kBetaAlpha);
    const auto b = m.number(keys::kBetaBeta);
    const auto given_min = m.number(keys::kBetaMin);
    const auto given_max = m.number(keys::kBetaMax);
    if (!a || !b || (m.has(keys::kBetaMin) && !given_min) || (m.has(keys::kBetaMax) && !given_max)) return std::nullopt;
    const double min = given_min.value_or(0.0);
    const double max = given_max.value_or(1.0);
    if (!(min < max)) {
        // One of them may be left at its default (0 and 1): name that, and point at the other.
        const auto text = [&](const Key& key, const char* fallback) {
            return m.has(key) ? m.node(key).Scalar() : std::string(fallback) + " (the default)";
        };
        const Key& at = m.has(keys::kBetaMin) ? keys::kBetaMin : keys::kBetaMax;
        m.context().error(
            m.mark(at), m.path(at),
            "expected min < max (got min " + text(keys::kBetaMin, "0") + ", max " + text(keys::kBetaMax, "1") + ")");
        return std::nullopt;
    }
    return sim::Beta{*a, *b, min, max};
}

std::optional<Distribution> read_discrete(MapReader& m) {
    const Key& values_key = keys::kDiscreteValues;
    const Key& weights_key = keys::kDiscreteWeights;
    const bool has_values = m.require(values_key);
    const bool has_weights = m.require(weights_key);
    if (!has_values || !has_weights) return std::nullopt;
    const YAML::Node values = m.node(values_key);
    const YAML::Node weights = m.node(weights_key);
    if (!values.IsSequence() || values.size() == 0) {
        m.context().error(m.mark(values_key), m.path(values_key),
                          "expected a list of numbers, e.g. [600, 760, 900] (got " + describe_node(values) + ")");
        return std::nullopt;
    }
    const std::size_t n = values.size();
    if (!weights.IsSequence() || weights.size() != n) {
        m.context().error(
            m.mark(weights_key), m.path(weights_key),
            "expected a list of " + std::to_string(n) + " weights, one per value (got " + describe_node(weights) + ")");
        return std::nullopt;
    }
    const auto v = number_list(m.context(), values, m.path(values_key), n, "of numbers");
    const auto w = number_list(m.context(), weights, m.path(weights_key), n, "of numbers");
    if (!v || !w) return std::nullopt;
    for (std::size_t i = 0; i < n; ++i) {
        if ((*w)[i] < 0.0) {
            m.context().error(weights[i], m.path(weights_key) + "[" + std::to_string(i) + "]",
                              "must be >= 0 (got " + weights[i].Scalar() + ")");
            return std::nullopt;
        }
    }
    if (std::accumulate(w->begin(), w->end(), 0.0) <= 0.0) {
        m.context().error(weights, m.path(weights_key), "at least one weight must be > 0");
        return std::nullopt;
    }
    return sim::Discrete{*v, *w};
}

constexpr std::string_view kForms[] = {"uniform", "triangular", "pert",    "normal",  "lognormal",
                                       "beta",    "gamma",      "poisson", "discrete"};

std::optional<Distribution> read_form(MapReader& m, const Key& form) {
    Context& ctx = m.context();
    const YAML::Node body = m.node(form);
    const std::string path = m.path(form);
    if (&form == &keys::kUniform) return read_uniform(ctx, body, path);
    if (&form == &keys::kTriangular || &form == &keys::kPert)
        return read_low_mode_high(ctx, body, path, &form == &keys::kPert);
    MapReader params(m, form);
    if (!params.valid()) return std::nullopt;
    std::optional<Distribution> d;
    if (&form == &keys::kNormalForm)
        d = read_normal(params);
    else if (&form == &keys::kLognormalForm)
        d = read_lognormal(params);
    else if (&form == &keys::kBetaForm)
        d = read_beta(params);
    else if (&form == &keys::kGammaForm) {
        const auto shape = params.number(keys::kGammaShape);
        const auto scale = params.number(keys::kGammaScale);
        if (shape && scale) d = sim::Gamma{*shape, *scale};
    } else if (&form == &keys::kPoissonForm) {
        if (const auto mean = params.number(keys::kPoissonMean)) d = sim::Poisson{*mean};
    } else {
        d = read_discrete(params);
    }
    params.finish();
    return d;
}

std::optional<models::Draw> read_draw(MapReader& m, Period period) {
    const Key& draw = keys::kDraw;
    if (!m.has(draw)) return models::Draw::per_trial;
    const YAML::Node node = m.node(draw);
    const std::string text = node.IsScalar() ? node.Scalar() : describe_node(node);
    if (text == "trial") return models::Draw::per_trial;
    const std::string own = period == Period::month ? "month" : period == Period::year ? "year" : "";
    if (!own.empty() && text == own) return models::Draw::per_period;
    if (own.empty())
        m.context().error(
            m.mark(draw), m.path(draw),
            "this input is drawn once per trial: remove 'draw' or write 'draw: trial' (got " + text + ")");
    else
        m.context().error(
            m.mark(draw), m.path(draw),
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

// A key that is a likely misspelling of a distribution, such as "triangulr".
bool misspelt_form(const std::string& key) {
    const std::vector<std::string> forms(std::begin(kForms), std::end(kForms));
    return key != "draw" && !did_you_mean(key, forms).empty();
}

// `source: TEXT` beside a value: where the figure comes from (for the report's assumptions).
// Returns nullopt after reporting a source that is not one line of text.
std::optional<std::string> read_source(MapReader& m) {
    if (!m.has(keys::kSource)) return std::string();
    return m.string(keys::kSource, false);
}

// `{value: 85000, source: ...}`: a fixed value written as a mapping so that it can carry a source.
std::optional<models::Input> read_fixed_value(MapReader& m, const std::vector<const Key*>& forms) {
    if (!forms.empty()) {
        m.context().error(
            m.self(), m.own_path(),
            "expected a value or one distribution, not both (got value and " + std::string(forms[0]->name) + ")");
        return std::nullopt;
    }
    if (m.has(keys::kDraw)) {
        m.context().error(m.mark(keys::kDraw), m.path(keys::kDraw), "a fixed value is not drawn: remove 'draw'");
        return std::nullopt;
    }
    const auto x = m.number(keys::kValue, true);
    if (!x) return std::nullopt;
    return models::fixed_input(*x);
}

std::optional<models::Input> read_uncertain(MapReader& m, const Key& key) {
    std::vector<const Key*> forms;
    bool misspelt = false;
    for (const auto& entry : m.self()) {
        const std::string name = entry.first.IsScalar() ? entry.first.Scalar() : std::string{};
        const Key* form = m.section().find(name);
        if (form != nullptr && form != &keys::kDraw && form != &keys::kValue && form != &keys::kSource)
            forms.push_back(form);
        else if (form == nullptr)
            misspelt = misspelt || misspelt_form(name);
    }
    const auto source = read_source(m);
    if (m.has(keys::kValue)) {
        auto input = read_fixed_value(m, forms);
        m.finish();
        if (!input || !source) return std::nullopt;
        input->source = *source;
        return input;
    }
    const auto draw = read_draw(m, key.period);
    if (forms.empty() && misspelt) {
        m.finish();  // reports the misspelt name with its correction
        return std::nullopt;
    }
    if (forms.empty() && m.has(keys::kSource)) {
        m.context().error(m.self(), m.own_path(),
                          "a source goes beside the value: {value: NUMBER, source: TEXT} or a distribution such "
                          "as {triangular: [low, most likely, high], source: TEXT} (got " +
                              describe_keys(m.self()) + ")");
        m.finish();
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
        for (const Key* f : forms) names += (names.empty() ? "" : " and ") + std::string(f->name);
        m.context().error(m.self(), m.own_path(), "expected one distribution (got " + names + ")");
        m.finish();
        return std::nullopt;
    }
    auto d = read_form(m, *forms[0]);
    m.finish();
    if (!d || !draw || !source) return std::nullopt;
    return models::Input{*d, *draw, {}, *source};
}

// Every number of an amount in EUR (the plain number, or those of a distribution but for its
// shapes and weights) checked for a German thousands separator (90.000); false after reporting.
bool check_money(Context& ctx, const YAML::Node& node, const std::string& path) {
    if (node.IsScalar()) {
        const auto slip = thousands_dot(node.Scalar());
        if (slip) ctx.error(node, path, *slip);
        return !slip;
    }
    bool ok = true;
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            ok = check_money(ctx, node[i], path + "[" + std::to_string(i) + "]") && ok;
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string{};
            if (key == "alpha" || key == "beta" || key == "shape" || key == "weights" || key == "draw") {
                if (key != "beta" || !entry.second.IsMap()) continue;  // beta: {alpha, beta, min, max}
            }
            ok = check_money(ctx, entry.second, path + "." + key) && ok;
        }
    }
    return ok;
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

std::optional<models::Input> read_input(MapReader& map, const Key& key, std::string stream, bool required) {
    if (required ? !map.require(key) : !map.has(key)) return std::nullopt;
    const YAML::Node node = map.node(key);
    const std::string path = map.path(key);
    std::optional<models::Input> input;
    if (node.IsMap()) {
        MapReader m(map.context(), node, path, keys::kUncertain);
        input = read_uncertain(m, key);
    } else if (const auto x = parse_number(node)) {
        input = models::fixed_input(*x);
    } else {
        map.context().error(map.mark(key), path,
                            "expected a number (" + std::string(key.what) +
                                ") or an uncertain value such as {triangular: [low, most likely, high]} (got " +
                                describe_node(node) + ")" + number_hint(node));
        return std::nullopt;
    }
    if (!input || (key.money && !check_money(map.context(), node, path))) return std::nullopt;
    // A plain number, or one written as {value: X, source: ...}: the message names the number.
    const YAML::Node number = node.IsMap() && node["value"] ? node["value"] : node;
    if (!number.IsMap() && !key.range.contains(*parse_number(number))) {
        map.context().error(number == node ? map.mark(key) : number.Mark(), number == node ? path : path + ".value",
                            out_of_range(key.range, *parse_number(number), number.Scalar()));
        return std::nullopt;
    }
    if (!fits(support(input->distribution), key.range)) {
        map.context().error(map.mark(key), path,
                            node.IsMap() ? distribution_out_of_range(input->distribution, key.range)
                                         : out_of_range(key.range, *parse_number(node), node.Scalar()));
        return std::nullopt;
    }
    check_band(map.context(), key, *input, node, map.mark(key), path);
    // A section's input draws from the stream of its key path; list entries pass their entity's.
    input->stream = stream.empty() ? models::streams::input(map.own_path(), key.name) : std::move(stream);
    map.context().note_input(*input);
    return input;
}

std::optional<models::Input> read_input(MapReader& map, const Key& key, std::string stream) {
    return read_input(map, key, std::move(stream), key.required);
}

models::Input read_input_or(MapReader& map, const Key& key, double fallback, std::string stream) {
    if (!map.has(key))
        return models::fixed_input(fallback,
                                   stream.empty() ? models::streams::input(map.own_path(), key.name) : stream);
    return read_input(map, key, std::move(stream), false).value_or(models::fixed_input(fallback));
}

}  // namespace mvzsim::scenarios
