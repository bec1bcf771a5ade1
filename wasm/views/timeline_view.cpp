// Polity Explorer widget — the timeline (see timeline_view.hpp).
//
// Index of this file
// [SECTION] Canvas and axis state
// [SECTION] Input
// [SECTION] Axis, folds and ticks
// [SECTION] Marks (few visible)
// [SECTION] Density (many visible)
// [SECTION] Keyboard
// [SECTION] View
#include "views/timeline_view.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/top_bar.hpp"
#include "views/widgets.hpp"

#include "polity/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace polity::ui {

static constexpr std::size_t kMaxMarks = 2000;   // beyond this, marks merge: show density instead
static constexpr std::size_t kMaxLabels = 400;   // placing more labels costs more than they show
static constexpr double kDefaultWidth = 800.0;   // a guess until the first frame gives the width
static constexpr double kWheelZoom = 1.25;       // one wheel notch (platform.hpp)

//-----------------------------------------------------------------------------
// [SECTION] Canvas and axis state
// The canvas: the story band above the axis, tick labels under it, and the figures band below
// them when the dataset has dated figures. Coordinates inside are from the canvas's top left.
//-----------------------------------------------------------------------------

struct Canvas {
    ImVec2 min, max;
    float axis_y = 0.0f;            // the axis, from the canvas's top
    TimelineBand story;             // marks above the axis
    TimelineBand figures;           // dated figures below the tick labels (empty when none)
    Rect figures_title;             // the figures band's name, top left of it
    float Width() const { return max.x - min.x; }
    float Height() const { return max.y - min.y; }
    ImVec2 At(double x, double y) const { return ImVec2(min.x + static_cast<float>(x), min.y + static_cast<float>(y)); }
};

// The figures band's share of the canvas: as its share of the marks, a little more (a figure's
// name is long), within limits; 0 without dated figures.
static float FiguresShare(const AppState& app) {
    const auto figures = std::count_if(app.track.entries.begin(), app.track.entries.end(),
                                       [](const TimelineEntry& e) { return e.row == TimelineRow::Figures; });
    if (figures == 0) return 0.0f;
    const float share = 1.2f * static_cast<float>(figures) / static_cast<float>(app.track.entries.size());
    return std::clamp(share, 0.22f, 0.42f);
}

static Canvas MakeCanvas(const AppState& app) {
    Canvas c;
    c.min = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    c.max = ImVec2(c.min.x + std::max(avail.x, Em(10.0f)), c.min.y + std::max(avail.y, Em(12.0f)));
    const float ticks = Em(0.3f) + ImGui::GetTextLineHeight() + Em(0.5f);   // tick labels under the axis
    const float share = FiguresShare(app);
    const float figures = share > 0.0f ? std::max(c.Height() * share, Em(4.5f)) : 0.0f;
    c.axis_y = c.Height() - figures - (figures > 0.0f ? ticks : Em(1.8f));
    c.story = {Em(0.4f), c.axis_y - Em(0.6f), true};
    if (figures > 0.0f) {
        c.figures = {c.axis_y + ticks, c.Height() - Em(0.3f), false};
        const char* title = Ui(app, UiString::Figures);
        c.figures_title = {Em(0.3f), c.figures.top, ImGui::CalcTextSize(title).x, ImGui::GetTextLineHeight()};
    }
    return c;
}

static void UpdateRange(TimelineView& v, double width) {
    v.from = v.axis.ToYears(0.0);
    v.to = v.axis.ToYears(width);
}

// "1996–2021": the years a fold hides.
static std::string FoldName(const TimeFold& f) {
    return std::to_string(static_cast<int>(f.from)) + "\xE2\x80\x93" + std::to_string(static_cast<int>(f.to) - 1);
}

// A closed fold is as wide as the widest fold's name, with room around it.
static double FoldPx(const std::vector<TimeFold>& folds) {
    double widest = 0.0;
    for (const TimeFold& f : folds) widest = std::max(widest, static_cast<double>(ImGui::CalcTextSize(FoldName(f).c_str()).x));
    return widest + Em(1.5f);
}

void TimelineView::FitAll(const AppState& app) {
    bounds = YearBounds(BoundsOf(app.track));
    const double w = width > 0.0f ? width : kDefaultWidth;
    const std::vector<TimeFold> folds = FindFolds(app.track.years);
    const bool measured = ImGui::GetCurrentContext() && ImGui::GetFont();   // not before the first frame
    axis = FitTimeAxis(bounds, folds, measured ? FoldPx(folds) : 0.0, w);
    UpdateRange(*this, w);
}

