// Polity Explorer widget — article mode's height: how tall the page should make the box for
// the open view (see SetHeightLimit, WantedHeight and HeightSettled in app.hpp).
//
// Index of this file
// [SECTION] Measuring a region while it is drawn
// [SECTION] The wanted height, at the end of the frame
//
// A scrolling view wants its whole content; a plot (timeline, network) a comfortable fixed
// height; a detail panel beside the view its own content. Taller than the limit, the box ends
// in a gap between two things drawn: the last line of ink above the limit that a card, a row or
// a line of text does not cross. Ink is read from the region's draw list, so the views need to
// know nothing of this.
#include "app.hpp"

#include "app_state.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace polity::ui {

namespace {

bool Fits(const AppState& app) {
    return app.options.mode == Mode::Article && app.phase == Phase::Ready && !app.picture.active;
}

//-----------------------------------------------------------------------------
// [SECTION] Measuring a region while it is drawn
//-----------------------------------------------------------------------------

// The y-spans of the triangles the current window drew, from the frame's top. Its decorations
// are left out: anything as tall as the window (borders, backgrounds) and, when it scrolls,
// whatever lies in the scrollbar's column.
std::vector<ImVec2> InkSpans(float frame_top) {
    const ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetWindowPos();
    const float height = ImGui::GetWindowHeight();
    const float scrollbar_x = ImGui::GetScrollMaxY() > 0.0f
        ? pos.x + ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize : pos.x + ImGui::GetWindowWidth();
    std::vector<ImVec2> spans;
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
        for (unsigned k = cmd.IdxOffset; k + 2 < cmd.IdxOffset + cmd.ElemCount; k += 3) {
            const ImDrawVert& a = list->VtxBuffer[static_cast<int>(cmd.VtxOffset + list->IdxBuffer[static_cast<int>(k)])];
            const ImDrawVert& b = list->VtxBuffer[static_cast<int>(cmd.VtxOffset + list->IdxBuffer[static_cast<int>(k + 1)])];
            const ImDrawVert& c = list->VtxBuffer[static_cast<int>(cmd.VtxOffset + list->IdxBuffer[static_cast<int>(k + 2)])];
            const float top = std::min({a.pos.y, b.pos.y, c.pos.y});
            const float bottom = std::max({a.pos.y, b.pos.y, c.pos.y});
            const float left = std::min({a.pos.x, b.pos.x, c.pos.x});
            if (bottom - top >= height - 2.0f || left >= scrollbar_x) continue;
            spans.emplace_back(top - frame_top, bottom - frame_top);
        }
    }
    return spans;
}

} // namespace

void MeasureFitRegion(AppState& app, FitRegion& region) {
    if (!Fits(app)) return;
    const float frame_top = ImGui::GetMainViewport()->Pos.y;
    // The region's padding (0 without a border); ImGui's start position moves up as it scrolls.
    const float start = ImGui::GetCursorStartPos().y + ImGui::GetScrollY();
    const float content = std::max(0.0f, ImGui::GetCursorPosY() - start - ImGui::GetStyle().ItemSpacing.y);
    region.drawn = true;
    region.top = ImGui::GetWindowPos().y - frame_top;
    region.height = content + 2.0f * start;
    region.bottom = region.top + ImGui::GetWindowHeight();
    region.scroll = ImGui::GetScrollY();
    region.ink = InkSpans(frame_top);
}

ImGuiWindowFlags FitScrollFlags(const AppState& app) {
    if (app.options.mode != Mode::Article) return 0;
    return app.fit.capped ? ImGuiWindowFlags_AlwaysVerticalScrollbar : ImGuiWindowFlags_NoScrollbar;
}

//-----------------------------------------------------------------------------
// [SECTION] The wanted height, at the end of the frame
//-----------------------------------------------------------------------------

