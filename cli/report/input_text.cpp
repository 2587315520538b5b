#include "cli/report/input_text.h"

#include <cmath>

namespace mvzsim::cli::report {
namespace {

// Up to `max_decimals` decimals, without trailing zeros: 13.10 -> 13,1; 85000 -> 85.000.
std::string trimmed(double v, int max_decimals, const Words& w) {
    int decimals = 0;
    while (decimals < max_decimals) {
        const double scaled = v * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled))) break;
        ++decimals;
    }
    return w.number(v, decimals);
}

std::string with_unit(std::string text, InputUnit unit, const Words& w) {
    if (const auto l = unit_label(unit)) text += fmt::format(" {}", w(*l));
    return text;
}

// Mean and sd of a lognormal -> its median and 90 % range.
std::string lognormal_text(const sim::Lognormal& l, InputUnit unit, const Words& w) {
    const double sigma2 = std::log1p(l.sd * l.sd / (l.mean * l.mean));
    const double mu = std::log(l.mean) - sigma2 / 2.0;
    const double z95 = 1.6448536269514722;  // standard normal 95th percentile
    const double s = std::sqrt(sigma2);
    return w(Label::dist_lognormal, parameter_text(std::exp(mu), unit, w),
             parameter_text(std::exp(mu - z95 * s), unit, w), parameter_text(std::exp(mu + z95 * s), unit, w));
}

std::string discrete_text(const sim::Discrete& d, InputUnit unit, const Words& w) {
    double total = 0.0;
    for (const double x : d.weights) total += x;
    std::string values;
    for (std::size_t i = 0; i < d.values.size(); ++i)
        values += (i ? ", " : "") + parameter_text(d.values[i], unit, w) + " (" + w.percent(d.weights[i] / total) + ")";
    return w(Label::dist_discrete, values);
}

}  // namespace

InputLabel label_of(const scenarios::ListedInput& i) {
    // Every key mvzsim lists has a label (tested); a key added later without one shows its path.
    return input_label(i.key).value_or(InputLabel{i.key, InputUnit::factor, false, i.key, i.key});
}

std::string input_name(const scenarios::ListedInput& i, const Words& w) {
    const InputLabel l = label_of(i);
    const std::string name(w.lang() == Lang::de ? l.de : l.en);
    return i.owner.empty() ? name : i.owner + ": " + name;
}

std::string parameter_text(double v, InputUnit unit, const Words& w) {
    if (unit == InputUnit::share || unit == InputUnit::rate) return trimmed(100.0 * v, 2, w) + "\u00a0%";
    return trimmed(v, unit == InputUnit::ct_per_point ? 4 : 2, w);
}

std::string distribution_text(const sim::Distribution& d, InputUnit unit, const Words& w) {
    auto p = [&](double v) { return parameter_text(v, unit, w); };
    const std::string text = std::visit(
        [&](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, sim::Fixed>)
                return p(x.value);
            else if constexpr (std::is_same_v<T, sim::Uniform>)
                return w(Label::dist_uniform, p(x.low), p(x.high));
            else if constexpr (std::is_same_v<T, sim::Triangular>)
                return w(Label::dist_triangular, p(x.low), p(x.mode), p(x.high));
            else if constexpr (std::is_same_v<T, sim::Pert>)
                return w(Label::dist_pert, p(x.low), p(x.mode), p(x.high));
            else if constexpr (std::is_same_v<T, sim::Normal>) {
                std::string t = w(Label::dist_normal, p(x.mean), p(x.sd));
                if (std::isfinite(x.min) && std::isfinite(x.max))
                    t += fmt::format(" {}", w(Label::dist_cut_both, p(x.min), p(x.max)));
                else if (std::isfinite(x.min))
                    t += fmt::format(" {}", w(Label::dist_cut_low, p(x.min)));
                else if (std::isfinite(x.max))
                    t += fmt::format(" {}", w(Label::dist_cut_high, p(x.max)));
                return t;
            } else if constexpr (std::is_same_v<T, sim::Lognormal>)
                return lognormal_text(x, unit, w);
            else if constexpr (std::is_same_v<T, sim::Beta>)
                return w(Label::dist_beta, trimmed(x.alpha, 2, w), trimmed(x.beta, 2, w), p(x.min), p(x.max));
            else if constexpr (std::is_same_v<T, sim::Gamma>)
                return w(Label::dist_gamma, trimmed(x.shape, 2, w), trimmed(x.scale, 4, w));
            else if constexpr (std::is_same_v<T, sim::Poisson>)
                return w(Label::dist_poisson, p(x.mean));
            else
                return discrete_text(x, unit, w);
        },
        d);
    return with_unit(text, unit, w);
}

std::string draw_text(const models::Input& input, const InputLabel& label, const Words& w) {
    if (sim::is_fixed(input.distribution)) return w(Label::draw_fixed);
    if (label.per_event) return w(Label::draw_event);
    if (input.draw == models::Draw::per_trial) return w(Label::draw_trial);
    return label.unit == InputUnit::rate ? w(Label::draw_year) : w(Label::draw_month);
}

}  // namespace mvzsim::cli::report
