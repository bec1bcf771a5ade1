// Polity Explorer widget — what a wheel or a drag moves, decided at the platform's edge between
// frames from the last frame's ImGui state: the scrollable regions under the pointer (lists,
// the detail panel, the overview, open menus), a view that pans and zooms itself (timeline,
// network), or the page around the explorer. Dear ImGui 1.86 cannot scroll by dragging and
// does not say what a wheel left over; this adds both, as browsers do for nested scrollers:
// the innermost region takes what it can, the next one out the rest, and what no region can
// take goes back to the page ("scroll chaining"), so a reader always gets past the explorer.
//
// Native and WebAssembly alike (the tests drive it headless); the web platform calls it with
// the widget's ImGui context current. Positions and distances in device pixels; dy > 0 moves
// the content up (shows what is further down), as a finger moving up or a wheel turned down.
#pragma once

#include "imgui.h"

namespace polity::ui {
struct AppState;
}

namespace polity::platform {

// What a drag does, decided once it leaves the tap slop.
enum class DragKind : int {
    None = 0,   // nothing: a sideways drag over a list
    Scroll = 1, // ScrollAt with the finger's movement (and the page gets what is left)
    Pan = 2,    // a mouse drag for ImGui: the timeline or network pans
};

// `fingers` on the screen, moving mostly vertically or not. Over a canvas view one finger pans,
// except vertically in a cooperative embed, where it scrolls the article and a hint shows.
DragKind DragAt(ui::AppState& app, ImVec2 at, int fingers, bool vertical);
// Scrolls the regions under `at` by `dy`, innermost first; returns the part none could take
// (all of it over a canvas view or outside every region).
float ScrollAt(ui::AppState& app, ImVec2 at, float dy);
// True when a wheel at `at` goes to the view under it as ImGui input (a canvas view zooms with
// it) rather than to ScrollAt. A plain wheel over a canvas view in a cooperative embed is
// neither: it scrolls the page, and a hint says to hold Ctrl (⌘).
enum class WheelKind : int { Page, Scroll, View };
WheelKind WheelAt(ui::AppState& app, ImVec2 at, bool zoom);

} // namespace polity::platform
