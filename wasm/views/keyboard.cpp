// Polity Explorer widget — the keyboard (see keyboard.hpp). The only file that includes
// imgui_internal.h: Tab through every item, and the focus ring, need ImGui's navigation state.
//
// Index of this file
// [SECTION] Enter, Escape, Backspace
// [SECTION] Tab through every control
// [SECTION] Focus ring
// [SECTION] For the views
#include "views/keyboard.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

#include "imgui.h"
#include "imgui_internal.h"

#include <algorithm>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Enter, Escape, Backspace
//-----------------------------------------------------------------------------

static bool PopupOpen() { return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId); }
static bool Pressed(ImGuiKey_ key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

// Enter opens what has the focus, as on a web page: ImGui 1.86 presses with Space only, and
// gives Enter to text fields. This is what its own Space handling does (NavUpdate).
static void EnterActivates() {
    ImGuiContext& g = *GImGui;
    if (!(Pressed(ImGuiKey_Enter) || Pressed(ImGuiKey_KeyPadEnter)) || g.IO.WantTextInput) return;
    if (g.NavId == 0 || g.NavDisableHighlight || g.ActiveId != 0) return;
    g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
    g.NavActivateFlags = ImGuiActivateFlags_None;
}

// Escape and Backspace go back, unless a text field or a popup had them (a text field is
// left and a popup closed by ImGui itself; WantTextInput and popup_open are the last frame's).
static bool BackPressed(const KeyboardState& k) {
    if (GImGui->IO.WantTextInput || k.popup_open) return false;
    return Pressed(ImGuiKey_Escape) || Pressed(ImGuiKey_Backspace);
}

//-----------------------------------------------------------------------------
// [SECTION] Tab through every control
// A tabbing request flagged as coming from the focus API scores every item, not only text
// fields (NavProcessItemForTabbingRequest): forward it picks the item after the focused one,
// backward the one before. Child windows are NavFlattened, so one request crosses them all.
//-----------------------------------------------------------------------------

// Back/Forward returned to a place: its focused control gets the focus again, if still there.
static void RestoreFocus(AppState& app) {
    ImGuiContext& g = *GImGui;
    app.keyboard.restore = false;
    if (g.NavDisableHighlight || app.current.focus_item == 0) return;   // a mouse user
    ImGuiWindow* window = ImGui::FindWindowByID(app.current.focus_window);
    if (window == nullptr) return;
    g.NavWindow = window;
    ImGui::SetNavID(app.current.focus_item, ImGuiNavLayer_Main, 0, ImRect());
    app.keyboard.restored = true;
}

// Each view draws in a body window of its own. When the focus was inside the body of a view
// just left, ImGui hands it to the explorer's window and its last focused control (a tab, say):
// the focus went with the view instead, and Tab starts again from the first control.
static void DropFocusOfLeftView(const KeyboardState& k) {
    ImGuiContext& g = *GImGui;
    const ImGuiWindow* had = k.nav_window ? ImGui::FindWindowByID(k.nav_window) : nullptr;
    if (had != nullptr && !had->WasActive && g.NavWindow != had) g.NavId = 0;
}

static void SubmitTab(AppState& app, bool backward) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* root = ImGui::GetCurrentWindow();
    if (g.NavWindow == nullptr || g.NavWindow->RootWindowForNav != root->RootWindowForNav) g.NavWindow = root;
    const ImGuiScrollFlags scroll = ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY;
    ImGui::NavMoveRequestSubmit(ImGuiDir_None, backward ? ImGuiDir_Up : ImGuiDir_Down,
                                ImGuiNavMoveFlags_Tabbing | ImGuiNavMoveFlags_FocusApi, scroll);
    // After the mouse (or before any key) ImGui's focus is a default, not the reader's: Tab then
    // starts from the first control.
    const bool has_focus = g.NavId != 0 && app.keyboard.nav_alive && !g.NavDisableHighlight;
    if (!has_focus) g.NavId = 0;                               // backward: then the last control
    g.NavTabbingDir = backward ? -1 : (has_focus ? +1 : 0);   // 0: the first control
    g.NavTabbingCounter = -1;                                  // counts from the focused item on
    g.NavTabbingResultFirst.Clear();
    // From now on the reader is on the keyboard: the ring shows, even on a text field (which
    // ImGui would otherwise enter without showing where the focus is).
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    app.keyboard.tab = backward ? -1 : +1;
}

void BeginKeyboard(AppState& app) {
    ImGuiContext& g = *GImGui;
    KeyboardState& k = app.keyboard;
    k.tab = 0;                      // (k.exit stays until TakeFocusExit takes it)
    k.focus_label.clear();
    k.restored = false;
    if (k.reset) {                  // no control focused: Tab finds the first, Shift+Tab the last
        g.NavId = 0;
        g.NavDisableHighlight = true;
        k.reset = false;
    }
    DropFocusOfLeftView(k);
    if (k.restore) RestoreFocus(app);
    // (From the next frame on.) Only where the platform maps keys: ImGui needs Space mapped then.
    if (g.IO.KeyMap[ImGuiKey_Space] >= 0) g.IO.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    EnterActivates();
    k.back = BackPressed(k);
    const bool tab = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && !g.IO.KeyCtrl && !g.IO.KeyAlt;
    if (!tab || PopupOpen()) return;
    const bool backward = g.IO.KeyShift;
    if (k.view_claim & (backward ? 2 : 1)) {
        if (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) ImGui::NavMoveRequestCancel();  // ImGui's own
        return;
    }
    SubmitTab(app, backward);
}

