// Polity Explorer — the network a view draws (see polity/layout.hpp): which entities are nodes,
// which links are edges, the layout and the reading order, built a slice at a time.
//
// Index of this file
// [SECTION] Reading order
// [SECTION] Builder: phases
// [SECTION] Builder: driving

#include "polity/layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Reading order
//-----------------------------------------------------------------------------

std::vector<std::uint32_t> ReadingOrder(const std::vector<Vec2>& unit) {
    std::vector<std::uint32_t> order(unit.size());
    for (std::size_t n = 0; n < order.size(); ++n) order[n] = static_cast<std::uint32_t>(n);
    const auto band = [&](std::uint32_t n) { return static_cast<int>(std::floor(unit[n].y * 10.0)); };
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return band(a) != band(b) ? band(a) < band(b) : unit[a].x < unit[b].x;
    });
    return order;
}

std::vector<std::uint32_t> LabelPriority(const NetworkGraph& g) {
    std::vector<std::uint32_t> order(g.nodes.size());
    for (std::size_t n = 0; n < order.size(); ++n) order[n] = static_cast<std::uint32_t>(n);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return g.degree[a] > g.degree[b]; });
    return order;
}

namespace {

// Adjacency lists and the reading order of a laid-out graph.
void Connect(NetworkGraph& g) {
    g.adjacency.assign(g.nodes.size(), {});
    for (const GraphEdge& e : g.edges) {
        g.adjacency[e.a].push_back(e.b);
        g.adjacency[e.b].push_back(e.a);
    }
    g.reading_order = ReadingOrder(g.unit);
}

} // namespace

int NetworkGraph::NodeOf(Index entity) const {
    const auto it = std::lower_bound(nodes.begin(), nodes.end(), entity);
    return it != nodes.end() && *it == entity ? static_cast<int>(it - nodes.begin()) : -1;
}

//-----------------------------------------------------------------------------
// [SECTION] Builder: phases
// Each phase takes up to `work` steps from where it stopped (cursor_) and returns how many it
// took; it moves phase_ on when its pass is complete.
//-----------------------------------------------------------------------------

namespace {

// Sources back everything and quotes hang off one person each: as nodes they only add clutter.
bool IsGraphKind(Kind k) { return k != Kind::Source && k != Kind::Quote; }

bool Valid(const Dataset& data, const Relation& r) {
    return r.from < data.entities.size() && r.to < data.entities.size() && r.from != r.to;
}

std::uint64_t PairKey(std::uint32_t a, std::uint32_t b) {
    return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | std::max(a, b);
}

} // namespace

NetworkBuilder::NetworkBuilder(const Dataset& data, const NetworkOptions& options)
    : data_(data), options_(options), degree_(data.entities.size(), 0) {}

std::size_t NetworkBuilder::Degrees(std::size_t work) {
    const std::size_t end = std::min(data_.relations.size(), cursor_ + work);
    for (std::size_t r = cursor_; r < end; ++r) {
        const Relation& rel = data_.relations[r];
        if (!Valid(data_, rel)) continue;
        ++degree_[rel.from];
        ++degree_[rel.to];
        if (IsGraphKind(data_.At(rel.from).kind) && IsGraphKind(data_.At(rel.to).kind)) ++graph_.links;
    }
    const std::size_t done = end - cursor_;
    cursor_ = end;
    if (cursor_ == data_.relations.size()) {
        phase_ = Phase::Candidates;
        cursor_ = 0;
    }
    return done;
}

std::size_t NetworkBuilder::Candidates(std::size_t work) {
    const std::size_t end = std::min(data_.entities.size(), cursor_ + work);
    for (std::size_t i = cursor_; i < end; ++i)
        if (IsGraphKind(data_.entities[i].kind) && degree_[i] > 0) candidates_.push_back(static_cast<Index>(i));
    const std::size_t done = end - cursor_;
    cursor_ = end;
    if (cursor_ < data_.entities.size()) return done;
    graph_.candidates = candidates_.size();
    cursor_ = 0;
    if (candidates_.size() <= options_.max_nodes) {
        graph_.nodes = std::move(candidates_);
        StartEdges();
    } else {
        StartHubs();
    }
    return done;
}

