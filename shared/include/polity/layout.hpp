// Polity Explorer — layout math for the views: timeline scale, graph layout, chart scales.
// Pure, deterministic, unit-tested natively; the widget only draws what these return.
// Times are fractional years (Date::YearFraction); pixels are doubles, x growing rightwards.
//
// Index of this file
// [SECTION] Timeline: scale, zoom and pan
// [SECTION] Timeline: ticks
// [SECTION] Timeline: items, lanes, visible range
// [SECTION] Graph layout
// [SECTION] Chart scales and numbers
#pragma once

#include "polity/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Timeline: scale, zoom and pan
// - A TimeScale maps time to pixels: x = (years - origin) * px_per_year, x = 0 at the left edge.
// - TimeBounds limit zoom and pan: zoomed out, the whole data range fits; zoomed in, at most
//   max_px_per_year; panned, at most margin_px of blank shows beyond the first or last item.
// - Every function below returns a scale already clamped to its bounds, finite for any input.
//-----------------------------------------------------------------------------

struct TimeScale {               // time <-> pixels
    double origin = 0;                    // time at x = 0, in fractional years
    double px_per_year = 1;               // zoom
    double ToPx(double years) const { return (years - origin) * px_per_year; } // time -> x
    double ToYears(double px) const { return origin + px / px_per_year; }      // x -> time
};

struct TimeBounds {              // the limits of zoom and pan
    double first = 0;                     // earliest time of the data, fractional years
    double last = 0;                      // latest time of the data
    double margin_px = 24;                // blank allowed before first and after last
    double min_span_years = 1;            // fitting never zooms in further than this span
    double max_px_per_year = 365.25 * 64; // zoom-in limit: about 64 px per day
};

TimeScale FitTimeScale(const TimeBounds& bounds, double width_px);                     // whole range, centred
TimeScale ClampTimeScale(TimeScale scale, const TimeBounds& bounds, double width_px);  // zoom and pan within bounds
TimeScale ZoomTimeScale(TimeScale scale, double factor, double anchor_px,              // factor > 1 zooms in; the time
                        const TimeBounds& bounds, double width_px);                    //   under anchor_px stays put
TimeScale PanTimeScale(TimeScale scale, double dx_px, const TimeBounds& bounds, double width_px); // content moves by dx_px

//-----------------------------------------------------------------------------
// [SECTION] Timeline: ticks
// - Calendar ticks between x = 0 and x = width_px, at least min_px_between apart: the finest
//   step of 1/2/5/10 days, 1/3/6 months, or 1/2/5 x 10^k years that keeps them that far apart.
// - As in Date::YearFraction, a month is 1/12 of a year and a day 1/DaysInMonth of its month.
//-----------------------------------------------------------------------------

enum class TickUnit : std::uint8_t { Day, Month, Year }; // the unit of a tick step

struct TimeTick {                // one calendar tick of the time axis
    double x = 0;                // pixel position
    double years = 0;            // the start of the day, month or year, in fractional years
    TickUnit unit = TickUnit::Year; // the step's unit, the same for every tick of one call
    int year = 0;
    int month = 0;               // 1..12; 0 for year ticks
    int day = 0;                 // 1..31; 0 for month and year ticks
    bool major = false;          // starts a larger unit: a month, a year, a decade, a century...
    std::string label;           // "1990", "2022-06", "2022-06-05"; the UI may localise from the numbers
};

double YearsAt(int year, int month, int day);  // start of a calendar day, in fractional years
std::vector<TimeTick> TimelineTicks(const TimeScale& scale, double width_px, double min_px_between);

//-----------------------------------------------------------------------------
// [SECTION] Timeline: items, lanes, visible range
// - A TimelineTrack holds entities sorted by time, so drawing can binary-search the visible
//   slice of 100,000 items and touch only those. A partial date sits at the middle of its span.
//   Per frame: VisibleRange(track.years, scale.ToYears(-widest_label_px), scale.ToYears(width)).
// - AssignLanes stacks labels: item i takes [xs[i], xs[i] + widths[i] + gap) on the lowest
//   lane free at xs[i] (greedy, O(n log lanes): 100,000 labels in a few ms); xs ascending.
//-----------------------------------------------------------------------------

struct TimelineTrack {           // what the timeline draws, in time order
    std::vector<Index> items;    // entities, in time order
    std::vector<double> years;   // Date::YearFraction of each item, ascending
};

struct IndexRange {              // a half-open slice [begin, end) of a track
    std::size_t begin = 0;       // first index inside
    std::size_t end = 0;         // one past the last
    bool empty() const { return begin >= end; }
    std::size_t size() const { return empty() ? 0 : end - begin; }
};

