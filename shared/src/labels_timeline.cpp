// Polity Explorer — timeline label placement (see polity/labels.hpp): slots, a staircase,
// leader lines, and spreading the slots over the band's height.

#include "polity/labels.hpp"

#include "labels_internal.hpp"
#include "layout_internal.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

namespace polity {

namespace {

using detail::BoxGrid;
using detail::DotBox;
using detail::Finite;
using detail::Inflate;

constexpr double kEpsilon = 1e-6;   // boxes exactly `gap` apart must not read as overlapping

struct Placed {                     // everything placed so far, in every band
    BoxGrid labels;                 // label boxes and obstacles
    BoxGrid dots;
    BoxGrid stems;
    const std::vector<Rect>* obstacles;   // the page's, in `labels` too: a spread is checked against them alone
    Placed(double cell, const std::vector<Rect>& page_obstacles)
        : labels(cell), dots(cell), stems(cell), obstacles(&page_obstacles) {
        for (const Rect& r : page_obstacles) labels.Add(r);
    }
};

struct Slots {                      // one band cut into slots one line high
    TimelineBand band;
    double pitch = 1;               // line height plus the gap between labels
    std::size_t count = 0;
    double Top(std::size_t k) const { return band.top + static_cast<double>(k) * pitch; }
    double Edge() const { return band.stems_down ? band.bottom : band.top; } // where stems end
};

struct Candidate {
    Rect box;
    Vec2 dot;
    double stem_end = 0;
};

Rect StemBox(const Candidate& c) {
    return {c.dot.x - 0.5, std::min(c.dot.y, c.stem_end), 1.0, std::fabs(c.stem_end - c.dot.y)};
}

// Inside the band, off every label and dot; unless `cross_stems`, no stem crosses a label either
// (when allowed, a stem passes behind a label's halo).
bool Clear(const Candidate& c, const Placed& placed, const Slots& slots, const TimelineLabelStyle& s, bool cross_stems) {
    const Rect area{0, slots.band.top, s.width, slots.band.bottom - slots.band.top};
    if (!detail::Inside(c.box, area)) return false;
    const double half = s.gap / 2;
    if (placed.labels.Hits(Inflate(c.box, s.gap - kEpsilon))) return false;
    if (placed.dots.Hits(Inflate(c.box, half))) return false;
    if (placed.labels.Hits(Inflate(DotBox(c.dot, s.dot_radius), half))) return false;
    if (cross_stems) return true;
    if (placed.stems.Hits(Inflate(c.box, half))) return false;
    const Rect stem = StemBox(c);
    return stem.h <= 0 || !placed.labels.Hits({stem.x - half, stem.y, stem.w + 2 * half, stem.h});
}

void Record(const Candidate& c, Placed& placed, const TimelineLabelStyle& s, TimelineMarkPlace& out) {
    placed.labels.Add(c.box);
    placed.dots.Add(DotBox(c.dot, s.dot_radius));
    if (StemBox(c).h > 0) placed.stems.Add(StemBox(c));
    out.dot = c.dot;
    out.stem_end = c.stem_end;
    out.label = c.box;
    out.labelled = true;
}

// Beside the dot, right of it then left of it, with the dot on the label's first line.
Candidate Beside(double x, std::size_t slot, const TextBlock& shape, bool right, const Slots& slots,
                 const TimelineLabelStyle& s) {
    const double h = static_cast<double>(shape.lines.size()) * s.line_height;
    const double top = slots.Top(slot);
    const double offset = s.dot_radius + s.gap;
    const double left = right ? x + offset : x - offset - shape.width;
    return {{left, top, shape.width, h}, {x, top + s.line_height / 2}, slots.Edge()};
}

struct SlotPick {                   // where a mark went beside its dot
    std::size_t slot = 0;
    std::size_t lines = 0;
};

bool PlaceBeside(const TimelineLabelRequest& m, const std::vector<TextBlock>& shapes, std::size_t start,
                 const Slots& slots, Placed& placed, const TimelineLabelStyle& s, TimelineMarkPlace& out,
                 SlotPick& pick, bool cross_stems) {
    for (const TextBlock& shape : shapes) {
        for (std::size_t step = 0; step < slots.count; ++step) {
            const std::size_t slot = (start + step) % slots.count;
            for (bool right : {true, false}) {
                const Candidate c = Beside(m.x, slot, shape, right, slots, s);
                if (!Clear(c, placed, slots, s, cross_stems)) continue;
                Record(c, placed, s, out);
                out.text = shape;
                pick = {slot, shape.lines.size()};
                return true;
            }
        }
    }
    return false;
}

// The slots from `start` down, then from the top: the staircase first. Where stems leave no
// room (a narrow plot), a label may then lie over another mark's stem.
bool PlaceBeside(const TimelineLabelRequest& m, const std::vector<TextBlock>& shapes, std::size_t start,
                 const Slots& slots, Placed& placed, const TimelineLabelStyle& s, TimelineMarkPlace& out,
                 SlotPick& pick) {
    for (bool cross_stems : {false, true})
        if (PlaceBeside(m, shapes, start, slots, placed, s, out, pick, cross_stems)) return true;
    return false;
}

Vec2 NearestPoint(const Rect& r, Vec2 p) {
    return {std::clamp(p.x, r.x, r.x + r.w), std::clamp(p.y, r.y, r.y + r.h)};
}

// The dot on the band's edge by the axis, the label in the nearest slot with room (nearest the
// dot first, then sideways across the whole plot), joined by a leader line that crosses no label.
bool PlaceWithLeader(const TimelineLabelRequest& m, const std::vector<TextBlock>& shapes, const Slots& slots,
                     Placed& placed, const TimelineLabelStyle& s, TimelineMarkPlace& out) {
    const double r = s.dot_radius;
    const Vec2 dot{m.x, slots.band.stems_down ? slots.band.bottom - r - 1 : slots.band.top + r + 1};
    if (placed.labels.Hits(Inflate(DotBox(dot, r), s.gap / 2))) return false;
    const double step = std::max(s.gap, s.line_height);
    const int shifts = static_cast<int>(std::ceil(s.width / step));
    for (const TextBlock& shape : shapes) {
        for (std::size_t n = 0; n < slots.count; ++n) {
            const std::size_t slot = slots.band.stems_down ? slots.count - 1 - n : n;   // nearest the dot first
            for (int k = 0; k <= 2 * shifts; ++k) {
                const double shift = (k % 2 == 0 ? 1 : -1) * static_cast<double>((k + 1) / 2) * step;
                const double left = std::clamp(m.x - shape.width / 2 + shift, 0.0, std::max(0.0, s.width - shape.width));
                Candidate c{{left, slots.Top(slot), shape.width,
                             static_cast<double>(shape.lines.size()) * s.line_height}, dot, dot.y};
                if (!Clear(c, placed, slots, s, true) || placed.labels.HitsSegment(dot, NearestPoint(c.box, dot))) continue;
                Record(c, placed, s, out);
                out.text = shape;
                out.leader = true;
                return true;
            }
        }
    }
    return false;
}

// How far the slots of one band may be spread apart: every label stays inside the band.
double SpreadFactor(const std::vector<std::size_t>& marks, const std::vector<SlotPick>& picks, const Slots& slots,
                    const TimelineLabelStyle& s) {
    double factor = std::max(s.max_spread, 1.0);
    bool any = false;
    for (std::size_t i : marks) {
        if (picks[i].lines == 0 || picks[i].slot == 0) continue;
        const double room = slots.band.bottom - slots.band.top - static_cast<double>(picks[i].lines) * s.line_height;
        factor = std::min(factor, room / (static_cast<double>(picks[i].slot) * slots.pitch));
        any = true;
    }
    return any ? std::max(factor, 1.0) : 1.0;
}

// A label's top once its band's slots are spread apart by `factor`.
double SpreadTop(const Slots& slots, const SlotPick& pick, double factor) {
    return slots.band.top + static_cast<double>(pick.slot) * slots.pitch * factor;
}

// Whether the labels spread by `factor` keep off the obstacles (a fold's name on the axis): the
// slots were checked against them only where they were first placed.
bool SpreadClear(const std::vector<std::size_t>& marks, const std::vector<SlotPick>& picks, const Slots& slots,
                 const TimelineLabelStyle& s, const std::vector<TimelineMarkPlace>& out,
                 const std::vector<Rect>& obstacles, double factor) {
    for (std::size_t i : marks) {
        if (picks[i].lines == 0) continue;
        Rect moved = out[i].label;
        moved.y = SpreadTop(slots, picks[i], factor);
        for (const Rect& o : obstacles)
            if (detail::Overlap(Inflate(moved, s.gap / 2), o)) return false;
    }
    return true;
}

void Spread(const std::vector<std::size_t>& marks, const std::vector<SlotPick>& picks, const Slots& slots,
            const TimelineLabelStyle& s, const std::vector<Rect>& obstacles, std::vector<TimelineMarkPlace>& out) {
    double factor = SpreadFactor(marks, picks, slots, s);
    // Less spread until clear; a factor of 1 is where the labels were placed, clear already.
    for (int halve = 0; factor > 1.0 && !SpreadClear(marks, picks, slots, s, out, obstacles, factor); ++halve)
        factor = halve < 4 ? 1.0 + (factor - 1.0) / 2 : 1.0;
    for (std::size_t i : marks) {
        if (picks[i].lines == 0) continue;
        const double top = SpreadTop(slots, picks[i], factor);
        out[i].label.y = top;
        out[i].dot.y = top + s.line_height / 2;
    }
}

Slots MakeSlots(const TimelineBand& band, const TimelineLabelStyle& s) {
    Slots slots{band, s.line_height + s.gap, 0};
    const double room = band.bottom - band.top - s.line_height;
    if (room >= 0 && Finite(room)) slots.count = static_cast<std::size_t>(std::floor(room / slots.pitch)) + 1;
    return slots;
}

enum class Order { Staircase, TopFirst, FromRight };   // ways to try, best first

// The marks of one band in one order: left to right, each starting below the previous one's label
// (Staircase) or at the top (TopFirst), or right to left (FromRight). A band with a leader line is
// not spread (a leader's path is checked at its place only). Returns how many got a label.
std::size_t PlaceBandIn(Order how, const std::vector<TimelineLabelRequest>& marks, std::vector<std::size_t> order,
                        const Slots& slots, Placed& placed, const TimelineLabelStyle& s, const MeasureText& measure,
                        std::vector<TimelineMarkPlace>& out) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return how == Order::FromRight ? marks[a].x > marks[b].x : marks[a].x < marks[b].x;
    });
    std::vector<SlotPick> picks(marks.size());
    std::size_t next = 0, labelled = 0;
    bool leaders = false;
    for (std::size_t i : order) {
        const TimelineLabelRequest& m = marks[i];
        out[i] = {};
        out[i].dot = {m.x, slots.Edge()};
        out[i].stem_end = slots.Edge();
        if (slots.count == 0 || !Finite(m.x)) continue;
        const std::vector<TextBlock> shapes = LabelShapes(m.text, s.max_label_width, measure);
        if (PlaceBeside(m, shapes, how == Order::TopFirst ? 0 : next, slots, placed, s, out[i], picks[i])) {
            next = (picks[i].slot + picks[i].lines) % slots.count;
            ++labelled;
            continue;
        }
        const bool leader = PlaceWithLeader(m, shapes, slots, placed, s, out[i]);
        leaders = leaders || leader;
        labelled += leader ? 1 : 0;
    }
    if (!leaders) Spread(order, picks, slots, s, *placed.obstacles, out);
    return labelled;
}

