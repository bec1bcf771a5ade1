// Polity Explorer widget — small widgets the views share: the theme's colours, headings,
// wrapped and clipped text, entity links, theme chips, citation lines, qualified numbers.
// Sizes are in font-size units (Em), never pixels: the platform scales fonts with the screen.
//
// Index of this file
// [SECTION] Units and colours
// [SECTION] Text
// [SECTION] Links, chips, citations
// [SECTION] Numbers and dates
// [SECTION] Lists
// [SECTION] Gesture hint
// [SECTION] Placed labels
#pragma once

#include "polity/i18n.hpp"
#include "polity/labels.hpp"
#include "polity/model.hpp"
#include "views/theme.hpp"

#include "imgui.h"

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace polity::ui {

struct AppState;

//-----------------------------------------------------------------------------
// [SECTION] Units and colours
//-----------------------------------------------------------------------------

inline float Em(float n) { return n * ImGui::GetFontSize(); } // n font sizes, in pixels
bool IsNarrow();                        // the widget is phone-sized: one column, no side panel
// The least width and height, in pixels, of anything a reader taps or clicks: 44 CSS pixels
// with a coarse pointer, 24 with a fine one (WCAG 2.5.5 and 2.5.8). The theme makes it the
// frame height, so ImGui's buttons, fields and combos have it; the widgets below pad to it.
float TargetSize(const AppState& app);

// The reader's palette (light or dark, with the host's accent; see theme.hpp).
const Palette& Colors(const AppState& app);
// A theme's colour: the dataset's, else a fixed palette colour chosen by its position; made
// legible on the background (3:1).
ImU32 ThemeColor(const AppState& app, std::uint16_t theme);
// An entity's colour: its first theme's, else one colour per kind.
ImU32 EntityColor(const AppState& app, Index i);
ImU32 KindColor(const AppState& app, Kind kind);
ImU32 WithAlpha(ImU32 color, float alpha);
// The kind and theme colours made legible on the palette's background (computed once per
// dataset and palette, kept in AppState::theme).
std::array<ImU32, kKindCount> LegibleKindColors(const Palette& palette);
std::vector<ImU32> LegibleThemeColors(const Dataset& data, const Palette& palette);

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

void Heading(const std::string& text);  // larger, accent-free title text, wrapped
void SectionLabel(const char* label);   // small muted caps-like label above a section
void Paragraph(const std::string& text);// wrapped body text; nothing for ""
void Paragraph(const std::string& text, float width);  // the same, in a column `width` wide
void MutedText(const std::string& text);// wrapped secondary text
// Draws `text` at `pos` wrapped to `width`, cut after `max_lines` lines with "..." (for
// fixed-height list rows). Returns the height used. `color` 0 is the text colour.
float DrawClippedText(ImVec2 pos, const std::string& text, int max_lines, float width, ImU32 color = 0);
// One line, cut with "..." to fit `width`.
std::string Ellipsize(const std::string& text, float width);

//-----------------------------------------------------------------------------
// [SECTION] Links, chips, citations
//-----------------------------------------------------------------------------

// Before an inline item `width` pixels wide: stay on the line if it fits, else start a new one.
void FlowNext(float width);
// Accent-coloured text, underlined on hover and focus, cut to the available width; true when
// clicked or opened with the keyboard.
bool Link(AppState& app, const std::string& label);
// Wrapped text that opens something (a quote's words): a link for the mouse and the keyboard.
bool TextLink(AppState& app, const std::string& text);
// The entity's name as a link wrapped to the available width (never cut); opens it when clicked.
bool WrappedEntityLink(AppState& app, Index i);
// ImGui's button, at least TargetSize() each way, with its label for the live region when
// focused. `compact`: less room beside the label (filter chips).
bool Button(AppState& app, const char* label, bool compact = false);
// A choice in an open combo or menu, TargetSize() high, with its label for the live region.
bool MenuItem(AppState& app, const char* label, bool selected);
// The entity's name as a link; a click opens it in the detail panel. Returns true when clicked.
bool EntityLink(AppState& app, Index i);
// Links to each entity, separated by commas, wrapping to the available width.
void EntityLinks(AppState& app, const std::vector<Index>& items);
void ThemeChip(const AppState& app, std::uint16_t theme); // a small rounded tag in the theme's colour
void ThemeChips(const AppState& app, const std::vector<std::uint16_t>& themes);
// "Source: Title (Publisher, 2025-08-25)" for each source; titles open the source.
void CitationLine(AppState& app, const std::vector<Index>& sources);
// A button that opens an http(s) URL through the platform; nothing for other URLs.
void OpenUrlButton(AppState& app, const std::string& url);

//-----------------------------------------------------------------------------
// [SECTION] Numbers and dates
//-----------------------------------------------------------------------------

// Interface words, numbers and dates follow the reader's language where the program speaks it
// (en, ru, kk; see polity/i18n.hpp), English otherwise.
Lang UiLang(const AppState& app);
const char* Ui(const AppState& app, UiString id);             // "Before", "До", "Бұрын"
// The string with values filled in: UiFill(app, UiString::Results, {"5"}) is "Results: 5".
std::string UiFill(const AppState& app, UiString id, const std::vector<std::string>& values);
const char* KindText(const AppState& app, Kind kind);          // "institution", "институт"
std::string Quoted(const AppState& app, const std::string& text);// “text” (en), «text» (ru, kk)
std::string Number(const AppState& app, double value);        // "7,000", "7 000"
// "nearly 7,000", "почти 7 000" — the value with the source's qualifier, as the source said it.
std::string QualifiedNumber(const AppState& app, const Observation& obs);
std::string QualifiedNumberAfterFrom(const AppState& app, const Observation& obs);  // "с примерно 50"
std::string DateText(const AppState& app, Date date);         // "5 June 2022"; "" when unset
std::string DateSpan(const AppState& app, Date from, Date to);// "2021–2024"; "" when unset
// When an observation was: its label, else its date or period, else "".
std::string ObservationWhen(const AppState& app, const Observation& obs);

//-----------------------------------------------------------------------------
// [SECTION] Lists
//-----------------------------------------------------------------------------

// A clickable list row `lines` text lines high; returns true when clicked. `content` receives
// the padded top-left corner and `width` the text width, for DrawClippedText.
bool ListRow(AppState& app, Index id, bool selected, int lines, ImVec2* content, float* width);
float RowHeight(int lines);              // the pixel height of a ListRow of `lines` lines

// A list of blocks of different heights (a reform with its changes, a metric with its chart),
// which ImGuiListClipper cannot do: blocks on screen are drawn and measured; blocks off screen
// are skipped using the height they had when last drawn, or the average for those never drawn.
// So each frame costs the visible blocks plus a little arithmetic per block. One block past
// each edge is drawn too, so Tab always has a next (or previous) control to move to.
struct MeasuredBlocks {
    std::vector<float> heights;          // per block, with the spacing after it; 0 = never drawn
    float total = 0.0f;                  // sum of the measured heights
    std::size_t measured = 0;            // how many are measured
};
void DrawMeasuredBlocks(MeasuredBlocks& blocks, std::size_t count, const std::function<void(std::size_t)>& draw);

//-----------------------------------------------------------------------------
// [SECTION] Gesture hint
//-----------------------------------------------------------------------------

// True while the hint asked for by ShowGestureHint (app.hpp) is on screen.
bool GestureHintShowing(const AppState& app);
// The hint over min..max (the canvas view's body), fading out at the end: "Ctrl + scroll to
// zoom" (⌘ on Apple keyboards) after a plain wheel, "Use two fingers…" after one finger.
void GestureHintOverlay(const AppState& app, ImVec2 min, ImVec2 max);

//-----------------------------------------------------------------------------
// [SECTION] Placed labels
// The timeline and the network place labels with polity/labels.hpp; these measure text for it
// and draw what it placed.
//-----------------------------------------------------------------------------

// The size placed labels are drawn at: the body size, a little smaller on a phone, where the
// canvas is small for the titles it holds.
float PlacedLabelSize();
// Text widths at `font_size` pixels in the current font, as the placement measures them.
MeasureText MeasureWith(float font_size);
// A placed label: its lines from `top_left`, one every `line_height`, at `font_size`, on a halo
// of the background that keeps it legible over lines.
void DrawLabel(const AppState& app, const TextBlock& text, ImVec2 top_left, float line_height, float font_size,
               ImU32 color);

} // namespace polity::ui
