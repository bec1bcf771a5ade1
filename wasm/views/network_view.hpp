// Polity Explorer widget — the network: institutions, reforms, events, people and figures as
// nodes, their relations as edges. Hover highlights a node's neighbours, click opens it, drag
// pans, wheel zooms. From the keyboard, once the network has the focus: Tab and Shift+Tab go
// from node to node (highlighting its neighbours), Enter opens it, + and - zoom. The layout is computed once per dataset (GraphCache, kept in AppState).
#pragma once

#include "polity/layout.hpp"

#include "imgui.h"

#include <cstdint>
#include <vector>

namespace polity::ui {

struct AppState;

// The graph as laid out once per dataset. Large datasets keep the best-connected nodes and their
// neighbours only: a force layout is quadratic, and hundreds of nodes are more than a reader follows.
struct GraphCache {
    std::vector<Index> nodes;           // entities drawn (no sources, no quotes)
    std::vector<GraphEdge> edges;       // relations among them
    std::vector<Vec2> unit;             // positions in the unit box, one per node
    std::vector<std::vector<std::uint32_t>> adjacency; // neighbour positions per node
    std::size_t candidates = 0;         // how many entities could have been nodes
    std::vector<std::uint32_t> reading_order; // node positions top to bottom, left to right (Tab)
};
GraphCache BuildGraph(const Dataset& data);

struct NetworkView {
    float zoom = 1.0f;                  // 1 = the whole graph fits
    ImVec2 pan = ImVec2(0.0f, 0.0f);    // pixels, from the fitted position
    int focus = -1;                     // the keyboard's node, a position in reading_order

    void Draw(AppState& app);
};

} // namespace polity::ui