// The first order that labels every mark, else the one that labels most.
void PlaceBand(const std::vector<TimelineLabelRequest>& marks, const std::vector<std::size_t>& order,
               const Slots& slots, Placed& placed, const TimelineLabelStyle& s, const MeasureText& measure,
               std::vector<TimelineMarkPlace>& out) {
    std::size_t best = 0;
    Placed best_placed = placed;
    std::vector<TimelineMarkPlace> best_out = out;
    for (Order how : {Order::Staircase, Order::TopFirst, Order::FromRight}) {
        Placed trial = placed;
        std::vector<TimelineMarkPlace> tried = out;
        const std::size_t labelled = PlaceBandIn(how, marks, order, slots, trial, s, measure, tried);
        if (how == Order::Staircase || labelled > best) {
            best = labelled;
            best_placed = std::move(trial);
            best_out = std::move(tried);
        }
        if (best == order.size()) break;
    }
    placed = std::move(best_placed);
    out = std::move(best_out);
}

} // namespace

std::vector<TimelineMarkPlace> PlaceTimelineLabels(const std::vector<TimelineLabelRequest>& marks,
                                                   const std::vector<TimelineBand>& bands,
                                                   const TimelineLabelStyle& style, const MeasureText& measure,
                                                   const std::vector<Rect>& obstacles) {
    std::vector<TimelineMarkPlace> out(marks.size());
    Placed placed(std::max(style.max_label_width, 4 * style.line_height), obstacles);
    for (std::size_t b = 0; b < bands.size(); ++b) {
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < marks.size(); ++i)
            if (marks[i].band == b) order.push_back(i);
        PlaceBand(marks, std::move(order), MakeSlots(bands[b], style), placed, style, measure, out);
    }
    return out;
}

} // namespace polity