// Dated entities of `entities` (e.g. TimelineOrder()), stably sorted by time; undated ones skipped.
TimelineTrack BuildTimelineTrack(const Dataset& data, const std::vector<Index>& entities);
TimeBounds BoundsOf(const TimelineTrack& track);                // first and last time, default margins
// Indices of `sorted` (ascending) whose value lies in [lo, hi]; O(log n).
IndexRange VisibleRange(const std::vector<double>& sorted, double lo, double hi);
// Lane per item (0 = first lane). With max_lanes > 0, items that would need more get -1: no label.
std::vector<int> AssignLanes(const std::vector<double>& xs, const std::vector<double>& widths,
                             double gap, int max_lanes = 0);

//-----------------------------------------------------------------------------
// [SECTION] Graph layout
// - Nodes are entity indices (distinct); edges are the Dataset::relations among them.
// - LayoutGraph starts from one ring per kind present (institutions innermost), then runs
//   Fruchterman–Reingold forces with linear cooling, and fits the result into the unit box
//   [0,1] x [0,1]. Same nodes, edges and seed give bit-identical positions: its PRNG
//   (splitmix64) and its sine and cosine are its own, so native and WASM builds agree, as
//   long as the compiler does not fuse multiply-adds (FMA; GCC: -ffp-contract=off).
//-----------------------------------------------------------------------------

struct Vec2 {                    // a point or a displacement
    double x = 0;
    double y = 0;
};

struct Rect {                    // an area on screen, in pixels
    double x = 0;                // left
    double y = 0;                // top
    double w = 0;
    double h = 0;
};

struct GraphEdge {               // one relation drawn between two nodes
    std::uint32_t a = 0;         // position of the `from` entity in the node list
    std::uint32_t b = 0;         // position of the `to` entity in the node list
    std::size_t relation = 0;    // index into Dataset::relations
};

struct GraphLayoutOptions {      // what LayoutGraph may vary
    int iterations = 300;        // force steps; 0 keeps the initial rings
    std::uint64_t seed = 1;      // picks the rings' starting angles and a little radial jitter
};

// Relations with both ends among `nodes` (and distinct ends), in relation order.
std::vector<GraphEdge> EdgesAmong(const Dataset& data, const std::vector<Index>& nodes);
// The starting layout: concentric rings by kind, centred in the unit box.
std::vector<Vec2> RingLayout(const Dataset& data, const std::vector<Index>& nodes, std::uint64_t seed);
// Runs the forces on `positions` and fits them into the unit box with a small margin.
void RelaxLayout(std::vector<Vec2>& positions, const std::vector<GraphEdge>& edges, int iterations);
// RingLayout, then RelaxLayout over EdgesAmong(nodes): one position per node, in the unit box.
std::vector<Vec2> LayoutGraph(const Dataset& data, const std::vector<Index>& nodes,
                              const GraphLayoutOptions& options = {});
// Maps unit-box positions into `rect` less `padding`, keeping the aspect ratio, centred.
std::vector<Vec2> FitToRect(const std::vector<Vec2>& unit_positions, const Rect& rect, double padding);
// The position closest to `point` within `radius`, or -1. Linear; fine for a drawn graph.
int NearestNode(const std::vector<Vec2>& positions, Vec2 point, double radius);

//-----------------------------------------------------------------------------
// [SECTION] Chart scales and numbers
//-----------------------------------------------------------------------------

struct NiceTicks {               // a value axis: domain and ticks
    double min = 0;              // nice lower end, <= the data's
    double max = 1;              // nice upper end, >= the data's
    double step = 1;             // 1, 2 or 5 x 10^k
    std::vector<double> ticks;   // min, min + step, ..., max
    double Map(double value, double px_at_min, double px_at_max) const; // value -> pixel, linear
};

// A domain covering [min, max] with at most max_ticks ticks at nice values. max_ticks is at
// least 3 (a range across zero needs 3). Equal ends grow to include zero (with 5 ticks, a single
// 7,000 gets 0..8,000); non-finite input gives 0..1.
NiceTicks NiceScale(double min, double max, int max_ticks);

// "7,000", "7 000" (with thousands_sep " "), "0.5", "-1,234.57": at most max_decimals (0..9)
// decimals, trailing zeros dropped. Independent of the C locale. NaN gives "", infinity "∞".
std::string FormatNumber(double value, std::string_view thousands_sep = ",",
                         std::string_view decimal_sep = ".", int max_decimals = 2);

} // namespace polity
