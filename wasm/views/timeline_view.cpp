// Polity Explorer widget — the timeline (see timeline_view.hpp).
//
// Index of this file
// [SECTION] Scale
// [SECTION] Axis
// [SECTION] Marks (few items visible)
// [SECTION] Density (many items visible)
// [SECTION] Keyboard
// [SECTION] View
#include "views/timeline_view.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/top_bar.hpp"
#include "views/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace polity::ui {

static constexpr std::size_t kMaxMarks = 2000;   // beyond this, marks merge: show density instead
static constexpr std::size_t kMaxLabels = 400;   // measuring more labels costs more than they show
static constexpr double kDefaultWidth = 800.0;   // a guess until the first frame gives the width

// The canvas in screen pixels, and where the lanes and the axis go inside it.
struct Canvas {
    ImVec2 min, max;
    float axis_y = 0.0f;        // the time axis; tick labels below it
    float lane_h = 0.0f;        // one lane of labels
    int lanes = 1;              // lanes that fit above the axis
    float Width() const { return max.x - min.x; }
};

//-----------------------------------------------------------------------------
// [SECTION] Scale
//-----------------------------------------------------------------------------

static void UpdateRange(TimelineView& v, double width) {
    v.from = v.scale.ToYears(0.0);
    v.to = v.scale.ToYears(width);
}

void TimelineView::FitAll(const AppState& app) {
    bounds = BoundsOf(app.track);
    const double w = width > 0.0f ? width : kDefaultWidth;
    scale = FitTimeScale(bounds, w);
    UpdateRange(*this, w);
}

// On a resize the same years stay in view; the first real width fits the whole range.
static void FollowWidth(TimelineView& v, float width) {
    if (width == v.width) return;
    if (v.width <= 0.0f) {
        v.scale = FitTimeScale(v.bounds, width);
    } else {
        v.scale.px_per_year *= static_cast<double>(width) / v.width;
        v.scale = ClampTimeScale(v.scale, v.bounds, width);
    }
    v.width = width;
}

static void ZoomAbout(TimelineView& v, double factor, double anchor_px) {
    v.scale = ZoomTimeScale(v.scale, factor, anchor_px, v.bounds, v.width);
}

// Wheel zooms about the pointer, a drag pans; returns true for a click (press and release
// without dragging).
static bool HandleInput(TimelineView& v, const Canvas& c, bool released) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f)
        ZoomAbout(v, std::pow(1.25, static_cast<double>(io.MouseWheel)), io.MousePos.x - c.min.x);
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        v.scale = PanTimeScale(v.scale, io.MouseDelta.x, v.bounds, v.width);
    const float slop = io.MouseDragThreshold;
    return released && io.MouseDragMaxDistanceSqr[0] < slop * slop;
}

//-----------------------------------------------------------------------------
// [SECTION] Axis
//-----------------------------------------------------------------------------

static void DrawAxis(const AppState& app, const TimelineView& v, const Canvas& c) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    draw->AddLine(ImVec2(c.min.x, c.axis_y), ImVec2(c.max.x, c.axis_y), p.muted);
    for (const TimeTick& t : TimelineTicks(v.scale, c.Width(), Em(5.0f))) {
        const float x = c.min.x + static_cast<float>(t.x);
        if (t.major) draw->AddLine(ImVec2(x, c.min.y), ImVec2(x, c.axis_y), p.panel);
        draw->AddLine(ImVec2(x, c.axis_y), ImVec2(x, c.axis_y + Em(t.major ? 0.45f : 0.25f)), p.muted);
        draw->AddText(ImVec2(x + Em(0.2f), c.axis_y + Em(0.3f)), t.major ? p.text : p.muted, t.label.c_str());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Marks (few items visible)
//-----------------------------------------------------------------------------

struct Marks {
    std::vector<double> xs;          // pixel x of each visible item's dot, from the canvas' left
    std::vector<double> starts;      // left edge of its dot-and-label box
    std::vector<double> widths;      // width of that box
    std::vector<std::string> labels; // empty when there are too many to label
    std::vector<int> lanes;          // AssignLanes; -1 = only a tick on the axis
};

// Lanes for boxes given in any order: AssignLanes wants them sorted by their left edge.
static std::vector<int> LanesOf(const Marks& m, double gap, int max_lanes) {
    std::vector<std::size_t> order(m.starts.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return m.starts[a] < m.starts[b]; });
    std::vector<double> starts, widths;
    for (std::size_t k : order) {
        starts.push_back(m.starts[k]);
        widths.push_back(m.widths[k]);
    }
    const std::vector<int> sorted = AssignLanes(starts, widths, gap, max_lanes);
    std::vector<int> lanes(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) lanes[order[k]] = sorted[k];
    return lanes;
}

