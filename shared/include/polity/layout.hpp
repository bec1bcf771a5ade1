// Polity Explorer — layout math for the views: timeline scale, graph layout, chart scales,
// text wrapping.
// Pure, deterministic, unit-tested natively; the widget only draws what these return.
// Times are fractional years (Date::YearFraction); pixels are doubles, x growing rightwards.
//
// Index of this file
// [SECTION] Timeline: scale, zoom and pan
// [SECTION] Timeline: ticks
// [SECTION] Timeline: folded axis
// [SECTION] Timeline: items, lanes, visible range
// [SECTION] Graph layout
// [SECTION] Network: the graph a view draws, built in slices
// [SECTION] Chart scales and numbers
// [SECTION] Text wrapping
#pragma once

#include "polity/model.hpp"
#include "polity/query.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
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
//   With a TickSpacing, each unit has its own least distance (a month's label is wider than a
//   year's).
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

struct TickSpacing {             // the least distance between two ticks of each unit, px
    double year_px = 40;
    double month_px = 60;
    double day_px = 60;
};

double YearsAt(int year, int month, int day);  // start of a calendar day, in fractional years
std::vector<TimeTick> TimelineTicks(const TimeScale& scale, double width_px, double min_px_between);
std::vector<TimeTick> TimelineTicks(const TimeScale& scale, double width_px, const TickSpacing& spacing);

//-----------------------------------------------------------------------------
// [SECTION] Timeline: folded axis
// - Where most of the span holds nothing, the axis folds the empty whole years away: FindFolds
//   picks gaps of at least `min_years` empty years that are also `min_share` of the span.
// - A TimeAxis is a TimeScale over folded time. At the fitted zoom each fold is `fold_px` wide
//   (room for a break mark and the folded years' name); zooming in opens the folds, their width
//   growing as a power of the zoom, until at 6 times the fitted zoom each is as wide as its years.
// - Fit, zoom, pan and resize keep the rules of the TimeScale functions above (the time under the
//   anchor stays put; at most margin_px of blank beyond the data). With no folds they agree.
//-----------------------------------------------------------------------------

struct TimeFold {                // whole years the axis folds away: [from, to)
    double from = 0;
    double to = 0;
};

struct FoldRule {                // when an empty stretch folds
    double min_years = 3;        // at least this many whole years hold nothing
    double min_share = 0.25;     // and they are at least this share of the whole span
};

// The folds for times `sorted_years` (ascending), left to right.
std::vector<TimeFold> FindFolds(const std::vector<double>& sorted_years, const FoldRule& rule = {});
// The bounds widened to whole years when they span two years or more (so the axis shows the
// first and last year), else as they are.
TimeBounds YearBounds(TimeBounds bounds);

struct TimeAxis {                // time <-> pixels over folded time
    TimeScale scale;             // x = (Folded(years) - scale.origin) * scale.px_per_year
    std::vector<TimeFold> folds; // ascending, disjoint
    double fold_px = 0;          // a closed fold's width at the fitted zoom
    double fit_px_per_year = 0;  // the fitted zoom (the least zoom)

    double FoldWidth(const TimeFold& f) const;   // the pixels a fold takes at this zoom
    bool IsClosed(const TimeFold& f) const;      // narrower than its years: drawn as a break
    double Folded(double years) const;           // time -> folded time, in years
    double Unfolded(double folded) const;        // the inverse
    double ToPx(double years) const { return scale.ToPx(Folded(years)); }
    double ToYears(double px) const { return Unfolded(scale.ToYears(px)); }
};

TimeAxis FitTimeAxis(const TimeBounds& bounds, std::vector<TimeFold> folds, double fold_px, double width_px);
TimeAxis ZoomTimeAxis(TimeAxis axis, double factor, double anchor_px, const TimeBounds& bounds, double width_px);
TimeAxis PanTimeAxis(TimeAxis axis, double dx_px, const TimeBounds& bounds, double width_px);
// The same zoom (relative to the fit) and the same time in the middle, at a new width.
TimeAxis ResizeTimeAxis(const TimeAxis& axis, const TimeBounds& bounds, double old_width_px, double new_width_px);
// Ticks for the whole width: within each stretch between folds at its own step, none inside a
// closed fold (a break mark goes there), none closer than the spacing to the one before.
std::vector<TimeTick> AxisTicks(const TimeAxis& axis, double width_px, const TickSpacing& spacing);

