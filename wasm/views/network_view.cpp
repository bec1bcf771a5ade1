// Polity Explorer widget — the network (see network_view.hpp).
//
// Index of this file
// [SECTION] The graph (once per dataset, in slices)
// [SECTION] Fitting the graph and its labels to the canvas
// [SECTION] Input
// [SECTION] Drawing
// [SECTION] Keyboard
// [SECTION] View
#include "views/network_view.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/top_bar.hpp"
#include "views/widgets.hpp"

#include "polity/numbers.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iterator>

namespace polity::ui {

static constexpr double kSliceMs = 25.0;          // building work per frame: the page stays responsive
static constexpr std::size_t kSliceWork = 50000;  // steps between clock checks
static constexpr double kWheelZoom = 1.25;        // one wheel notch (platform.hpp)

//-----------------------------------------------------------------------------
// [SECTION] The graph (once per dataset, in slices)
//-----------------------------------------------------------------------------

void StartGraph(GraphCache& cache, const Dataset& data) { cache.builder.emplace(data); }

// Builds for at most kSliceMs; true once the graph is complete. A graph that took more than one
// slice shows its full bar for a frame: the frame that fits the labels and first draws the
// graph builds nothing.
static bool BuildSome(AppState& app) {
    if (!app.graph) StartGraph(app.graph.emplace(), *app.data);
    GraphCache& cache = *app.graph;
    if (cache.Ready()) return true;
    const auto start = std::chrono::steady_clock::now();
    const auto spent = [&] { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(); };
    ++cache.slices;
    while (!cache.builder->Step(kSliceWork)) {
        if (spent() > kSliceMs) {
            cache.longest_slice_ms = std::max(cache.longest_slice_ms, spent());
            app.settle_frames = std::max(app.settle_frames, 2);   // another frame, another slice
            return false;
        }
    }
    cache.full = cache.builder->Take();
    cache.builder.reset();
    cache.longest_slice_ms = std::max(cache.longest_slice_ms, spent());
    if (cache.slices == 1) return true;
    app.settle_frames = std::max(app.settle_frames, 2);
    return false;
}

// "Laying out the network: 40 %", with a bar.
static void DrawProgress(const AppState& app) {
    const double fraction = app.graph->builder ? app.graph->builder->Progress() : 1.0;
    MutedText(UiFill(app, UiString::LayingOutNetwork, {Number(app, std::floor(fraction * 100.0))}));
    ImGui::ProgressBar(static_cast<float>(fraction), ImVec2(std::min(Em(20.0f), ImGui::GetContentRegionAvail().x), 0.0f), "");
}

//-----------------------------------------------------------------------------
// [SECTION] Fitting the graph and its labels to the canvas
//-----------------------------------------------------------------------------

struct Canvas {
    ImVec2 min, max;
    float Width() const { return max.x - min.x; }
    float Height() const { return max.y - min.y; }
    ImVec2 Center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

// Node labels: the placed labels' size, and on a phone smaller still (12 px at the body's 16),
// as a phone's canvas must hold every node's name.
static float NodeLabelSize(const AppState& app) { return IsNarrow() ? PlotEm(app, 0.75f) : PlacedLabelSize(app); }

static GraphLabelStyle LabelStyle(const AppState& app, const Canvas& c) {
    GraphLabelStyle s;
    const float inset = Em(0.2f);
    s.box = {inset, inset, c.Width() - 2.0f * inset, c.Height() - 2.0f * inset};
    s.line_height = NodeLabelSize(app) * 1.15f;
    s.gap = Em(0.25f);
    s.max_label_width = IsNarrow() ? std::min(Em(9.0f), c.Width() * 0.45f) : Em(12.0f);
    return s;
}

// A node: its radius by kind, its label the short name where there is one.
static NodeLabel NodeOf(const AppState& app) {
    return [&app](Index i) {
        return GraphLabelRequest{{}, Em(app.data->At(i).kind == Kind::Institution ? 0.5f : 0.35f),
                                 Tr(app, ShortNameOf(*app.data, i))};
    };
}

// "1260.0 520.0 16.00 0 en 0": what a fit depends on.
static std::string FitKey(const AppState& app, const Canvas& c, std::uint32_t kinds) {
    char key[160];
    FormatString(key, sizeof key, "%.1f %.1f %.2f %d %s %u", c.Width(), c.Height(), ImGui::GetFontSize(),
                 IsNarrow() ? 1 : 0, app.options.language.c_str(), kinds);
    return key;
}

// Which kinds the canvas below the toolbar can name, decided before the legend, which says it.
// True when they were decided again this frame.
static bool ChooseKinds(const AppState& app, NetworkView& v, const Canvas& region) {
    const std::string key = FitKey(app, region, 0);
    if (key == v.kinds_for) return false;
    v.kinds_for = key;
    v.kinds = KindsThatFit(*app.data, app.graph->full, NodeOf(app), LabelStyle(app, region), MeasureWith(NodeLabelSize(app)));
    return true;
}

// Choosing the kinds and then fitting the graph each place its labels: for a big graph each is
// the work of a frame, so the fit waits for the next one (no long task as a big network opens).
static bool FitWaits(const AppState& app, const NetworkView& v, const Canvas& c, bool chosen_now) {
    constexpr std::size_t kBigGraph = 100;   // nodes; the article's 37 open in one frame
    return chosen_now && app.graph->full.nodes.size() >= kBigGraph && FitKey(app, c, v.kinds) != v.fit_for;
}

static void Fit(const AppState& app, NetworkView& v, const Canvas& c) {
    const std::string key = FitKey(app, c, v.kinds);
    if (key == v.fit_for) return;
    v.fit_for = key;
    v.canvas = ImVec2(c.Width(), c.Height());
    v.fit = FitNetwork(*app.data, app.graph->full, v.kinds, NodeOf(app), LabelStyle(app, c), MeasureWith(NodeLabelSize(app)),
                       Em(1.2f));
    v.zoomed.clear();
    v.focus = -1;
}

// Labels at the current zoom, about the canvas's middle: the zoomed canvas is their box.
static const std::vector<GraphLabelPlace>& ZoomedPlaces(const AppState& app, NetworkView& v, const Canvas& c) {
    if (v.zoom == 1.0f) return v.fit.places;
    if (v.zoomed_for == v.zoom && !v.zoomed.empty()) return v.zoomed;
    GraphLabelStyle style = LabelStyle(app, c);
    const double grow = std::max(1.0, static_cast<double>(v.zoom));
    const double mx = c.Width() * 0.5, my = c.Height() * 0.5;
    style.box = {mx - (mx - style.box.x) * grow, my - (my - style.box.y) * grow, style.box.w * grow, style.box.h * grow};
    std::vector<GraphLabelRequest> nodes = v.fit.nodes;
    for (GraphLabelRequest& n : nodes) n.at = {mx + (n.at.x - mx) * v.zoom, my + (n.at.y - my) * v.zoom};
    v.zoomed = PlaceGraphLabels(nodes, LabelPriority(v.fit.graph), style, MeasureWith(NodeLabelSize(app)));
    v.zoomed_for = v.zoom;
    return v.zoomed;
}

// Where zoom and pan put a point of the fitted layout, on screen.
static Vec2 OnScreen(const NetworkView& v, const Canvas& c, Vec2 p) {
    return {c.min.x + c.Width() * 0.5 + (p.x - c.Width() * 0.5) * v.zoom + v.pan.x,
            c.min.y + c.Height() * 0.5 + (p.y - c.Height() * 0.5) * v.zoom + v.pan.y};
}

static std::vector<Vec2> ScreenPositions(const NetworkView& v, const Canvas& c) {
    std::vector<Vec2> out;
    out.reserve(v.fit.nodes.size());
    for (const GraphLabelRequest& n : v.fit.nodes) out.push_back(OnScreen(v, c, n.at));
    return out;
}

// A placed label's box on screen: labels are placed from the canvas's top left, zoomed about its
// middle, without the pan.
static Rect LabelOnScreen(const NetworkView& v, const Canvas& c, const Rect& r) {
    return {r.x + c.min.x + v.pan.x, r.y + c.min.y + v.pan.y, r.w, r.h};
}

//-----------------------------------------------------------------------------
// [SECTION] Input
//-----------------------------------------------------------------------------

// Zooms by `factor` keeping the screen point `at` still.
static void ZoomAt(NetworkView& v, const Canvas& c, float factor, ImVec2 at) {
    const float zoom = std::clamp(v.zoom * factor, 0.5f, 10.0f);
    const ImVec2 center = c.Center();
    const float k = zoom / v.zoom;
    v.pan = ImVec2(at.x - center.x - (at.x - center.x - v.pan.x) * k, at.y - center.y - (at.y - center.y - v.pan.y) * k);
    v.zoom = zoom;
}

// The wheel and zoom gestures zoom about the pointer (platform.hpp: a pinch arrives as a wheel
// with its midpoint as the pointer); a sideways wheel and a drag pan.
static void HandleInput(NetworkView& v, const Canvas& c, bool hovering) {
    const ImGuiIO& io = ImGui::GetIO();
    if (hovering && io.MouseWheel != 0.0f)
        ZoomAt(v, c, static_cast<float>(std::pow(kWheelZoom, static_cast<double>(io.MouseWheel))), io.MousePos);
    if (hovering && io.MouseWheelH != 0.0f) v.pan.x += io.MouseWheelH * Em(3.0f);
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        v.pan = ImVec2(v.pan.x + io.MouseDelta.x, v.pan.y + io.MouseDelta.y);
}

// The node under the pointer: its dot, or its label.
static int NodeAt(const NetworkView& v, const Canvas& c, const std::vector<Vec2>& at,
                  const std::vector<GraphLabelPlace>& places, ImVec2 mouse, float reach) {
    const int near = NearestNode(at, Vec2{mouse.x, mouse.y}, reach);
    if (near >= 0) return near;
    for (std::size_t n = 0; n < places.size(); ++n) {
        if (!places[n].labelled) continue;
        const Rect b = LabelOnScreen(v, c, places[n].label);
        if (mouse.x >= b.x && mouse.x <= b.x + b.w && mouse.y >= b.y && mouse.y <= b.y + b.h) return static_cast<int>(n);
    }
    return -1;
}

// The node whose neighbours are lit, with them; empty = none.
static std::vector<char> Lit(const NetworkGraph& g, int node) {
    std::vector<char> lit;
    if (node < 0) return lit;
    lit.assign(g.nodes.size(), 0);
    lit[node] = 1;
    for (std::uint32_t n : g.adjacency[node]) lit[n] = 1;
    return lit;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

static ImVec2 ToIm(Vec2 p) { return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y)); }

static void DrawEdges(const AppState& app, const NetworkGraph& g, const std::vector<Vec2>& at,
                      const std::vector<char>& lit, int focus) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    for (const GraphEdge& e : g.edges) {
        const bool touches = static_cast<int>(e.a) == focus || static_cast<int>(e.b) == focus;
        const ImU32 plain = WithAlpha(p.muted, 0.45f);
        const ImU32 color = touches ? p.accent : lit.empty() ? plain : WithAlpha(p.muted, 0.15f);
        draw->AddLine(ToIm(at[e.a]), ToIm(at[e.b]), color, touches ? 2.0f : 1.0f);
    }
}