// On a resize the same zoom and middle stay; the first real width fits the whole range.
static void FollowWidth(const AppState& app, TimelineView& v, float width) {
    if (width == v.width) return;
    if (v.width <= 0.0f) {
        v.width = width;
        v.FitAll(app);
        return;
    }
    v.axis = ResizeTimeAxis(v.axis, v.bounds, v.width, width);
    v.width = width;
}

//-----------------------------------------------------------------------------
// [SECTION] Input
//-----------------------------------------------------------------------------

static void ZoomAt(TimelineView& v, double factor, double anchor_px) {
    v.axis = ZoomTimeAxis(v.axis, factor, anchor_px, v.bounds, v.width);
}

static void Pan(TimelineView& v, double dx_px) { v.axis = PanTimeAxis(v.axis, dx_px, v.bounds, v.width); }

// The wheel and zoom gestures zoom about the pointer (platform.hpp: a pinch arrives as a wheel
// with its midpoint as the pointer); a sideways wheel and a drag pan. Returns true for a click
// (press and release without dragging).
static bool HandleInput(TimelineView& v, const Canvas& c, bool hovering, bool released) {
    const ImGuiIO& io = ImGui::GetIO();
    if (hovering && io.MouseWheel != 0.0f)
        ZoomAt(v, std::pow(kWheelZoom, static_cast<double>(io.MouseWheel)), io.MousePos.x - c.min.x);
    if (hovering && io.MouseWheelH != 0.0f) Pan(v, static_cast<double>(io.MouseWheelH) * Em(3.0f));
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) Pan(v, io.MouseDelta.x);
    const float slop = io.MouseDragThreshold;
    return released && io.MouseDragMaxDistanceSqr[0] < slop * slop;
}

//-----------------------------------------------------------------------------
// [SECTION] Axis, folds and ticks
//-----------------------------------------------------------------------------

// Ticks a label and a gap apart, and months and days no denser than a reader needs: years stay
// years until a year is wide enough for a few months.
static TickSpacing Spacing(const AppState& app) {
    const float gap = Em(1.0f);
    const float month = ImGui::CalcTextSize(FormatTick(2018, 9, 0, false, UiLang(app)).c_str()).x;
    const float day = ImGui::CalcTextSize(FormatTick(2018, 9, 28, true, UiLang(app)).c_str()).x;
    return {ImGui::CalcTextSize("2018").x + gap, std::max(month + gap, Em(9.0f)),
            std::max(day + gap, Em(7.0f))};
}

// "2018", "Jul 2018", "5 Jul"; the first day tick and each 1st of a month carry the year.
static std::string TickText(const AppState& app, const TimeTick& t, bool first) {
    return FormatTick(t.year, t.month, t.day, first || t.major, UiLang(app));
}

// Where a closed fold's name goes: in its column, just above the axis (the marks keep off it).
static Rect FoldNameBox(const TimelineView& v, const Canvas& c, const TimeFold& f) {
    const double w = ImGui::CalcTextSize(FoldName(f).c_str()).x, h = ImGui::GetTextLineHeight();
    const double middle = (v.axis.ToPx(f.from) + v.axis.ToPx(f.to)) / 2;
    return {middle - w / 2, c.story.bottom - h, w, h};
}

// A closed fold: the axis breaks (two slanted strokes), a light column marks the hidden years,
// and their name sits in it.
static void DrawFold(const AppState& app, const TimelineView& v, const Canvas& c, const TimeFold& f) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const float x0 = c.min.x + static_cast<float>(v.axis.ToPx(f.from));
    const float x1 = c.min.x + static_cast<float>(v.axis.ToPx(f.to));
    const float y = c.min.y + c.axis_y, h = Em(0.45f), slant = Em(0.25f);
    draw->AddRectFilled(ImVec2(x0, c.min.y), ImVec2(x1, y), WithAlpha(p.panel, 0.6f));
    draw->AddRectFilled(ImVec2(x0, y - 2.0f), ImVec2(x1, y + 2.0f), p.background);
    for (float x : {x0, x1}) draw->AddLine(ImVec2(x - slant, y + h), ImVec2(x + slant, y - h), p.muted, 1.5f);
    const Rect name = FoldNameBox(v, c, f);
    draw->AddText(c.At(name.x, name.y), p.muted, FoldName(f).c_str());
}

