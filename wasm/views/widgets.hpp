// Polity Explorer widget — small widgets the views share: the theme's colours, headings,
// wrapped text, entity links, theme chips, citation marks, qualified numbers, list rows.
// Sizes are in font-size units (Em), never pixels: the platform scales fonts with the screen.
//
// Index of this file
// [SECTION] Units and colours
// [SECTION] Text
// [SECTION] Links, chips, citations
// [SECTION] Numbers and dates
// [SECTION] Lists (lists.cpp)
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
bool IsPhone(const AppState& app);      // under 480 CSS pixels wide, whatever the text's size
bool ForTouch(const AppState& app);     // a coarse pointer, or a phone's width: hints speak of taps
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
// Every text wraps to as many lines as it needs: nothing the dataset says is drawn shortened.
// The one exception, OneLine, keeps the whole text one hover or focus away (a title bar).
//-----------------------------------------------------------------------------

void Heading(const AppState& app, const std::string& text);  // larger title text, wrapped
void SectionLabel(const char* label);   // small muted label above a section
void Paragraph(const AppState& app, const std::string& text); // wrapped body text; nothing for ""
void Paragraph(const AppState& app, const std::string& text, float width);  // the same, in a column `width` wide
void MutedText(const AppState& app, const std::string& text); // wrapped secondary text
// The same for the program's own words (hints, counts, labels), laid out by ImGui itself (so they line up after ImGui::AlignTextToFramePadding).
void Paragraph(const std::string& text);
void MutedText(const std::string& text);
// Draws `text` at `pos` wrapped to `width` (polity/layout.hpp's rule) at font size `size`
// (0: the current one; `color` 0: the text colour); returns its height.
float DrawWrapped(ImVec2 pos, const std::string& text, float width, ImU32 color = 0,
                  float size = 0.0f);
float WrappedHeight(const std::string& text, float width, float size = 0.0f);   // the height DrawWrapped takes
float LastLineWidth(const std::string& text, float width);   // how wide its last line is
// One line, cut with "..." to fit `width`, the whole text in a tooltip on hover: only for a
// line whose whole text is also elsewhere (the dataset's title in the top bar).
void OneLine(const std::string& text, float width, ImU32 color = 0);
// One line, cut with "..." to fit `width`.
std::string Ellipsize(const std::string& text, float width);
// For the error screen's diagnostics only (a list of thousands, the program's own words):
// `text` at `pos` wrapped to `width`, cut after `max_lines` lines with "...".
float DrawClippedText(ImVec2 pos, const std::string& text, int max_lines, float width, ImU32 color = 0);

//-----------------------------------------------------------------------------
// [SECTION] Links, chips, citations
//-----------------------------------------------------------------------------

// Before an inline item `width` pixels wide: stay on the line if it fits (true), else start a new one.
bool FlowNext(float width);
// A muted hint after a row of buttons: beside them on their text's line when it fits, else under
// them with no button's padding above it.
void ToolbarHint(const char* hint);
// Accent-coloured text wrapped to the space left on the line, underlined on hover and focus;
// true when clicked or opened with the keyboard. `focus` names it for the live region (default:
// the label). In a picture it is plain text: a picture has nothing to click.
bool Link(AppState& app, const std::string& label, const std::string& focus = {});
// The same, wrapped to `wrap` pixels rather than the space left on the line.
bool WrappedLink(AppState& app, const std::string& label, const std::string& focus, float wrap);
// A link on one line, cut with "..." to `width`, the whole label on hover and focus (breadcrumbs).
bool ShortLink(AppState& app, const std::string& label, float width);
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
// A source's number: its place in the Sources view, from 1, as its citation marks show it.
std::size_t SourceNumber(const AppState& app, Index source);
// "Source: [1]" ("Sources: [1] [2]"): a compact mark per source in place of its full line; a
// click, Enter or Space on a mark opens the source in the detail panel, whose link opens it.
// Drawn on the current line when `same_line` and it fits there, else on a line of its own.
void CitationMarks(AppState& app, const std::vector<Index>& sources, bool same_line = false);
float CitationMarksWidth(const AppState& app, const std::vector<Index>& sources);
// "Publisher, place  ·  25 August 2025": who published a source, where and when.
std::string SourceByline(const AppState& app, Index source);
// The full list, one source a line: "[1] Title" (a link to it) and its byline, wrapped.
void SourceList(AppState& app, const std::vector<Index>& sources);
// A button that opens an http(s) URL through the platform, the URL wrapped under it; nothing for
// other URLs.
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
std::string DateText(const AppState& app, Date date);         // "5 June 2022"; "" when unset
std::string DateSpan(const AppState& app, Date from, Date to);// "2021–2024"; "" when unset
// When an observation was: its label, else its date or period, else "".
std::string ObservationWhen(const AppState& app, const Observation& obs);