static void DrawNodes(const AppState& app, const NetworkView& v, const std::vector<Vec2>& at, const std::vector<char>& lit) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const NetworkGraph& g = v.fit.graph;
    for (std::size_t n = 0; n < g.nodes.size(); ++n) {
        const Kind kind = app.data->At(g.nodes[n]).kind;
        const float r = static_cast<float>(v.fit.nodes[n].radius);
        const bool faded = !lit.empty() && !lit[n];
        const ImU32 color = KindColor(app, kind);
        draw->AddCircleFilled(ToIm(at[n]), r, faded ? WithAlpha(color, 0.25f) : color);
        if (g.nodes[n] == app.current.item) draw->AddCircle(ToIm(at[n]), r + Em(0.25f), Colors(app).accent, 0, 2.0f);
    }
}

// Every placed label, whole; with a node lit, the others fade. A label that had to sit a little
// away from its node gets a thin line to it, so it reads as that node's.
static void DrawLabels(const AppState& app, const NetworkView& v, const Canvas& c, const std::vector<Vec2>& at,
                       const std::vector<GraphLabelPlace>& places, const std::vector<char>& lit) {
    const Palette& p = Colors(app);
    const float font = NodeLabelSize(app);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t n = 0; n < places.size(); ++n) {
        if (!places[n].labelled) continue;
        const Rect b = LabelOnScreen(v, c, places[n].label);
        const bool faded = !lit.empty() && !lit[n];
        const ImVec2 near(static_cast<float>(std::clamp(at[n].x, b.x, b.x + b.w)), static_cast<float>(std::clamp(at[n].y, b.y, b.y + b.h)));
        const ImVec2 node = ToIm(at[n]);
        if (std::hypot(near.x - node.x, near.y - node.y) > v.fit.nodes[n].radius + Em(0.6f))
            draw->AddLine(node, near, WithAlpha(p.muted, faded ? 0.2f : 0.6f));
        DrawLabel(app, places[n].text, ImVec2(static_cast<float>(b.x), static_cast<float>(b.y)), font * 1.15f, font,
                  faded ? WithAlpha(p.text, 0.35f) : p.text);
    }
}

