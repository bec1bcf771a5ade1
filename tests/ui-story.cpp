// The timeline and the network tell the article's story: drawn natively and headless with the
// widget's own font at the sizes readers see (1280×800 on a desktop, 390×844 on a phone), in
// English, Russian and Kazakh. Every label whole and apart, the plot used, the empty years folded,
// the merged mark opening both, zoom anchored where the reader points, ticks in the reader's
// language, the detail panel leaving the axis readable, every node named.
//
// Index of this file
// [SECTION] Harness
// [SECTION] Timeline
// [SECTION] Network

#include "ui-harness.hpp"

#include "views/widgets.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace polity;
using namespace polity::ui;
using polity::uitest::DrawnRun;
using polity::uitest::DrawnText;
using polity::uitest::Drew;
using polity::uitest::Headless;
using polity::uitest::kWidgetFontPx;
using polity::uitest::Squeezed;
using polity::uitest::State;

//-----------------------------------------------------------------------------
// [SECTION] Harness
//-----------------------------------------------------------------------------

namespace {

struct Screen {
    const char* name;
    ImVec2 size;
};
const Screen kScreens[] = {{"1280x800", ImVec2(1280.0f, 800.0f)}, {"390x844", ImVec2(390.0f, 844.0f)}};
constexpr const char* kLanguages[] = {"en", "ru", "kk"};

std::unique_ptr<AppState, void (*)(AppState*)> StoryApp(const char* lang, View view, const char* item = "") {
    auto app = polity::uitest::ShippedApp(lang);
    Navigate(*app, view, item);
    return app;
}

bool Overlap(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

Rect CircleBox(Vec2 c, double r) { return {c.x - r, c.y - r, 2 * r, 2 * r}; }

std::string Joined(const TextBlock& block) {
    std::string out;
    for (std::string_view line : block.lines) out += (out.empty() ? "" : " ") + std::string(line);
    return out;
}

// A click, then the frames that draw what it opened.
void Click(Headless& ui, AppState& app, ImVec2 at) {
    ui.Click(app, at);
    ui.Frames(app, 2);
}

void Wheel(Headless& ui, AppState& app, ImVec2 at, float notches, bool ctrl) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    ui.Frame(app);
    io.MouseWheel = notches;
    io.KeyCtrl = ctrl;
    ui.Frame(app);
    io.MouseWheel = 0.0f;
    io.KeyCtrl = false;
    ui.Frames(app, 2);
}

// The first words of a text, as many as make a recognisable phrase on one line.
std::string FirstWords(const std::string& text, int words) {
    std::size_t at = 0;
    for (int k = 0; k < words && at != std::string::npos; ++k) at = text.find(' ', at + 1);
    return text.substr(0, at);
}

// The drawn runs inside a screen rectangle.
std::vector<DrawnRun> RunsIn(const std::vector<DrawnRun>& runs, ImVec2 min, ImVec2 max) {
    std::vector<DrawnRun> out;
    for (const DrawnRun& r : runs)
        if (r.min.x >= min.x - 1.0f && r.max.x <= max.x + 1.0f && r.min.y >= min.y - 1.0f && r.max.y <= max.y + 1.0f)
            out.push_back(r);
    return out;
}

// The position in the track of the mark that opens `id`.
std::size_t MarkOf(const AppState& app, const char* id) {
    const Index i = app.data->Find(id);
    for (std::size_t k = 0; k < app.track.entries.size(); ++k)
        if (app.track.entries[k].item == i) return k;
    return static_cast<std::size_t>(-1);
}

ImVec2 DotOnScreen(const AppState& app, std::size_t k) {
    const TimelineMarks& m = app.timeline.marks;
    const TimelineMarkPlace& p = m.places[k - m.range.begin];
    return ImVec2(m.origin.x + static_cast<float>(p.dot.x), m.origin.y + static_cast<float>(p.dot.y));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Timeline
//-----------------------------------------------------------------------------

TEST_CASE("story timeline: every mark has its whole title, no two labels overlap, and none covers a dot") {
    for (const Screen& screen : kScreens) {
        for (const char* lang : kLanguages) {
            CAPTURE(std::string(screen.name));
            CAPTURE(std::string(lang));
            Headless ui(screen.size, kWidgetFontPx);
            auto app = StoryApp(lang, View::Timeline);
            ui.Frames(*app, 3);
            const TimelineMarks& marks = app->timeline.marks;
            REQUIRE(marks.range.size() == app->track.items.size());   // fitted: every mark in view
            const std::vector<DrawnRun> runs = DrawnText();
            const ImVec2 end(marks.origin.x + marks.size.x, marks.origin.y + marks.size.y);
            const std::vector<DrawnRun> in_plot = RunsIn(runs, marks.origin, end);
            for (std::size_t k = 0; k < marks.places.size(); ++k) {
                const TimelineMarkPlace& p = marks.places[k];
                const std::string title = NameOf(*app, app->track.items[k]);
                CAPTURE(title);
                REQUIRE(p.labelled);
                CHECK(Squeezed(Joined(p.text)) == Squeezed(title));              // nothing cut
                for (std::string_view line : p.text.lines) CHECK(Drew(in_plot, std::string(line)));
                CHECK(p.label.x >= 0.0);
                CHECK(p.label.x + p.label.w <= marks.size.x);
                for (std::size_t j = 0; j < marks.places.size(); ++j) {
                    const double r = ImGui::GetFontSize() * 0.3;
                    CHECK_FALSE(Overlap(p.label, CircleBox(marks.places[j].dot, r)));
                    if (j != k) CHECK_FALSE(Overlap(p.label, marks.places[j].label));
                }
            }
            for (const DrawnRun& r : in_plot) CHECK(r.text.find("...") == std::string::npos);
        }
    }
}

TEST_CASE("story timeline: the marks use at least half the plot's height") {
    for (const Screen& screen : kScreens) {
        CAPTURE(std::string(screen.name));
        Headless ui(screen.size, kWidgetFontPx);
        auto app = StoryApp("en", View::Timeline);
        ui.Frames(*app, 3);
        const TimelineMarks& marks = app->timeline.marks;
        double top = marks.size.y, bottom = 0.0;
        for (const TimelineMarkPlace& p : marks.places) {
            top = std::min({top, p.label.y, p.dot.y});
            bottom = std::max({bottom, p.label.y + p.label.h, p.dot.y});
        }
        const double share = (bottom - top) / marks.size.y;
        MESSAGE(std::string(screen.name) << ": the marks span " << share * 100.0 << " % of the plot's height");
        CHECK(share >= 0.5);
    }
}

TEST_CASE("story timeline: the empty years fold: 1995, then 2022-2025, the years between named") {
    for (const Screen& screen : kScreens) {
        CAPTURE(std::string(screen.name));
        Headless ui(screen.size, kWidgetFontPx);
        auto app = StoryApp("en", View::Timeline);
        ui.Frames(*app, 3);
        const TimeAxis& axis = app->timeline.axis;
        REQUIRE(axis.folds.size() == 1);
        CHECK(axis.folds[0].from == 1996.0);
        CHECK(axis.folds[0].to == 2022.0);
        CHECK(axis.IsClosed(axis.folds[0]));
        const std::vector<DrawnRun> runs = DrawnText();
        for (const char* year : {"1995", "2022", "2023", "2024", "2025", "1996\xE2\x80\x93" "2021"}) CHECK_MESSAGE(Drew(runs, year), std::string(year));
        for (const char* year : {"2000", "2005", "2010", "2015", "2020"}) CHECK_FALSE_MESSAGE(Drew(runs, year), std::string(year));
        CHECK(app->timeline.to - app->timeline.from > 25.0);                 // the whole story in view
    }
}

TEST_CASE("story timeline: the folded years open as the reader zooms into them") {
    Headless ui(ImVec2(1280.0f, 800.0f), kWidgetFontPx);
    auto app = StoryApp("en", View::Timeline);
    ui.Frames(*app, 3);
    const TimelineMarks& marks = app->timeline.marks;
    const TimeAxis& axis = app->timeline.axis;
    const double fold_middle = marks.origin.x + (axis.ToPx(1996.0) + axis.ToPx(2022.0)) / 2;
    const double closed = axis.FoldWidth(axis.folds[0]);
    for (int k = 0; k < 8 && axis.IsClosed(axis.folds[0]); ++k) {
        Wheel(ui, *app, ImVec2(static_cast<float>(fold_middle), 300.0f), 2.0f, kWidgetFontPx);
    }
    CHECK(axis.FoldWidth(axis.folds[0]) > closed);
    CHECK_FALSE(axis.IsClosed(axis.folds[0]));
    CHECK(app->timeline.from > 1996.0);                 // what the reader sees now was folded away
    CHECK(app->timeline.to < 2022.0);
}

TEST_CASE("story timeline: the referendum and the Constitution it adopted are one mark that opens both") {
    for (const Screen& screen : kScreens) {
        CAPTURE(std::string(screen.name));
        Headless ui(screen.size, kWidgetFontPx);
        auto app = StoryApp("en", View::Timeline);
        ui.Frames(*app, 3);
        for (const char* reform : {"constitution-1995", "reform-2022"}) {
            CAPTURE(reform);
            const std::size_t k = MarkOf(*app, reform);
            REQUIRE(k < app->track.entries.size());
            const Index event = app->track.entries[k].also;
            REQUIRE(event != kNone);
            CHECK(MarkOf(*app, app->data->At(event).id.c_str()) == static_cast<std::size_t>(-1));   // no mark of its own
            Click(ui, *app, DotOnScreen(*app, k));
            CHECK(State(*app)["selected"] == reform);
            const std::vector<DrawnRun> runs = DrawnText();
            CHECK(Drew(runs, NameOf(*app, app->data->Find(reform))));
            CHECK(Drew(runs, FirstWords(NameOf(*app, event), 3)));
            CHECK(Drew(runs, FirstWords(Tr(*app, app->data->At(event).description), 3)));
            GoBack(*app);
            ui.Frames(*app, 3);
        }
    }
}

TEST_CASE("story timeline: the wheel, Ctrl+wheel (a pinch) and + zoom about where the reader points") {
    Headless ui(ImVec2(1280.0f, 800.0f), kWidgetFontPx);
    auto app = StoryApp("en", View::Timeline);
    ui.Frames(*app, 3);
    const TimelineView& view = app->timeline;
    for (bool ctrl : {false, true}) {
        CAPTURE(ctrl);
        const ImVec2 at = DotOnScreen(*app, MarkOf(*app, "detention-visits-2024"));
        const double before = view.axis.ToYears(at.x - view.marks.origin.x);
        const double span = view.to - view.from;
        Wheel(ui, *app, at, 2.0f, ctrl);
        CHECK(view.to - view.from < span * 0.9);
        CHECK(view.axis.ToYears(at.x - view.marks.origin.x) == doctest::Approx(before).epsilon(1e-6));
        app->timeline.FitAll(*app);
        ui.Frames(*app, 2);
    }
    const auto on_item = [](const std::string& f) { return std::count(f.begin(), f.end(), ',') >= 2; };
    REQUIRE(polity::uitest::TabTo(ui, *app, on_item));
    const double focused = app->track.years[view.focus];
    const double x = view.axis.ToPx(focused);
    ImGui::GetIO().AddInputCharacter('+');
    ui.Frames(*app, 2);
    CHECK(view.axis.ToPx(focused) == doctest::Approx(x).epsilon(1e-6));   // + zooms about the focused mark
}

TEST_CASE("story timeline: month ticks are in the reader's language") {
    const char* const july[] = {"Jul 2022", "\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8C 2022", "2022 \xD0\xB6. \xD1\x88\xD1\x96\xD0\xBB\xD0\xB4\xD0\xB5"};
    for (int l = 0; l < 3; ++l) {
        CAPTURE(std::string(kLanguages[l]));
        Headless ui(ImVec2(1280.0f, 800.0f), kWidgetFontPx);
        auto app = StoryApp(kLanguages[l], View::Timeline);
        ui.Frames(*app, 3);
        Wheel(ui, *app, DotOnScreen(*app, MarkOf(*app, "reform-2022")), 4.0f, false);
        const std::vector<DrawnRun> runs = DrawnText();
        CHECK(Drew(runs, july[l]));
        CHECK_FALSE(Drew(runs, "2022-07"));
    }
}

TEST_CASE("story timeline: a detail panel opens over a narrow timeline instead of squeezing its axis") {
    for (ImVec2 size : {ImVec2(680.0f, 800.0f), ImVec2(1280.0f, 800.0f)}) {
        CAPTURE(size.x);
        Headless ui(size, kWidgetFontPx);
        auto app = StoryApp("en", View::Timeline, "reform-2022");
        ui.Frames(*app, 3);
        CHECK(app->timeline.width >= 36.0f * ImGui::GetFontSize());
        const std::vector<DrawnRun> runs = DrawnText();
        for (const char* year : {"1995", "2022", "2024"}) CHECK_MESSAGE(Drew(runs, year), std::string(year));
        for (const DrawnRun& r : runs)   // a year is never drawn cut ("202")
            if (!r.text.empty() && std::all_of(r.text.begin(), r.text.end(), [](char c) { return c >= '0' && c <= '9'; }))
                CHECK(r.text.size() == 4);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Network
//-----------------------------------------------------------------------------

TEST_CASE("story network: every node drawn is named, its label over no other label and no node") {
    for (const Screen& screen : kScreens) {
        for (const char* lang : kLanguages) {
            CAPTURE(std::string(screen.name));
            CAPTURE(std::string(lang));
            Headless ui(screen.size, kWidgetFontPx);
            auto app = StoryApp(lang, View::Network);
            ui.Frames(*app, 3);
            const NetworkFit& fit = app->network.fit;
            REQUIRE_FALSE(fit.graph.nodes.empty());
            MESSAGE(std::string(screen.name) << " " << std::string(lang) << ": " << fit.graph.nodes.size() << " of "
                                << app->graph->full.nodes.size() << " nodes drawn");
            const std::vector<DrawnRun> runs = DrawnText();
            std::size_t named = 0;
            for (std::size_t n = 0; n < fit.places.size(); ++n) {
                const GraphLabelPlace& p = fit.places[n];
                CAPTURE(std::string(fit.nodes[n].text));
                CHECK(p.labelled);
                if (!p.labelled) continue;
                ++named;
                CHECK(Squeezed(Joined(p.text)) == Squeezed(std::string(fit.nodes[n].text)));
                for (std::string_view line : p.text.lines) CHECK(Drew(runs, std::string(line)));
                for (std::size_t j = 0; j < fit.places.size(); ++j) {
                    CHECK_FALSE(Overlap(p.label, CircleBox(fit.nodes[j].at, fit.nodes[j].radius)));
                    if (j != n && fit.places[j].labelled) CHECK_FALSE(Overlap(p.label, fit.places[j].label));
                }
            }
            CHECK(named == fit.graph.nodes.size());
            const UiString left_out = fit.kinds & KindBit(Kind::Event) ? UiString::NetworkWithoutFigures
                                                                       : UiString::NetworkWithoutFiguresEvents;
            if (fit.kinds != 0) CHECK(Drew(runs, FirstWords(Ui(*app, left_out), 3)));
        }
    }
}

TEST_CASE("story network: the layout fills the canvas and is the same every time") {
    Headless ui(ImVec2(1280.0f, 800.0f), kWidgetFontPx);
    auto first = StoryApp("en", View::Network);
    auto second = StoryApp("en", View::Network);
    ui.Frames(*first, 3);
    ui.Frames(*second, 3);
    const NetworkFit& a = first->network.fit;
    const NetworkFit& b = second->network.fit;
    REQUIRE(a.nodes.size() == b.nodes.size());
    double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
    for (std::size_t n = 0; n < a.nodes.size(); ++n) {
        CHECK(a.nodes[n].at.x == b.nodes[n].at.x);
        CHECK(a.nodes[n].at.y == b.nodes[n].at.y);
        CHECK(a.places[n].label.x == b.places[n].label.x);
        CHECK(a.places[n].label.y == b.places[n].label.y);
        left = std::min(left, a.nodes[n].at.x);
        right = std::max(right, a.nodes[n].at.x);
        top = std::min(top, a.nodes[n].at.y);
        bottom = std::max(bottom, a.nodes[n].at.y);
    }
    const float width = ImGui::GetIO().DisplaySize.x;
    CHECK(right - left > 0.8 * width);                 // not the middle third
    CHECK(bottom - top > 0.6 * (800.0 - 200.0));
}

TEST_CASE("story network: on a touch screen the hint speaks of taps and pinches") {
    Headless ui(ImVec2(390.0f, 844.0f), kWidgetFontPx);
    auto app = StoryApp("en", View::Network);
    SetCoarsePointer(*app, true);
    ui.Frames(*app, 3);
    const std::vector<DrawnRun> runs = DrawnText();
    CHECK(Drew(runs, "Tap a name"));
    CHECK(Drew(runs, "pinch"));
    CHECK_FALSE(Drew(runs, "Hover"));
}

TEST_CASE("story network: an item's details list what it is connected to, grouped by relation, each a link") {
    Headless ui(ImVec2(1280.0f, 3000.0f), kWidgetFontPx);   // tall enough that the whole panel is drawn
    auto app = StoryApp("en", View::Network, "ombudsman");
    ui.Frames(*app, 3);
    std::vector<DrawnRun> runs = DrawnText();
    CHECK(Drew(runs, "Connected to"));
    CHECK(Drew(runs, RelationPhrase(RelationType::Leads, false, Lang::En)));
    const auto person = std::find_if(runs.begin(), runs.end(), [](const DrawnRun& r) {
        return r.text == "Artur Lastayev" && r.min.x > 700.0f;   // in the panel, not a node label
    });
    REQUIRE(person != runs.end());
    Click(ui, *app, ImVec2((person->min.x + person->max.x) * 0.5f, (person->min.y + person->max.y) * 0.5f));
    CHECK(State(*app)["selected"] == "artur-lastayev");
}
