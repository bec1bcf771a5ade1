// Polity Explorer — label placement for the timeline and the network: where each title goes so
// that it is drawn whole, beside what it names, and over nothing else. Pure and deterministic;
// the UI measures text (MeasureText) and draws exactly the lines and boxes returned here.
//
// Index of this file
// [SECTION] Measuring and wrapping text
// [SECTION] Timeline labels
// [SECTION] Graph labels
//
// Rules shared by both placements:
// - Text is never shortened. A title too wide for one line wraps at spaces; a single word wider
//   than the limit keeps a line of its own. What does not fit anywhere gets no label (the UI shows
//   the title on hover and focus) rather than a cut one.
// - No label overlaps another label or a dot/node, and every label lies inside the plot.
// - The same input gives the same output, bit for bit.
#pragma once

#include "polity/layout.hpp"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Measuring and wrapping text
//-----------------------------------------------------------------------------

// MeasureText (polity/layout.hpp) gives the drawn width of a run of text, px.

struct TextBlock {               // a text broken into lines; the lines hold every word of it
    std::vector<std::string_view> lines; // views into the caller's text, in order; breaks drop the spaces
    double width = 0;            // the widest line, as measured
};

// Breaks at spaces (and forced at line breaks) so that no line is wider than max_width where the
// words allow; a word wider than that gets a line of its own, whole: a placed label may run
// wider, where a box of text may not (WrapText in polity/layout.hpp splits such a word). "" gives
// no lines.
TextBlock WrapLabel(std::string_view text, double max_width, const MeasureText& measure);
// The shapes a label may take, widest first: one line (when it fits max_width), then two, three
// and four lines as narrow as the words allow (those within max_width); when none of these fits,
// also the text wrapped at max_width. Each shape is distinct.
std::vector<TextBlock> LabelShapes(std::string_view text, double max_width, const MeasureText& measure);

//-----------------------------------------------------------------------------
// [SECTION] Timeline labels
// - A band is a horizontal strip of the plot holding one row's marks (the story above the axis,
//   dated figures below it). Each mark has a dot on a stem that runs to the band's edge toward
//   the axis; its label sits beside the dot, right of it or left of it.
// - Marks are placed left to right. The band is cut into slots one text line high; each mark
//   tries the slots below the previous mark's label first (a staircase that uses the height),
//   then the rest, in each of its shapes. A stem never crosses a label and a label never covers
//   a dot or a stem. A mark with no room beside its dot sits on the band's edge and its label goes
//   where there is room, joined to the dot by a leader line; failing that, it is not labelled.
// - At the end, the slots are spread apart (at most `max_spread` times) so the marks use the
//   band's height; spreading keeps every rule above.
//-----------------------------------------------------------------------------

struct TimelineBand {            // a horizontal strip of the plot for one row of marks
    double top = 0;              // px
    double bottom = 0;
    bool stems_down = true;      // stems run from each dot down to `bottom` (false: up to `top`)
};

struct TimelineLabelStyle {      // sizes, in pixels
    double width = 0;            // the plot's width: labels stay inside [0, width]
    double line_height = 16;     // one line of label text
    double dot_radius = 4;
    double gap = 6;              // between a dot and its label, and kept clear around every label
    double max_label_width = 240;// titles wider than this wrap
    double max_spread = 3;       // how far the slots may be spread apart to use the band's height
};

struct TimelineLabelRequest {    // one mark to place
    double x = 0;                // its time on the axis, px
    std::size_t band = 0;        // index into the bands
    std::string_view text;       // its whole title
};

struct TimelineMarkPlace {       // where one mark and its label went
    Vec2 dot;                    // the dot's centre
    double stem_end = 0;         // the stem runs from the dot to this y (the band's edge)
    bool labelled = false;       // false: no room; the UI shows the title on hover and focus
    bool leader = false;         // the label is away from the dot: a line joins them
    Rect label;                  // the label's box (when labelled)
    TextBlock text;              // its lines (when labelled)
};

// One place per request, in the order given. `obstacles` are boxes labels must stay off (a row
// title, say). Requests may come in any order; each band is placed left to right.
std::vector<TimelineMarkPlace> PlaceTimelineLabels(const std::vector<TimelineLabelRequest>& marks,
                                                   const std::vector<TimelineBand>& bands,
                                                   const TimelineLabelStyle& style, const MeasureText& measure,
                                                   const std::vector<Rect>& obstacles = {});