// A node with no room for its label gets it while hovered or focused: whole, in a box beside it.
static void DrawLabelOf(const AppState& app, const Canvas& c, Index i, Vec2 at) {
    const float font = NodeLabelSize(app), pad = Em(0.3f);
    const TextBlock text = WrapLabel(Tr(app, ShortNameOf(*app.data, i)), Em(16.0f), MeasureWith(font));
    const float w = static_cast<float>(text.width) + 2.0f * pad;
    const float h = static_cast<float>(text.lines.size()) * font * 1.15f + 2.0f * pad;
    const float x = std::clamp(static_cast<float>(at.x) + Em(0.8f), c.min.x, std::max(c.min.x, c.max.x - w));
    const float y = std::clamp(static_cast<float>(at.y) - h * 0.5f, c.min.y, std::max(c.min.y, c.max.y - h));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), Colors(app).background, Em(0.2f));
    draw->AddRect(ImVec2(x, y), ImVec2(x + w, y + h), Colors(app).line, Em(0.2f));
    DrawLabel(app, text, ImVec2(x + pad, y + pad), font * 1.15f, font, Colors(app).text);
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

// Tab and Shift+Tab walk the nodes in reading order and then hand Tab back to the page's order;
// + and - zoom about the focused node (the middle when none). Returns the focused node, or -1.
static int HandleKeys(AppState& app, NetworkView& v, const Canvas& c, const std::vector<Vec2>& at) {
    const int n = static_cast<int>(v.fit.reading_order.size());
    if (v.focus >= n) v.focus = -1;
    if (const int dir = TakeTab(app); dir != 0)
        v.focus = v.focus < 0 ? (dir > 0 ? 0 : n - 1) : std::clamp(v.focus + dir, 0, n - 1);
    ClaimTab(app, v.focus < n - 1, v.focus > 0);
    const int node = v.focus < 0 ? -1 : static_cast<int>(v.fit.reading_order[v.focus]);
    const ImVec2 anchor = node < 0 ? c.Center() : ToIm(at[node]);
    if (TypedOutsideText('+') || TypedOutsideText('=')) ZoomAt(v, c, 1.25f, anchor);
    if (TypedOutsideText('-')) ZoomAt(v, c, 0.8f, anchor);
    return node;
}

