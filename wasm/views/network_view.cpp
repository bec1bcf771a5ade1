// Polity Explorer widget — the network (see network_view.hpp).
//
// Index of this file
// [SECTION] Graph (once per dataset)
// [SECTION] Input and placement
// [SECTION] Drawing
// [SECTION] Keyboard
// [SECTION] View
#include "views/network_view.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/top_bar.hpp"
#include "views/widgets.hpp"

#include <algorithm>
#include <iterator>
#include <cmath>

namespace polity::ui {

static constexpr std::size_t kMaxGraphNodes = 250;  // a force layout is quadratic in nodes

//-----------------------------------------------------------------------------
// [SECTION] Graph (once per dataset)
//-----------------------------------------------------------------------------

// Sources back everything and quotes hang off one person each: as nodes they only add clutter.
static bool IsGraphKind(Kind k) { return k != Kind::Source && k != Kind::Quote; }

static constexpr int kMaxHubs = 25;     // each hub costs a pass over the relations

static std::vector<std::uint32_t> Degrees(const Dataset& data) {
    std::vector<std::uint32_t> degree(data.entities.size(), 0);
    for (const Relation& r : data.relations) { ++degree[r.from]; ++degree[r.to]; }
    return degree;
}

// Past kMaxGraphNodes: the best-connected entities with their neighbours (so what is drawn keeps
// its links), then the next best-connected alone until the graph is full.
static std::vector<Index> AroundHubs(const Dataset& data, const std::vector<Index>& by_degree) {
    std::vector<char> in(data.entities.size(), 0);
    std::vector<Index> nodes;
    const auto add = [&](Index i) {
        if (nodes.size() < kMaxGraphNodes && !in[i] && IsGraphKind(data.At(i).kind)) {
            in[i] = 1;
            nodes.push_back(i);
        }
    };
    int hubs = 0;
    for (Index hub : by_degree) {
        if (nodes.size() >= kMaxGraphNodes) break;
        if (in[hub]) continue;
        if (hubs++ < kMaxHubs) for (Index i : Neighbourhood(data, hub, 1)) add(i);
        else add(hub);
    }
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

// Top to bottom in bands a tenth of the layout high, left to right inside a band: the order a
// sighted reader scans the picture in, so Tab moves to a node near the last one.
static std::vector<std::uint32_t> ReadingOrder(const std::vector<Vec2>& unit) {
    std::vector<std::uint32_t> order(unit.size());
    for (std::size_t n = 0; n < order.size(); ++n) order[n] = static_cast<std::uint32_t>(n);
    const auto band = [&](std::uint32_t n) { return static_cast<int>(std::floor(unit[n].y * 10.0)); };
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return band(a) != band(b) ? band(a) < band(b) : unit[a].x < unit[b].x;
    });
    return order;
}

// The graph's entities, in file order: all of them when they fit, else AroundHubs.
static std::vector<Index> PickNodes(const Dataset& data, std::size_t* candidates) {
    const std::vector<std::uint32_t> degree = Degrees(data);
    std::vector<Index> nodes;
    for (Index i = 0; i < data.entities.size(); ++i)
        if (IsGraphKind(data.entities[i].kind) && degree[i] > 0) nodes.push_back(i);
    *candidates = nodes.size();
    if (nodes.size() <= kMaxGraphNodes) return nodes;
    std::stable_sort(nodes.begin(), nodes.end(), [&](Index a, Index b) { return degree[a] > degree[b]; });
    return AroundHubs(data, nodes);
}

GraphCache BuildGraph(const Dataset& data) {
    GraphCache g;
    g.nodes = PickNodes(data, &g.candidates);
    g.edges = EdgesAmong(data, g.nodes);
    g.unit = RingLayout(data, g.nodes, GraphLayoutOptions{}.seed);   // LayoutGraph, edges reused
    RelaxLayout(g.unit, g.edges, GraphLayoutOptions{}.iterations);
    g.adjacency.resize(g.nodes.size());
    for (const GraphEdge& e : g.edges) {
        g.adjacency[e.a].push_back(e.b);
        g.adjacency[e.b].push_back(e.a);
    }
    g.reading_order = ReadingOrder(g.unit);
    return g;
}

// The node position of entity `i`, or -1 when it is not in the graph.
static int NodeOf(const GraphCache& g, Index i) {
    const auto it = std::lower_bound(g.nodes.begin(), g.nodes.end(), i);
    return it != g.nodes.end() && *it == i ? static_cast<int>(it - g.nodes.begin()) : -1;
}

//-----------------------------------------------------------------------------
// [SECTION] Input and placement
//-----------------------------------------------------------------------------