// The best-connected candidates, best first (ties in file order): as many as AroundHubs can visit.
void NetworkBuilder::StartHubs() {
    const std::size_t wanted = std::min(candidates_.size(), 2 * options_.max_nodes + options_.max_hubs);
    by_degree_ = candidates_;
    std::partial_sort(by_degree_.begin(), by_degree_.begin() + static_cast<std::ptrdiff_t>(wanted), by_degree_.end(),
                      [&](Index a, Index b) { return degree_[a] != degree_[b] ? degree_[a] > degree_[b] : a < b; });
    by_degree_.resize(wanted);
    hub_of_.assign(data_.entities.size(), -1);
    const std::size_t hubs = std::min(options_.max_hubs, by_degree_.size());
    for (std::size_t h = 0; h < hubs; ++h) hub_of_[by_degree_[h]] = static_cast<int>(h);
    hub_neighbours_.assign(hubs, {});
    phase_ = Phase::Hubs;
}

// One pass over the relations collects each hub's neighbours in relation order (as
// Neighbourhood(hub, 1) lists them), at most max_nodes each: more could never be drawn.
std::size_t NetworkBuilder::Hubs(std::size_t work) {
    const std::size_t end = std::min(data_.relations.size(), cursor_ + work);
    const auto reach = [&](Index hub, Index other) {
        const int h = hub_of_[hub];
        if (h < 0 || data_.At(other).kind == Kind::Source) return;
        std::vector<Index>& list = hub_neighbours_[static_cast<std::size_t>(h)];
        if (list.size() < options_.max_nodes) list.push_back(other);
    };
    for (std::size_t r = cursor_; r < end; ++r) {
        const Relation& rel = data_.relations[r];
        if (!Valid(data_, rel)) continue;
        reach(rel.from, rel.to);
        reach(rel.to, rel.from);
    }
    const std::size_t done = end - cursor_;
    cursor_ = end;
    if (cursor_ == data_.relations.size()) FinishHubs();
    return done;
}

// The hubs with their neighbours, then the next best-connected alone, until the graph is full.
void NetworkBuilder::FinishHubs() {
    std::vector<char> in(data_.entities.size(), 0);
    std::vector<Index>& nodes = graph_.nodes;
    const auto add = [&](Index i) {
        if (nodes.size() < options_.max_nodes && !in[i] && IsGraphKind(data_.At(i).kind)) {
            in[i] = 1;
            nodes.push_back(i);
        }
    };
    for (Index hub : by_degree_) {
        if (nodes.size() >= options_.max_nodes) break;
        if (in[hub]) continue;
        add(hub);
        if (hub_of_[hub] >= 0)
            for (Index i : hub_neighbours_[static_cast<std::size_t>(hub_of_[hub])]) add(i);
    }
    std::sort(nodes.begin(), nodes.end());
    by_degree_ = {};
    hub_of_ = {};
    hub_neighbours_ = {};
    candidates_ = {};
    cursor_ = 0;
    StartEdges();
}

void NetworkBuilder::StartEdges() {
    slot_.assign(data_.entities.size(), UINT32_MAX);
    for (std::uint32_t n = 0; n < graph_.nodes.size(); ++n) slot_[graph_.nodes[n]] = n;
    phase_ = Phase::Edges;
}

std::size_t NetworkBuilder::Edges(std::size_t work) {
    const std::size_t end = std::min(data_.relations.size(), cursor_ + work);
    for (std::size_t r = cursor_; r < end; ++r) {
        const Relation& rel = data_.relations[r];
        if (!Valid(data_, rel) || slot_[rel.from] == UINT32_MAX || slot_[rel.to] == UINT32_MAX) continue;
        const std::uint32_t a = slot_[rel.from], b = slot_[rel.to];
        graph_.relations.push_back(r);
        if (graph_.edges.size() < options_.max_edges && pairs_.insert(PairKey(a, b)).second)
            graph_.edges.push_back({a, b, r});
    }
    const std::size_t done = end - cursor_;
    cursor_ = end;
    if (cursor_ < data_.relations.size()) return done;
    slot_ = {};
    pairs_ = {};
    graph_.unit = RingLayout(data_, graph_.nodes, options_.layout.seed);
    phase_ = Phase::Layout;
    return done;
}

