// What the UI tests share (unit-ui-smoke.cpp, ui-*.cpp): a headless ImGui
// context whose frames run as the platform runs them, keys pressed the way its queue delivers
// them, the app's state as JSON, and the shipped dataset loaded into an app.
#pragma once

#include "app.hpp"
#include "app_state.hpp"
#include "polity/load.hpp"

#include "imgui.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <iterator>
#include <memory>
#include <string>

namespace polity::uitest {

using namespace polity::ui;   // the tests drive the app's API throughout

// ImGui keys as the platform numbers them: index k of kKeys is io.KeysDown[k].
inline constexpr ImGuiKey_ kKeys[] = {ImGuiKey_Tab, ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow,
                                      ImGuiKey_DownArrow, ImGuiKey_Enter, ImGuiKey_Escape, ImGuiKey_Backspace,
                                      ImGuiKey_Space, ImGuiKey_KeyPadEnter};

// The font the widget embeds a subset of (wasm/CMakeLists.txt), for tests that measure sizes.
inline constexpr char kWidgetFont[] = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

struct Headless {
    ImGuiContext* context = nullptr;
    // `font_px` > 0: the widget's font at that size, as the web platform loads it (16 CSS pixels
    // times the devicePixelRatio); else ImGui's small default font.
    explicit Headless(ImVec2 size = ImVec2(1200.0f, 800.0f), float font_px = 0.0f) {
        context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        for (int k = 0; k < static_cast<int>(std::size(kKeys)); ++k) io.KeyMap[kKeys[k]] = k;
        if (font_px > 0.0f) REQUIRE_MESSAGE(io.Fonts->AddFontFromFileTTF(kWidgetFont, font_px, nullptr,
                                                                        io.Fonts->GetGlyphRangesCyrillic()),
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

inline nlohmann::json State(const AppState& app) {
    const nlohmann::json j = nlohmann::json::parse(DescribeState(app), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

inline std::string Focus(const AppState& app) { return State(app)["focus"].get<std::string>(); }

inline std::unique_ptr<AppState, void (*)(AppState*)> ShippedApp(const char* lang = "en") {
    AppOptions options;
    options.language = lang;
    auto app = CreateApp(options);
    LoadResult r = LoadDatasetFile(POLITY_SOURCE_DIR "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    SetDataset(*app, std::move(*r.dataset), {});
    return app;
}

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

} // namespace polity::uitest