//-----------------------------------------------------------------------------
// [SECTION] Timeline: items, lanes, visible range
// - A TimelineTrack holds marks sorted by time, so drawing can binary-search the visible
//   slice of 100,000 items and touch only those. A partial date sits at the middle of its span.
//   Per frame: VisibleRange(track.years, scale.ToYears(-widest_label_px), scale.ToYears(width)).
//   Built from StoryTimeline (what the timeline plots, query.hpp), each mark keeps its entry.
// - AssignLanes stacks labels: item i takes [xs[i], xs[i] + widths[i] + gap) on the lowest
//   lane free at xs[i] (greedy, O(n log lanes): 100,000 labels in a few ms); xs ascending.
//-----------------------------------------------------------------------------

struct TimelineTrack {           // what the timeline draws, in time order
    std::vector<Index> items;    // entities, in time order (the entity each mark opens)
    std::vector<double> years;   // where each mark sits, ascending
    std::vector<TimelineEntry> entries; // what each mark shows: its row, a merged event
};

struct IndexRange {              // a half-open slice [begin, end) of a track
    std::size_t begin = 0;       // first index inside
    std::size_t end = 0;         // one past the last
    bool empty() const { return begin >= end; }
    std::size_t size() const { return empty() ? 0 : end - begin; }
};

// Dated entities of `entities` (e.g. TimelineOrder()), stably sorted by time; undated ones skipped.
TimelineTrack BuildTimelineTrack(const Dataset& data, const std::vector<Index>& entities);
// The marks of `entries` (e.g. StoryTimeline()), stably sorted by where they sit.
TimelineTrack BuildTimelineTrack(const std::vector<TimelineEntry>& entries);
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
// RelaxLayout one step at a time: steps 0 .. iterations-1 in order, then FitRelaxed; same bits.
void RelaxStep(std::vector<Vec2>& positions, const std::vector<GraphEdge>& edges, int step, int iterations);
void FitRelaxed(std::vector<Vec2>& positions);
// RingLayout, then RelaxLayout over EdgesAmong(nodes): one position per node, in the unit box.
std::vector<Vec2> LayoutGraph(const Dataset& data, const std::vector<Index>& nodes,
                              const GraphLayoutOptions& options = {});
// Maps unit-box positions into `rect` less `padding`, keeping the aspect ratio, centred.
std::vector<Vec2> FitToRect(const std::vector<Vec2>& unit_positions, const Rect& rect, double padding);
// Maps positions onto `rect` less `padding` on every side: their bounding box stretched to fill it
// (a lone node, or a flat row, in the middle).
std::vector<Vec2> FillRect(const std::vector<Vec2>& positions, const Rect& rect, double padding);
// The position closest to `point` within `radius`, or -1. Linear; fine for a drawn graph.
int NearestNode(const std::vector<Vec2>& positions, Vec2 point, double radius);

//-----------------------------------------------------------------------------
// [SECTION] Network: the graph a view draws, built in slices
// - Nodes: entities of every kind but sources and quotes that have a relation. Past max_nodes,
//   the best-connected entities (hubs) with their neighbours, so what is drawn keeps its links,
//   then the next best-connected alone until the graph is full; in file order.
// - Edges: one per linked pair of nodes (its first relation), at most max_edges, for the layout
//   and the drawing; `relations` keeps every relation among the nodes (the view's data table).
// - Reading order: top to bottom in bands a tenth of the layout high, left to right inside a
//   band — the order a sighted reader scans the picture in, so Tab moves to a node near the last.
// - A NetworkBuilder does the work in slices of about `work` steps (a step is a relation, an
//   entity, or a node or edge of one layout iteration), so a page can draw between slices; a
//   million relations take a few dozen slices. BuildNetworkGraph does it all at once.
//-----------------------------------------------------------------------------

struct NetworkOptions {          // what the network may hold
    std::size_t max_nodes = 250; // a graph a reader can follow, and a frame can draw
    std::size_t max_hubs = 25;   // hubs whose neighbours come with them
    std::size_t max_edges = 4000;// edges drawn and laid out
    GraphLayoutOptions layout;
};

struct NetworkGraph {            // the network as laid out, once per dataset
    std::vector<Index> nodes;    // entities drawn, in file order
    std::vector<std::uint32_t> degree;  // per node: relations touching it in the whole dataset
    std::vector<GraphEdge> edges;       // one per linked pair of nodes
    std::vector<std::size_t> relations; // every relation among the nodes, in relation order
    std::vector<Vec2> unit;             // positions in the unit box, one per node
    std::vector<std::vector<std::uint32_t>> adjacency; // neighbour positions per node
    std::vector<std::uint32_t> reading_order;          // node positions in reading order
    std::size_t candidates = 0;         // entities that could have been nodes
    std::size_t links = 0;              // relations between such entities

