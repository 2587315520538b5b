#pragma once
// Charts as inline SVG, drawn by mvzsim itself (no scripts, no external assets): they print as
// crisply as the text. Values are in the unit the axis names (e.g. EUR thousand).
#include <optional>
#include <string>
#include <vector>

#include "cli/report/bands.h"
#include "cli/report/number_format.h"

namespace mvzsim::cli::report {

struct ChartText {
    std::string title;   // read by screen readers (<title>)
    std::string y_axis;  // e.g. "T€"
    std::string x_axis;  // may be empty
    NumberStyle style;
};

// A fan chart: the P5-P95 band, the P25-P75 band and the median line over x, with a zero line.
struct FanLegend {
    std::string outer, inner, median;  // "P5–P95: 90 % der Läufe", ...
};
std::string fan_chart(const std::vector<std::string>& x, const std::vector<Band>& bands, const ChartText& text,
                      const FanLegend& legend);

// A histogram with one value marked by a vertical line and its label (e.g. the P95).
std::string histogram_chart(const Histogram& h, double scale, double marker, const std::string& marker_label,
                            const ChartText& text);

// The probability of a non-negative result by doctor FTE with its 95 % interval, the required
// confidence as a horizontal line, and the minimum count (if any) marked.
struct CurvePoint {
    double x, p, low, high;  // FTE, probability and its interval (0..1)
};
std::string breakeven_chart(const std::vector<CurvePoint>& points, double confidence,
                            std::optional<std::size_t> minimum, const std::string& confidence_label,
                            const std::string& minimum_label, const ChartText& text);

// A tornado: per input (largest first, top to bottom) a horizontal bar from the output's mean
// with the input in its lowest decile to its mean with the input in its highest decile, each side
// drawn from the line of the overall mean in its own colour; the input's label on the left.
struct TornadoBar {
    std::string label;
    double low, high;  // the output's mean in the input's lowest and highest decile
};
struct TornadoLegend {
    std::string low, high, mean;
};
std::string tornado_chart(const std::vector<TornadoBar>& bars, double mean, const TornadoLegend& legend,
                          const ChartText& text);

// Text escaped for XML/HTML (&, <, >, ").
std::string xml_escape(const std::string& s);

}  // namespace mvzsim::cli::report
