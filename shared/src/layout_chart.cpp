// Polity Explorer — chart scales and number formatting for the figures.

#include "polity/layout.hpp"

#include "layout_internal.hpp"
#include "polity/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace polity {

using detail::Finite;

//-----------------------------------------------------------------------------
// [SECTION] Chart scales and numbers
//-----------------------------------------------------------------------------

namespace {

double PowerOfTen(int e) {   // exact for |e| <= 22
    double p = 1;
    for (int i = 0; i < (e < 0 ? -e : e); ++i) p *= 10;
    return p;
}

// m x 10^e times n, rounded once: 0.1 x 3 is 0.3, not 0.30000000000000004.
double StepTimes(int m, int e, double n) { return e >= 0 ? n * m * PowerOfTen(e) : n * m / PowerOfTen(-e); }

// floor or ceil of a quotient, forgiving its rounding noise: 0.3 / 0.1 is 3, not 2.9999999999999996.
double Snap(double v, bool up) {
    const double r = std::round(v);
    if (std::abs(v - r) < 1e-9 * std::max(1.0, std::abs(v))) return r;
    return up ? std::ceil(v) : std::floor(v);
}

std::string GroupThousands(const std::string& digits, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

} // namespace

double NiceTicks::Map(double value, double px_at_min, double px_at_max) const {
    return max > min ? px_at_min + (value - min) / (max - min) * (px_at_max - px_at_min) : px_at_min;
}

NiceTicks NiceScale(double min, double max, int max_ticks) {
    if (!Finite(min) || !Finite(max)) { min = 0; max = 1; }
    if (min > max) std::swap(min, max);
    if (min == max) { if (min > 0) min = 0; else if (max < 0) max = 0; else max = 1; }
    if (!Finite(max - min)) return {min, max, max / 2 - min / 2, {min, max}};
    max_ticks = std::max(max_ticks, 3);   // a range across zero needs 3 ticks at any step
    const double raw = (max - min) / (max_ticks - 1);
    if (!(raw > 1e-300)) return {min, max, max - min, {min, max}};   // too small for decades
    // Start a decade below the estimate and climb: the first 1/2/5 step that fits wins.
    const int e0 = static_cast<int>(std::floor(std::log10(raw))) - 1;
    for (int e = e0; e < e0 + 4; ++e) {
        for (int m : {1, 2, 5}) {
            const double step = StepTimes(m, e, 1);
            const double lo = Snap(min / step, false), hi = Snap(max / step, true);
            if (hi - lo + 1 > max_ticks) continue;
            NiceTicks out{StepTimes(m, e, lo), StepTimes(m, e, hi), step, {}};
            for (double n = lo; n <= hi; ++n) out.ticks.push_back(StepTimes(m, e, n));
            return out;
        }
    }
    return {min, max, max - min, {min, max}};   // not reached: 10^(e0 + 2) always fits
}

BarChartColumns LayOutBarChart(double width, double widest_label, double widest_value, double em) {
    const double gap = 0.5 * em;              // between the labels and the bars
    const double value_room = widest_value + 0.6 * em;
    const double min_bars = 8 * em;           // bars shorter than this are hard to compare
    const double label = std::min(std::max(widest_label, 0.0), 0.35 * width);
    BarChartColumns out;
    if (width - label - gap - value_room >= min_bars) {
        out.label_width = label;
        out.bars_left = label + gap;
    } else {
        out.stacked = true;
        out.label_width = width;
    }
    // A value wider than the chart leaves the bars a sliver; it still reads whole after them.
    out.bars_right = std::max(width - value_room, out.bars_left + 2 * em);
    return out;
}

std::string FormatNumber(double value, std::string_view thousands_sep, std::string_view decimal_sep, int max_decimals) {
    if (std::isnan(value)) return "";
    if (std::isinf(value)) return value < 0 ? "-\u221E" : "\u221E";
    int decimals = std::clamp(max_decimals, 0, 9);
    while (decimals > 0 && std::abs(value) * PowerOfTen(decimals) >= 0x1p53) --decimals;  // keep digits exact
    const double scaled = std::round(std::abs(value) * PowerOfTen(decimals));
    char buf[400];
    FormatString(buf, sizeof buf, "%.0f", scaled);   // an integer: no locale involved
    std::string digits = buf;
    if (digits.size() <= static_cast<std::size_t>(decimals)) digits.insert(0, decimals + 1 - digits.size(), '0');
    std::string fraction = digits.substr(digits.size() - decimals);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    std::string out = (value < 0 && scaled != 0) ? "-" : "";
    out += GroupThousands(digits.substr(0, digits.size() - decimals), thousands_sep);
    if (!fraction.empty()) { out += decimal_sep; out += fraction; }
    return out;
}

} // namespace polity