// A label runs right of its dot, or left of it where it would leave the canvas.
static Marks PlaceMarks(const AppState& app, const TimelineView& v, const Canvas& c, IndexRange range) {
    Marks m;
    const bool labelled = range.size() <= kMaxLabels;
    const double dot = Em(0.8f);
    for (std::size_t k = range.begin; k < range.end; ++k) {
        const double x = v.scale.ToPx(app.track.years[k]);
        std::string label = labelled ? Ellipsize(NameOf(app, app.track.items[k]), Em(14.0f)) : std::string();
        const double w = dot + (label.empty() ? 0.0 : ImGui::CalcTextSize(label.c_str()).x);
        const bool flip = x + w > c.Width() && x - w >= 0.0;
        m.xs.push_back(x);
        m.starts.push_back(flip ? x + dot * 0.5 - w : x - dot * 0.5);
        m.widths.push_back(w);
        m.labels.push_back(std::move(label));
    }
    m.lanes = LanesOf(m, Em(0.6f), c.lanes);
    return m;
}

// The bar of an event with an end date, from its date to its end.
static void DrawSpan(const AppState& app, const TimelineView& v, const Canvas& c, Index i, float x, float y) {
    const Entity& e = app.data->At(i);
    if (!e.end.IsSet() || !(e.date < e.end)) return;
    const float end = c.min.x + static_cast<float>(v.scale.ToPx(e.end.YearFraction()));
    const float h = Em(0.18f);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, y - h), ImVec2(std::max(end, x + h), y + h),
                                              WithAlpha(EntityColor(app, i), 0.35f), h);
}

// One mark: a stem to the axis, the dot, the label. Returns true when the pointer is on it.
static bool DrawMark(AppState& app, const TimelineView& v, const Canvas& c, Index i, const Marks& m, std::size_t k) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float x = c.min.x + static_cast<float>(m.xs[k]);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImU32 color = EntityColor(app, i);
    const float reach = TargetSize(app) * 0.5f;   // at least a finger's width on touch screens
    if (m.lanes[k] < 0) {              // no lane left: a tick on the axis keeps it findable
        draw->AddLine(ImVec2(x, c.axis_y - Em(0.5f)), ImVec2(x, c.axis_y), color, 2.0f);
        return std::fabs(mouse.x - x) < std::max(Em(0.25f), reach) &&
               std::fabs(mouse.y - c.axis_y) < std::max(Em(0.6f), reach);
    }
    const float y = c.axis_y - (static_cast<float>(m.lanes[k]) + 0.5f) * c.lane_h;
    const float r = Em(0.28f);
    draw->AddLine(ImVec2(x, y), ImVec2(x, c.axis_y), Colors(app).line);
    DrawSpan(app, v, c, i, x, y);
    draw->AddCircleFilled(ImVec2(x, y), r, color);
    if (app.current.item == i) draw->AddCircle(ImVec2(x, y), r * 2.0f, Colors(app).accent, 0, 2.0f);
    const float left = c.min.x + static_cast<float>(m.starts[k]);
    const float right = left + static_cast<float>(m.widths[k]);
    const bool flipped = left < x - Em(0.4f);
    const float text_w = ImGui::CalcTextSize(m.labels[k].c_str()).x;
    const float text_x = flipped ? x - r - Em(0.3f) - text_w : x + r + Em(0.3f);
    draw->AddText(ImVec2(text_x, y - ImGui::GetTextLineHeight() * 0.5f), Colors(app).text, m.labels[k].c_str());
    return mouse.x >= std::min(left, x - reach) && mouse.x <= std::max(right, x + reach) &&
           std::fabs(mouse.y - y) <= std::max(c.lane_h * 0.5f, reach);
}

static void Tooltip(const AppState& app, Index i) {
    const Entity& e = app.data->At(i);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(Ellipsize(NameOf(app, i), Em(24.0f)).c_str());
    ImGui::TextDisabled("%s  %s", KindText(app, e.kind), DateSpan(app, e.date, e.end).c_str());
    ImGui::EndTooltip();
}

static void DrawMarks(AppState& app, const TimelineView& v, const Canvas& c, IndexRange range, bool hovering,
                      bool clicked) {
    const Marks m = PlaceMarks(app, v, c, range);
    Index hovered = kNone;
    for (std::size_t k = 0; k < m.xs.size(); ++k) {
        const Index i = app.track.items[range.begin + k];
        if (DrawMark(app, v, c, i, m, k) && hovering) hovered = i;
    }
    if (hovered == kNone) return;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    Tooltip(app, hovered);
    if (clicked) Select(app, hovered);
}

