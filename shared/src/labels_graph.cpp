// Polity Explorer — graph label placement (see polity/labels.hpp): eight places around each node,
// most connected first, and spreading nodes apart to make room beforehand.

#include "polity/labels.hpp"

#include "labels_internal.hpp"
#include "layout_internal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

namespace polity {

namespace {

using detail::BoxGrid;
using detail::DotBox;
using detail::Inflate;

constexpr double kEpsilon = 1e-6;
constexpr double kDiagonal = 0.7071067811865476;   // cos 45°

double Height(const TextBlock& b, double line_height) { return static_cast<double>(b.lines.size()) * line_height; }

// The label's box in direction `dir` (0 east, 1 west, 2 north-east, 3 south-east, 4 north-west,
// 5 south-west, 6 north, 7 south), `ring` steps of one line height further out.
Rect Around(Vec2 at, double distance, int dir, double w, double h) {
    const double d = distance, q = distance * kDiagonal;
    switch (dir) {
    case 0: return {at.x + d, at.y - h / 2, w, h};
    case 1: return {at.x - d - w, at.y - h / 2, w, h};
    case 2: return {at.x + q, at.y - q - h, w, h};
    case 3: return {at.x + q, at.y + q, w, h};
    case 4: return {at.x - q - w, at.y - q - h, w, h};
    case 5: return {at.x - q - w, at.y + q, w, h};
    case 6: return {at.x - w / 2, at.y - d - h, w, h};
    default: return {at.x - w / 2, at.y + d, w, h};
    }
}

bool Free(const Rect& box, const BoxGrid& labels, const BoxGrid& nodes, const GraphLabelStyle& s) {
    return detail::Inside(box, s.box) && !labels.Hits(Inflate(box, s.gap - kEpsilon)) &&
           !nodes.Hits(Inflate(box, s.gap / 2));
}

bool TryPlace(const GraphLabelRequest& n, const TextBlock& shape, int dir, double distance, BoxGrid& labels,
              const BoxGrid& nodes, const GraphLabelStyle& s, GraphLabelPlace& out) {
    const Rect box = Around(n.at, distance, dir, shape.width, Height(shape, s.line_height));
    if (!Free(box, labels, nodes, s)) return false;
    labels.Add(box);
    out = {true, box, shape};
    return true;
}

// First where SpreadForLabels made room (the preferred shape east of the node, or south in a
// tall box); then every shape in every direction, then a little further out.
bool PlaceOne(const GraphLabelRequest& n, const std::vector<TextBlock>& shapes, std::size_t preferred, int home,
              BoxGrid& labels, const BoxGrid& nodes, const GraphLabelStyle& s, GraphLabelPlace& out) {
    const double near = n.radius + s.gap;
    if (!shapes.empty() && TryPlace(n, shapes[preferred], home, near, labels, nodes, s, out)) return true;
    for (int ring = 0; ring < 2; ++ring)
        for (const TextBlock& shape : shapes)
            for (int dir = 0; dir < 8; ++dir)
                if (TryPlace(n, shape, dir, near + ring * s.line_height, labels, nodes, s, out)) return true;
    return false;
}

double GridCell(const GraphLabelStyle& s) { return std::max(s.max_label_width, 4 * s.line_height); }

bool Tall(const GraphLabelStyle& s) { return s.box.h > s.box.w; }

// The shape SpreadForLabels makes room for: one line in a wide box; in a tall one, the narrowest
// of at most two lines.
std::size_t Preferred(const std::vector<TextBlock>& shapes, const GraphLabelStyle& s) {
    if (shapes.empty() || !Tall(s)) return 0;
    std::size_t best = 0;
    for (std::size_t k = 0; k < shapes.size(); ++k)
        if (shapes[k].lines.size() <= 2) best = k;
    return best;
}

} // namespace

namespace {

// Sixteen directions, exact to the last bit on every platform.
constexpr Vec2 kCompass[16] = {{1, 0}, {0.9238795325112867, 0.3826834323650898}, {kDiagonal, kDiagonal},
    {0.3826834323650898, 0.9238795325112867}, {0, 1}, {-0.3826834323650898, 0.9238795325112867},
    {-kDiagonal, kDiagonal}, {-0.9238795325112867, 0.3826834323650898}, {-1, 0},
    {-0.9238795325112867, -0.3826834323650898}, {-kDiagonal, -kDiagonal}, {-0.3826834323650898, -0.9238795325112867},
    {0, -1}, {0.3826834323650898, -0.9238795325112867}, {kDiagonal, -kDiagonal},
    {0.9238795325112867, -0.3826834323650898}};

// The nearest spot, in rings half a line apart, where the node overlaps no label or node and its
// label finds room: the node moves there. False (and the node stays) when the box has none.
bool Relocate(GraphLabelRequest& n, std::uint32_t id, const std::vector<TextBlock>& shapes, std::size_t preferred,
              int home, BoxGrid& labels, BoxGrid& nodes, const GraphLabelStyle& s, GraphLabelPlace& out) {
    const Rect old = nodes.Box(id);
    nodes.Move(id, {old.x, old.y, 0, 0});          // out of its own way
    const double step = s.line_height / 2, reach = std::max(s.box.w, s.box.h);
    for (double r = step; r <= reach; r += step) {
        for (const Vec2& dir : kCompass) {
            GraphLabelRequest moved = n;
            moved.at = {n.at.x + dir.x * r, n.at.y + dir.y * r};
            const Rect dot = DotBox(moved.at, n.radius);
            if (!detail::Inside(dot, s.box) || labels.Hits(Inflate(dot, s.gap / 2)) || nodes.Hits(Inflate(dot, s.gap / 2)))
                continue;
            if (!PlaceOne(moved, shapes, preferred, home, labels, nodes, s, out)) continue;
            n.at = moved.at;
            nodes.Move(id, dot);
            return true;
        }
    }
    nodes.Move(id, old);
    return false;
}

// A small graph (a story's) is cheap to search for every node, and each one named counts; a
// larger one stops after kFailedRelocations (polity/labels.hpp).
constexpr std::size_t kSmallGraph = 64;

// Labels in `order`; a node whose label finds no room moves to where it does while the fit's
// failed relocations so far (`failed_relocations`; null: none are tried) are under the limit:
// each one searched the whole box.
std::vector<GraphLabelPlace> Place(std::vector<GraphLabelRequest>& nodes, const std::vector<std::uint32_t>& order,
                                   const GraphLabelStyle& style, const MeasureText& measure, int* failed_relocations) {
    std::vector<GraphLabelPlace> out(nodes.size());
    BoxGrid node_boxes(GridCell(style)), labels(GridCell(style));
    for (const GraphLabelRequest& n : nodes) node_boxes.Add(DotBox(n.at, n.radius));
    const int home = Tall(style) ? 7 : 0;
    int none = 0;
    int& failed = failed_relocations ? *failed_relocations : none;
    const int may_fail = !failed_relocations ? 0
                         : order.size() <= kSmallGraph ? static_cast<int>(order.size()) : kFailedRelocations;
    for (std::uint32_t k : order) {
        if (k >= nodes.size() || out[k].labelled) continue;
        const std::vector<TextBlock> shapes = LabelShapes(nodes[k].text, style.max_label_width, measure);
        const std::size_t preferred = Preferred(shapes, style);
        if (PlaceOne(nodes[k], shapes, preferred, home, labels, node_boxes, style, out[k]) || failed >= may_fail)
            continue;
        if (!Relocate(nodes[k], k, shapes, preferred, home, labels, node_boxes, style, out[k])) ++failed;
    }
    return out;
}

} // namespace

std::vector<GraphLabelPlace> PlaceGraphLabels(const std::vector<GraphLabelRequest>& nodes,
                                              const std::vector<std::uint32_t>& order, const GraphLabelStyle& style,
                                              const MeasureText& measure) {
    std::vector<GraphLabelRequest> copy = nodes;
    return Place(copy, order, style, measure, nullptr);
}


//-----------------------------------------------------------------------------
// Spreading: each node's footprint is the node with its label beside it (right of it in a wide
// box, below it in a tall one). Overlapping
// footprints are pushed apart along the axis where they overlap least, half each, then kept
// inside the box; a pass ends when no two overlap.
//-----------------------------------------------------------------------------

namespace {

struct Footprint {                 // a node and its label, as distances from the node's centre
    double left = 0, right = 0, up = 0, down = 0;
    Rect At(Vec2 c) const { return {c.x - left, c.y - up, left + right, up + down}; }
};

// In a wide box the label goes to the right of its node; in a tall one, below it.
Footprint FootprintOf(const GraphLabelRequest& n, const GraphLabelStyle& s, const MeasureText& measure) {
    const std::vector<TextBlock> shapes = LabelShapes(n.text, s.max_label_width, measure);
    const TextBlock* shape = shapes.empty() ? nullptr : &shapes[Preferred(shapes, s)];
    const double w = shape ? shape->width : 0, h = shape ? Height(*shape, s.line_height) : 0;
    const double r = n.radius, g = s.gap;
    if (Tall(s)) {
        const double half = std::max(r, w / 2) + g / 2;
        return {half, half, r + g / 2, r + g + h + g / 2};
    }
    const double half = std::max(r, h / 2) + g / 2;
    return {r + g / 2, r + g + w + g / 2, half, half};
}

Vec2 Clamp(Vec2 c, const Footprint& f, const Rect& box) {
    const double x0 = box.x + f.left, x1 = box.x + box.w - f.right;
    const double y0 = box.y + f.up, y1 = box.y + box.h - f.down;
    return {x0 <= x1 ? std::clamp(c.x, x0, x1) : box.x + box.w / 2, y0 <= y1 ? std::clamp(c.y, y0, y1) : box.y + box.h / 2};
}

// One pass: returns how many pairs overlapped.
std::size_t SpreadPass(std::vector<GraphLabelRequest>& nodes, const std::vector<Footprint>& feet, const Rect& box,
                       double cell) {
    BoxGrid grid(cell);
    for (std::size_t i = 0; i < nodes.size(); ++i) grid.Add(feet[i].At(nodes[i].at));
    std::vector<Vec2> push(nodes.size());
    std::vector<std::size_t> seen(nodes.size(), SIZE_MAX);
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Rect a = grid.Box(static_cast<std::uint32_t>(i));
        grid.Near(a, [&](std::uint32_t j) {
            if (j <= i || seen[j] == i || !detail::Overlap(a, grid.Box(j))) return false;
            seen[j] = i;
            ++overlaps;
            const Rect& b = grid.Box(j);
            const double dx = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
            const double dy = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
            const bool sideways = dx < dy;
            const double ca = sideways ? a.x + a.w / 2 : a.y + a.h / 2, cb = sideways ? b.x + b.w / 2 : b.y + b.h / 2;
            const double sign = ca < cb || (ca == cb && i < j) ? -1 : 1;   // a goes the other way from b
            const double move = (sideways ? dx : dy) / 2 + 0.5;
            (sideways ? push[i].x : push[i].y) += sign * move;
            (sideways ? push[j].x : push[j].y) -= sign * move;
            return false;
        });
    }
    for (std::size_t i = 0; i < nodes.size(); ++i)
        nodes[i].at = Clamp({nodes[i].at.x + push[i].x, nodes[i].at.y + push[i].y}, feet[i], box);
    return overlaps;
}

} // namespace