struct Canvas {
    ImVec2 min, max;
    ImVec2 Center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

// Wheel zooms about the pointer (the point under it stays put); a drag pans.
static void HandleInput(NetworkView& v, const Canvas& c, bool hovering) {
    const ImGuiIO& io = ImGui::GetIO();
    if (hovering && io.MouseWheel != 0.0f) {
        const float zoom = std::clamp(v.zoom * std::pow(1.2f, io.MouseWheel), 0.5f, 10.0f);
        const ImVec2 center = c.Center();
        const float k = zoom / v.zoom;
        v.pan = ImVec2(io.MousePos.x - center.x - (io.MousePos.x - center.x - v.pan.x) * k,
                       io.MousePos.y - center.y - (io.MousePos.y - center.y - v.pan.y) * k);
        v.zoom = zoom;
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        v.pan = ImVec2(v.pan.x + io.MouseDelta.x, v.pan.y + io.MouseDelta.y);
}

static std::vector<Vec2> ScreenPositions(const GraphCache& g, const NetworkView& v, const Canvas& c) {
    const Rect rect{c.min.x, c.min.y, c.max.x - c.min.x, c.max.y - c.min.y};
    std::vector<Vec2> out = FitToRect(g.unit, rect, Em(2.0f));
    const ImVec2 center = c.Center();
    for (Vec2& p : out) {
        p.x = center.x + (p.x - center.x) * v.zoom + v.pan.x;
        p.y = center.y + (p.y - center.y) * v.zoom + v.pan.y;
    }
    return out;
}

// The focused node and its neighbours; everything else is drawn faded. Empty = no focus.
static std::vector<char> Lit(const GraphCache& g, int focus) {
    std::vector<char> lit;
    if (focus < 0) return lit;
    lit.assign(g.nodes.size(), 0);
    lit[focus] = 1;
    for (std::uint32_t n : g.adjacency[focus]) lit[n] = 1;
    return lit;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

static ImVec2 ToIm(Vec2 p) { return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y)); }

static void DrawEdges(const AppState& app, const GraphCache& g, const std::vector<Vec2>& at,
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

static void DrawNodes(const AppState& app, const GraphCache& g, const std::vector<Vec2>& at, const std::vector<char>& lit) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t n = 0; n < g.nodes.size(); ++n) {
        const Kind kind = app.data->At(g.nodes[n]).kind;
        const float r = Em(kind == Kind::Institution ? 0.5f : 0.35f);
        const bool faded = !lit.empty() && !lit[n];
        const ImU32 color = KindColor(app, kind);
        draw->AddCircleFilled(ToIm(at[n]), r, faded ? WithAlpha(color, 0.25f) : color);
        if (g.nodes[n] == app.current.item) draw->AddCircle(ToIm(at[n]), r + Em(0.25f), Colors(app).accent, 0, 2.0f);
    }
}

// A label's box beside its node.
static ImVec4 LabelBox(const std::string& text, Vec2 p) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const float x = static_cast<float>(p.x) + Em(0.7f);
    const float y = static_cast<float>(p.y) - size.y * 0.5f;
    return ImVec4(x - Em(0.15f), y, x + size.x + Em(0.15f), y + size.y);
}

static bool Overlaps(const ImVec4& a, const ImVec4& b) {
    return a.x < b.z && b.x < a.z && a.y < b.w && b.y < a.w;
}

// Labels go first to the focus, then to reforms (few, and what the story is about), then to
// institutions, events, people and figures.
static int LabelRank(const AppState& app, const GraphCache& g, std::size_t n, int focus) {
    if (static_cast<int>(n) == focus) return -1;
    const Kind kind = app.data->At(g.nodes[n]).kind;
    return kind == Kind::Reform ? 0 : 1 + static_cast<int>(kind);
}

static std::vector<std::size_t> LabelOrder(const AppState& app, const GraphCache& g, int focus) {
    std::vector<std::size_t> order(g.nodes.size());
    for (std::size_t n = 0; n < order.size(); ++n) order[n] = n;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return LabelRank(app, g, a, focus) < LabelRank(app, g, b, focus);
    });
    return order;
}

