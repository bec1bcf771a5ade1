// Polity Explorer widget — the font atlas, drawn by the browser (see web_fonts.hpp).
#include "platform/web_fonts.hpp"

#include "polity/i18n.hpp"

#include <imgui_internal.h>  // ImFontAtlasBuildInit/Finish: the atlas's own rects and glyph registration

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

//-----------------------------------------------------------------------------
// Imports from web_library.js ([SECTION] Glyphs)
//-----------------------------------------------------------------------------

extern "C" {
// metrics[0..3]: the em size, ascent, descent and line, in device pixels, of the host's font
// set so that ascent + descent fill a line of `line_px`, or a taller line for an em of `min_em_px`.
void polity_js_glyph_font(float line_px, float min_em_px, float* metrics);
// For each of `n` characters, 5 floats: width and height of its bitmap, its offset from the
// pen position at the line's top, and its advance. Width 0: nothing to draw (a space).
void polity_js_glyph_boxes(const ImWchar* chars, int n, float* boxes);
// Draws each character whose place (x, y; x < 0: none) is given into the atlas's alpha pixels.
void polity_js_glyph_draw(const ImWchar* chars, int n, const int* places, unsigned char* pixels, int width, int height);
}

// ImGui's own builder (stb_truetype and its built-in font) is replaced at link time by this one
// (wasm/CMakeLists.txt: --wrap): the atlas is always made by BuildBrowserFont before the
// renderer asks for it, so nothing reaches here — and if something did, it gets no atlas
// rather than a font the page never chose.
extern "C" bool __wrap__ZN11ImFontAtlas5BuildEv(ImFontAtlas*) { return false; }

namespace polity::platform {

//-----------------------------------------------------------------------------
// [SECTION] The characters an atlas holds
//-----------------------------------------------------------------------------

GlyphSet::GlyphSet() {
    for (ImWchar c = 0x20; c < 0x7F; ++c) chars_.push_back(c);
    Add(InterfaceCharacters());
}

bool GlyphSet::Add(char32_t c) {
    if (c < 0x20 || c > 0xFFFF || (c >= 0x7F && c < 0xA0)) return false;
    const auto at = std::lower_bound(chars_.begin(), chars_.end(), static_cast<ImWchar>(c));
    if (at != chars_.end() && *at == c) return false;
    chars_.insert(at, static_cast<ImWchar>(c));
    return true;
}

bool GlyphSet::Add(const std::vector<char32_t>& characters) {
    bool added = false;
    for (const char32_t c : characters) added = Add(c) || added;
    return added;
}

//-----------------------------------------------------------------------------
// [SECTION] Building the atlas
//-----------------------------------------------------------------------------

namespace {

// Places every rect of the atlas (glyphs, and ImGui's own for the mouse cursors and thick
// lines) in rows, tallest first: glyphs are nearly all one height, so the rows fill well.
void PackRects(ImFontAtlas& atlas) {
    ImVector<ImFontAtlasCustomRect>& rects = atlas.CustomRects;
    std::vector<int> order(static_cast<std::size_t>(rects.Size));
    for (int i = 0; i < rects.Size; ++i) order[static_cast<std::size_t>(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return rects[a].Height > rects[b].Height; });
    int area = 0;
    for (const ImFontAtlasCustomRect& r : rects) area += (r.Width + 1) * (r.Height + 1);
    int width = 256;
    while (width * width < area * 2 && width < 4096) width *= 2;
    const int gap = atlas.TexGlyphPadding;
    int x = gap, y = gap, row = 0;
    for (const int i : order) {
        ImFontAtlasCustomRect& r = rects[i];
        if (x + r.Width + gap > width) {
            x = gap;
            y += row + gap;
            row = 0;
        }
        r.X = static_cast<unsigned short>(x);
        r.Y = static_cast<unsigned short>(y);
        x += r.Width + gap;
        row = std::max<int>(row, r.Height);
    }
    atlas.TexWidth = width;
    atlas.TexHeight = static_cast<int>(ImUpperPowerOfTwo(y + row + gap));
}

} // namespace

void BuildBrowserFont(ImFontAtlas& atlas, float line_px, float min_em_px, const GlyphSet& glyphs) {
    atlas.Clear();
    float metrics[4] = {line_px, line_px * 0.8f, line_px * 0.2f, line_px};
    polity_js_glyph_font(line_px, min_em_px, metrics);
    ImFont* font = IM_NEW(ImFont);
    atlas.Fonts.push_back(font);
    font->FontSize = metrics[3];
    font->Ascent = metrics[1];
    font->Descent = -metrics[2];
    font->ContainerAtlas = &atlas;

    const std::vector<ImWchar>& chars = glyphs.characters();
    const int n = static_cast<int>(chars.size());
    std::vector<float> boxes(chars.size() * 5);  // width, height, x, y, advance
    polity_js_glyph_boxes(chars.data(), n, boxes.data());
    std::vector<int> rect_of(chars.size(), -1);
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const float* b = &boxes[5 * i];
        if (b[0] > 0 && b[1] > 0)
            rect_of[i] = atlas.AddCustomRectFontGlyph(font, chars[i], static_cast<int>(b[0]), static_cast<int>(b[1]), b[4],
                                                      ImVec2(b[2], b[3]));
        else
            font->AddGlyph(nullptr, chars[i], 0, 0, 0, 0, 0, 0, 0, 0, b[4]);
    }
    ImFontAtlasBuildInit(&atlas);
    PackRects(atlas);
    const std::size_t pixels = static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight);
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixels));
    std::memset(atlas.TexPixelsAlpha8, 0, pixels);
    atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(atlas.TexWidth), 1.0f / static_cast<float>(atlas.TexHeight));

    std::vector<int> places(chars.size() * 2, -1);
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (rect_of[i] < 0) continue;
        const ImFontAtlasCustomRect& r = atlas.CustomRects[rect_of[i]];
        places[2 * i] = r.X;
        places[2 * i + 1] = r.Y;
    }
    polity_js_glyph_draw(chars.data(), n, places.data(), atlas.TexPixelsAlpha8, atlas.TexWidth, atlas.TexHeight);
    ImFontAtlasBuildFinish(&atlas);
}

} // namespace polity::platform
