// Polity Explorer widget — the network: institutions, reforms, events, people and figures as
// nodes, their relations as edges, filling the canvas. Every node is labelled where the canvas
// has room (its short name where it has one), placed by collision avoidance (polity/labels.hpp):
// most connected first, over no other label and no node; the rest show on hover and focus. A
// canvas too small to name every node leaves out figures, then events, and says so.
// Hover highlights a node's neighbours, click opens it, drag pans; the wheel and zoom gestures
// zoom about the pointer. From the keyboard, once the network has the focus: Tab and Shift+Tab go
// from node to node in reading order (highlighting its neighbours), Enter opens it, + and - zoom
// about it. The graph is built once per dataset, in slices with a progress bar when large
// (NetworkBuilder), and kept in AppState.
#pragma once

#include "polity/labels.hpp"
#include "polity/layout.hpp"

#include "imgui.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

// The network of the dataset, built a slice at a time on first use (kept in AppState, reset with
// the dataset).
struct GraphCache {
    std::optional<NetworkBuilder> builder; // while the graph is being built
    NetworkGraph full;                  // every kind of node, once built
    int slices = 0;                     // frames that built a part of it (the widget's report)
    double longest_slice_ms = 0.0;      // the longest of them

    bool Ready() const { return !builder; }
};
void StartGraph(GraphCache& cache, const Dataset& data);

struct NetworkView {
    float zoom = 1.0f;                  // 1 = the whole graph fits
    ImVec2 pan = ImVec2(0.0f, 0.0f);    // pixels, from the fitted position
    int focus = -1;                     // the keyboard's node, a position in fit.reading_order
    std::string kinds_for;              // the canvas `kinds` was chosen for
    std::uint32_t kinds = 0;            // the kinds drawn (KindsThatFit)
    std::string fit_for;                // the canvas, font, language and kinds `fit` is for
    ImVec2 canvas = ImVec2(0.0f, 0.0f); // the size of the canvas `fit` is for, pixels
    NetworkFit fit;                     // the graph drawn, its nodes from the canvas's top left, labels at zoom 1
    float zoomed_for = 1.0f;            // the zoom `zoomed` is for
    std::vector<GraphLabelPlace> zoomed;// labels at that zoom (placed about the canvas's middle)

    void Draw(AppState& app);
};

} // namespace polity::ui
