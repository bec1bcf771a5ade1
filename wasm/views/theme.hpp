// Polity Explorer widget — colour themes: a light and a dark palette around one accent colour,
// the WCAG contrast arithmetic that keeps them readable, and ImGui's style made from a palette.
// Pure colour maths here (no AppState); the app picks the palette (see SetTheme in app.hpp).
//
// Index of this file
// [SECTION] Palette
// [SECTION] Contrast
// [SECTION] ImGui style
//
// Contract: every palette MakePalette returns, whatever the accent, keeps text, muted text and
// accent-coloured links at 4.5:1 or more against every background they are drawn on (window,
// panel, selected row, pressed button), and marks and the focus ring at 3:1 (WCAG 2.1 AA,
// 1.4.3 and 1.4.11). tests/unit-ui-a11y.cpp checks it from the style's colours.
#pragma once

#include "imgui.h"

#include <cstdint>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Palette
//-----------------------------------------------------------------------------

enum class ThemeMode : int { Auto = 0, Light = 1, Dark = 2 }; // Auto follows prefers-color-scheme

struct Palette {
    bool dark = false;
    ImU32 text = 0, muted = 0;                  // body text; secondary text (labels, dates)
    ImU32 accent = 0, accent_soft = 0;          // links, numbers, marks; selected rows, hovered cards
    ImU32 background = 0, panel = 0, line = 0;  // window; cards and striped rows; rules and grid
    ImU32 frame = 0, frame_hover = 0, pressed = 0, grab = 0; // buttons and fields
    ImU32 focus = 0;                            // the keyboard focus ring
    ImU32 error = 0, warning = 0;               // diagnostics
};

// The palette for a light or dark background. `accent_rgb` is 0xRRGGBB from the host page,
// or kDefaultAccent; it is lightened or darkened as far as the contract above needs.
inline constexpr std::uint32_t kDefaultAccent = 0x1a5fb4;
Palette MakePalette(bool dark, std::uint32_t accent_rgb = kDefaultAccent);

// A mark's colour (kind, theme) made legible on `p`'s background: 3:1 at least.
ImU32 MarkColor(const Palette& p, ImU32 color);

//-----------------------------------------------------------------------------
// [SECTION] Contrast
//-----------------------------------------------------------------------------

ImU32 Rgb(std::uint32_t rgb);                   // 0xRRGGBB as an opaque ImU32
double Luminance(ImU32 color);                  // WCAG relative luminance, alpha ignored
double ContrastRatio(ImU32 a, ImU32 b);         // 1..21, alpha ignored
ImU32 Mix(ImU32 a, ImU32 b, float t);           // a*(1-t) + b*t per channel, opaque
ImU32 Over(ImU32 top, ImU32 bottom);            // `top` (with its alpha) painted over opaque `bottom`
// `color` moved towards black or white (whichever gains contrast against `against`) just far
// enough to reach `ratio`; unchanged when it already does.
ImU32 EnsureContrast(ImU32 color, ImU32 against, double ratio);

//-----------------------------------------------------------------------------
// [SECTION] ImGui style
//-----------------------------------------------------------------------------

// ImGui's colours from `p`, and its sizes from the font size (so a font rebuilt for another
// devicePixelRatio rescales everything). Frames (buttons, fields, combos) are at least
// `target` pixels high: the frame padding grows, the text keeps its size (widgets.hpp,
// TargetSize); 0 leaves them as the font size makes them.
void ApplyTheme(ImGuiStyle& style, const Palette& p, float font_size, float target = 0.0f);

} // namespace polity::ui
