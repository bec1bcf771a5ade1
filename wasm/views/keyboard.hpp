// Polity Explorer widget — the keyboard: Tab and Shift+Tab through every control in reading
// order, Enter to open, Escape or Backspace to go back, a focus ring thick enough to see on
// every screen, and the focused control's name for the host page's live region.
//
// Index of this file
// [SECTION] State
// [SECTION] Frame hooks (called by app.cpp)
// [SECTION] For the views
//
// Why this exists: Dear ImGui 1.86 moves keyboard focus with the arrow keys between all items,
// but Tab only between text fields, Enter only starts text editing, and its 2-pixel highlight
// vanishes on a 3x phone screen. keyboard.cpp adds the rest on top of ImGui's own navigation
// and is the one file that reads ImGui's internals to do it (ImGui 1.89 tabs through every
// item itself; with it, most of keyboard.cpp can go).
#pragma once

#include <cstdint>
#include <string>

namespace polity::ui {

struct AppState;

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------

struct KeyboardState {
    int tab = 0;                    // this frame's Tab request: +1 forward, -1 backward, 0 none
    int exit = 0;                   // +1/-1: Tab went past the last (first) control: focus leaves
    int view_claim = 0;             // bit 1: a view takes the next Tab, bit 2: the next Shift+Tab
    int next_claim = 0;             // view_claim for the next frame, set while drawing
    bool back = false;              // Escape or Backspace asked to go back, this frame
    bool restore = false;           // Back/Forward: focus the control that had it in that place
    bool restored = false;          // this frame gave a control its focus back
    bool reset = false;             // forget the focus: the widget was entered from the page
    bool nav_alive = false;         // the focused control was drawn in the last frame
    bool popup_open = false;        // a popup (a combo's list) was open in the last frame
    std::uint32_t nav_window = 0;   // the window holding the focus at the end of the last frame
    std::string focus_label;        // the focused control's name, this frame ("" = none)
    std::string reported_label;     // the last name handed to the page (TakeFocusAnnouncement)
};

//-----------------------------------------------------------------------------
// [SECTION] Frame hooks (called by app.cpp)
//-----------------------------------------------------------------------------

// Right after the explorer's window begins, before any control: keyboard navigation on, Enter
// activates like Space outside text fields, Escape and Backspace become "back" (k.back) unless
// a popup or a text field wants them, the Tab request, the focus restored after Back.
void BeginKeyboard(AppState& app);
// After the explorer's window ends: Tab past the end leaves the widget; the focus ring.
void EndKeyboard(AppState& app);

//-----------------------------------------------------------------------------
// [SECTION] For the views
//-----------------------------------------------------------------------------

// After every control: when it has the keyboard focus, `label` is what the live region
// announces; tests also read the control's rectangle from here (FrameReport::controls).
void NoteFocus(AppState& app, const std::string& label);
// True while the reader moves with the keyboard (the focus ring shows).
bool KeyboardActive();
// True when the last control drawn has the keyboard focus and the reader uses the keyboard.
bool ItemKeyboardFocused();
// A view that moves its own inner focus with Tab (the network's nodes), while its control has
// the focus: TakeTab is this frame's Tab (+1) or Shift+Tab (-1) when the view claimed it in the
// last frame, else 0; ClaimTab says whether the next Tab / Shift+Tab stays inside the view.
int TakeTab(const AppState& app);
void ClaimTab(AppState& app, bool forward, bool backward);
// Characters typed outside text fields ('+', '-'), for view shortcuts; 0 when none.
bool TypedOutsideText(unsigned codepoint);

} // namespace polity::ui
