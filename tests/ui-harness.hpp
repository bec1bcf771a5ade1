// What the UI tests share (unit-ui-smoke.cpp, ui-*.cpp): a headless ImGui context whose frames
// run as the platform runs them (with ImGui's own font, or the widget's at a given size), keys
// pressed the way its queue delivers them, the app's state as JSON, the shipped dataset loaded
// into an app, and the text a frame drew, read back from its draw data.
#pragma once

#include "app.hpp"
#include "app_state.hpp"
#include "platform/keys.hpp"
#include "polity/load.hpp"
#ifdef POLITY_HAVE_GENERATOR
#include "dataset_generator.hpp"
#endif

#include "imgui.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace polity::uitest {

using namespace polity::ui;   // the tests drive the app's API throughout

// The face the widget bundles as its fallback, with its characters (cmake/font.cmake), at the
// widget's 16 CSS pixels: for tests that measure sizes or read Russian and Kazakh text back.
inline constexpr char kWidgetFont[] = POLITY_FONT_SOURCE;
inline constexpr float kWidgetFontPx = 16.0f;
// Article mode's line: a 16-pixel em (web_platform.cpp, kArticleMinEmPx) in a font whose ascent
// and descent span 1.164 em, as DejaVu's and most text faces' do.
inline constexpr float kArticleFontPx = 18.7f;

// POLITY_FONT_UNICODES ("U+0020-007E,U+2116,...") as ImGui glyph ranges, zero-terminated.
inline const ImWchar* WidgetGlyphs() {
    static const std::vector<ImWchar> ranges = [] {
        std::vector<ImWchar> out;
        for (const char* p = POLITY_FONT_UNICODES; *p != '\0';) {
            char* end = nullptr;
            const auto first = static_cast<ImWchar>(std::strtoul(p + 2, &end, 16));   // past "U+"
            const auto last = *end == '-' ? static_cast<ImWchar>(std::strtoul(end + 1, &end, 16)) : first;
            out.insert(out.end(), {first, last});
            p = *end == ',' ? end + 1 : end;
        }
        out.push_back(0);
        return out;
    }();
    return ranges.data();
}

struct Headless {
    ImGuiContext* context = nullptr;
    // `font_px` > 0: the widget's font at that size, as the web platform loads it (16 CSS pixels
    // times the devicePixelRatio); else ImGui's small default font. Text then measures as in the
    // browser: a window `w` pixels wide at 16 pixels stands for a page `w` CSS pixels wide.
    explicit Headless(ImVec2 size = ImVec2(1200.0f, 800.0f), float font_px = 0.0f) {
        context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        // No renderer reads the draw data: let a very tall window hold more than 64K vertices.
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
        platform::MapKeys(io);
        if (font_px > 0.0f) REQUIRE_MESSAGE(io.Fonts->AddFontFromFileTTF(kWidgetFont, font_px, nullptr, WidgetGlyphs()),
                                            "needs fonts-dejavu-core");
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    }
    ~Headless() { ImGui::DestroyContext(context); }
    Headless(const Headless&) = delete;

    // One frame; returns how many vertices ImGui produced.
    int Frame(AppState& app) {
        ImGui::NewFrame();
        DrawFrame(app);
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }
    // A few frames, as the platform draws after each event; returns the last vertex count.
    int Frames(AppState& app, int n = 3) {
        int vertices = 0;
        for (int k = 0; k < n; ++k) vertices = Frame(app);
        return vertices;
    }
    // A key pressed in one frame and released in the next, as the platform's queue delivers it.
    void Press(AppState& app, ImGuiKey_ key, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyShift = shift;
        io.KeysDown[io.KeyMap[key]] = true;
        Frame(app);
        io.KeysDown[io.KeyMap[key]] = false;
        Frame(app);
        io.KeyShift = false;
    }
    // A mouse click as the platform's queue delivers one: the pointer arrives, then the press,
    // then the release, a frame each.
    void Click(AppState& app, ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        Frame(app);
        io.MouseDown[0] = true;
        Frame(app);
        io.MouseDown[0] = false;
        Frame(app);
    }
    void Type(AppState& app, unsigned codepoint) {
        ImGui::GetIO().AddInputCharacter(codepoint);
        Frames(app, 2);
    }
};