static void DrawAxis(const AppState& app, const TimelineView& v, const Canvas& c) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const float y = c.min.y + c.axis_y;
    draw->AddLine(ImVec2(c.min.x, y), ImVec2(c.max.x, y), p.muted);
    for (const TimeFold& f : v.axis.folds)
        if (v.axis.IsClosed(f)) DrawFold(app, v, c, f);
    float last_right = -std::numeric_limits<float>::infinity();
    const std::vector<TimeTick> ticks = AxisTicks(v.axis, c.Width(), Spacing(app));
    for (std::size_t k = 0; k < ticks.size(); ++k) {
        const TimeTick& t = ticks[k];
        const float x = c.min.x + static_cast<float>(t.x);
        if (t.major) draw->AddLine(ImVec2(x, c.min.y), ImVec2(x, y), p.panel);
        draw->AddLine(ImVec2(x, y), ImVec2(x, y + Em(t.major ? 0.45f : 0.25f)), p.muted);
        const std::string label = TickText(app, t, k == 0);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        const float left = std::clamp(x - w * 0.5f, c.min.x, c.max.x - w);   // whole, inside the canvas
        if (left < last_right + Em(0.5f)) continue;
        draw->AddText(ImVec2(left, y + Em(0.3f)), t.major ? p.text : p.muted, label.c_str());
        last_right = left + w;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Marks (few visible)
//-----------------------------------------------------------------------------

static float LineHeight(const AppState& app) { return PlacedLabelSize(app) * 1.15f; }

static TimelineLabelStyle LabelStyle(const AppState& app, const Canvas& c) {
    TimelineLabelStyle s;
    s.width = c.Width();
    s.line_height = LineHeight(app);
    s.dot_radius = Em(0.3f);
    s.gap = Em(0.4f);
    s.max_label_width = std::min(Em(16.0f), c.Width() * 0.45f);
    return s;
}

// What a placement depends on; when it changes, the labels are placed again.
static std::string MarksKey(const AppState& app, const TimelineView& v, const Canvas& c, IndexRange range) {
    char key[200];
    FormatString(key, sizeof key, "%.9g %.9g %.1f %.1f %.2f %s %zu %zu", v.axis.scale.origin, v.axis.scale.px_per_year,
                 c.Width(), c.Height(), ImGui::GetFontSize(), app.options.language.c_str(), range.begin, range.end);
    return key;
}

static void PlaceMarks(const AppState& app, TimelineView& v, const Canvas& c, IndexRange range) {
    const std::string key = MarksKey(app, v, c, range);
    v.marks.origin = c.min;
    v.marks.size = ImVec2(c.Width(), c.Height());
    if (key == v.marks.key) return;
    const bool labelled = range.size() <= kMaxLabels;
    std::vector<TimelineLabelRequest> requests;
    for (std::size_t k = range.begin; k < range.end; ++k) {
        const bool figure = app.track.entries[k].row == TimelineRow::Figures && c.figures.bottom > c.figures.top;
        requests.push_back({v.axis.ToPx(app.track.years[k]), figure ? 1u : 0u,
                            labelled ? std::string_view(NameOf(app, app.track.items[k])) : std::string_view()});
    }
    std::vector<Rect> obstacles;
    if (c.figures.bottom > c.figures.top) obstacles.push_back(c.figures_title);
    for (const TimeFold& f : v.axis.folds)
        if (v.axis.IsClosed(f)) obstacles.push_back(FoldNameBox(v, c, f));
    v.marks.range = range;
    v.marks.places = PlaceTimelineLabels(requests, {c.story, c.figures}, LabelStyle(app, c), MeasureWith(PlacedLabelSize(app)),
                                         obstacles);
    v.marks.key = key;
}

// The bar of a span along the axis: an event's just above it, a figure's period just below.
static void DrawSpan(const AppState& app, const TimelineView& v, const Canvas& c, std::size_t k) {
    const TimelineEntry& e = app.track.entries[k];
    if (!e.end.IsSet() || !(e.date < e.end)) return;
    const float x0 = c.min.x + static_cast<float>(v.axis.ToPx(e.date.YearFraction()));
    const float x1 = c.min.x + static_cast<float>(v.axis.ToPx(e.end.YearFraction()));
    const float h = Em(0.12f);
    const float y = c.min.y + c.axis_y + (e.row == TimelineRow::Figures ? h : -h);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x0, y - h), ImVec2(std::max(x1, x0 + h), y + h),
                                              WithAlpha(EntityColor(app, e.item), 0.35f), h);
}