// Whole layout iterations, at least one per slice, each costing its nodes and edges.
std::size_t NetworkBuilder::Layout(std::size_t work) {
    const int iterations = std::max(options_.layout.iterations, 0);
    const std::size_t cost = graph_.nodes.size() + graph_.edges.size() + 1;
    std::size_t done = 0;
    while (iteration_ < iterations && (done == 0 || done + cost <= work)) {
        RelaxStep(graph_.unit, graph_.edges, iteration_++, iterations);
        done += cost;
    }
    if (iteration_ >= iterations) Finish();
    return done;
}

void NetworkBuilder::Finish() {
    FitRelaxed(graph_.unit);
    graph_.degree.reserve(graph_.nodes.size());
    for (Index i : graph_.nodes) graph_.degree.push_back(degree_[i]);
    degree_ = {};
    Connect(graph_);
    phase_ = Phase::Done;
}

//-----------------------------------------------------------------------------
// [SECTION] Builder: driving
//-----------------------------------------------------------------------------

bool NetworkBuilder::Step(std::size_t work) {
    std::size_t left = std::max<std::size_t>(work, 1);
    while (phase_ != Phase::Done && left > 0) {
        std::size_t took = 0;
        switch (phase_) {
        case Phase::Degrees: took = Degrees(left); break;
        case Phase::Candidates: took = Candidates(left); break;
        case Phase::Hubs: took = Hubs(left); break;
        case Phase::Edges: took = Edges(left); break;
        case Phase::Layout: took = Layout(left); break;
        case Phase::Done: break;
        }
        left -= std::min(left, std::max<std::size_t>(took, 1));
    }
    return phase_ == Phase::Done;
}

bool NetworkBuilder::Done() const { return phase_ == Phase::Done; }

// Each phase owns a fixed share of the bar, so it only ever moves forward.
double NetworkBuilder::Progress() const {
    const auto part = [](std::size_t at, std::size_t of) { return of == 0 ? 1.0 : static_cast<double>(at) / static_cast<double>(of); };
    switch (phase_) {
    case Phase::Degrees: return 0.20 * part(cursor_, data_.relations.size());
    case Phase::Candidates: return 0.20 + 0.05 * part(cursor_, data_.entities.size());
    case Phase::Hubs: return 0.25 + 0.20 * part(cursor_, data_.relations.size());
    case Phase::Edges: return 0.45 + 0.20 * part(cursor_, data_.relations.size());
    case Phase::Layout:
        return 0.65 + 0.35 * part(static_cast<std::size_t>(iteration_), static_cast<std::size_t>(std::max(options_.layout.iterations, 0)));
    case Phase::Done: break;
    }
    return 1.0;
}

NetworkGraph NetworkBuilder::Take() { return std::move(graph_); }

NetworkGraph Subgraph(const Dataset& data, const NetworkGraph& graph, std::uint32_t kinds,
                      const GraphLayoutOptions& layout) {
    NetworkGraph sub;
    std::vector<std::uint32_t> slot(graph.nodes.size(), UINT32_MAX);
    for (std::size_t n = 0; n < graph.nodes.size(); ++n) {
        if (!(KindBit(data.At(graph.nodes[n]).kind) & kinds)) continue;
        slot[n] = static_cast<std::uint32_t>(sub.nodes.size());
        sub.nodes.push_back(graph.nodes[n]);
        sub.degree.push_back(graph.degree[n]);
    }
    for (const GraphEdge& e : graph.edges)
        if (slot[e.a] != UINT32_MAX && slot[e.b] != UINT32_MAX) sub.edges.push_back({slot[e.a], slot[e.b], e.relation});
    for (std::size_t r : graph.relations) {
        const Relation& rel = data.relations[r];
        if (sub.NodeOf(rel.from) >= 0 && sub.NodeOf(rel.to) >= 0) sub.relations.push_back(r);
    }
    sub.candidates = graph.candidates;
    sub.links = graph.links;
    sub.unit = RingLayout(data, sub.nodes, layout.seed);
    RelaxLayout(sub.unit, sub.edges, std::max(layout.iterations, 0));
    Connect(sub);
    return sub;
}

NetworkGraph BuildNetworkGraph(const Dataset& data, const NetworkOptions& options) {
    NetworkBuilder builder(data, options);
    while (!builder.Step(SIZE_MAX / 2)) {}
    return builder.Take();
}

} // namespace polity
