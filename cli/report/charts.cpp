#include "cli/report/charts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace mvzsim::cli::report {
namespace {

// Drawing area in SVG units; the SVG scales to the page width.
constexpr double kWidth = 720, kHeight = 270;
constexpr double kLeft = 66, kRight = 18, kTop = 34, kBottom = 42;
constexpr const char* kOuter = "#c6dbef";
constexpr const char* kInner = "#6baed6";
constexpr const char* kLine = "#08306b";
constexpr const char* kMark = "#b2182b";

struct Axis {
    double low, high, step;
    double to_y(double v) const { return kTop + (high - v) / (high - low) * (kHeight - kTop - kBottom); }
    double to_x(double v) const { return kLeft + (v - low) / (high - low) * (kWidth - kLeft - kRight); }
};

// An axis with round ticks that covers [low, high] (and 0 when `with_zero`).
Axis axis_of(double low, double high, bool with_zero) {
    if (with_zero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    if (!(high > low)) {
        low -= 1.0;
        high += 1.0;
    }
    const double step = nice_step(low, high, 5);
    return {std::floor(low / step + 1e-9) * step, std::ceil(high / step - 1e-9) * step, step};
}

int decimals_for(double step) {
    return step >= 1.0 ? 0 : step >= 0.1 ? 1 : 2;
}

std::string open_svg(const ChartText& text) {
    return fmt::format(
        "<svg viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
        "font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" font-size=\"12\">"
        "<title>{}</title>",
        kWidth, kHeight, xml_escape(text.title));
}

// Horizontal grid lines with their labels, the y axis title, and a zero line.
std::string y_grid(const Axis& a, const ChartText& text, bool zero_line) {
    std::string out;
    const int digits = decimals_for(a.step);
    for (double v = a.low; v <= a.high + a.step * 1e-6; v += a.step) {
        const double y = a.to_y(v);
        out += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#e0e0e0\"/>", kLeft, y,
                           kWidth - kRight, y);
        out += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", kLeft - 6, y + 4,
                           xml_escape(format_number(std::abs(v) < a.step * 1e-6 ? 0.0 : v, digits, text.style)));
    }
    if (zero_line && a.low < 0 && a.high > 0)
        out +=
            fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#333\" stroke-width=\"1.2\"/>",
                        kLeft, a.to_y(0), kWidth - kRight, a.to_y(0));
    out +=
        fmt::format("<text x=\"14\" y=\"{:.1f}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {:.1f})\">{}</text>",
                    (kHeight - kBottom + kTop) / 2, (kHeight - kBottom + kTop) / 2, xml_escape(text.y_axis));
    if (!text.x_axis.empty())
        out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                           (kLeft + kWidth - kRight) / 2, kHeight - 4, xml_escape(text.x_axis));
    return out;
}

std::string swatch(double x, const char* fill, const std::string& label) {
    return fmt::format(
        "<rect x=\"{:.1f}\" y=\"8\" width=\"14\" height=\"10\" fill=\"{}\"/><text x=\"{:.1f}\" y=\"17\">{}</text>", x,
        fill, x + 18, xml_escape(label));
}

std::string points(const std::vector<std::pair<double, double>>& xy) {
    std::string out;
    for (const auto& [x, y] : xy) out += fmt::format("{:.1f},{:.1f} ", x, y);
    return out;
}

// At most `n` characters (code points) of UTF-8 text, with "…" where it is cut.
std::string shortened(const std::string& s, std::size_t n) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;  // a continuation byte
        if (++chars > n) return s.substr(0, i) + "\u2026";
    }
    return s;
}

}  // namespace