static std::string FocusText(const AppState& app, const NetworkGraph& g, int node) {
    if (node < 0) return ViewLabel(app, View::Network);
    return NameOf(app, g.nodes[node]) + ", " + KindText(app, app.data->At(g.nodes[node]).kind);
}

static void DrawFocusedNode(const AppState& app, Vec2 at) {
    ImGui::GetWindowDrawList()->AddCircle(ToIm(at), Em(0.95f), Colors(app).focus, 0, std::max(2.0f, Em(0.15f)));
}

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

// The kinds drawn, then what is left out and why.
static void Legend(const AppState& app, const NetworkView& v) {
    static constexpr Kind kKinds[] = {Kind::Institution, Kind::Reform, Kind::Event, Kind::Person, Kind::Metric};
    bool first = true;
    for (Kind kind : kKinds) {
        if (v.kinds != 0 && !(v.kinds & KindBit(kind))) continue;
        const char* name = KindText(app, kind);
        if (!first) FlowNext(ImGui::CalcTextSize(name).x + Em(1.2f));
        first = false;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(Em(0.8f), ImGui::GetTextLineHeight()));
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + Em(0.4f), at.y + Em(0.5f)), Em(0.3f), KindColor(app, kind));
        ImGui::SameLine(0.0f, Em(0.2f));
        ImGui::TextUnformatted(name);
    }
    const NetworkGraph& full = app.graph->full;
    if (v.kinds != 0)
        MutedText(Ui(app, v.kinds & KindBit(Kind::Event) ? UiString::NetworkWithoutFigures : UiString::NetworkWithoutFiguresEvents));
    if (full.candidates > full.nodes.size())
        MutedText(UiFill(app, UiString::ShowingOf, {Number(app, static_cast<double>(full.nodes.size())),
                                                    Number(app, static_cast<double>(full.candidates))}));
    if (full.edges.size() >= NetworkOptions{}.max_edges)
        MutedText(UiFill(app, UiString::LinksDrawnOf, {Number(app, static_cast<double>(full.edges.size())),
                                                       Number(app, static_cast<double>(full.links))}));
}