//-----------------------------------------------------------------------------
// [SECTION] Graph labels
// - Labels are placed in the order given (most connected first): beside the node in one of eight
//   directions, one line or wrapped, inside the box, over no other label and no node. A label
//   that finds no room is left out (the UI shows it on hover and focus).
// - SpreadForLabels moves nodes apart first, so that each node with its label to its right
//   overlaps no other: run on a fitted layout, it makes room for every label where the box has it.
// - Both use a grid of cells. A box too small for every label (footprints over its area) is
//   spread only while spreading still helps, and once a few nodes found nowhere to move to, the
//   rest stay unnamed without searching: a crowded graph costs a fraction of a second, not minutes.
//-----------------------------------------------------------------------------

struct GraphLabelStyle {         // sizes, in pixels
    Rect box;                    // labels (and spread nodes) stay inside
    double line_height = 16;
    double gap = 4;              // between a node and its label, and kept clear around every label
    double max_label_width = 200;// titles wider than this wrap
};

struct GraphLabelRequest {       // one node
    Vec2 at;                     // its centre, px
    double radius = 4;
    std::string_view text;       // its label (the short name where there is one)
};

struct GraphLabelPlace {         // where one node's label went
    bool labelled = false;
    Rect label;
    TextBlock text;
};

// One place per node, in node order; `order` lists node positions, most important first (nodes
// not in it are not labelled).
std::vector<GraphLabelPlace> PlaceGraphLabels(const std::vector<GraphLabelRequest>& nodes,
                                              const std::vector<std::uint32_t>& order, const GraphLabelStyle& style,
                                              const MeasureText& measure);
// Moves the nodes (requests' `at`) apart until no node with its label beside it (right of it in a
// wide box, below it in a tall one) overlaps another, or `iterations` passes are done; nodes stay
// inside style.box. Returns how many pairs still overlapped in the last pass (0: room for all).
std::size_t SpreadForLabels(std::vector<GraphLabelRequest>& nodes, const GraphLabelStyle& style,
                            const MeasureText& measure, int iterations = 200);
// The share of style.box that the nodes with their labels beside them take (the footprints
// SpreadForLabels moves apart). Above about half (kMaxCrowding), some labels find no room.
double LabelCrowding(const std::vector<GraphLabelRequest>& nodes, const GraphLabelStyle& style, const MeasureText& measure);
inline constexpr double kMaxCrowding = 0.5;
// SpreadForLabels, then PlaceGraphLabels, except that a node whose label finds no room moves to
// the nearest spot where it and its label fit, if the box has one. A search that finds none has
// searched the whole box: after kFailedRelocations of them the box is full and no more are made
// (in each retry; in all of them together when the nodes with their labels take more than the
// box, as in a dense graph's 250 hubs, so no retry can name them all). For a layout at its fitted
// size; at other zooms, PlaceGraphLabels on the (scaled) positions this leaves. `failed`, if
// given, gets the number of searches that found nothing.
inline constexpr int kFailedRelocations = 4;
std::vector<GraphLabelPlace> FitGraphLabels(std::vector<GraphLabelRequest>& nodes, const std::vector<std::uint32_t>& order,
                                            const GraphLabelStyle& style, const MeasureText& measure,
                                            int spread_passes = 200, int* failed = nullptr);

//-----------------------------------------------------------------------------
// [SECTION] A network fitted to a canvas
// - The canvas names every node it can. When the labels of every kind would crowd it
//   (LabelCrowding over kMaxCrowding), figures are left out, then events too (they have views of
//   their own); when even that crowds it, the fewest kinds stay, the most connected named first. A
//   graph already cut down to its hubs keeps every kind: its most connected are named first, the
//   rest on hover and focus.
// - FitNetwork stretches the layout to fill the box less `padding`, makes room for the labels
//   and places them, most connected first (LabelPriority).
//-----------------------------------------------------------------------------

using NodeLabel = std::function<GraphLabelRequest(Index)>; // an entity's node: its radius and label text

// The kinds a canvas shows: 0 for every kind, else a KindBit mask.
std::uint32_t KindsThatFit(const Dataset& data, const NetworkGraph& full, const NodeLabel& node,
                           const GraphLabelStyle& style, const MeasureText& measure);

struct NetworkFit {              // a network as drawn in one canvas
    std::uint32_t kinds = 0;     // 0: every kind; else the KindBit mask shown
    NetworkGraph graph;          // the graph drawn: the whole one, or Subgraph(kinds)
    std::vector<GraphLabelRequest> nodes;  // its nodes where they are drawn, px
    std::vector<GraphLabelPlace> places;   // their labels
    std::vector<std::uint32_t> reading_order; // node positions top to bottom, left to right, as drawn
};
NetworkFit FitNetwork(const Dataset& data, const NetworkGraph& full, std::uint32_t kinds, const NodeLabel& node,
                      const GraphLabelStyle& style, const MeasureText& measure, double padding);

} // namespace polity
