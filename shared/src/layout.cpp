// Polity Explorer — layout math: timeline scale and ticks, label lanes, graph layout,
// chart scales. Everything here is pure and deterministic.
//
// Index of this file
// [SECTION] Timeline: scale, zoom and pan
// [SECTION] Timeline: ticks
// [SECTION] Timeline: items, lanes, visible range
// [SECTION] Graph layout
// [SECTION] Chart scales and numbers

#include "polity/layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iterator>
#include <queue>
#include <utility>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Timeline: scale, zoom and pan
//-----------------------------------------------------------------------------

namespace {

bool Finite(double v) { return std::isfinite(v); }

// Bounds with finite, ordered ends and positive limits.
TimeBounds Sanitize(TimeBounds b) {
    if (!Finite(b.first) || !Finite(b.last)) b.first = b.last = 0;
    if (b.first > b.last) std::swap(b.first, b.last);
    if (!Finite(b.margin_px) || b.margin_px < 0) b.margin_px = 0;
    if (!Finite(b.min_span_years) || b.min_span_years <= 0) b.min_span_years = 1;
    if (!Finite(b.max_px_per_year) || b.max_px_per_year <= 0) b.max_px_per_year = 1e6;
    return b;
}

double UsableWidth(const TimeBounds& b, double width_px) {
    const double w = Finite(width_px) ? width_px - 2 * b.margin_px : 0;
    return std::max(w, 1.0);
}

} // namespace

TimeScale FitTimeScale(const TimeBounds& bounds, double width_px) {
    const TimeBounds b = Sanitize(bounds);
    const double span = std::max(b.last - b.first, b.min_span_years);
    const double ppy = std::min(UsableWidth(b, width_px) / span, b.max_px_per_year);
    const double centre = (b.first + b.last) / 2;
    const double half_width = (Finite(width_px) ? std::max(width_px, 0.0) : 0) / 2;
    return {centre - half_width / ppy, ppy};
}

TimeScale ClampTimeScale(TimeScale scale, const TimeBounds& bounds, double width_px) {
    const TimeBounds b = Sanitize(bounds);
    const TimeScale fit = FitTimeScale(b, width_px);
    if (!Finite(scale.origin) || !Finite(scale.px_per_year) || scale.px_per_year <= 0) return fit;
    const double ppy = std::clamp(scale.px_per_year, fit.px_per_year, std::max(b.max_px_per_year, fit.px_per_year));
    const double width = Finite(width_px) ? std::max(width_px, 0.0) : 0;
    const double lo = b.first - b.margin_px / ppy;           // first item margin_px from the left
    const double hi = b.last + b.margin_px / ppy - width / ppy; // last item margin_px from the right
    if (hi < lo) return {(b.first + b.last) / 2 - width / 2 / ppy, ppy}; // narrower than the view
    return {std::clamp(scale.origin, lo, hi), ppy};
}

TimeScale ZoomTimeScale(TimeScale scale, double factor, double anchor_px, const TimeBounds& bounds, double width_px) {
    scale = ClampTimeScale(scale, bounds, width_px);
    if (!Finite(factor) || factor <= 0) factor = 1;
    if (!Finite(anchor_px)) anchor_px = 0;
    const double anchor_years = scale.ToYears(anchor_px);
    const double ppy = scale.px_per_year * factor;
    return ClampTimeScale({anchor_years - anchor_px / ppy, ppy}, bounds, width_px);
}