// One mark: its stem to the axis, its dot (ringed when it stands for two entities), its label on a
// halo, or a leader line to a label placed away from it. Unlabelled: a tick on the axis.
static void DrawMark(const AppState& app, const TimelineView& v, const Canvas& c, std::size_t k,
                     const TimelineMarkPlace& place) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const TimelineEntry& e = app.track.entries[k];
    const ImU32 color = EntityColor(app, e.item);
    const ImVec2 dot = c.At(place.dot.x, place.dot.y);
    DrawSpan(app, v, c, k);
    if (!place.labelled) {
        draw->AddLine(ImVec2(dot.x, c.min.y + c.axis_y - Em(0.5f)), ImVec2(dot.x, c.min.y + c.axis_y + Em(0.5f)), color, 2.0f);
        return;
    }
    draw->AddLine(dot, ImVec2(dot.x, c.min.y + c.axis_y), p.line);
    const float r = Em(0.3f);
    draw->AddCircleFilled(dot, r, color);
    if (e.also != kNone) draw->AddCircle(dot, r * 1.7f, color, 0, std::max(1.5f, Em(0.1f)));
    if (app.current.item == e.item || (e.also != kNone && app.current.item == e.also))
        draw->AddCircle(dot, r * 2.3f, p.accent, 0, 2.0f);
    const Rect& box = place.label;
    if (place.leader) {
        const ImVec2 end = c.At(std::clamp(place.dot.x, box.x, box.x + box.w), std::clamp(place.dot.y, box.y, box.y + box.h));
        draw->AddLine(dot, end, p.muted);
    }
    DrawLabel(app, place.text, c.At(box.x, box.y), LineHeight(app), PlacedLabelSize(app), p.text);
}

// The mark under the pointer (its label, or its dot within `slop`), or npos.
static std::size_t MarkAt(const TimelineView& v, const Canvas& c, ImVec2 mouse, double slop) {
    const double x = mouse.x - c.min.x, y = mouse.y - c.min.y;
    for (std::size_t i = 0; i < v.marks.places.size(); ++i) {
        const TimelineMarkPlace& m = v.marks.places[i];
        const Rect& b = m.label;
        const bool on_label = m.labelled && x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
        const double dot_y = m.labelled ? m.dot.y : c.axis_y;
        if (on_label || (std::fabs(x - m.dot.x) <= slop && std::fabs(y - dot_y) <= slop)) return v.marks.range.begin + i;
    }
    return static_cast<std::size_t>(-1);
}

