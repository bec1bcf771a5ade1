// Internal to the label placements: a grid of boxes for "does this box hit any placed one?"
// in about constant time, and the box arithmetic both placements use.
#pragma once

#include "polity/layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace polity::detail {

inline Rect Inflate(const Rect& r, double by) { return {r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by}; }

// Strict: boxes that only touch do not overlap.
inline bool Overlap(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

inline bool Inside(const Rect& r, const Rect& box) {
    return r.x >= box.x && r.y >= box.y && r.x + r.w <= box.x + box.w && r.y + r.h <= box.y + box.h;
}

inline Rect DotBox(Vec2 c, double radius) { return {c.x - radius, c.y - radius, 2 * radius, 2 * radius}; }

// Does the segment a-b pass through the inside of `r`? (Liang–Barsky clipping.)
inline bool SegmentHits(Vec2 a, Vec2 b, const Rect& r) {
    double t0 = 0, t1 = 1;
    const double d[2] = {b.x - a.x, b.y - a.y};
    const double lo[2] = {r.x - a.x, r.y - a.y};
    const double hi[2] = {r.x + r.w - a.x, r.y + r.h - a.y};
    for (int k = 0; k < 2; ++k) {
        if (d[k] == 0) {
            if (lo[k] >= 0 || hi[k] <= 0) return false;   // parallel and outside (or on the edge)
            continue;
        }
        double e0 = lo[k] / d[k], e1 = hi[k] / d[k];
        if (e0 > e1) std::swap(e0, e1);
        t0 = std::max(t0, e0);
        t1 = std::min(t1, e1);
        if (t0 >= t1) return false;
    }
    return true;
}

// Boxes filed by the square cells they cover. Cells are looked up by key only (never iterated),
// and each cell keeps its boxes in the order added: the same calls give the same answers.
class BoxGrid {
public:
    explicit BoxGrid(double cell) : cell_(cell > 1e-9 && std::isfinite(cell) ? cell : 1) {}

    std::uint32_t Add(const Rect& r) {
        const auto id = static_cast<std::uint32_t>(boxes_.size());
        boxes_.push_back(r);
        ForCells(r, [&](std::uint64_t key) { cells_[key].push_back(id); return false; });
        return id;
    }
    // Moves a box; its old cells keep a stale entry, which every test checks against the new box.
    void Move(std::uint32_t id, const Rect& r) {
        boxes_[id] = r;
        ForCells(r, [&](std::uint64_t key) { cells_[key].push_back(id); return false; });
    }
    const Rect& Box(std::uint32_t id) const { return boxes_[id]; }
    std::size_t Size() const { return boxes_.size(); }

    // Calls visit(id) for boxes in cells that `r` covers (a box may come more than once) until
    // visit returns true; returns whether it did.
    template <typename Visit>
    bool Near(const Rect& r, Visit&& visit) const {
        return ForCells(r, [&](std::uint64_t key) {
            const auto it = cells_.find(key);
            if (it == cells_.end()) return false;
            for (std::uint32_t id : it->second)
                if (visit(id)) return true;
            return false;
        });
    }
    bool Hits(const Rect& r) const {
        return Near(r, [&](std::uint32_t id) { return Overlap(boxes_[id], r); });
    }
    bool HitsSegment(Vec2 a, Vec2 b) const {
        const Rect span{std::min(a.x, b.x), std::min(a.y, b.y), std::fabs(b.x - a.x), std::fabs(b.y - a.y)};
        return Near(span, [&](std::uint32_t id) { return SegmentHits(a, b, boxes_[id]); });
    }

private:
    template <typename F>
    bool ForCells(const Rect& r, F&& f) const {
        if (!std::isfinite(r.x) || !std::isfinite(r.y) || !std::isfinite(r.w) || !std::isfinite(r.h)) return false;
        const long x0 = Cell(r.x), x1 = Cell(r.x + r.w), y0 = Cell(r.y), y1 = Cell(r.y + r.h);
        for (long cy = y0; cy <= y1; ++cy)
            for (long cx = x0; cx <= x1; ++cx)
                if (f(Key(cx, cy))) return true;
        return false;
    }
    long Cell(double v) const { return static_cast<long>(std::floor(v / cell_)); }
    static std::uint64_t Key(long cx, long cy) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cx)) << 32) | static_cast<std::uint32_t>(cy);
    }

    double cell_;
    std::vector<Rect> boxes_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> cells_;
};

} // namespace polity::detail
