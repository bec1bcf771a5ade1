// Polity Explorer — graph layout: rings by kind, then force-directed relaxation. Pure and
// deterministic: the same dataset and seed give bit-identical positions on every platform.

#include "polity/layout.hpp"

#include "layout_internal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <utility>

namespace polity {

using detail::Finite;

//-----------------------------------------------------------------------------
// [SECTION] Graph layout
//-----------------------------------------------------------------------------

// Bit-identical layouts need a*b+c rounded twice everywhere, never fused into one FMA.
// Clang (Emscripten, Apple) obeys this pragma; GCC needs -ffp-contract=off where it has FMA.
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

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
// The push d/|d| * k^2/|d| is d * k^2/|d|^2: no square root.
void Repel(const std::vector<Vec2>& p, std::vector<Vec2>& disp, double k) {
    const double cell = 2 * k;
    std::vector<std::pair<std::pair<long, long>, std::uint32_t>> cells(p.size());
    for (std::uint32_t i = 0; i < p.size(); ++i) {
        cells[i] = {{std::lround(std::floor(p[i].x / cell)), std::lround(std::floor(p[i].y / cell))}, i};
    }
    std::sort(cells.begin(), cells.end());
    for (std::uint32_t i = 0; i < p.size(); ++i) {
        const auto home = cells[i].first;
        const std::uint32_t a = cells[i].second;
        for (long dx = -1; dx <= 1; ++dx) {
            const auto key = std::make_pair(home.first + dx, home.second - 1);
            auto it = std::lower_bound(cells.begin(), cells.end(), std::make_pair(key, 0u));
            for (; it != cells.end() && it->first.first == key.first && it->first.second <= home.second + 1; ++it) {
                const std::uint32_t b = it->second;
                Vec2 d{p[a].x - p[b].x, p[a].y - p[b].y};
                double d2 = d.x * d.x + d.y * d.y;
                if (a == b || d2 >= cell * cell) continue;
                if (d2 < 1e-18) { d = {a < b ? -1e-9 : 1e-9, 0}; d2 = 1e-18; }   // coincident: split on x
                disp[a].x += d.x * (k * k / d2);
                disp[a].y += d.y * (k * k / d2);
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

void RelaxStep(std::vector<Vec2>& positions, const std::vector<GraphEdge>& edges, int step, int iterations) {
    const std::size_t n = positions.size();
    if (n == 0 || iterations <= 0) return;
    const double k = 0.7 * std::sqrt(1.0 / static_cast<double>(n));   // ideal edge length
    const double temperature = 0.1 * (1 - static_cast<double>(step) / iterations);  // linear cooling
    std::vector<Vec2> disp(n);
    Repel(positions, disp, k);
    Attract(positions, disp, edges, k);
    for (std::size_t i = 0; i < n; ++i) {
        const double len = Length(disp[i]);
        if (!(len > 0) || !Finite(len)) continue;
        const double move = std::min(len, temperature) / len;
        positions[i] = {positions[i].x + disp[i].x * move, positions[i].y + disp[i].y * move};
    }
}

void FitRelaxed(std::vector<Vec2>& positions) { FitUnitBox(positions, 0.05); }

void RelaxLayout(std::vector<Vec2>& positions, const std::vector<GraphEdge>& edges, int iterations) {
    for (int it = 0; it < iterations; ++it) RelaxStep(positions, edges, it, iterations);
    FitRelaxed(positions);
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

std::vector<Vec2> FillRect(const std::vector<Vec2>& positions, const Rect& rect, double padding) {
    if (positions.empty()) return {};
    Vec2 lo = positions[0], hi = positions[0];
    for (const Vec2& p : positions) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    const double w = std::max(rect.w - 2 * padding, 0.0), h = std::max(rect.h - 2 * padding, 0.0);
    const auto along = [](double v, double a, double b) { return b > a ? (v - a) / (b - a) : 0.5; };
    std::vector<Vec2> out;
    out.reserve(positions.size());
    for (const Vec2& p : positions)
        out.push_back({rect.x + padding + along(p.x, lo.x, hi.x) * w, rect.y + padding + along(p.y, lo.y, hi.y) * h});
    return out;
}

int NearestNode(const std::vector<Vec2>& positions, Vec2 point, double radius) {
    if (!(radius >= 0)) return -1;
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

} // namespace polity
