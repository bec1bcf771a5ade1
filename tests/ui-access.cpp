// Every reader, natively and headless: search across languages and scripts, contrast of both
// themes computed from ImGui's style colours, reduced motion, and the HTML twin the page reads.
// Keyboard walks are in ui-keyboard.cpp. Linked into the UI smoke test.
//
// Index of this file
// [SECTION] Search in every language
// [SECTION] Themes and contrast
// [SECTION] The HTML twin
#include "ui-harness.hpp"
#include "views/theme.hpp"

using namespace polity;
using namespace polity::ui;
using namespace polity::uitest;

//-----------------------------------------------------------------------------
// [SECTION] Search in every language
//-----------------------------------------------------------------------------

TEST_CASE("access: a query in Russian or Kazakh finds the entity by its name in that language") {
    Headless ui;
    auto app = ShippedApp();
    for (const char* query : {"омбудсмен", "Уполномоченный", "уполномоченный по правам", "уәкіл", "УӘКІЛ", "уакил",
                              "Human Rights Commissioner", "ombudsman"}) {
        CAPTURE(query);
        SetSearchText(*app, query);
        ui.Frames(*app, 2);
        REQUIRE_FALSE(app->search.results.empty());
        CHECK(app->data->At(app->search.results.front()).id == "ombudsman");
    }
    SetSearchText(*app, "Конституциялық Сот");   // the Constitutional Court's Kazakh name
    ui.Frames(*app, 2);
    REQUIRE_FALSE(app->search.results.empty());
    CHECK(app->data->At(app->search.results.front()).id == "constitutional-court");
}

//-----------------------------------------------------------------------------
// [SECTION] Themes and contrast
//-----------------------------------------------------------------------------

namespace {

ImU32 StyleColor(const ImGuiStyle& style, ImGuiCol slot) { return ImGui::ColorConvertFloat4ToU32(style.Colors[slot]); }

// Every text colour against every fill it is drawn on, read back from ImGui's style.
void CheckStyleContrast(const ImGuiStyle& s, const Palette& p) {
    const ImU32 text = StyleColor(s, ImGuiCol_Text), muted = StyleColor(s, ImGuiCol_TextDisabled);
    const ImU32 accent = StyleColor(s, ImGuiCol_CheckMark);
    const ImGuiCol fills[] = {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered,
                              ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header,
                              ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive, ImGuiCol_TableRowBgAlt};
    for (ImGuiCol fill : fills) {
        CAPTURE(ImGui::GetStyleColorName(fill));
        CHECK(ContrastRatio(text, StyleColor(s, fill)) >= 4.5);
        CHECK(ContrastRatio(muted, StyleColor(s, fill)) >= 4.5);
    }
    for (ImGuiCol fill : {ImGuiCol_WindowBg, ImGuiCol_TableRowBgAlt, ImGuiCol_Header, ImGuiCol_FrameBgHovered}) {
        CAPTURE(ImGui::GetStyleColorName(fill));
        CHECK(ContrastRatio(accent, StyleColor(s, fill)) >= 4.5);   // links, figures, the active tab
    }
    CHECK(ContrastRatio(p.focus, p.background) >= 3.0);            // the focus ring (WCAG 1.4.11)
    CHECK(ContrastRatio(p.focus, p.accent_soft) >= 3.0);
    CHECK(ContrastRatio(p.error, p.background) >= 4.5);
    CHECK(ContrastRatio(p.warning, p.background) >= 4.5);
}

} // namespace

TEST_CASE("access: text keeps 4.5:1 contrast in light and dark themes, whatever the accent") {
    CHECK(ContrastRatio(Rgb(0x000000), Rgb(0xffffff)) == doctest::Approx(21.0));
    CHECK(ContrastRatio(Rgb(0x777777), Rgb(0xffffff)) == doctest::Approx(4.48).epsilon(0.01));
    for (bool dark : {false, true}) {
        for (std::uint32_t accent : {kDefaultAccent, 0xffff00u, 0x000000u, 0xffffffu, 0xff0000u, 0x00ff00u, 0x808080u}) {
            CAPTURE(dark);
            CAPTURE(accent);
            const Palette p = MakePalette(dark, accent);
            ImGuiStyle style;
            ApplyTheme(style, p, 16.0f);
            CheckStyleContrast(style, p);
        }
    }
}

TEST_CASE("access: kind and theme colours stay visible (3:1) on both backgrounds") {
    auto app = ShippedApp();
    for (int mode : {1, 2}) {
        SetTheme(*app, mode);
        UpdateTheme(*app);
        for (ImU32 c : app->theme.kind_colors) CHECK(ContrastRatio(c, app->theme.palette.background) >= 3.0);
        for (ImU32 c : app->theme.theme_colors) CHECK(ContrastRatio(c, app->theme.palette.background) >= 3.0);
    }
}

TEST_CASE("access: the theme follows the host's option, else the system; the frame uses it") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app, 1);
    CHECK(State(*app)["theme"] == "light");
    SetSystemDarkMode(*app, true);               // auto follows prefers-color-scheme
    ui.Frames(*app, 1);
    CHECK(State(*app)["theme"] == "dark");
    CHECK(Luminance(StyleColor(ImGui::GetStyle(), ImGuiCol_WindowBg)) < 0.05);
    SetTheme(*app, 1);                           // the host says light: the system no longer decides
    ui.Frames(*app, 1);
    CHECK(State(*app)["theme"] == "light");
    SetTheme(*app, 7);                           // not a mode: ignored
    SetAccent(*app, 0xffff00);                   // a yellow accent is darkened until links read
    ui.Frames(*app, 1);
    CHECK(ContrastRatio(app->theme.palette.accent, app->theme.palette.background) >= 4.5);
    for (View view : {View::Overview, View::Timeline, View::Network, View::Figures}) {
        SetTheme(*app, 2);
        Navigate(*app, view, "");
        ui.Frames(*app, 2);                      // every view draws in the dark theme too
        CHECK(HasContent(*app));
    }
}

TEST_CASE("access: with reduced motion nothing animates, not even the loading bar") {
    Headless ui;
    auto app = CreateApp(AppOptions{});
    SetLoadProgress(*app, -1.0, 0, 0, "data.json");
    ui.Frames(*app, 2);
    CHECK(WantsAnotherFrame(*app));
    SetReducedMotion(*app, true);
    ui.Frames(*app, 3);
    CHECK_FALSE(WantsAnotherFrame(*app));
}

//-----------------------------------------------------------------------------
// [SECTION] The HTML twin
//-----------------------------------------------------------------------------

TEST_CASE("access: the twin is the loaded dataset as one article in the reader's language") {
    auto empty = CreateApp(AppOptions{});
    CHECK(RenderTwin(*empty, "en", false).empty());
    auto app = ShippedApp();
    const std::string kk = RenderTwin(*app, "kk", false);
    CHECK(kk.rfind("<article class=\"polity-twin\" lang=\"kk\">", 0) == 0);
    CHECK(kk.find("id=\"ombudsman\"") != std::string::npos);
    CHECK(kk.find("уәкіл") != std::string::npos);
    CHECK(RenderTwin(*app, "xx", false).find("lang=\"en\"") != std::string::npos);   // unknown: English
    CHECK(RenderTwinOf("{\"format\": 5}", "en", false).empty());                  // no WebGL, bad data
}
