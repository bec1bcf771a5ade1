// Polity Explorer widget — the reader's pointer: how large controls are for it, where the
// canvas views are for gestures, and the hint that says how to zoom them in an article (see
// app.hpp for the contract; the platform's gestures.hpp decides what a wheel or a drag moves).
#include "app.hpp"

#include "app_state.hpp"

#include "imgui.h"

namespace polity::ui {

void SetCoarsePointer(AppState& app, bool coarse) {
    if (app.pointer.coarse == coarse) return;
    app.pointer.coarse = coarse;
    app.settle_frames = 2; // every control changes size
}

void SetDevicePixelRatio(AppState& app, float dpr) {
    if (dpr > 0.0f) app.pointer.dpr = dpr;
}

// Asked for between frames: ImGui's clock still says the last frame's time, which may be long
// ago, so the hint's time starts with the next frame (StartGestureHint).
void ShowGestureHint(AppState& app, GestureHint hint) {
    app.pointer.hint = hint;
    app.pointer.hint_asked = true;
}

void StartGestureHint(AppState& app) {
    if (!app.pointer.hint_asked) return;
    app.pointer.hint_asked = false;
    app.pointer.hint_since = ImGui::GetTime();
}

bool OnCanvas(const AppState& app, float x, float y) {
    const FrameReport& f = app.drawn;
    return x >= f.canvas_min.x && x < f.canvas_max.x && y >= f.canvas_min.y && y < f.canvas_max.y;
}

bool CooperativeGestures(const AppState& app) { return app.options.cooperative_gestures; }

} // namespace polity::ui