std::string xml_escape(const std::string& s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string fan_chart(const std::vector<std::string>& x, const std::vector<Band>& bands, const ChartText& text,
                      const FanLegend& legend) {
    const std::size_t n = bands.size();
    double low = 0.0, high = 0.0;
    for (const Band& b : bands) {
        low = std::min(low, b.p5);
        high = std::max(high, b.p95);
    }
    const Axis a = axis_of(low, high, true);
    const double plot = kWidth - kLeft - kRight;
    auto px = [&](std::size_t i) { return n <= 1 ? kLeft + plot / 2 : kLeft + plot * (0.02 + 0.96 * i / (n - 1.0)); };
    std::vector<std::pair<double, double>> outer, inner, median;
    for (std::size_t i = 0; i < n; ++i) {
        outer.emplace_back(px(i), a.to_y(bands[i].p95));
        inner.emplace_back(px(i), a.to_y(bands[i].p75));
        median.emplace_back(px(i), a.to_y(bands[i].p50));
    }
    for (std::size_t i = n; i-- > 0;) {
        outer.emplace_back(px(i), a.to_y(bands[i].p5));
        inner.emplace_back(px(i), a.to_y(bands[i].p25));
    }
    std::string out = open_svg(text) + y_grid(a, text, false);
    out += fmt::format("<polygon points=\"{}\" fill=\"{}\"/>", points(outer), kOuter);
    out += fmt::format("<polygon points=\"{}\" fill=\"{}\"/>", points(inner), kInner);
    if (a.low < 0 && a.high > 0)
        out +=
            fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#333\" stroke-width=\"1.2\"/>",
                        kLeft, a.to_y(0), kWidth - kRight, a.to_y(0));
    out +=
        fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>", points(median), kLine);
    const std::size_t every = std::max<std::size_t>(1, (n + 11) / 12);  // at most about 12 labels
    for (std::size_t i = 0; i < n; i += every)
        out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>", px(i),
                           kHeight - kBottom + 16, xml_escape(x[i]));
    out += swatch(kLeft, kOuter, legend.outer) + swatch(kLeft + 200, kInner, legend.inner);
    out += fmt::format(
        "<line x1=\"{}\" y1=\"13\" x2=\"{}\" y2=\"13\" stroke=\"{}\" stroke-width=\"2\"/><text x=\"{}\" "
        "y=\"17\">{}</text>",
        kLeft + 400, kLeft + 414, kLine, kLeft + 418, xml_escape(legend.median));
    return out + "</svg>";
}

std::string histogram_chart(const Histogram& h, double scale, double marker, const std::string& marker_label,
                            const ChartText& text) {
    const std::size_t n = h.counts.size();
    const double total = static_cast<double>(std::max<std::size_t>(1, h.total));
    double top = 0.0;
    for (const auto c : h.counts) top = std::max(top, 100.0 * static_cast<double>(c) / total);
    const Axis y = axis_of(0.0, top, true);
    const double x_low = h.low * scale, x_high = (h.low + static_cast<double>(n) * h.width) * scale;
    const Axis x{x_low, x_high > x_low ? x_high : x_low + 1.0, nice_step(x_low, x_high, 8)};
    std::string out = open_svg(text) + y_grid(y, text, false);
    for (std::size_t i = 0; i < n; ++i) {
        const double share = 100.0 * static_cast<double>(h.counts[i]) / total;
        const double x0 = x.to_x((h.low + static_cast<double>(i) * h.width) * scale);
        const double x1 = x.to_x((h.low + static_cast<double>(i + 1) * h.width) * scale);
        out += fmt::format(
            "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\" stroke=\"#fff\"/>", x0,
            y.to_y(share), std::max(0.5, x1 - x0), y.to_y(0) - y.to_y(share), kInner);
    }
    const int digits = decimals_for(x.step);
    for (double v = std::ceil(x.low / x.step - 1e-9) * x.step; v <= x.high + 1e-9; v += x.step)
        out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>", x.to_x(v),
                           kHeight - kBottom + 16, xml_escape(format_number(v, digits, text.style)));
    const double mx = x.to_x(std::clamp(marker, x.low, x.high));
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"2\"/>",
                       mx, kTop - 4, mx, y.to_y(0), kMark);
    const bool right_half = mx > (kLeft + kWidth - kRight) / 2;
    out +=
        fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"{}\" fill=\"{}\">{}</text>", mx + (right_half ? -6 : 6),
                    kTop + 8, right_half ? "end" : "start", kMark, xml_escape(marker_label));
    return out + "</svg>";
}

