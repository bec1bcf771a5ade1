// Polity Explorer widget — what a wheel or a drag moves (see gestures.hpp). Reads ImGui's
// window list, hence imgui_internal.h: 1.86 has no public way to find the window under a point
// between frames or to scroll a window other than the one being drawn.
#include "platform/gestures.hpp"

#include "app.hpp"

#include "imgui_internal.h"

#include <algorithm>
#include <cmath>

namespace polity::platform {

namespace {

// The window under `at` in the last frame, as ImGui finds the hovered one: the topmost active
// window that takes the mouse and whose visible rectangle holds the point (child windows come
// after their parents in g.Windows, popups after what they open over).
ImGuiWindow* WindowAt(ImVec2 at) {
    ImGuiContext& g = *GImGui;
    for (int i = g.Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* window = g.Windows[i];
        if (!window->Active || window->Hidden || (window->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
        if (window->OuterRectClipped.Contains(at)) return window;
    }
    return nullptr;
}

// Over the body of a timeline or network, and not over a menu or popup opened on top of it.
bool OverCanvas(const ui::AppState& app, ImVec2 at) {
    const ImGuiWindow* window = WindowAt(at);
    if (window == nullptr || (window->RootWindow->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip)))
        return false;
    return ui::OnCanvas(app, at.x, at.y);
}

// How much of `dy` the window can take: up to its end in that direction.
float Take(const ImGuiWindow& window, float dy) {
    if (window.Flags & ImGuiWindowFlags_NoScrollWithMouse) return 0.0f; // the view handles its own input
    const float room = dy > 0.0f ? window.ScrollMax.y - window.Scroll.y : -window.Scroll.y;
    return dy > 0.0f ? std::clamp(room, 0.0f, dy) : std::clamp(room, dy, 0.0f);
}

// Dear ImGui floors a window's scroll in Begin, but a finger moves by fractions of a pixel: on
// a swipe of many small moves the list would fall behind the finger by up to a pixel a frame.
// The last scroll given is kept unfloored in the window's own storage and resumed while the
// window still shows its floor, i.e. while nothing but that rounding has moved it.
const ImGuiID kUnflooredScroll = ImHashStr("polity unfloored scroll");

void ResumeUnfloored(ImGuiWindow& window) {
    const float y = window.StateStorage.GetFloat(kUnflooredScroll, -1.0f);
    if (y >= 0.0f && window.Scroll.y == std::floor(y)) window.Scroll.y = y;
}

void KeepUnfloored(ImGuiWindow& window) { window.StateStorage.SetFloat(kUnflooredScroll, window.Scroll.y); }

} // namespace

DragKind DragAt(ui::AppState& app, ImVec2 at, int fingers, bool vertical) {
    if (OverCanvas(app, at)) {
        if (fingers > 1 || !vertical || !ui::CooperativeGestures(app)) return DragKind::Pan;
        ui::ShowGestureHint(app, ui::GestureHint::TwoFingers);
        return DragKind::Scroll; // nothing there scrolls: the article does
    }
    return vertical || fingers > 1 ? DragKind::Scroll : DragKind::None;
}

float ScrollAt(ui::AppState& app, ImVec2 at, float dy) {
    if (OverCanvas(app, at)) return dy;
    for (ImGuiWindow* window = WindowAt(at); window != nullptr && dy != 0.0f; window = window->ParentWindow) {
        ResumeUnfloored(*window);
        const float taken = Take(*window, dy);
        window->Scroll.y += taken; // read by the next frame's Begin; clamped there too
        KeepUnfloored(*window);
        dy -= taken;
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break; // a popup does not pass on to what opened it
    }
    return dy;
}

WheelKind WheelAt(ui::AppState& app, ImVec2 at, bool zoom) {
    if (!OverCanvas(app, at)) return zoom ? WheelKind::Page : WheelKind::Scroll; // Ctrl+wheel zooms the page
    if (zoom || !ui::CooperativeGestures(app)) return WheelKind::View;
    ui::ShowGestureHint(app, ui::GestureHint::WheelZoom);
    return WheelKind::Page;
}

} // namespace polity::platform
