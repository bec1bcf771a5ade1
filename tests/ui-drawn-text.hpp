// The text a headless frame drew, read back from ImGui's draw data: every glyph quad is matched
// to the font atlas's glyph by its texture coordinates, and glyphs are joined into words by
// their positions. It sees whatever reached the screen (tabs, buttons, draw-list text, popups),
// without the widgets' help. Glyphs cut by a clip rectangle are left out.
#pragma once

#include "imgui.h"

#include <cmath>
#include <fstream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace polity::uitest {

// A TrueType font with Cyrillic where the system has one (Debian's fonts-dejavu-core, from which
// the widget's own font is cut), else ImGui's built-in one; call before the first frame.
inline void UseCyrillicFont(float px = 16.0f) {
    static constexpr const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static constexpr ImWchar kRanges[] = {0x0020, 0x017F, 0x0400, 0x052F, 0x2000, 0x206F, 0x2116, 0x2116, 0x2190, 0x2199, 0};
    ImGuiIO& io = ImGui::GetIO();
    if (!std::ifstream(kFont).good()) return;
    io.Fonts->Clear();
    io.Fonts->AddFontFromFileTTF(kFont, px, nullptr, kRanges);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
}

inline void AppendUtf8(std::string& out, unsigned c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Everything the last rendered frame drew as text, one line per run of glyphs on a baseline,
// words separated by spaces. Call after ImGui::Render().
inline std::string DrawnText() {
    const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    std::map<std::tuple<float, float, float, float>, const ImFontGlyph*> by_uv;
    for (const ImFontGlyph& g : font->Glyphs)
        if (g.Visible) by_uv[{g.U0, g.V0, g.U1, g.V1}] = &g;
    const float space = font->FindGlyph(' ') ? font->FindGlyph(' ')->AdvanceX : font->FontSize * 0.3f;
    std::string out;
    float pen = 0.0f, baseline = -1e9f;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
            for (unsigned k = 0; k + 6 <= cmd.ElemCount;) {
                const unsigned a = cmd.VtxOffset + idx[k];
                const bool quad = idx[k + 1] == idx[k] + 1 && idx[k + 2] == idx[k] + 2 && idx[k + 3] == idx[k] &&
                                  idx[k + 4] == idx[k] + 2 && idx[k + 5] == idx[k] + 3;
                if (!quad) { k += 3; continue; }
                const ImDrawVert& v0 = list->VtxBuffer[static_cast<int>(a)];
                const ImDrawVert& v2 = list->VtxBuffer[static_cast<int>(a + 2)];
                const auto it = by_uv.find({v0.uv.x, v0.uv.y, v2.uv.x, v2.uv.y});
                k += 6;
                if (it == by_uv.end()) continue;
                const ImFontGlyph& g = *it->second;
                const float scale = g.X1 > g.X0 ? (v2.pos.x - v0.pos.x) / (g.X1 - g.X0) : 1.0f;
                const float x = v0.pos.x - g.X0 * scale, y = v0.pos.y - g.Y0 * scale;
                if (std::fabs(y - baseline) > 1.0f) {
                    if (!out.empty()) out += '\n';
                } else if (x - pen > space * scale * 0.4f || pen - x > space * scale * 2.0f) {
                    out += ' ';
                }
                AppendUtf8(out, g.Codepoint);
                baseline = y;
                pen = x + g.AdvanceX * scale;
            }
        }
    }
    return out;
}

} // namespace polity::uitest