// Called once the frame's controls are all submitted: a Tab that found no control after the
// focused one (or before it, backward) would wrap around; on a web page it leaves the widget.
static void DetectExit(AppState& app) {
    ImGuiContext& g = *GImGui;
    KeyboardState& k = app.keyboard;
    if (k.tab == 0 || !g.NavMoveScoringItems || !(g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi)) return;
    const bool found = (k.tab > 0 ? g.NavTabbingResultFirst.ID : g.NavMoveResultLocal.ID) != 0;
    if (!g.NavIdIsAlive && found) { // the focused control is gone: start over from the first (last)
        if (k.tab > 0) g.NavTabbingCounter = 1;
        return;
    }
    // Past the end, or nothing to focus at all (the loading and error screens).
    const bool wraps = !found || (k.tab > 0 ? g.NavTabbingCounter == 1 : true);
    if (!wraps) return;
    ImGui::NavMoveRequestCancel();
    k.exit = k.tab;
}

//-----------------------------------------------------------------------------
// [SECTION] Focus ring
// ImGui draws 2 device pixels around some items and nothing around invisible buttons; this
// ring goes around whatever has the focus, 0.15 font sizes thick, in the focus colour with a
// background-coloured edge inside, so it shows on any fill.
//-----------------------------------------------------------------------------

static void DrawFocusRing(const AppState& app) {
    ImGuiContext& g = *GImGui;
    if (g.NavId == 0 || g.NavDisableHighlight || g.NavWindow == nullptr || !g.NavIdIsAlive) return;
    ImGuiWindow* window = g.NavWindow;
    const ImRect rect = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
    const float t = std::max(2.0f, Em(0.15f));
    const auto grow = [](ImVec2 v, float by) { return ImVec2(v.x + by, v.y + by); };
    const ImRect clip = window->InnerClipRect;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->PushClipRect(grow(clip.Min, -2.0f * t), grow(clip.Max, 2.0f * t), false);
    const Palette& p = Colors(app);
    draw->AddRect(grow(rect.Min, -1.5f * t), grow(rect.Max, 1.5f * t), p.focus, Em(0.35f), 0, t);
    draw->AddRect(grow(rect.Min, -0.5f * t), grow(rect.Max, 0.5f * t), p.background, Em(0.3f), 0, 1.0f);
    draw->PopClipRect();
}

void EndKeyboard(AppState& app) {
    ImGuiContext& g = *GImGui;
    KeyboardState& k = app.keyboard;
    DetectExit(app);
    k.view_claim = k.next_claim;
    k.next_claim = 0;
    k.nav_alive = g.NavIdIsAlive;
    k.popup_open = PopupOpen();
    k.nav_window = g.NavWindow ? g.NavWindow->ID : 0;
    const bool keyboard = g.NavId != 0 && !g.NavDisableHighlight && g.NavWindow != nullptr;
    if (!keyboard) k.focus_label.clear();
    // Remembered for Back/Forward; not when the focused control just went away with its place.
    if (!keyboard || g.NavIdIsAlive) {
        app.current.focus_item = keyboard ? g.NavId : 0;
        app.current.focus_window = keyboard ? g.NavWindow->ID : 0;
    }
    DrawFocusRing(app);
}

//-----------------------------------------------------------------------------
// [SECTION] For the views
//-----------------------------------------------------------------------------

bool KeyboardActive() {
    const ImGuiContext& g = *GImGui;
    return g.NavId != 0 && !g.NavDisableHighlight;
}

bool ItemKeyboardFocused() { return ImGui::IsItemFocused() && KeyboardActive(); }

void NoteFocus(AppState& app, const std::string& label) {
    if (ImGui::IsItemFocused()) app.keyboard.focus_label = label;
    if (!app.drawn.record_controls || !ImGui::IsItemVisible()) return;
    const ImVec2 window = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    app.drawn.controls.push_back({label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), window,
                                  ImVec2(window.x + size.x, window.y + size.y)});
}

int TakeTab(const AppState& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) || io.KeyCtrl || io.KeyAlt) return 0;
    const int dir = io.KeyShift ? -1 : +1;
    return (app.keyboard.view_claim & (dir > 0 ? 1 : 2)) ? dir : 0;
}

void ClaimTab(AppState& app, bool forward, bool backward) {
    app.keyboard.next_claim = (forward ? 1 : 0) | (backward ? 2 : 0);
}

bool TypedOutsideText(unsigned codepoint) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return false;
    for (ImWchar c : io.InputQueueCharacters)
        if (c == codepoint) return true;
    return false;
}

} // namespace polity::ui