double LabelCrowding(const std::vector<GraphLabelRequest>& nodes, const GraphLabelStyle& style, const MeasureText& measure) {
    const double area = style.box.w * style.box.h;
    if (!(area > 0)) return HUGE_VAL;
    double taken = 0;
    for (const GraphLabelRequest& n : nodes) {
        const Rect r = FootprintOf(n, style, measure).At({0, 0});
        taken += r.w * r.h;
    }
    return taken / area;
}

std::size_t SpreadForLabels(std::vector<GraphLabelRequest>& nodes, const GraphLabelStyle& style,
                            const MeasureText& measure, int iterations) {
    std::vector<Footprint> feet;
    feet.reserve(nodes.size());
    for (GraphLabelRequest& n : nodes) {
        feet.push_back(FootprintOf(n, style, measure));
        n.at = Clamp(n.at, feet.back(), style.box);
    }
    // When the footprints take more than the box, overlaps never reach 0 and each pass costs
    // more the more there are: stop once ten passes took away less than a tenth of them.
    const bool overfull = LabelCrowding(nodes, style, measure) > 1;
    std::size_t overlaps = SIZE_MAX, before = SIZE_MAX;
    for (int pass = 0; pass < iterations && overlaps > 0; ++pass) {
        if (overfull && pass % 10 == 0) {
            if (overlaps != SIZE_MAX && before != SIZE_MAX && overlaps * 10 > before * 9) break;
            before = overlaps;
        }
        overlaps = SpreadPass(nodes, feet, style.box, GridCell(style));
    }
    return overlaps;
}