//-----------------------------------------------------------------------------
// [SECTION] Density (many items visible)
//-----------------------------------------------------------------------------

// Items up to and including time `years`: a binary search, so a sliver costs O(log n).
static std::size_t CountUpTo(const std::vector<double>& years, double t) {
    return VisibleRange(years, -std::numeric_limits<double>::infinity(), t).end;
}

static void DrawDensity(const AppState& app, TimelineView& v, const Canvas& c, bool hovering, bool clicked) {
    const float bw = Em(0.5f);
    const int n = static_cast<int>(std::ceil(c.Width() / bw));
    std::vector<std::size_t> counts(static_cast<std::size_t>(n));
    std::size_t before = CountUpTo(app.track.years, v.scale.ToYears(0.0)), most = 1;
    for (int b = 0; b < n; ++b) {
        const std::size_t upto = CountUpTo(app.track.years, v.scale.ToYears((b + 1) * static_cast<double>(bw)));
        counts[b] = upto - before;
        most = std::max(most, counts[b]);
        before = upto;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float full = c.axis_y - c.min.y - Em(0.5f);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int b = 0; b < n; ++b) {
        const float x = c.min.x + static_cast<float>(b) * bw;
        const float h = full * static_cast<float>(counts[b]) / static_cast<float>(most);
        const bool over = hovering && mouse.x >= x && mouse.x < x + bw;
        draw->AddRectFilled(ImVec2(x + 1.0f, c.axis_y - h), ImVec2(x + bw - 1.0f, c.axis_y),
                            over ? Colors(app).accent : WithAlpha(Colors(app).accent, 0.45f));
        if (over) ImGui::SetTooltip("%s", UiFill(app, UiString::ItemsHere, {Number(app, double(counts[b]))}).c_str());
    }
    if (clicked) ZoomAbout(v, 4.0, ImGui::GetIO().MousePos.x - c.min.x);
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

// The item nearest the middle of the view: where the keyboard starts.
static std::size_t MiddleItem(const AppState& app, const TimelineView& v) {
    const std::vector<double>& years = app.track.years;
    const double middle = v.scale.ToYears(v.width * 0.5);
    std::size_t k = static_cast<std::size_t>(std::lower_bound(years.begin(), years.end(), middle) - years.begin());
    if (k == years.size()) --k;
    if (k > 0 && middle - years[k - 1] < years[k] - middle) --k;
    return k;
}

// Pans just far enough that the focused item stays a little inside the view.
static void Follow(const AppState& app, TimelineView& v) {
    const double x = v.scale.ToPx(app.track.years[v.focus]);
    const double margin = std::min(static_cast<double>(Em(4.0f)), v.width * 0.25);
    if (x < margin) v.scale = PanTimeScale(v.scale, margin - x, v.bounds, v.width);
    else if (x > v.width - margin) v.scale = PanTimeScale(v.scale, v.width - margin - x, v.bounds, v.width);
}

// Left/Right step through time, + and - zoom about the focused item.
static void HandleKeys(const AppState& app, TimelineView& v) {
    const std::size_t n = app.track.items.size();
    if (v.focus >= n) v.focus = MiddleItem(app, v);
    const auto pressed = [](ImGuiKey_ key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
    if (pressed(ImGuiKey_LeftArrow) && v.focus > 0) --v.focus;
    if (pressed(ImGuiKey_RightArrow) && v.focus + 1 < n) ++v.focus;
    const double anchor = v.scale.ToPx(app.track.years[v.focus]);
    if (TypedOutsideText('+') || TypedOutsideText('=')) ZoomAbout(v, 1.5, anchor);
    if (TypedOutsideText('-')) ZoomAbout(v, 1.0 / 1.5, anchor);
    Follow(app, v);
}

// "Constitutional Court, institution, 1995": what the live region says for the focused item.
static std::string FocusText(const AppState& app, Index i) {
    const Entity& e = app.data->At(i);
    const std::string when = DateSpan(app, e.date, e.end);
    return NameOf(app, i) + ", " + KindText(app, e.kind) + (when.empty() ? "" : ", " + when);
}

// The focused item: a line down to the axis, and its name and date in a box at the top, so it
// is found whether or not its mark has a label at this zoom.
static void DrawKeyboardFocus(const AppState& app, const TimelineView& v, const Canvas& c) {
    const Index i = app.track.items[v.focus];
    const Palette& p = Colors(app);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float x = c.min.x + static_cast<float>(v.scale.ToPx(app.track.years[v.focus]));
    draw->AddLine(ImVec2(x, c.min.y + Em(2.4f)), ImVec2(x, c.axis_y), p.focus, std::max(2.0f, Em(0.15f)));
    const Entity& e = app.data->At(i);
    const std::string name = Ellipsize(NameOf(app, i), Em(24.0f));
    const std::string line2 = std::string(KindText(app, e.kind)) + "  " + DateSpan(app, e.date, e.end);
    const float w = std::max(ImGui::CalcTextSize(name.c_str()).x, ImGui::CalcTextSize(line2.c_str()).x) + Em(1.0f);
    const float left = std::clamp(x - w * 0.5f, c.min.x, std::max(c.min.x, c.max.x - w));
    const ImVec2 top(left, c.min.y + Em(0.2f));
    const ImVec2 bottom(left + w, top.y + 2.0f * ImGui::GetTextLineHeight() + Em(0.4f));
    draw->AddRectFilled(top, bottom, p.background, Em(0.3f));
    draw->AddRect(top, bottom, p.focus, Em(0.3f), 0, std::max(2.0f, Em(0.12f)));
    draw->AddText(ImVec2(top.x + Em(0.5f), top.y + Em(0.2f)), p.text, name.c_str());
    draw->AddText(ImVec2(top.x + Em(0.5f), top.y + Em(0.2f) + ImGui::GetTextLineHeight()), p.muted, line2.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

// The zoom buttons and how to use the mouse and keys, then the themes as the legend. A saved
// picture keeps only the legend; a phone drops the hint, which is about a mouse and keys, so
// the axis keeps its room.
static void Toolbar(AppState& app, TimelineView& v) {
    if (!app.picture.active) {
        if (Button(app, Ui(app, UiString::Fit))) v.scale = FitTimeScale(v.bounds, v.width);
        ImGui::SameLine();
        if (Button(app, " - ")) ZoomAbout(v, 1.0 / 1.5, v.width * 0.5);
        ImGui::SameLine();
        if (Button(app, " + ")) ZoomAbout(v, 1.5, v.width * 0.5);
        if (!IsNarrow()) {
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            MutedText(Ui(app, UiString::TimelineHint));
        }
    }
    std::vector<std::uint16_t> themes(app.data->themes.size());
    for (std::size_t t = 0; t < themes.size(); ++t) themes[t] = static_cast<std::uint16_t>(t);
    ThemeChips(app, themes);
}

static Canvas MakeCanvas() {
    Canvas c;
    c.min = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    c.max = ImVec2(c.min.x + std::max(avail.x, Em(10.0f)), c.min.y + std::max(avail.y, Em(12.0f)));
    c.axis_y = c.max.y - Em(1.8f);
    c.lane_h = ImGui::GetTextLineHeight() + Em(0.35f);
    c.lanes = std::max(1, static_cast<int>((c.axis_y - c.min.y - Em(0.5f)) / c.lane_h));
    return c;
}

void TimelineView::Draw(AppState& app) {
    if (app.track.items.empty()) {
        MutedText(Ui(app, UiString::EmptyView));
        return;
    }
    Toolbar(app, *this);
    const Canvas c = MakeCanvas();
    const bool released = ImGui::InvisibleButton("##timeline", ImVec2(c.Width(), c.max.y - c.min.y));
    FollowWidth(*this, c.Width());
    const bool keyboard = ItemKeyboardFocused();
    if (keyboard) HandleKeys(app, *this);
    NoteFocus(app, keyboard ? FocusText(app, app.track.items[focus]) : std::string(ViewLabel(app, View::Timeline)));
    const bool hovering = ImGui::IsItemHovered();   // asked now: tooltips below change the last item
    const bool clicked = HandleInput(*this, c, released) && !keyboard;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(c.min, c.max, true);
    draw->AddRectFilled(c.min, c.max, Colors(app).background);
    DrawAxis(app, *this, c);
    // Labels start at their item and run right: include items a label's width left of view.
    const IndexRange range = VisibleRange(app.track.years, scale.ToYears(-Em(14.0f)), scale.ToYears(width));
    if (range.size() > kMaxMarks) DrawDensity(app, *this, c, hovering, clicked);
    else DrawMarks(app, *this, c, range, hovering, clicked);
    if (keyboard) DrawKeyboardFocus(app, *this, c);
    draw->PopClipRect();
    UpdateRange(*this, width);
    if (keyboard && released) Select(app, app.track.items[focus]);   // Enter or Space
}

} // namespace polity::ui
