// Polity Explorer — timeline layout math: scale, zoom and pan, ticks, the folded axis, label
// lanes and the visible range. Pure and deterministic.
//
// Index of this file
// [SECTION] Timeline: scale, zoom and pan
// [SECTION] Timeline: ticks
// [SECTION] Timeline: folded axis
// [SECTION] Timeline: items, lanes, visible range

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
// [SECTION] Timeline: scale, zoom and pan
//-----------------------------------------------------------------------------

namespace {


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

double MinPx(const TickSpacing& spacing, TickUnit unit) {
    const double px = unit == TickUnit::Year ? spacing.year_px : unit == TickUnit::Month ? spacing.month_px : spacing.day_px;
    return Finite(px) && px > 1 ? px : 1;
}

const TickStep& ChooseStep(double px_per_year, const TickSpacing& spacing) {
    for (const TickStep& s : kTickSteps) if (s.min_years * px_per_year >= MinPx(spacing, s.unit)) return s;
    return kTickSteps[std::size(kTickSteps) - 1];
}

std::string TickLabel(int year, int month, int day) {
    char buf[24];
    if (day > 0) FormatString(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else if (month > 0) FormatString(buf, sizeof buf, "%04d-%02d", year, month);
    else FormatString(buf, sizeof buf, "%d", year);
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
    return TimelineTicks(scale, width_px, TickSpacing{min_px_between, min_px_between, min_px_between});
}

std::vector<TimeTick> TimelineTicks(const TimeScale& scale, double width_px, const TickSpacing& spacing) {
    std::vector<TimeTick> out;
    if (!Finite(width_px) || width_px <= 0 || !Finite(scale.origin) || !Finite(scale.px_per_year) ||
        scale.px_per_year <= 0)
        return out;
    const TickStep& step = ChooseStep(scale.px_per_year, spacing);
    const double t0 = std::clamp(scale.ToYears(0), 0.0, 10000.0);   // years 1..9999 only
    const double t1 = std::clamp(scale.ToYears(width_px), 0.0, 10000.0);
    const TickSink sink{scale, width_px, step.unit, out};
    if (step.unit == TickUnit::Year) YearTicks(sink, step.count, t0, t1);
    else CalendarTicks(sink, step, t0, t1);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline: folded axis
//-----------------------------------------------------------------------------

std::vector<TimeFold> FindFolds(const std::vector<double>& years, const FoldRule& rule) {
    std::vector<TimeFold> out;
    if (years.size() < 2 || !Finite(years.front()) || !Finite(years.back())) return out;
    const double span = std::floor(years.back()) + 1 - std::floor(years.front());
    for (std::size_t i = 1; i < years.size(); ++i) {
        if (!Finite(years[i - 1]) || !Finite(years[i])) continue;
        const double from = std::floor(years[i - 1]) + 1, to = std::floor(years[i]);
        if (to - from >= rule.min_years && to - from >= rule.min_share * span) out.push_back({from, to});
    }
    return out;
}

TimeBounds YearBounds(TimeBounds b) {
    if (Finite(b.first) && Finite(b.last) && b.last - b.first >= 2) {
        b.first = std::floor(b.first);
        b.last = std::floor(b.last) + 1;
    }
    return b;
}

// A fold is fold_px wide at the fitted zoom and as wide as its years at kFoldOpenZoom times it,
// growing as a power of the zoom in between (fast: zooming into a fold opens it).
constexpr double kFoldOpenZoom = 6;

double TimeAxis::FoldWidth(const TimeFold& f) const {
    const double natural = (f.to - f.from) * scale.px_per_year;
    if (!(fold_px > 0) || !(fit_px_per_year > 0)) return natural;
    const double zoom = scale.px_per_year / fit_px_per_year;
    const double natural_at_fit = (f.to - f.from) * fit_px_per_year;
    if (zoom <= 1 || natural_at_fit <= fold_px) return std::min(natural, fold_px);
    const double power = 1 + std::log(natural_at_fit / fold_px) / std::log(kFoldOpenZoom);
    return std::min(natural, fold_px * std::pow(zoom, power));
}

bool TimeAxis::IsClosed(const TimeFold& f) const { return FoldWidth(f) < (f.to - f.from) * scale.px_per_year - 0.5; }

namespace {

// The years a fold takes away at this zoom: its span less what its width shows.
double Removed(const TimeAxis& axis, const TimeFold& f) {
    return std::max(0.0, (f.to - f.from) - axis.FoldWidth(f) / axis.scale.px_per_year);
}

} // namespace

double TimeAxis::Folded(double years) const {
    double u = years;
    for (const TimeFold& f : folds) {
        if (years >= f.to) u -= Removed(*this, f);
        else if (years > f.from) u -= (years - f.from) * Removed(*this, f) / (f.to - f.from);
    }
    return u;
}

double TimeAxis::Unfolded(double folded) const {
    double removed = 0;
    for (const TimeFold& f : folds) {
        const double start = f.from - removed, length = (f.to - f.from) - Removed(*this, f);
        if (folded <= start) break;
        if (folded < start + length) return f.from + (folded - start) / length * (f.to - f.from);
        removed += Removed(*this, f);
    }
    return folded + removed;
}

namespace {

// The axis's zoom within [fit, the bounds' limit] and its pan within the bounds' margins.
TimeAxis ClampTimeAxis(TimeAxis axis, const TimeBounds& bounds, double width_px) {
    if (!(axis.fit_px_per_year > 0)) return FitTimeAxis(bounds, axis.folds, axis.fold_px, width_px);
    const TimeBounds b = Sanitize(bounds);
    double& ppy = axis.scale.px_per_year;
    ppy = std::clamp(Finite(ppy) ? ppy : 0.0, axis.fit_px_per_year, std::max(b.max_px_per_year, axis.fit_px_per_year));
    if (!Finite(axis.scale.origin)) axis.scale.origin = axis.Folded(b.first);
    TimeBounds folded = b;
    folded.first = axis.Folded(b.first);
    folded.last = axis.Folded(b.last);
    axis.scale = ClampTimeScale(axis.scale, folded, width_px);
    return axis;
}

} // namespace

TimeAxis FitTimeAxis(const TimeBounds& bounds, std::vector<TimeFold> folds, double fold_px, double width_px) {
    const TimeBounds b = Sanitize(bounds);
    TimeAxis axis;
    for (const TimeFold& f : folds)
        if (Finite(f.from) && Finite(f.to) && f.from > b.first && f.to < b.last && f.to > f.from &&
            (axis.folds.empty() || f.from >= axis.folds.back().to))
            axis.folds.push_back(f);
    const double usable = UsableWidth(b, width_px);
    const double n = static_cast<double>(axis.folds.size());
    double years = b.last - b.first;
    for (const TimeFold& f : axis.folds) years -= f.to - f.from;
    axis.fold_px = n > 0 ? std::min(Finite(fold_px) ? std::max(fold_px, 0.0) : 0.0, usable * 0.25 / n) : 0;
    const double ppy = std::min((usable - n * axis.fold_px) / std::max(years, b.min_span_years), b.max_px_per_year);
    axis.fit_px_per_year = ppy;
    axis.scale.px_per_year = ppy;
    const double width = Finite(width_px) ? std::max(width_px, 0.0) : 0;
    axis.scale.origin = (axis.Folded(b.first) + axis.Folded(b.last)) / 2 - width / 2 / ppy;
    return axis;
}

TimeAxis ZoomTimeAxis(TimeAxis axis, double factor, double anchor_px, const TimeBounds& bounds, double width_px) {
    axis = ClampTimeAxis(std::move(axis), bounds, width_px);
    if (!Finite(factor) || factor <= 0) factor = 1;
    if (!Finite(anchor_px)) anchor_px = 0;
    const double anchor_years = axis.ToYears(anchor_px);
    axis.scale.px_per_year = std::clamp(axis.scale.px_per_year * factor, axis.fit_px_per_year,
                                        std::max(Sanitize(bounds).max_px_per_year, axis.fit_px_per_year));
    axis.scale.origin = axis.Folded(anchor_years) - anchor_px / axis.scale.px_per_year;
    return ClampTimeAxis(std::move(axis), bounds, width_px);
}

TimeAxis PanTimeAxis(TimeAxis axis, double dx_px, const TimeBounds& bounds, double width_px) {
    axis = ClampTimeAxis(std::move(axis), bounds, width_px);
    if (Finite(dx_px)) axis.scale.origin -= dx_px / axis.scale.px_per_year;
    return ClampTimeAxis(std::move(axis), bounds, width_px);
}

TimeAxis ResizeTimeAxis(const TimeAxis& axis, const TimeBounds& bounds, double old_width_px, double new_width_px) {
    TimeAxis fresh = FitTimeAxis(bounds, axis.folds, axis.fold_px, new_width_px);
    if (!(old_width_px > 0) || !(axis.fit_px_per_year > 0)) return fresh;
    const double middle = axis.ToYears(old_width_px / 2);
    fresh.scale.px_per_year = fresh.fit_px_per_year * axis.scale.px_per_year / axis.fit_px_per_year;
    fresh.scale.origin = fresh.Folded(middle) - new_width_px / 2 / fresh.scale.px_per_year;
    return ClampTimeAxis(std::move(fresh), bounds, new_width_px);
}

namespace {

struct AxisPiece {               // a stretch of the axis drawn at one px per year
    double from = -HUGE_VAL;     // years
    double to = HUGE_VAL;
    const TimeFold* fold = nullptr;
};

std::vector<AxisPiece> Pieces(const TimeAxis& axis) {
    std::vector<AxisPiece> pieces;
    double from = -HUGE_VAL;
    for (const TimeFold& f : axis.folds) {
        pieces.push_back({from, f.from, nullptr});
        pieces.push_back({f.from, f.to, &f});
        from = f.to;
    }
    pieces.push_back({from, HUGE_VAL, nullptr});
    return pieces;
}

// The linear scale that agrees with the axis over a piece.
TimeScale PieceScale(const TimeAxis& axis, const AxisPiece& p) {
    const double ppy = p.fold ? axis.FoldWidth(*p.fold) / (p.fold->to - p.fold->from) : axis.scale.px_per_year;
    if (!Finite(p.from)) return {axis.scale.origin, ppy};   // before any fold, folded time is time
    return {p.from - axis.ToPx(p.from) / ppy, ppy};
}

// A stretch too short for its step's ticks still shows the first year it holds.
std::vector<TimeTick> StretchTicks(const TimeAxis& axis, const AxisPiece& p, double width_px, const TickSpacing& spacing) {
    std::vector<TimeTick> ticks;
    for (TimeTick& t : TimelineTicks(PieceScale(axis, p), width_px, spacing))
        if (t.years >= p.from && t.years < p.to) ticks.push_back(std::move(t));
    const double first = std::ceil(std::max(p.from, axis.ToYears(0)) - 1e-9);
    if (ticks.empty() && first < std::min(p.to, axis.ToYears(width_px)) && first >= 1 && first <= 9999) {
        const int year = static_cast<int>(first);
        ticks.push_back({axis.ToPx(first), first, TickUnit::Year, year, 0, 0, true, std::to_string(year)});
    }
    return ticks;
}

} // namespace

std::vector<TimeTick> AxisTicks(const TimeAxis& axis, double width_px, const TickSpacing& spacing) {
    std::vector<TimeTick> out;
    for (const AxisPiece& p : Pieces(axis)) {
        if (p.fold && axis.IsClosed(*p.fold)) continue;
        for (TimeTick& t : StretchTicks(axis, p, width_px, spacing)) {
            if (!out.empty() && t.x - out.back().x < MinPx(spacing, t.unit)) continue;
            out.push_back(std::move(t));
        }
    }
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
        track.entries.push_back({i, kNone, TimelineRow::Story, data.entities[i].date, data.entities[i].end, false});
    }
    return track;
}

TimelineTrack BuildTimelineTrack(const std::vector<TimelineEntry>& entries) {
    std::vector<std::size_t> order(entries.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return entries[a].Years() < entries[b].Years(); });
    TimelineTrack track;
    for (std::size_t k : order) {
        if (entries[k].item == kNone || !entries[k].date.IsSet()) continue;
        track.items.push_back(entries[k].item);
        track.years.push_back(entries[k].Years());
        track.entries.push_back(entries[k]);
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

namespace {

// A tournament tree over lanes: each node holds the smallest x at which a lane below it is
// free, so the lowest lane free at x is found, and updated, in O(log lanes) with plain arrays.
// Lanes not opened yet are free from -inf; slots beyond the lane limit never are (+inf).
struct LaneTree {
    std::size_t leaves = 1;
    std::vector<double> free_at;
    explicit LaneTree(std::size_t lanes) {
        while (leaves < lanes) leaves *= 2;
        free_at.assign(2 * leaves, -HUGE_VAL);
        for (std::size_t i = leaves + lanes; i < 2 * leaves; ++i) free_at[i] = HUGE_VAL;
        for (std::size_t i = leaves - 1; i > 0; --i) free_at[i] = std::min(free_at[2 * i], free_at[2 * i + 1]);
    }
    int LowestFree(double x) const {   // -1 when every lane is busy at x
        if (!(free_at[1] <= x)) return -1;
        std::size_t node = 1;
        while (node < leaves) node = free_at[2 * node] <= x ? 2 * node : 2 * node + 1;
        return static_cast<int>(node - leaves);
    }
    void Occupy(int lane, double until) {
        std::size_t node = leaves + static_cast<std::size_t>(lane);
        free_at[node] = until;
        for (node /= 2; node > 0; node /= 2) free_at[node] = std::min(free_at[2 * node], free_at[2 * node + 1]);
    }
};

} // namespace

std::vector<int> AssignLanes(const std::vector<double>& xs, const std::vector<double>& widths, double gap, int max_lanes) {
    const std::size_t limit = max_lanes > 0 ? std::min<std::size_t>(max_lanes, xs.size()) : xs.size();
    LaneTree tree(std::max<std::size_t>(limit, 1));
    std::vector<int> lanes(xs.size(), -1);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        lanes[i] = tree.LowestFree(xs[i]);
        const double width = i < widths.size() && widths[i] > 0 ? widths[i] : 0;
        if (lanes[i] >= 0) tree.Occupy(lanes[i], xs[i] + width + std::max(gap, 0.0));
    }
    return lanes;
}

} // namespace polity