namespace {

std::size_t Labelled(const std::vector<GraphLabelPlace>& places) {
    return static_cast<std::size_t>(std::count_if(places.begin(), places.end(), [](const GraphLabelPlace& p) { return p.labelled; }));
}

} // namespace

// When the first try leaves some unnamed, two more: those first (they are the hard ones), then
// the biggest labels first; the try that names most wins (the first, on a tie). Each try may
// fail kFailedRelocations searches; when the nodes with their labels take more than the box,
// no try names them all and the tries share that many.
std::vector<GraphLabelPlace> FitGraphLabels(std::vector<GraphLabelRequest>& nodes, const std::vector<std::uint32_t>& order,
                                            const GraphLabelStyle& style, const MeasureText& measure, int spread_passes,
                                            int* failed_out) {
    SpreadForLabels(nodes, style, measure, spread_passes);
    const std::vector<GraphLabelRequest> spread = nodes;
    const bool overfull = LabelCrowding(spread, style, measure) > 1;
    int own = 0;
    int& failed = failed_out ? *failed_out : own;
    failed = 0;
    std::vector<GraphLabelPlace> best = Place(nodes, order, style, measure, &failed);
    if (Labelled(best) == order.size()) return best;
    std::vector<std::uint32_t> hard_first;
    for (std::uint32_t k : order)
        if (k < best.size() && !best[k].labelled) hard_first.push_back(k);
    for (std::uint32_t k : order)
        if (k < best.size() && best[k].labelled) hard_first.push_back(k);
    std::vector<double> area(spread.size(), 0.0);
    for (std::size_t k = 0; k < spread.size(); ++k) {
        const Rect r = FootprintOf(spread[k], style, measure).At({0, 0});
        area[k] = r.w * r.h;
    }
    std::vector<std::uint32_t> big_first = order;
    std::stable_sort(big_first.begin(), big_first.end(), [&](std::uint32_t a, std::uint32_t b) {
        return (a < area.size() ? area[a] : 0) > (b < area.size() ? area[b] : 0);
    });
    for (const std::vector<std::uint32_t>* again : {&hard_first, &big_first}) {
        std::vector<GraphLabelRequest> tried = spread;
        int this_try = overfull ? failed : 0;
        std::vector<GraphLabelPlace> places = Place(tried, *again, style, measure, &this_try);
        failed = overfull ? this_try : failed + this_try;
        if (Labelled(places) <= Labelled(best)) continue;
        best = std::move(places);
        nodes = std::move(tried);
        if (Labelled(best) == order.size()) break;
    }
    return best;
}

