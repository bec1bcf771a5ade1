// The text a headless frame drew as one string (with the harness's Headless(size, kWidgetFontPx),
// Russian and Kazakh too): see the harness's DrawnText, which reads every glyph quad back from ImGui's draw data (tabs, buttons,
// draw-list text, popups, without the widgets' help; glyphs cut by a clip rectangle left out).
#pragma once

#include "ui-harness.hpp"
#include "imgui.h"

#include <cmath>
#include <string>

namespace polity::uitest {

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
