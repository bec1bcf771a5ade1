// Targets a thumb can hit, natively and headless: every control the explorer draws — in every
// view scrolled from top to bottom, with each kind of entity open, with each menu open — at
// 320, 390 and 1280 CSS pixels, in English, Russian and Kazakh, is at least 44×44 CSS pixels
// with a coarse pointer (a touch screen) and 24×24 with a mouse, and no two overlap. Measured
// from the item rectangles the controls report (NoteFocus), at the size the web platform draws:
// CSS pixels × devicePixelRatio, with the widget's font at 16 CSS pixels.
// Linked into the UI smoke test.
#include "ui-harness.hpp"
#include "platform/gestures.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include <algorithm>
#include <sstream>

using namespace polity;
using namespace polity::uitest;

namespace {

struct Screen {
    float width, height, dpr; // CSS pixels
};
constexpr Screen kScreens[] = {
    {320.0f, 640.0f, 3.0f}, {390.0f, 844.0f, 3.0f}, {1280.0f, 800.0f, 1.0f}, {1280.0f, 800.0f, 2.0f}};

// What fell short on one screen, as lines for the report; `seen` counts the controls measured.
struct Findings {
    std::vector<std::string> problems;
    std::size_t seen = 0;
};

ImVec2 Clip(ImVec2 v, const ControlReport& c) {
    return ImVec2(std::clamp(v.x, c.clip_min.x, c.clip_max.x), std::clamp(v.y, c.clip_min.y, c.clip_max.y));
}

bool Contains(const ControlReport& a, const ControlReport& b) {
    return a.min.x <= b.min.x && a.min.y <= b.min.y && a.max.x >= b.max.x && a.max.y >= b.max.y;
}

// The visible parts of two controls share more than a sliver (a row may carry its own button).
bool Overlap(const ControlReport& a, const ControlReport& b) {
    if (Contains(a, b) || Contains(b, a)) return false;
    const ImVec2 a0 = Clip(a.min, a), a1 = Clip(a.max, a), b0 = Clip(b.min, b), b1 = Clip(b.max, b);
    const float w = std::min(a1.x, b1.x) - std::max(a0.x, b0.x), h = std::min(a1.y, b1.y) - std::max(a0.y, b0.y);
    return w > 0.5f && h > 0.5f;
}

void Measure(const AppState& app, float target_css, const std::string& where, bool menu_open, Findings* f) {
    const float dpr = app.pointer.dpr;
    const auto& controls = app.drawn.controls;
    for (std::size_t k = 0; k < controls.size(); ++k) {
        const ControlReport& c = controls[k];
        ++f->seen;
        const float w = (c.max.x - c.min.x) / dpr, h = (c.max.y - c.min.y) / dpr;
        std::ostringstream line;
        if (w < target_css - 0.01f || h < target_css - 0.01f) {
            line << where << ": \"" << c.label << "\" is " << w << "x" << h << " CSS px";
            f->problems.push_back(line.str());
        }
        if (menu_open) continue; // an open menu lies over the controls below it
        for (std::size_t j = k + 1; j < controls.size(); ++j)
            if (Overlap(c, controls[j]))
                f->problems.push_back(where + ": \"" + c.label + "\" overlaps \"" + controls[j].label + "\"");
    }
}

// The control labelled `label` in the last frame, or nullptr.
const ControlReport* Find(const AppState& app, const std::string& label) {
    for (const ControlReport& c : app.drawn.controls)
        if (c.label == label) return &c;
    return nullptr;
}

ImVec2 Middle(const ControlReport& c) { return ImVec2((c.min.x + c.max.x) * 0.5f, (c.min.y + c.max.y) * 0.5f); }

// Measures what is on screen, then scrolls the body down a screenful at a time and measures
// again, to its end.
void MeasureScrolling(
    Headless& ui, AppState& app, ImVec2 body, float target_css, const std::string& where, Findings* f) {
    for (int page = 0; page < 40; ++page) {
        Measure(app, target_css, where + " (screen " + std::to_string(page + 1) + ")", false, f);
        if (platform::ScrollAt(app, body, ImGui::GetIO().DisplaySize.y * 0.6f) != 0.0f) return; // at the end
        ui.Frames(app, 2);
    }
}

// Opens the menu whose closed box is labelled `label`, measures its choices, closes it again.
void MeasureMenu(
    Headless& ui, AppState& app, const std::string& label, float target_css, const std::string& where, Findings* f) {
    const ControlReport* box = Find(app, label);
    if (box == nullptr) {
        f->problems.push_back(where + ": no menu \"" + label + "\"");
        return;
    }
    ui.Click(app, Middle(*box));
    ui.Frames(app, 2);
    Measure(app, target_css, where + ", menu " + label, true, f);
    ui.Press(app, ImGuiKey_Escape);
    ui.Frames(app, 2);
}

Findings MeasureScreen(const Screen& s, const char* lang, bool coarse) {
    Headless ui(ImVec2(s.width * s.dpr, s.height * s.dpr), std::round(16.0f * s.dpr));
    auto app = ShippedApp(lang);
    SetDevicePixelRatio(*app, s.dpr);
    SetCoarsePointer(*app, coarse);
    app->drawn.record_controls = true;
    const float target = coarse ? 44.0f : 24.0f;
    std::ostringstream name;
    name << s.width << " CSS px at " << s.dpr << "x, " << lang << ", " << (coarse ? "touch" : "mouse");
    const ImVec2 body(s.width * s.dpr * 0.5f, s.height * s.dpr * 0.7f);
    Findings f;
    for (const ViewInfo& info : Views()) {
        Navigate(*app, info.view, "");
        ui.Frames(*app);
        MeasureScrolling(ui, *app, body, target, name.str() + ", " + info.name, &f);
    }
    for (int k = 0; k < kKindCount; ++k) { // the detail panel of each kind of entity
        const auto& of_kind = app->by_kind[k];
        if (of_kind.empty()) continue;
        Navigate(*app, View::Overview, app->data->At(of_kind.front()).id);
        ui.Frames(*app);
        const ImVec2 panel(s.width * s.dpr * 0.9f, body.y); // the panel is at the right, or the whole body
        MeasureScrolling(ui, *app, panel, target, name.str() + ", detail of " + app->data->At(of_kind.front()).id, &f);
    }
    Navigate(*app, View::Institutions, "");
    ui.Frames(*app);
    MeasureMenu(ui, *app, std::string(Ui(*app, UiString::Language)) + ": " + LangEndonym(LangFromCode(lang)), target,
        name.str(), &f);
    MeasureMenu(ui, *app, Ui(*app, UiString::Download), target, name.str(), &f);
    if (s.width < 640.0f) // narrow (under 40 font sizes): a menu of views, not tabs
        MeasureMenu(ui, *app, Ui(*app, UiString::Institutions), target, name.str(), &f);
    return f;
}

} // namespace

TEST_CASE("targets: every control is 44x44 CSS px on touch and 24x24 with a mouse, on every screen and language") {
    for (const Screen& s : kScreens) {
        for (const char* lang : {"en", "ru", "kk"}) {
            for (bool coarse : {true, false}) {
                const Findings f = MeasureScreen(s, lang, coarse);
                CAPTURE(s.width);
                CAPTURE(s.dpr);
                CAPTURE(lang);
                CAPTURE(coarse);
                CHECK(f.seen > 100);
                std::string report;
                for (std::size_t k = 0; k < std::min<std::size_t>(f.problems.size(), 12); ++k)
                    report += f.problems[k] + "\n";
                CHECK_MESSAGE(f.problems.empty(), f.problems.size() << " problems, the first:\n" << report);
            }
        }
    }
}
