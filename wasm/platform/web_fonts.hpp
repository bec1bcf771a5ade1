// Polity Explorer widget — the font atlas, drawn by the browser's own text engine. Each glyph the
// interface and the dataset use is rasterised by Canvas 2D fillText in the host element's font
// (web_library.js, [SECTION] Glyphs) and placed into ImGui's atlas as a custom glyph: the
// widget ships no font file and no rasteriser, and its text is set in the page's own typeface.
// A bundled face (polity-fallback.woff2, loaded only when needed) covers characters the page's
// fonts lack, and the embed option data-font="bundled".
//
// Index of this file
// [SECTION] The characters an atlas holds
// [SECTION] Building the atlas
#pragma once

#include <imgui.h>

#include <vector>

namespace polity::platform {

//-----------------------------------------------------------------------------
// [SECTION] The characters an atlas holds
//-----------------------------------------------------------------------------

// Printable ASCII, every character of the interface's own words in its three languages, and
// those added later: the dataset's, what the reader types. Sorted, each once; the Basic
// Multilingual Plane only (ImGui's characters are 16 bits wide).
class GlyphSet {
public:
    GlyphSet();
    bool Add(const std::vector<char32_t>& characters);  // true when any was new
    bool Add(char32_t c);                               // likewise
    const std::vector<ImWchar>& characters() const { return chars_; }

private:
    std::vector<ImWchar> chars_;
};

//-----------------------------------------------------------------------------
// [SECTION] Building the atlas
//-----------------------------------------------------------------------------

// Rebuilds `atlas` as one font whose lines are `line_px` device pixels tall, or taller where
// the host's font would otherwise be smaller than `min_em_px` (its em, device pixels; 0 for no
// minimum), with a glyph for every character of `glyphs` as the browser draws it. The
// renderer's texture must be made again afterwards.
void BuildBrowserFont(ImFontAtlas& atlas, float line_px, float min_em_px, const GlyphSet& glyphs);

} // namespace polity::platform