//-----------------------------------------------------------------------------
// [SECTION] Lists
//-----------------------------------------------------------------------------

// One list row's content: lines one under another, each wrapped to the row's width; then the
// citation marks of `cites` (after the last line when they fit there); then `url` as a link.
struct RowText {
    std::string text;
    ImU32 color = 0;                     // 0: the text colour
};
struct Row {
    std::vector<RowText> lines;
    std::vector<Index> cites;
    std::string url;                     // an http(s) address that the row's link opens
};
// A clickable list row `width` wide (0: to the right edge) and as tall as its content; returns
// true when the row itself is clicked.
bool ListRow(AppState& app, Index id, bool selected, const Row& row, float width = 0.0f);

// A list of blocks of different heights (list rows of wrapped text, a reform with its changes,
// a metric with its chart), which ImGuiListClipper cannot do: blocks on screen are drawn and
// measured; blocks off screen are skipped using the height they had when last drawn, or the
// average for those never drawn. So each frame costs the visible blocks plus a little
// arithmetic per block. One block past each edge is drawn too, so Tab always has a next (or
// previous) control to move to. Heights measured at another width or in another language
// stand in until their blocks are drawn again (forgetting them would flicker the scrollbar).
struct MeasuredBlocks {
    std::vector<float> heights;          // per block, with the spacing after it; 0 = never drawn
    float total = 0.0f;                  // sum of the measured heights
    std::size_t measured = 0;            // how many are measured
};
void DrawMeasuredBlocks(const AppState& app, MeasuredBlocks& blocks, std::size_t count,
                        const std::function<void(std::size_t)>& draw);
// Items in as many columns as fit, each at least `column` wide (one on a phone, two on a wide
// screen), row after row; each row of the grid is one of `blocks`. `draw(k, width)` draws item k
// in its cell, whose width bounds the item's text and links too. `ruled`: a line under each row.
void DrawMeasuredGrid(const AppState& app, MeasuredBlocks& blocks, std::size_t count, float column,
                      const std::function<void(std::size_t, float)>& draw, bool ruled = false);

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
float PlacedLabelSize(const AppState& app);
float PlotEm(const AppState& app, float n);   // n font sizes; on a phone as large as at a 16-pixel line at most
// While it lives, the window's text is at the plot's size (PlotEm): a plot (the timeline, the
// network) with its toolbar and legend is a chart, and an article's larger reading text would
// crowd its names out of a phone's canvas.
struct PlotTextSize {
    explicit PlotTextSize(const AppState& app);
    ~PlotTextSize();
    PlotTextSize(const PlotTextSize&) = delete;
    PlotTextSize& operator=(const PlotTextSize&) = delete;
};
// Text widths at `font_size` pixels in the current font, as the placement measures them.
MeasureText MeasureWith(float font_size);
// A placed label: its lines from `top_left`, one every `line_height`, at `font_size`, on a halo
// of the background that keeps it legible over lines.
void DrawLabel(const AppState& app, const TextBlock& text, ImVec2 top_left, float line_height, float font_size,
               ImU32 color);

} // namespace polity::ui