std::string breakeven_chart(const std::vector<CurvePoint>& pts, double confidence, std::optional<std::size_t> minimum,
                            const std::string& confidence_label, const std::string& minimum_label,
                            const ChartText& text) {
    const Axis y{0.0, 100.0, 20.0};
    double lo = pts.empty() ? 0.0 : pts.front().x, hi = pts.empty() ? 1.0 : pts.back().x;
    const double pad = pts.size() > 1 ? (hi - lo) / static_cast<double>(pts.size() - 1) / 2 : 0.5;
    const Axis x{lo - pad, hi + pad, nice_step(lo, hi, 10)};
    std::string out = open_svg(text) + y_grid(y, text, false);
    const double cy = y.to_y(100.0 * confidence);
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-dasharray=\"6 4\" "
        "stroke-width=\"1.5\"/>",
        kLeft, cy, kWidth - kRight, cy, kMark);
    out += fmt::format("<text x=\"{}\" y=\"{:.1f}\" fill=\"{}\">{}</text>", kLeft + 6, cy - 5, kMark,
                       xml_escape(confidence_label));
    std::vector<std::pair<double, double>> line;
    for (const auto& p : pts) {
        const double px = x.to_x(p.x);
        line.emplace_back(px, y.to_y(100.0 * p.p));
        out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\"/>", px,
                           y.to_y(100.0 * p.low), y.to_y(100.0 * p.high), kInner);
        for (const double v : {p.low, p.high})
            out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\"/>", px - 4,
                               y.to_y(100.0 * v), px + 4, y.to_y(100.0 * v), kInner);
    }
    out += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>", points(line), kLine);
    for (const auto& [px, py] : line)
        out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" fill=\"{}\"/>", px, py, kLine);
    const std::size_t every = std::max<std::size_t>(1, (pts.size() + 14) / 15);
    for (std::size_t i = 0; i < pts.size(); i += every)
        out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>", x.to_x(pts[i].x),
                           kHeight - kBottom + 16, xml_escape(format_number(pts[i].x, 1, text.style)));
    if (minimum && *minimum < pts.size()) {
        const auto& [px, py] = line[*minimum];
        out +=
            fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"7\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>",
                        px, py, kMark);
        out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"{}\">{}</text>", px,
                           std::min(py + 22, kHeight - kBottom - 4), kMark, xml_escape(minimum_label));
    }
    return out + "</svg>";
}

std::string tornado_chart(const std::vector<TornadoBar>& bars, double mean, const TornadoLegend& legend,
                          const ChartText& text) {
    constexpr double kLabels = 270, kRow = 26, kBar = 16;  // the label column, a row and its bar
    const double height = kTop + kRow * static_cast<double>(bars.size()) + 40;
    double low = mean, high = mean;
    for (const auto& b : bars) {
        low = std::min({low, b.low, b.high});
        high = std::max({high, b.low, b.high});
    }
    if (!(high > low)) {
        low -= 1.0;
        high += 1.0;
    }
    const double step = nice_step(low, high, 6);
    const double x0 = std::floor(low / step + 1e-9) * step, x1 = std::ceil(high / step - 1e-9) * step;
    auto to_x = [&](double v) { return kLabels + (v - x0) / (x1 - x0) * (kWidth - kLabels - kRight); };
    const double bottom = height - 40;
    std::string out = fmt::format(
        "<svg viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
        "font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" font-size=\"12\">"
        "<title>{}</title>",
        kWidth, height, xml_escape(text.title));
    const int digits = decimals_for(step);
    for (double v = x0; v <= x1 + step * 1e-6; v += step) {
        const double x = to_x(v);
        out += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#e0e0e0\"/>", x, kTop, x,
                           bottom);
        out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", x, bottom + 16,
                           xml_escape(format_number(std::abs(v) < step * 1e-6 ? 0.0 : v, digits, text.style)));
    }
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>",
                       (kLabels + kWidth - kRight) / 2, height - 4, xml_escape(text.y_axis));
    const double mx = to_x(mean);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& b = bars[i];
        const double y = kTop + kRow * static_cast<double>(i) + (kRow - kBar) / 2;
        out += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", kLabels - 8, y + kBar - 4,
                           xml_escape(shortened(b.label, 40)));
        for (const auto& [v, fill] : {std::pair{b.low, kInner}, std::pair{b.high, kLine}}) {
            const double x = to_x(v);
            out += fmt::format(
                "<rect class=\"bar\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"><title>{}: "
                "{}</title></rect>",
                std::min(x, mx), y, std::max(0.5, std::abs(x - mx)), kBar, fill, xml_escape(b.label),
                xml_escape(format_number(v, 1, text.style)));
        }
    }
    out += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"#333\" stroke-width=\"1.5\"/>", mx,
        kTop - 4, bottom);
    out += swatch(10, kInner, legend.low) + swatch(240, kLine, legend.high);
    out += fmt::format(
        "<line x1=\"470\" y1=\"8\" x2=\"470\" y2=\"18\" stroke=\"#333\" stroke-width=\"1.5\"/><text x=\"476\" "
        "y=\"17\">{}</text>",
        xml_escape(legend.mean));
    return out + "</svg>";
}

}  // namespace mvzsim::cli::report