//-----------------------------------------------------------------------------
// A network fitted to a canvas
//-----------------------------------------------------------------------------

namespace {

std::vector<GraphLabelRequest> NodesOf(const NetworkGraph& g, const NodeLabel& node, const std::vector<Vec2>& at) {
    std::vector<GraphLabelRequest> out;
    out.reserve(g.nodes.size());
    for (std::size_t n = 0; n < g.nodes.size(); ++n) {
        out.push_back(node(g.nodes[n]));
        out.back().at = n < at.size() ? at[n] : Vec2{};
    }
    return out;
}

} // namespace

std::uint32_t KindsThatFit(const Dataset& data, const NetworkGraph& full, const NodeLabel& node,
                           const GraphLabelStyle& style, const MeasureText& measure) {
    const std::uint32_t no_figures = ~KindBit(Kind::Metric), no_events = no_figures & ~KindBit(Kind::Event);
    if (full.candidates > full.nodes.size()) return 0;   // already cut down to its hubs: every kind stays
    const std::vector<GraphLabelRequest> all = NodesOf(full, node, {});
    for (std::uint32_t kinds : {0u, no_figures, no_events}) {
        std::vector<GraphLabelRequest> some;
        for (std::size_t n = 0; n < full.nodes.size(); ++n)
            if (kinds == 0 || (KindBit(data.At(full.nodes[n]).kind) & kinds)) some.push_back(all[n]);
        if (LabelCrowding(some, style, measure) <= kMaxCrowding) return kinds;
    }
    return no_events;   // a whole small graph: name as many as can be
}

NetworkFit FitNetwork(const Dataset& data, const NetworkGraph& full, std::uint32_t kinds, const NodeLabel& node,
                      const GraphLabelStyle& style, const MeasureText& measure, double padding) {
    NetworkFit fit;
    fit.kinds = kinds;
    fit.graph = kinds == 0 ? full : Subgraph(data, full, kinds);
    fit.nodes = NodesOf(fit.graph, node, FillRect(fit.graph.unit, style.box, padding));
    fit.places = FitGraphLabels(fit.nodes, LabelPriority(fit.graph), style, measure);
    std::vector<Vec2> fractions;
    for (const GraphLabelRequest& n : fit.nodes)
        fractions.push_back({(n.at.x - style.box.x) / std::max(style.box.w, 1.0), (n.at.y - style.box.y) / std::max(style.box.h, 1.0)});
    fit.reading_order = ReadingOrder(fractions);
    return fit;
}

} // namespace polity
