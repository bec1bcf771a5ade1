// Polity Explorer widget — what makes the explorer work for every reader: light and dark
// themes with readable contrast, reduced motion, the keyboard's hooks around the frame, and
// the HTML twin that screen readers read (see app.hpp for the contract).
//
// Index of this file
// [SECTION] Appearance
// [SECTION] Keyboard
// [SECTION] The HTML twin
#include "app.hpp"

#include "app_state.hpp"
#include "polity/html.hpp"
#include "polity/i18n.hpp"
#include "polity/load.hpp"
#include "views/keyboard.hpp"
#include "views/widgets.hpp"

#include <utility>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Appearance
//-----------------------------------------------------------------------------

static void Restyle(AppState& app) {
    app.theme.stale = true;
    app.settle_frames = 2;
}

void SetTheme(AppState& app, int mode) {
    if (mode < 0 || mode > 2) return;
    app.theme.mode = static_cast<ThemeMode>(mode);
    Restyle(app);
}

void SetSystemDarkMode(AppState& app, bool dark) {
    app.theme.system_dark = dark;
    Restyle(app);
}

void SetAccent(AppState& app, std::uint32_t rgb) {
    app.theme.accent = rgb & 0xffffffu;
    Restyle(app);
}

void SetReducedMotion(AppState& app, bool reduce) {
    app.theme.reduced_motion = reduce;
    app.settle_frames = 2;
}

void UpdateTheme(AppState& app) {
    ThemeState& t = app.theme;
    if (!t.stale) return;
    const bool dark = t.mode == ThemeMode::Dark || (t.mode == ThemeMode::Auto && t.system_dark);
    t.palette = MakePalette(dark, t.accent);
    t.kind_colors = LegibleKindColors(t.palette);
    t.theme_colors = app.data ? LegibleThemeColors(*app.data, t.palette) : std::vector<ImU32>{};
    t.stale = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

void KeyboardBack(AppState& app) {
    if (!app.back.empty()) GoBack(app);
    else if (app.current.item != kNone) Select(app, kNone);  // a deep link opened it: nothing before
}

void ResetKeyboardFocus(AppState& app) { app.keyboard.reset = true; }

int TakeFocusExit(AppState& app) { return std::exchange(app.keyboard.exit, 0); }

std::string TakeFocusAnnouncement(AppState& app) {
    KeyboardState& k = app.keyboard;
    if (k.focus_label == k.reported_label) return {};
    k.reported_label = k.focus_label;
    return k.focus_label;
}

//-----------------------------------------------------------------------------
// [SECTION] The HTML twin
//-----------------------------------------------------------------------------

// A hundred items per section keep the twin of a dataset of any size to a few thousand nodes
// (100,000 events whole are 700,000), which the page inserts in idle time without a pause.
static HtmlOptions TwinOptions(std::string_view lang, bool all) {
    HtmlOptions options;
    options.lang = LangCode(LangFromCode(lang));   // en, ru or kk; English for the rest
    options.standalone = false;
    options.max_per_section = all ? 0 : kTwinItemsPerSection;
    return options;
}

std::string RenderTwin(const AppState& app, std::string_view lang, bool all) {
    return app.data ? RenderHtml(*app.data, TwinOptions(lang, all)) : std::string();
}

std::string RenderTwinOf(std::string_view dataset, std::string_view lang, bool all) {
    const LoadResult result = LoadDataset(dataset, "dataset.json");
    return result.ok() ? RenderHtml(*result.dataset, TwinOptions(lang, all)) : std::string();
}

} // namespace polity::ui