// Fit and how to use the network (taps and pinches on a touch screen), then the legend; a saved picture
// keeps only the legend.
static void Toolbar(AppState& app, NetworkView& v) {
    if (!app.picture.active) {
        if (Button(app, Ui(app, UiString::Fit))) {
            v.zoom = 1.0f;
            v.pan = ImVec2(0.0f, 0.0f);
        }
        ToolbarHint(Ui(app, ForTouch(app) ? UiString::NetworkTouchHint : UiString::NetworkHint));
    }
}

static Canvas MakeCanvas() {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    return Canvas{min, ImVec2(min.x + std::max(avail.x, Em(10.0f)), min.y + std::max(avail.y, Em(12.0f)))};
}

void NetworkView::Draw(AppState& app) {
    const PlotTextSize plot(app);
    if (!BuildSome(app)) {
        DrawProgress(app);
        return;
    }
    if (app.graph->full.nodes.empty()) {
        MutedText(Ui(app, UiString::EmptyView));
        return;
    }
    Toolbar(app, *this);
    const bool chosen_now = ChooseKinds(app, *this, MakeCanvas());
    Legend(app, *this);
    const Canvas c = MakeCanvas();
    if (FitWaits(app, *this, c, chosen_now)) {
        DrawProgress(app);
        app.settle_frames = std::max(app.settle_frames, 2);
        return;
    }
    Fit(app, *this, c);
    const NetworkGraph& g = fit.graph;
    const bool released = ImGui::InvisibleButton("##network", ImVec2(c.Width(), c.Height()));
    const bool keyboard = ItemKeyboardFocused();
    const int key_node = keyboard ? HandleKeys(app, *this, c, ScreenPositions(*this, c)) : -1;
    NoteFocus(app, FocusText(app, g, key_node));
    const bool hovering = ImGui::IsItemHovered();
    const float slop = ImGui::GetIO().MouseDragThreshold;
    const bool clicked = released && !keyboard && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < slop * slop;
    HandleInput(*this, c, hovering);
    const std::vector<Vec2> at = ScreenPositions(*this, c);
    const std::vector<GraphLabelPlace>& places = ZoomedPlaces(app, *this, c);
    const float reach = std::max(Em(0.8f), TargetSize(app) * 0.5f);   // a finger's width on touch screens
    const int hovered = hovering ? NodeAt(*this, c, at, places, ImGui::GetIO().MousePos, reach) : -1;
    const int lit_node = hovered >= 0 ? hovered : key_node >= 0 ? key_node : g.NodeOf(app.current.item);
    const std::vector<char> lit = Lit(g, lit_node);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(c.min, c.max, true);
    DrawEdges(app, g, at, lit, lit_node);
    DrawLabels(app, *this, c, at, places, lit);
    DrawNodes(app, *this, at, lit);       // over the labels' halos, so no node is hidden
    if (key_node >= 0) DrawFocusedNode(app, at[key_node]);
    const int named = hovered >= 0 ? hovered : key_node;
    if (named >= 0 && !places[named].labelled) DrawLabelOf(app, c, g.nodes[named], at[named]);
    draw->PopClipRect();
    if (keyboard && released && key_node >= 0) Select(app, g.nodes[key_node]);   // Enter or Space
    if (hovered < 0) return;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked) Select(app, g.nodes[hovered]);
}

} // namespace polity::ui