TimeScale PanTimeScale(TimeScale scale, double dx_px, const TimeBounds& bounds, double width_px) {
    scale = ClampTimeScale(scale, bounds, width_px);
    if (!Finite(dx_px)) dx_px = 0;
    return ClampTimeScale({scale.origin - dx_px / scale.px_per_year, scale.px_per_year}, bounds, width_px);
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline: ticks
//-----------------------------------------------------------------------------

namespace {

struct TickStep {
    TickUnit unit;
    int count;          // days, months or years per step
    double min_years;   // the smallest gap between two ticks of this step
};

// Finest first. A month is 1/12 year and a day at least 1/(12 x 31) year (Date::YearFraction);
// day ticks restart on the 1st of each month, so their smallest gap is the step.
constexpr double kMonth = 1 / 12.0, kDay = 1 / (12.0 * 31);
constexpr TickStep kTickSteps[] = {
    {TickUnit::Day, 1, kDay}, {TickUnit::Day, 2, 2 * kDay}, {TickUnit::Day, 5, 5 * kDay},
    {TickUnit::Day, 10, 10 * kDay}, {TickUnit::Month, 1, kMonth}, {TickUnit::Month, 3, 3 * kMonth},
    {TickUnit::Month, 6, 6 * kMonth}, {TickUnit::Year, 1, 1}, {TickUnit::Year, 2, 2}, {TickUnit::Year, 5, 5},
    {TickUnit::Year, 10, 10}, {TickUnit::Year, 20, 20}, {TickUnit::Year, 50, 50}, {TickUnit::Year, 100, 100},
    {TickUnit::Year, 200, 200}, {TickUnit::Year, 500, 500}, {TickUnit::Year, 1000, 1000},
};
constexpr std::size_t kMaxTicks = 10000;   // a guard for absurd widths

const TickStep& ChooseStep(double px_per_year, double min_px) {
    for (const TickStep& s : kTickSteps) if (s.min_years * px_per_year >= min_px) return s;
    return kTickSteps[std::size(kTickSteps) - 1];
}

std::string TickLabel(int year, int month, int day) {
    char buf[24];
    if (day > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else if (month > 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else std::snprintf(buf, sizeof buf, "%d", year);
    return buf;
}

struct TickSink {
    const TimeScale& scale;
    double width;
    TickUnit unit;
    std::vector<TimeTick>& out;
    void Add(int year, int month, int day, bool major) const {   // keeps ticks inside [0, width]
        const double years = YearsAt(year, std::max(month, 1), std::max(day, 1));
        const double x = scale.ToPx(years);
        if (x >= 0 && x <= width) out.push_back({x, years, unit, year, month, day, major, TickLabel(year, month, day)});
    }
};

void YearTicks(const TickSink& sink, int step, double t0, double t1) {
    int major_every = 10;
    while (major_every <= step) major_every *= 10;
    for (int y = std::max(step, static_cast<int>(std::floor(t0 / step)) * step); y <= t1; y += step) {
        if (sink.out.size() >= kMaxTicks) return;
        sink.Add(y, 0, 0, y % major_every == 0);
    }
}

// Month and day ticks; walks the visible months only.
void CalendarTicks(const TickSink& sink, const TickStep& step, double t0, double t1) {
    for (int y = std::max(1, static_cast<int>(std::floor(t0))); y <= t1 && y <= 9999; ++y) {
        for (int m = 1; m <= 12 && YearsAt(y, m, 1) <= t1; ++m) {
            if (sink.out.size() >= kMaxTicks) return;
            if (step.unit == TickUnit::Month) {
                if ((m - 1) % step.count == 0) sink.Add(y, m, 0, m == 1);
                continue;
            }
            const int days = DaysInMonth(y, m);
            for (int d = 1; d == 1 || d + step.count <= days + 1; d += step.count) sink.Add(y, m, d, d == 1);
        }
    }
}

} // namespace

double YearsAt(int year, int month, int day) {
    const int days = std::max(DaysInMonth(year, month), 1);
    return year + (month - 1) / 12.0 + (day - 1) / (12.0 * days);
}

std::vector<TimeTick> TimelineTicks(const TimeScale& scale, double width_px, double min_px_between) {
    std::vector<TimeTick> out;
    if (!Finite(width_px) || width_px <= 0 || !Finite(scale.origin) || !Finite(scale.px_per_year) ||
        scale.px_per_year <= 0)
        return out;
    const double min_px = Finite(min_px_between) && min_px_between > 1 ? min_px_between : 1;
    const TickStep& step = ChooseStep(scale.px_per_year, min_px);
    const double t0 = std::max(scale.ToYears(0), 0.0);
    const double t1 = std::min(scale.ToYears(width_px), 10000.0);
    const TickSink sink{scale, width_px, step.unit, out};
    if (step.unit == TickUnit::Year) YearTicks(sink, step.count, t0, t1);
    else CalendarTicks(sink, step, t0, t1);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline: items, lanes, visible range
//-----------------------------------------------------------------------------

TimelineTrack BuildTimelineTrack(const Dataset& data, const std::vector<Index>& entities) {
    std::vector<std::pair<double, Index>> dated;
    for (Index i : entities) {
        if (i < data.entities.size() && data.entities[i].date.IsSet()) dated.push_back({data.entities[i].date.YearFraction(), i});
    }
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    TimelineTrack track;
    for (const auto& [years, i] : dated) {
        track.items.push_back(i);
        track.years.push_back(years);
    }
    return track;
}

TimeBounds BoundsOf(const TimelineTrack& track) {
    TimeBounds b;
    if (!track.years.empty()) {
        b.first = track.years.front();
        b.last = track.years.back();
    }
    return b;
}

IndexRange VisibleRange(const std::vector<double>& sorted, double lo, double hi) {
    const auto begin = std::lower_bound(sorted.begin(), sorted.end(), lo);
    const auto end = std::upper_bound(begin, sorted.end(), hi);
    return {static_cast<std::size_t>(begin - sorted.begin()), static_cast<std::size_t>(end - sorted.begin())};
}

std::vector<int> AssignLanes(const std::vector<double>& xs, const std::vector<double>& widths, double gap, int max_lanes) {
    using Busy = std::pair<double, int>;   // (x where the lane frees up, lane)
    std::priority_queue<Busy, std::vector<Busy>, std::greater<Busy>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<int>> free_lanes;
    std::vector<int> lanes(xs.size(), -1);
    int lane_count = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        while (!busy.empty() && busy.top().first <= xs[i]) {
            free_lanes.push(busy.top().second);
            busy.pop();
        }
        int lane = -1;
        if (!free_lanes.empty()) { lane = free_lanes.top(); free_lanes.pop(); }
        else if (max_lanes <= 0 || lane_count < max_lanes) lane = lane_count++;
        else continue;
        const double width = i < widths.size() && widths[i] > 0 ? widths[i] : 0;
        lanes[i] = lane;
        busy.push({xs[i] + width + std::max(gap, 0.0), lane});
    }
    return lanes;
}

//-----------------------------------------------------------------------------
// [SECTION] Graph layout
//-----------------------------------------------------------------------------

namespace {

constexpr double kPi = 3.14159265358979323846;

std::uint64_t SplitMix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Random01(std::uint64_t& state) { return static_cast<double>(SplitMix64(state) >> 11) * 0x1.0p-53; }

// (cos, sin) of a fraction of a turn, by Taylor series: only + * /, so the same bits everywhere.
Vec2 Turn(double fraction) {
    const double a = (fraction - std::floor(fraction + 0.5)) * 2 * kPi;   // [-pi, pi]
    double c = 0, s = 0, term_c = 1, term_s = a;
    for (int k = 1; k <= 15; ++k) {
        c += term_c;
        s += term_s;
        term_c *= -a * a / ((2 * k - 1) * (2 * k));
        term_s *= -a * a / ((2 * k) * (2 * k + 1));
    }
    return {c, s};
}

double Length(Vec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

// Fits the bounding box into [margin, 1 - margin]^2, keeping the aspect ratio, centred.
void FitUnitBox(std::vector<Vec2>& p, double margin) {
    if (p.empty()) return;
    Vec2 lo = p[0], hi = p[0];
    for (const Vec2& v : p) {
        lo = {std::min(lo.x, v.x), std::min(lo.y, v.y)};
        hi = {std::max(hi.x, v.x), std::max(hi.y, v.y)};
    }
    const double extent = std::max(hi.x - lo.x, hi.y - lo.y);
    const double scale = extent > 0 ? (1 - 2 * margin) / extent : 0;
    for (Vec2& v : p) v = {0.5 + (v.x - (lo.x + hi.x) / 2) * scale, 0.5 + (v.y - (lo.y + hi.y) / 2) * scale};
}

// Fruchterman–Reingold repulsion k^2/d between every pair closer than 2k, found through a
// grid of 2k cells (their "grid variant"), so a step costs about O(n) instead of O(n^2).
void Repel(const std::vector<Vec2>& p, std::vector<Vec2>& disp, double k) {
    const double cell = 2 * k;
    std::vector<std::pair<std::pair<long, long>, std::uint32_t>> cells(p.size());
    for (std::uint32_t i = 0; i < p.size(); ++i) {
        cells[i] = {{std::lround(std::floor(p[i].x / cell)), std::lround(std::floor(p[i].y / cell))}, i};
    }
    std::sort(cells.begin(), cells.end());
    for (std::uint32_t i = 0; i < p.size(); ++i) {
        const auto home = cells[i].first;
        for (long dx = -1; dx <= 1; ++dx) {
            const auto key = std::make_pair(home.first + dx, home.second - 1);
            auto it = std::lower_bound(cells.begin(), cells.end(), std::make_pair(key, 0u));
            for (; it != cells.end() && it->first.first == key.first && it->first.second <= home.second + 1; ++it) {
                const std::uint32_t a = cells[i].second, b = it->second;
                if (a == b) continue;
                Vec2 d{p[a].x - p[b].x, p[a].y - p[b].y};
                double dist = Length(d);
                if (dist >= cell) continue;
                if (dist < 1e-9) { d = {a < b ? -1.0 : 1.0, 0}; dist = 1e-9; }   // coincident: split on x
                const double f = k * k / dist / Length(d);
                disp[a].x += d.x * f;
                disp[a].y += d.y * f;
            }
        }
    }
}

// Attraction d^2/k along every edge, and a weak pull to the centre that keeps components together.
void Attract(const std::vector<Vec2>& p, std::vector<Vec2>& disp, const std::vector<GraphEdge>& edges, double k) {
    for (const GraphEdge& e : edges) {
        if (e.a >= p.size() || e.b >= p.size() || e.a == e.b) continue;
        const Vec2 d{p[e.a].x - p[e.b].x, p[e.a].y - p[e.b].y};
        const double f = Length(d) / k;
        disp[e.a] = {disp[e.a].x - d.x * f, disp[e.a].y - d.y * f};
        disp[e.b] = {disp[e.b].x + d.x * f, disp[e.b].y + d.y * f};
    }
    for (std::size_t i = 0; i < p.size(); ++i) {
        disp[i] = {disp[i].x + (0.5 - p[i].x) * 2 * k, disp[i].y + (0.5 - p[i].y) * 2 * k};
    }
}

} // namespace

std::vector<GraphEdge> EdgesAmong(const Dataset& data, const std::vector<Index>& nodes) {
    std::vector<std::uint32_t> slot(data.entities.size(), UINT32_MAX);
    for (std::uint32_t n = 0; n < nodes.size(); ++n) if (nodes[n] < slot.size()) slot[nodes[n]] = n;
    std::vector<GraphEdge> edges;
    for (std::size_t r = 0; r < data.relations.size(); ++r) {
        const Relation& rel = data.relations[r];
        if (rel.from >= slot.size() || rel.to >= slot.size() || rel.from == rel.to) continue;
        if (slot[rel.from] != UINT32_MAX && slot[rel.to] != UINT32_MAX) edges.push_back({slot[rel.from], slot[rel.to], r});
    }
    return edges;
}

std::vector<Vec2> RingLayout(const Dataset& data, const std::vector<Index>& nodes, std::uint64_t seed) {
    const auto kind_of = [&](Index i) { return i < data.entities.size() ? static_cast<int>(data.entities[i].kind) : 0; };
    int ring_of_kind[kKindCount] = {};
    int per_kind[kKindCount] = {};
    for (Index i : nodes) ++per_kind[kind_of(i)];
    int rings = 0;
    for (int k = 0; k < kKindCount; ++k) ring_of_kind[k] = per_kind[k] > 0 ? rings++ : -1;
    std::uint64_t state = seed;
    double phase[kKindCount];
    for (double& ph : phase) ph = Random01(state);
    int placed[kKindCount] = {};
    std::vector<Vec2> out;
    for (Index i : nodes) {
        const int k = kind_of(i);
        const double radius = 0.45 * (ring_of_kind[k] + 1) / rings * (0.97 + 0.03 * Random01(state));
        const Vec2 dir = Turn(phase[k] + static_cast<double>(placed[k]++) / per_kind[k]);
        out.push_back({0.5 + radius * dir.x, 0.5 + radius * dir.y});
    }
    return out;
}

void RelaxLayout(std::vector<Vec2>& positions, const std::vector<GraphEdge>& edges, int iterations) {
    const std::size_t n = positions.size();
    if (n == 0) return;
    const double k = 0.7 * std::sqrt(1.0 / static_cast<double>(n));   // ideal edge length
    std::vector<Vec2> disp(n);
    for (int it = 0; it < iterations; ++it) {
        const double temperature = 0.1 * (1 - static_cast<double>(it) / iterations);  // linear cooling
        std::fill(disp.begin(), disp.end(), Vec2{});
        Repel(positions, disp, k);
        Attract(positions, disp, edges, k);
        for (std::size_t i = 0; i < n; ++i) {
            const double len = Length(disp[i]);
            if (!(len > 0) || !Finite(len)) continue;
            const double step = std::min(len, temperature) / len;
            positions[i] = {positions[i].x + disp[i].x * step, positions[i].y + disp[i].y * step};
        }
    }
    FitUnitBox(positions, 0.05);
}

std::vector<Vec2> LayoutGraph(const Dataset& data, const std::vector<Index>& nodes, const GraphLayoutOptions& options) {
    std::vector<Vec2> positions = RingLayout(data, nodes, options.seed);
    RelaxLayout(positions, EdgesAmong(data, nodes), std::max(options.iterations, 0));
    return positions;
}

std::vector<Vec2> FitToRect(const std::vector<Vec2>& unit_positions, const Rect& rect, double padding) {
    const double side = std::max(std::min(rect.w, rect.h) - 2 * padding, 0.0);
    const Vec2 corner{rect.x + (rect.w - side) / 2, rect.y + (rect.h - side) / 2};
    std::vector<Vec2> out;
    out.reserve(unit_positions.size());
    for (const Vec2& p : unit_positions) out.push_back({corner.x + p.x * side, corner.y + p.y * side});
    return out;
}

int NearestNode(const std::vector<Vec2>& positions, Vec2 point, double radius) {
    int best = -1;
    double best_d2 = radius * radius;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const double dx = positions[i].x - point.x, dy = positions[i].y - point.y;
        const double d2 = dx * dx + dy * dy;
        if (d2 < best_d2 || (best < 0 && d2 <= best_d2)) {   // on a tie, the earlier node
            best = static_cast<int>(i);
            best_d2 = d2;
        }
    }
    return best;
}

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

// floor or ceil of v, forgiving the rounding noise of a division.
double SnapDown(double v) { return std::abs(v - std::round(v)) < 1e-9 * std::max(1.0, std::abs(v)) ? std::round(v) : std::floor(v); }
double SnapUp(double v) { return std::abs(v - std::round(v)) < 1e-9 * std::max(1.0, std::abs(v)) ? std::round(v) : std::ceil(v); }

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
    // Start a decade below the estimate and climb: the first 1/2/5 step that fits wins.
    const int e0 = static_cast<int>(std::floor(std::log10((max - min) / (max_ticks - 1)))) - 1;
    for (int e = e0; e < e0 + 4; ++e) {
        for (int m : {1, 2, 5}) {
            const double step = StepTimes(m, e, 1);
            const double lo = SnapDown(min / step), hi = SnapUp(max / step);
            if (hi - lo + 1 > max_ticks) continue;
            NiceTicks out{StepTimes(m, e, lo), StepTimes(m, e, hi), step, {}};
            for (double n = lo; n <= hi; ++n) out.ticks.push_back(StepTimes(m, e, n));
            return out;
        }
    }
    return {min, max, max - min, {min, max}};   // not reached: 10^(e0 + 2) always fits
}

namespace {

std::string GroupThousands(const std::string& digits, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

} // namespace

std::string FormatNumber(double value, std::string_view thousands_sep, std::string_view decimal_sep, int max_decimals) {
    if (std::isnan(value)) return "";
    if (std::isinf(value)) return value < 0 ? "-\u221E" : "\u221E";
    int decimals = std::clamp(max_decimals, 0, 9);
    while (decimals > 0 && std::abs(value) * PowerOfTen(decimals) >= 0x1p53) --decimals;  // keep digits exact
    const double scaled = std::round(std::abs(value) * PowerOfTen(decimals));
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", scaled);   // an integer: no locale involved
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