    int NodeOf(Index entity) const;     // the node position of an entity, or -1
};

// Node positions top to bottom in bands a tenth of the box high, left to right within a band.
std::vector<std::uint32_t> ReadingOrder(const std::vector<Vec2>& unit_positions);
// Node positions by how connected the node is in the whole dataset, most first; ties in file order.
std::vector<std::uint32_t> LabelPriority(const NetworkGraph& graph);

class NetworkBuilder {           // builds a NetworkGraph of one dataset, a slice at a time
public:
    NetworkBuilder(const Dataset& data, const NetworkOptions& options = {});
    bool Step(std::size_t work);  // does about `work` steps; true once the graph is complete
    bool Done() const;
    double Progress() const;      // 0..1, never going back
    NetworkGraph Take();          // the graph, once Done

private:
    enum class Phase { Degrees, Candidates, Hubs, Edges, Layout, Done };
    std::size_t Degrees(std::size_t work);
    std::size_t Candidates(std::size_t work);
    std::size_t Hubs(std::size_t work);
    std::size_t Edges(std::size_t work);
    std::size_t Layout(std::size_t work);
    void StartHubs();
    void FinishHubs();
    void StartEdges();
    void Finish();

    const Dataset& data_;
    NetworkOptions options_;
    Phase phase_ = Phase::Degrees;
    std::size_t cursor_ = 0;                 // position within the phase's pass
    std::vector<std::uint32_t> degree_;      // per entity
    std::vector<Index> candidates_;
    std::vector<Index> by_degree_;           // the best-connected candidates, best first
    std::vector<int> hub_of_;                // per entity: its hub number, or -1
    std::vector<std::vector<Index>> hub_neighbours_;
    std::vector<std::uint32_t> slot_;        // per entity: its node position, or UINT32_MAX
    std::unordered_set<std::uint64_t> pairs_; // linked pairs seen (node positions, lower first)
    int iteration_ = 0;
    NetworkGraph graph_;
};

NetworkGraph BuildNetworkGraph(const Dataset& data, const NetworkOptions& options = {});
// The part of `graph` whose nodes are of `kinds` (a KindBit mask), laid out afresh; candidates
// and links keep the whole graph's counts.
NetworkGraph Subgraph(const Dataset& data, const NetworkGraph& graph, std::uint32_t kinds,
                      const GraphLayoutOptions& layout = {});

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

// The columns of a bar chart whose rows are a label, a bar from zero and the value in words
// after it ("nearly 7,000"). Lengths in any one unit (pixels); `em` is the font size in it.
// - Side by side when the bars keep at least 8 em: the label column is as wide as the widest
//   label, at most 35 % of the chart, and a longer label wraps inside it.
// - Stacked on narrow charts: each label on the whole width above its bar.
// - The bars end where the widest value still fits after them, so no value is cut.
struct BarChartColumns {
    bool stacked = false;        // labels above their bars
    double label_width = 0;      // the width labels wrap to
    double bars_left = 0;        // where the bars' area starts, from the chart's left edge
    double bars_right = 0;       // where it ends: the widest value fits after it
};
BarChartColumns LayOutBarChart(double width, double widest_label, double widest_value, double em);

// "7,000", "7 000" (with thousands_sep " "), "0.5", "-1,234.57": at most max_decimals (0..9)
// decimals, trailing zeros dropped. Independent of the C locale. NaN gives "", infinity "∞".
std::string FormatNumber(double value, std::string_view thousands_sep = ",",
                         std::string_view decimal_sep = ".", int max_decimals = 2);

//-----------------------------------------------------------------------------
// [SECTION] Text wrapping
// One rule for every text the widget wraps, so that nothing is ever cut and a measured height
// is the height drawn:
// - Lines break at spaces, which are dropped at the break; never at a no-break space, so
//   "7 000" and "7,000" stay whole; after a "/" that is not followed by another, so a web
//   address can wrap. A line break in the text ends the line.
// - A word wider than the line is split between characters (never inside a UTF-8 sequence).
// - `measure` gives a run's width; widths add up (no kerning), as with Dear ImGui's fonts.
//-----------------------------------------------------------------------------

struct TextLine {
    std::size_t begin = 0;       // byte offsets into the text: [begin, end)
    std::size_t end = 0;
    double width = 0;            // as measured
};
using MeasureText = std::function<double(std::string_view)>;

// The lines of `text` at most `width` wide (a single character may be wider); none for "".
std::vector<TextLine> WrapText(std::string_view text, double width, const MeasureText& measure);

} // namespace polity