// A picture as the platform takes one (platform.hpp, LayOutPicture and DrawPicture): laid out in
// frames at its size and font scale, then drawn once more; the picture mode stays on, for the
// test to look at, and the last frame's draw data holds the picture (DrawnText). Make `ui` with
// the font the platform uses for pictures: Headless(size, kWidgetFontPx * kPictureDensity).
inline void TakePicture(Headless& ui, AppState& app, PicturePreset preset, float article_width = 680.0f) {
    BeginPicture(app, "2026-11-28", preset, article_width);
    ImGuiIO& io = ImGui::GetIO();
    const auto frame = [&] {
        io.DisplaySize = ImVec2(PictureWidth(app), PictureHeight(app));
        io.FontGlobalScale = PictureFontScale(app);
        ui.Frame(app);
    };
    for (int k = 0; k < 16 && !PictureReady(app); ++k) frame();
    REQUIRE(PictureReady(app));
    frame();
    io.FontGlobalScale = 1.0f;
}

inline nlohmann::json State(const AppState& app) {
    const nlohmann::json j = nlohmann::json::parse(DescribeState(app), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

inline std::string Focus(const AppState& app) { return State(app)["focus"].get<std::string>(); }

inline std::unique_ptr<AppState, void (*)(AppState*)> ShippedApp(const AppOptions& options) {
    auto app = CreateApp(options);
    LoadResult r = LoadDatasetFile(POLITY_SOURCE_DIR "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    SetDataset(*app, std::move(*r.dataset), {});
    return app;
}

inline std::unique_ptr<AppState, void (*)(AppState*)> ShippedApp(const char* lang = "en") {
    AppOptions options;
    options.language = lang;
    return ShippedApp(options);
}

#ifdef POLITY_HAVE_GENERATOR
// An app showing a generated dataset of `entities` entities (tests/dataset_generator.hpp).
inline std::unique_ptr<AppState, void (*)(AppState*)> GeneratedApp(std::size_t entities) {
    gen::GeneratorOptions options;
    options.entities = entities;
    LoadResult r = LoadDataset(gen::GenerateDataset(options), "generated.json");
    REQUIRE(r.ok());
    auto app = CreateApp(AppOptions{});
    SetDataset(*app, std::move(*r.dataset), {});
    return app;
}
#endif

// Tabs (Shift+Tabs) until the focused control's name satisfies `match`; false after `limit`.
template <typename Match>
bool TabTo(Headless& ui, AppState& app, Match match, int limit = 80, bool backward = false) {
    for (int k = 0; k < limit; ++k) {
        ui.Press(app, ImGuiKey_Tab, backward);
        if (match(Focus(app))) return true;
    }
    return false;
}

inline bool Is(const std::string& want, const std::string& have) { return have == want; }

//-----------------------------------------------------------------------------
// The text a frame drew, read back from its draw data: each glyph is a quad whose texture
// coordinates name the glyph in the font atlas. Glyphs on one line, close together, make a run;
// a gap of about a space reads as a space. A glyph the clip rectangle cuts is left out, so a
// clipped label reads as cut — as a reader would see it.
//-----------------------------------------------------------------------------

struct DrawnRun {
    std::string text;             // UTF-8, words separated by single spaces
    ImVec2 min, max;              // where, in display pixels
    float left = 0.0f;            // the pen's position before its first glyph
    float top = 0.0f;             // the top of its line of text, and the font size it is drawn at
    float size = 0.0f;
};

namespace detail {

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

struct DrawnGlyph {
    const ImFontGlyph* glyph = nullptr;
    float scale = 1.0f;           // drawn size / the font's size
    float origin_x = 0.0f;        // the pen position before the glyph
    float line_top = 0.0f;
    ImVec2 min, max;
};

inline bool Near(ImVec2 a, ImVec2 b) { return std::fabs(a.x - b.x) < 1e-5f && std::fabs(a.y - b.y) < 1e-5f; }

// Glyph quads of one draw list, whole inside their command's clip rectangle.
inline std::vector<DrawnGlyph> GlyphsOf(const ImDrawList& list, const ImFont& font,
                                        const std::map<std::pair<float, float>, const ImFontGlyph*>& by_uv) {
    std::vector<ImVec4> clip(static_cast<std::size_t>(list.VtxBuffer.Size), ImVec4(0, 0, 0, 0));
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        for (unsigned k = 0; k < cmd.ElemCount; ++k) clip[list.IdxBuffer[static_cast<int>(cmd.IdxOffset + k)] + cmd.VtxOffset] = cmd.ClipRect;
    std::vector<DrawnGlyph> out;
    const ImDrawVert* v = list.VtxBuffer.Data;
    for (int i = 0; i + 3 < list.VtxBuffer.Size; ++i) {
        const auto it = by_uv.find({v[i].uv.x, v[i].uv.y});
        if (it == by_uv.end()) continue;
        const ImFontGlyph* g = it->second;
        if (!Near(v[i + 1].uv, ImVec2(g->U1, g->V0)) || !Near(v[i + 2].uv, ImVec2(g->U1, g->V1)) ||
            !Near(v[i + 3].uv, ImVec2(g->U0, g->V1)))
            continue;
        const ImVec2 min = v[i].pos, max = v[i + 2].pos;
        const ImVec4& c = clip[static_cast<std::size_t>(i)];
        i += 3;
        const float shown_w = std::min(max.x, c.z) - std::max(min.x, c.x), shown_h = std::min(max.y, c.w) - std::max(min.y, c.y);
        if (shown_w < 0.75f * (max.x - min.x) || shown_h < 0.75f * (max.y - min.y)) continue;   // cut by the clip rect
        const float scale = g->X1 > g->X0 ? (max.x - min.x) / (g->X1 - g->X0) : 1.0f;
        out.push_back({g, scale, min.x - g->X0 * scale, min.y - g->Y0 * scale, min, max});
    }
    (void)font;
    return out;
}

} // namespace detail

// Every run of text in the last rendered frame, in draw order.
inline std::vector<DrawnRun> DrawnText() {
    const ImFont& font = *ImGui::GetIO().Fonts->Fonts[0];
    std::map<std::pair<float, float>, const ImFontGlyph*> by_uv;
    for (const ImFontGlyph& g : font.Glyphs)
        if (g.Visible) by_uv.emplace(std::make_pair(g.U0, g.V0), &g);
    const ImFontGlyph* space = font.FindGlyphNoFallback(' ');
    std::vector<DrawnRun> runs;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; data && l < data->CmdListsCount; ++l) {
        std::vector<detail::DrawnGlyph> glyphs = detail::GlyphsOf(*data->CmdLists[l], font, by_uv);
        std::stable_sort(glyphs.begin(), glyphs.end(), [](const detail::DrawnGlyph& a, const detail::DrawnGlyph& b) {
            return std::round(a.line_top) != std::round(b.line_top) ? a.line_top < b.line_top : a.origin_x < b.origin_x;
        });
        DrawnRun* run = nullptr;
        float pen = 0.0f, top = 0.0f;
        for (const detail::DrawnGlyph& g : glyphs) {
            const float space_w = (space ? space->AdvanceX : font.FontSize * 0.3f) * g.scale;
            const float gap = g.origin_x - pen;
            if (!run || std::fabs(g.line_top - top) > 0.5f || gap > 2.0f * space_w || gap < -1.0f) {
                runs.push_back({"", g.min, g.max, g.origin_x, g.line_top, font.FontSize * g.scale});
                run = &runs.back();
            } else if (gap > 0.5f * space_w) {
                run->text += ' ';
            }
            detail::AppendUtf8(run->text, g.glyph->Codepoint);
            run->min = ImVec2(std::min(run->min.x, g.min.x), std::min(run->min.y, g.min.y));
            run->max = ImVec2(std::max(run->max.x, g.max.x), std::max(run->max.y, g.max.y));
            pen = g.origin_x + g.glyph->AdvanceX * g.scale;
            top = g.line_top;
        }
    }
    return runs;
}

// Everything the last rendered frame drew as text, one line per baseline (DrawnText's runs,
// those side by side joined by a space).
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

// `text` with every run of spaces as one space, trimmed: how DrawnText spells it.
inline std::string Squeezed(const std::string& text) {
    std::string out;
    for (std::size_t k = 0; k < text.size(); ++k) {
        const char c = text[k];
        const bool nbsp = c == '\xC2' && k + 1 < text.size() && text[k + 1] == '\xA0';   // drawn as a gap, like a space
        const bool blank = c == ' ' || c == '\n' || c == '\t' || nbsp;
        k += nbsp ? 1 : 0;
        if (blank && (out.empty() || out.back() == ' ')) continue;
        out += blank ? ' ' : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}
// True when some run drawn contains `text` (spaces squeezed).
inline bool Drew(const std::vector<DrawnRun>& runs, const std::string& text) {
    const std::string want = Squeezed(text);
    return std::any_of(runs.begin(), runs.end(), [&](const DrawnRun& r) { return r.text.find(want) != std::string::npos; });
}

namespace detail {

bool DrawnFrom(const std::vector<DrawnRun>& runs, const DrawnRun& run, std::string_view rest, float left);

// Whether `rest`, which follows the text of `run`, is drawn on: after a wider gap on the same line
// (where the text has a space: "Astana  ·  25"), or from the start of the line below, no further
// right than the text's first line began (`left`).
inline bool DrawnAfter(const std::vector<DrawnRun>& runs, const DrawnRun& run, std::string_view rest, float left) {
    const bool space = rest.front() == ' ';
    // A line wraps at a space, or after a "/"; only a word wider than the whole line is split
    // between characters, alone on its line. A word split after others on its line was not
    // moved down where it would have fitted: not whole.
    if (!space && run.text.back() != '/' && run.text.find(' ') != std::string::npos) return false;
    if (space) rest.remove_prefix(1);
    return std::any_of(runs.begin(), runs.end(), [&](const DrawnRun& next) {
        const float down = next.top - run.top;
        const bool beside = space && std::fabs(down) < 0.25f * run.size && next.left > run.max.x &&
                            next.left - run.max.x < 1.5f * run.size;
        const bool below = down > 0.5f * run.size && down < 2.0f * run.size && next.left <= left + 1.0f;
        return (beside || below) && DrawnFrom(runs, next, rest, left);
    });
}

// Whether `rest` is drawn from the start of `run` on.
inline bool DrawnFrom(const std::vector<DrawnRun>& runs, const DrawnRun& run, std::string_view rest, float left) {
    const std::string_view line = run.text;
    if (rest.size() <= line.size()) return line.substr(0, rest.size()) == rest;   // its last run
    return rest.substr(0, line.size()) == line && DrawnAfter(runs, run, rest.substr(line.size()), left);
}

} // namespace detail

// True when `text` (spaces squeezed) is drawn whole: in one run, or over runs that follow one
// another, on one line or wrapped onto the lines below. A text shortened with an ellipsis, or cut
// by a window's edge (DrawnText leaves out glyphs the clip rectangle cuts), is not.
inline bool DrewWhole(const std::vector<DrawnRun>& runs, const std::string& text) {
    const std::string want = Squeezed(text);
    if (want.empty()) return true;
    const std::string start = want.substr(0, std::min<std::size_t>(want.size(), 4));
    for (const DrawnRun& run : runs) {
        if (run.text.find(want) != std::string::npos) return true;
        for (std::size_t at = run.text.find(start); at != std::string::npos; at = run.text.find(start, at + 1)) {
            const std::string_view tail = std::string_view(run.text).substr(at);
            if (tail.size() < want.size() && want.compare(0, tail.size(), tail) == 0 &&
                detail::DrawnAfter(runs, run, std::string_view(want).substr(tail.size()), run.left))
                return true;
        }
    }
    return false;
}

// The same for the last rendered frame.
inline bool DrewWhole(const std::string& text) { return !text.empty() && DrewWhole(DrawnText(), text); }

// The runs that end shortened, with "..." or "…": nothing a dataset says may be drawn so.
inline std::vector<std::string> Shortened(const std::vector<DrawnRun>& runs) {
    std::vector<std::string> out;
    for (const DrawnRun& r : runs)
        if (r.text.find("...") != std::string::npos || r.text.find("\xE2\x80\xA6") != std::string::npos) out.push_back(r.text);
    return out;
}

} // namespace polity::uitest