// Every label that does not cover one already placed (with a focus, only its neighbourhood's),
// on a white halo so it stays legible over edges. Quadratic, but the graph has at most 250 nodes.
static void DrawLabels(const AppState& app, const GraphCache& g, const std::vector<Vec2>& at,
                       const std::vector<char>& lit, int focus) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    std::vector<ImVec4> placed;
    for (std::size_t n : LabelOrder(app, g, focus)) {
        if (!lit.empty() && !lit[n]) continue;
        const std::string text = Ellipsize(NameOf(app, g.nodes[n]), Em(12.0f));
        const ImVec4 box = LabelBox(text, at[n]);
        if (std::any_of(placed.begin(), placed.end(), [&](const ImVec4& p) { return Overlaps(p, box); })) continue;
        placed.push_back(box);
        draw->AddRectFilled(ImVec2(box.x, box.y), ImVec2(box.z, box.w), WithAlpha(Colors(app).background, 0.85f), Em(0.2f));
        draw->AddText(ImVec2(box.x + Em(0.15f), box.y), Colors(app).text, text.c_str());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

// Tab and Shift+Tab walk the nodes in reading order and then hand Tab back to the page's order;
// + and - zoom about the middle. Returns the focused node's position in g.nodes, or -1.
static int HandleKeys(AppState& app, NetworkView& v, const GraphCache& g) {
    const int n = static_cast<int>(g.nodes.size());
    if (v.focus >= n) v.focus = -1;
    if (const int dir = TakeTab(app); dir != 0)
        v.focus = v.focus < 0 ? (dir > 0 ? 0 : n - 1) : std::clamp(v.focus + dir, 0, n - 1);
    ClaimTab(app, v.focus < n - 1, v.focus > 0);
    const float zoom = TypedOutsideText('+') || TypedOutsideText('=') ? 1.25f : TypedOutsideText('-') ? 0.8f : 1.0f;
    v.zoom = std::clamp(v.zoom * zoom, 0.5f, 10.0f);
    return v.focus < 0 ? -1 : static_cast<int>(g.reading_order[v.focus]);
}

static std::string FocusText(const AppState& app, const GraphCache& g, int node) {
    if (node < 0) return ViewLabel(app, View::Network);
    return NameOf(app, g.nodes[node]) + ", " + KindText(app, app.data->At(g.nodes[node]).kind);
}

static void DrawFocusedNode(const AppState& app, Vec2 at) {
    ImGui::GetWindowDrawList()->AddCircle(ToIm(at), Em(0.95f), Colors(app).focus, 0, std::max(2.0f, Em(0.15f)));
}

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

static void Legend(const AppState& app, const GraphCache& g) {
    static constexpr Kind kKinds[] = {Kind::Institution, Kind::Reform, Kind::Event, Kind::Person, Kind::Metric};
    for (std::size_t k = 0; k < std::size(kKinds); ++k) {
        const char* name = KindText(app, kKinds[k]);
        if (k > 0) FlowNext(ImGui::CalcTextSize(name).x + Em(1.2f));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(Em(0.8f), ImGui::GetTextLineHeight()));
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + Em(0.4f), at.y + Em(0.5f)), Em(0.3f),
                                                    KindColor(app, kKinds[k]));
        ImGui::SameLine(0.0f, Em(0.2f));
        ImGui::TextUnformatted(name);
    }
    if (g.candidates > g.nodes.size())
        MutedText(UiFill(app, UiString::ShowingOf, {Number(app, static_cast<double>(g.nodes.size())),
                                                    Number(app, static_cast<double>(g.candidates))}));
}

// Fit and how to use the mouse and keys, then the legend; a saved picture keeps only the legend.
static void Toolbar(AppState& app, NetworkView& v, const GraphCache& g) {
    if (!app.picture.active) {
        if (Button(app, Ui(app, UiString::Fit))) {
            v.zoom = 1.0f;
            v.pan = ImVec2(0.0f, 0.0f);
        }
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        MutedText(Ui(app, UiString::NetworkHint));
    }
    Legend(app, g);
}

static Canvas MakeCanvas() {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    return Canvas{min, ImVec2(min.x + std::max(avail.x, Em(10.0f)), min.y + std::max(avail.y, Em(12.0f)))};
}

void NetworkView::Draw(AppState& app) {
    if (!app.graph) app.graph = BuildGraph(*app.data);
    const GraphCache& g = *app.graph;
    if (g.nodes.empty()) {
        MutedText(Ui(app, UiString::EmptyView));
        return;
    }
    Toolbar(app, *this, g);
    const Canvas c = MakeCanvas();
    const bool released = ImGui::InvisibleButton("##network", ImVec2(c.max.x - c.min.x, c.max.y - c.min.y));
    const bool keyboard = ItemKeyboardFocused();
    const int key_node = keyboard ? HandleKeys(app, *this, g) : -1;
    NoteFocus(app, FocusText(app, g, key_node));
    const bool hovering = ImGui::IsItemHovered();
    const float slop = ImGui::GetIO().MouseDragThreshold;
    const bool clicked = released && !keyboard && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < slop * slop;
    HandleInput(*this, c, hovering);
    const std::vector<Vec2> at = ScreenPositions(g, *this, c);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float reach = std::max(Em(0.8f), TargetSize(app) * 0.5f);   // a finger's width on touch screens
    const int hovered = hovering ? NearestNode(at, Vec2{mouse.x, mouse.y}, reach) : -1;
    const int lit_node = hovered >= 0 ? hovered : key_node >= 0 ? key_node : NodeOf(g, app.current.item);
    const std::vector<char> lit = Lit(g, lit_node);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(c.min, c.max, true);
    DrawEdges(app, g, at, lit, lit_node);
    DrawLabels(app, g, at, lit, lit_node);
    DrawNodes(app, g, at, lit);           // over the labels' halos, so no node is hidden
    if (key_node >= 0) DrawFocusedNode(app, at[key_node]);
    draw->PopClipRect();
    if (keyboard && released && key_node >= 0) Select(app, g.nodes[key_node]);   // Enter or Space
    if (hovered < 0) return;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked) Select(app, g.nodes[hovered]);
}

} // namespace polity::ui
