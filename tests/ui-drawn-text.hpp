// The text a headless frame drew as one string, and a font with Cyrillic for reading it: see the
// harness's DrawnText, which reads every glyph quad back from ImGui's draw data (tabs, buttons,
// draw-list text, popups, without the widgets' help; glyphs cut by a clip rectangle left out).
#pragma once

#include "ui-harness.hpp"
#include "imgui.h"

#include <cmath>
#include <fstream>
#include <string>

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

// Everything the last rendered frame drew as text, one line per baseline (the harness's DrawnText
// runs, those side by side joined by a space). Call after ImGui::Render().
inline std::string DrawnLines() {
    std::string out;
    float top = -1e9f;
    for (const DrawnRun& run : DrawnText()) {
        if (!out.empty()) out += std::fabs(run.min.y - top) < 0.5f * (run.max.y - run.min.y) ? ' ' : '\n';
        out += run.text;
        top = run.min.y;
    }
    return out;
}

// True when the last rendered frame drew `text` whole: on one line or wrapped over lines that
// follow each other, spaces and line breaks alike.
inline bool DrewWhole(const std::string& text) {
    return !text.empty() && Squeezed(DrawnLines()).find(Squeezed(text)) != std::string::npos;
}

} // namespace polity::uitest