// The whole title (wrapped, never cut), its kind and date; a merged mark names both.
static void Tooltip(const AppState& app, std::size_t k) {
    const TimelineEntry& e = app.track.entries[k];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(24.0f));
    for (Index i : {e.item, e.also}) {
        if (i == kNone) continue;
        ImGui::TextUnformatted(NameOf(app, i).c_str());
        const Entity& entity = app.data->At(i);
        ImGui::TextDisabled("%s  %s", KindText(app, entity.kind), DateSpan(app, entity.date, entity.end).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

static void DrawMarks(AppState& app, TimelineView& v, const Canvas& c, IndexRange range, bool hovering, bool clicked) {
    PlaceMarks(app, v, c, range);
    for (std::size_t i = 0; i < v.marks.places.size(); ++i) DrawMark(app, v, c, range.begin + i, v.marks.places[i]);
    if (c.figures.bottom > c.figures.top)
        ImGui::GetWindowDrawList()->AddText(c.At(c.figures_title.x, c.figures_title.y), Colors(app).muted,
                                            Ui(app, UiString::Figures));
    const float slop = std::max(Em(0.5f), TargetSize(app) * 0.5f);   // at least a finger's width on touch screens
    const std::size_t hovered = hovering ? MarkAt(v, c, ImGui::GetIO().MousePos, slop) : static_cast<std::size_t>(-1);
    if (hovered >= app.track.items.size()) return;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    Tooltip(app, hovered);
    if (clicked) Select(app, app.track.items[hovered]);
}

//-----------------------------------------------------------------------------
// [SECTION] Density (many visible)
//-----------------------------------------------------------------------------

// Marks up to and including time `years`: a binary search, so a sliver costs O(log n).
static std::size_t CountUpTo(const std::vector<double>& years, double t) {
    return VisibleRange(years, -std::numeric_limits<double>::infinity(), t).end;
}

static void DrawDensity(const AppState& app, TimelineView& v, const Canvas& c, bool hovering, bool clicked) {
    const float bw = Em(0.5f);
    const int n = static_cast<int>(std::ceil(c.Width() / bw));
    std::vector<std::size_t> counts(static_cast<std::size_t>(n));
    std::size_t before = CountUpTo(app.track.years, v.axis.ToYears(0.0)), most = 1;
    for (int b = 0; b < n; ++b) {
        const std::size_t upto = CountUpTo(app.track.years, v.axis.ToYears((b + 1) * static_cast<double>(bw)));
        counts[b] = upto - before;
        most = std::max(most, counts[b]);
        before = upto;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float bottom = c.min.y + c.axis_y, full = c.axis_y - Em(0.5f);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int b = 0; b < n; ++b) {
        const float x = c.min.x + static_cast<float>(b) * bw;
        const float h = full * static_cast<float>(counts[b]) / static_cast<float>(most);
        const bool over = hovering && mouse.x >= x && mouse.x < x + bw;
        draw->AddRectFilled(ImVec2(x + 1.0f, bottom - h), ImVec2(x + bw - 1.0f, bottom),
                            over ? Colors(app).accent : WithAlpha(Colors(app).accent, 0.45f));
        if (over) ImGui::SetTooltip("%s", UiFill(app, UiString::ItemsHere, {Number(app, double(counts[b]))}).c_str());
    }
    if (clicked) ZoomAt(v, 4.0, ImGui::GetIO().MousePos.x - c.min.x);
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

// The mark nearest the middle of the view: where the keyboard starts.
static std::size_t MiddleMark(const AppState& app, const TimelineView& v) {
    const std::vector<double>& years = app.track.years;
    const double middle = v.axis.ToYears(v.width * 0.5);
    std::size_t k = static_cast<std::size_t>(std::lower_bound(years.begin(), years.end(), middle) - years.begin());
    if (k == years.size()) --k;
    if (k > 0 && middle - years[k - 1] < years[k] - middle) --k;
    return k;
}

// Pans just far enough that the focused mark stays a little inside the view.
static void Follow(const AppState& app, TimelineView& v) {
    const double x = v.axis.ToPx(app.track.years[v.focus]);
    const double margin = std::min(static_cast<double>(Em(4.0f)), v.width * 0.25);
    if (x < margin) Pan(v, margin - x);
    else if (x > v.width - margin) Pan(v, v.width - margin - x);
}

// Left/Right step through time, + and - zoom about the focused mark.
static void HandleKeys(const AppState& app, TimelineView& v) {
    const std::size_t n = app.track.items.size();
    if (v.focus >= n) v.focus = MiddleMark(app, v);
    const auto pressed = [](ImGuiKey_ key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
    if (pressed(ImGuiKey_LeftArrow) && v.focus > 0) --v.focus;
    if (pressed(ImGuiKey_RightArrow) && v.focus + 1 < n) ++v.focus;
    const double anchor = v.axis.ToPx(app.track.years[v.focus]);
    if (TypedOutsideText('+') || TypedOutsideText('=')) ZoomAt(v, 1.5, anchor);
    if (TypedOutsideText('-')) ZoomAt(v, 1.0 / 1.5, anchor);
    Follow(app, v);
}

// "Constitutional Court, institution, 1995": what the live region says for the focused mark.
static std::string FocusText(const AppState& app, std::size_t k) {
    std::string text;
    for (Index i : {app.track.entries[k].item, app.track.entries[k].also}) {
        if (i == kNone) continue;
        const Entity& e = app.data->At(i);
        const std::string when = DateSpan(app, e.date, e.end);
        text += (text.empty() ? "" : "; ") + NameOf(app, i) + ", " + KindText(app, e.kind) + (when.empty() ? "" : ", " + when);
    }
    return text;
}

// The focused mark: a ring around its label, or, when it has none here, its whole title in a box
// over the axis.
static void DrawKeyboardFocus(const AppState& app, const TimelineView& v, const Canvas& c) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const float thick = std::max(2.0f, Em(0.15f));
    const std::size_t i = v.focus - v.marks.range.begin;
    if (v.focus >= v.marks.range.begin && i < v.marks.places.size() && v.marks.places[i].labelled) {
        const Rect& b = v.marks.places[i].label;
        draw->AddRect(c.At(b.x - Em(0.25f), b.y - Em(0.15f)), c.At(b.x + b.w + Em(0.25f), b.y + b.h + Em(0.15f)), p.focus,
                      Em(0.3f), 0, thick);
        return;
    }
    const std::string name = NameOf(app, app.track.items[v.focus]);
    const TextBlock block = WrapLabel(name, Em(20.0f), MeasureWith(PlacedLabelSize(app)));
    const float w = static_cast<float>(block.width) + Em(1.0f);
    const float h = static_cast<float>(block.lines.size()) * LineHeight(app) + Em(0.6f);
    const float x = c.min.x + static_cast<float>(v.axis.ToPx(app.track.years[v.focus]));
    const ImVec2 top(std::clamp(x - w * 0.5f, c.min.x, std::max(c.min.x, c.max.x - w)),
                     std::max(c.min.y, c.min.y + c.axis_y - Em(0.8f) - h));
    draw->AddLine(ImVec2(x, top.y + h), ImVec2(x, c.min.y + c.axis_y), p.focus, thick);
    draw->AddRectFilled(top, ImVec2(top.x + w, top.y + h), p.background, Em(0.3f));
    draw->AddRect(top, ImVec2(top.x + w, top.y + h), p.focus, Em(0.3f), 0, thick);
    DrawLabel(app, block, ImVec2(top.x + Em(0.5f), top.y + Em(0.3f)), LineHeight(app), PlacedLabelSize(app), p.text);
}

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

// The zoom buttons and how to use the timeline, then the themes as the legend. A saved picture
// keeps only the legend. On a touch screen the hint speaks of taps and pinches.
static void Toolbar(AppState& app, TimelineView& v) {
    if (!app.picture.active) {
        if (Button(app, Ui(app, UiString::Fit))) v.FitAll(app);
        ImGui::SameLine();
        if (Button(app, " - ")) ZoomAt(v, 1.0 / 1.5, v.width * 0.5);
        ImGui::SameLine();
        if (Button(app, " + ")) ZoomAt(v, 1.5, v.width * 0.5);
        ToolbarHint(Ui(app, ForTouch(app) ? UiString::TimelineTouchHint : UiString::TimelineHint));
    }
    std::vector<std::uint16_t> themes(app.data->themes.size());
    for (std::size_t t = 0; t < themes.size(); ++t) themes[t] = static_cast<std::uint16_t>(t);
    ThemeChips(app, themes);
}

void TimelineView::Draw(AppState& app) {
    const PlotTextSize plot(app);
    if (app.track.items.empty()) {
        MutedText(Ui(app, UiString::EmptyView));
        return;
    }
    Toolbar(app, *this);
    const Canvas c = MakeCanvas(app);
    const bool released = ImGui::InvisibleButton("##timeline", ImVec2(c.Width(), c.Height()));
    FollowWidth(app, *this, c.Width());
    const bool keyboard = ItemKeyboardFocused();
    if (keyboard) HandleKeys(app, *this);
    NoteFocus(app, keyboard ? FocusText(app, focus) : std::string(ViewLabel(app, View::Timeline)));
    const bool hovering = ImGui::IsItemHovered();   // asked now: tooltips below change the last item
    const bool clicked = HandleInput(*this, c, hovering, released) && !keyboard;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(c.min, c.max, true);
    draw->AddRectFilled(c.min, c.max, Colors(app).background);
    DrawAxis(app, *this, c);
    const IndexRange range = VisibleRange(app.track.years, axis.ToYears(0.0), axis.ToYears(width));
    if (range.size() > kMaxMarks) DrawDensity(app, *this, c, hovering, clicked);
    else DrawMarks(app, *this, c, range, hovering, clicked);
    if (keyboard) DrawKeyboardFocus(app, *this, c);
    draw->PopClipRect();
    UpdateRange(*this, width);
    if (keyboard && released) Select(app, app.track.items[focus]);   // Enter or Space
}

} // namespace polity::ui
