// Polity Explorer widget — the platform layer: one Widget per embed owns its WebGL context,
// its ImGui context, its app and its input queue. main.cpp wires the lifecycle; web_api.cpp
// forwards what the browser reports (web_library.js binds the DOM events of one canvas).
//
// Index of this file
// [SECTION] Lifecycle
// [SECTION] Frames (render on demand)
// [SECTION] Input
// [SECTION] Data
//
// Conventions, so the views can rely on them:
// - The UI runs in device pixels: io.DisplaySize = canvas CSS size × devicePixelRatio, and the
//   font and style are scaled by the ratio. Size things in ImGui::GetFontSize() units.
// - A wheel notch is io.MouseWheel = ±1 and zooms by 1.25 where a view zooms on the wheel.
//   Zoom gestures (two-finger pinch, trackpad pinch, Ctrl/⌘+wheel) arrive as io.MouseWheel with
//   io.KeyCtrl held and io.MousePos at the anchor; a pinch by f gives log(f) / log(1.25). Only
//   views that pan and zoom themselves (BodyLayout::Canvas) get the wheel: lists, panels and
//   menus are scrolled by the platform (gestures.hpp), which gives the page what they leave.
// - A tap clicks where it lands: ImGui sees the pointer arrive, then the press, then the
//   release, each in a frame of its own. A finger that moves is never a click: it scrolls
//   (ScrollAt) or, over the timeline and network, arrives as a left-button mouse drag.
#pragma once

#include "app.hpp"
#include "platform/keys.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace polity::ui { struct AppState; }

namespace polity::platform {

struct Widget;

//-----------------------------------------------------------------------------
// [SECTION] Lifecycle
//-----------------------------------------------------------------------------

// Creates the WebGL 2 context on the instance's canvas, ImGui and the app (options come from
// the page). Returns nullptr when WebGL 2 is unavailable. The widget lives until DestroyWidget.
Widget* CreateWidget();
// Binds the canvas's events and schedules the first frame; from then on the browser drives it.
void Start(Widget& w);
// True when `w` points to a live widget: the JS boundary checks every pointer it is handed.
bool IsWidget(const Widget* w);
ui::AppState& App(Widget& w);
// Frees the app, ImGui and the WebGL context; `w` is dangling afterwards. The page must have
// unbound the canvas's events and cancelled its frame first (web_library.js does both).
void DestroyWidget(Widget* w);
// True when the link state (link_state.hpp) differs from the one last taken; `json` gets it.
// Checked after each frame and after each host API call, so the page hears of every change.
bool TakeLinkChange(Widget& w, std::string* json);

//-----------------------------------------------------------------------------
// [SECTION] Frames
// No frame is drawn while nothing changes. Every event wakes the widget for a few frames
// (ImGui settles hover and first-frame sizes), longer while the app animates.
//-----------------------------------------------------------------------------

// Asks for a few more frames (input, data, resize, DPR or visibility change).
void Wake(Widget& w);
// After the page's WebGL context was lost and restored: makes the GL objects again and wakes.
void OnContextRestored(Widget& w);
// The page's fonts changed (a web font arrived, the bundled face loaded): the glyph atlas is
// drawn again at the next frame.
void OnFontsChanged(Widget& w);
// Draws one frame at `width`×`height` device pixels. Returns true if another frame is wanted.
bool Frame(Widget& w, int width, int height, float device_pixel_ratio, double now_ms);
std::uint64_t FrameCount(const Widget& w);  // frames drawn since start
// A download, whole: the file's name (ui::DownloadName) and, for the view's CSV, its text; the
// JSON is the dataset's bytes, which the page has. A picture (ui::BeginPicture; `article_width`
// in CSS pixels is the explorer's own) is laid out, the canvas's backing store sized to it and
// the picture drawn into it, for the page to copy before anything else draws; the page then
// sizes the canvas back and draws the explorer, which is as it was. False when there is nothing
// to save: no dataset on screen. `today`: "yyyy-mm-dd".
struct DownloadFile {
    std::string name;
    std::string text; // the CSV; "" for the JSON and the picture
};
bool MakeDownload(
    Widget& w, ui::Download what, float article_width, double now_ms, std::string_view today, DownloadFile* out);

//-----------------------------------------------------------------------------
// [SECTION] Input
// Positions in device pixels relative to the canvas. Queued, then applied at most one change
// per button/key per frame, and a button change a frame after the pointer moved, so a press
// and release inside one frame, right after the pointer arrived, still make a click.
//-----------------------------------------------------------------------------

enum Modifier : int { kCtrl = 1, kShift = 2, kAlt = 4, kSuper = 8 };

enum class PointerAction { Move, Down, Up, Leave, Cancel }; // Cancel: release without a click

void OnPointer(Widget& w, PointerAction action, float x, float y, int button, int mods);
// dx, dy in notches, ImGui's sign (positive = up/left); `zoom` marks a zoom gesture (see the
// conventions above). Returns the share of the wheel, 0..1, the UI did not take: 1, the page
// scrolls as usual; less, the page must not scroll by itself but by that share of the wheel.
float OnWheel(Widget& w, float x, float y, float dx, float dy, bool zoom, int mods);
// Touch: what a drag that left the tap slop at (x, y) does (platform/gestures.hpp, DragKind).
int OnDragStart(Widget& w, float x, float y, int fingers, bool vertical);
// Scrolls what is under (x, y) by dy device pixels (positive: the content moves up); returns
// what is left for the page.
float OnScroll(Widget& w, float x, float y, float dy);
// A coarse pointer (a touch screen) gets controls at least 44 CSS pixels each way, from the
// first frame with no input waiting (a tap reaches the control it was aimed at first).
void OnCoarsePointer(Widget& w, bool coarse);
bool OnKey(Widget& w, Key key, bool down, int mods);  // true if the UI takes it
bool OnChar(Widget& w, std::uint32_t codepoint);       // true if a text field takes it
void OnFocus(Widget& w, bool focused);                 // losing focus releases every key

//-----------------------------------------------------------------------------
// [SECTION] Data
//-----------------------------------------------------------------------------

// fraction < 0: unknown; total 0: unknown.
void OnLoadProgress(Widget& w, double fraction, double received, double total, std::string_view file);
// Parses and validates the dataset; the app gets either the dataset or the diagnostics.
// `bytes` (from malloc, or null) is freed as soon as it is read, before the app indexes the model.
void OnLoadBytes(Widget& w, char* bytes, std::size_t size, std::string_view name);
void OnLoadFailed(Widget& w, ui::LoadFailure failure);  // the download failed

} // namespace polity::platform