namespace {

// A plot's height, its toolbar and legend included: in a column, near a landscape photo's
// proportions once those take their share (in Russian and Kazakh a 680 px column's network left
// a node unnamed at 0.7 of the width); on a phone as tall as the box may be (its legend and hint
// take more of it there, and a network's names need the room).
float CanvasHeight(const AppState& app, float width) {
    if (!IsNarrow()) return std::clamp(width * 0.85f, Em(24.0f), Em(38.0f));
    const float room = app.fit.limit - app.fit.body.top - ImGui::GetStyle().WindowPadding.y;
    return std::max(Em(30.0f), std::floor(room));
}

// The deepest place above `bottom` (frame pixels) where the box can end: just under a span of
// ink that a gap of at least a fifth of a line separates from the next (items stand 0.4 lines
// apart, less their shapes' antialiased edges). `bottom` itself when there is none (one card
// taller than the box).
float CleanCut(const AppState& app, float bottom) {
    std::vector<ImVec2> spans = app.fit.body.ink;
    spans.insert(spans.end(), app.fit.detail.ink.begin(), app.fit.detail.ink.end());
    std::sort(spans.begin(), spans.end(), [](const ImVec2& a, const ImVec2& b) { return a.x < b.x; });
    const float gap = Em(0.2f), margin = Em(0.15f);
    float best = 0.0f, reach = -1.0f;     // the bottom of the ink merged so far
    for (const ImVec2& span : spans) {
        if (reach >= 0.0f && span.x - reach >= gap && reach + margin <= bottom) best = reach + margin;
        if (span.x > bottom) break;
        reach = std::max(reach, span.y);
    }
    if (reach >= 0.0f && reach + margin <= bottom) best = std::max(best, reach + margin);
    return best > 0.0f ? best : bottom;
}

// The frame height that shows the open view whole.
float ContentHeight(const AppState& app) {
    const FitRegion& body = app.fit.body;
    const bool canvas = ViewOf(app.current.view).layout == BodyLayout::Canvas;
    float bottom = 0.0f;
    if (body.drawn) {
        const float height = canvas ? CanvasHeight(app, ImGui::GetMainViewport()->Size.x) : body.height;
        bottom = body.top + std::max(height, Em(10.0f));   // room for the "More" menu, and no sliver
    }
    if (app.fit.detail.drawn) bottom = std::max(bottom, app.fit.detail.top + app.fit.detail.height);
    return bottom + ImGui::GetStyle().WindowPadding.y;
}

// Taller than the limit: grow to the limit first (ink below what is shown is not drawn, so a
// cut is found only once the regions reach the limit), then end in a clean cut, and keep that
// height while nothing it was cut for changes. The page draws these steps at once, so a reader
// sees only the last.
float CappedHeight(AppState& app, float content) {
    FitState& fit = app.fit;
    const FitCut cut{app.current.view, app.current.item, ImGui::GetMainViewport()->Size.x, fit.limit, std::round(content)};
    const bool scrolled = fit.body.scroll > 0.0f || fit.detail.scroll > 0.0f;
    if (fit.capped && cut.SamePlace(fit.cut) && (scrolled || cut.content == fit.cut.content)) return fit.wanted;
    const float pad = ImGui::GetStyle().WindowPadding.y;
    float shown = 0.0f;
    for (const FitRegion* region : {&fit.body, &fit.detail})
        if (region->drawn) shown = std::max(shown, region->bottom);
    if (shown < fit.limit - pad - 1.0f) {
        fit.cut = {};
        return fit.limit;
    }
    fit.cut = cut;
    return CleanCut(app, fit.limit - pad) + pad;
}

} // namespace

void BeginFit(AppState& app) {
    app.fit.body.drawn = app.fit.detail.drawn = false;
}

void EndFit(AppState& app) {
    FitState& fit = app.fit;
    if (!Fits(app) || !(fit.body.drawn || fit.detail.drawn)) {
        fit.settled = true;
        if (!app.picture.active) fit.wanted = 0.0f;
        return;
    }
    const float content = ContentHeight(app);
    const bool capped = fit.limit > 0.0f && content > fit.limit;
    const float wanted = std::floor(capped ? CappedHeight(app, content) : content);
    fit.settled = capped == fit.capped && std::fabs(wanted - fit.wanted) < 1.0f;
    fit.capped = capped;
    fit.wanted = wanted;
}

void SetHeightLimit(AppState& app, float pixels) {
    if (!std::isfinite(pixels) || pixels < 0.0f || pixels == app.fit.limit) return;
    app.fit.limit = pixels;
    app.settle_frames = std::max(app.settle_frames, 2);
}

float WantedHeight(const AppState& app) { return app.fit.wanted; }
bool HeightSettled(const AppState& app) { return app.fit.settled; }

} // namespace polity::ui
