// Every word whole: every view, in English, Russian and Kazakh, at 320, 390, 680 and 1280 CSS
// pixels, for the article's dataset and a generated one of 3,000 entities, draws what it shows
// of the dataset in full: nothing shortened with "…", nothing cut by a window's edge. The tests
// read what each frame drew back from its draw data (the harness's DrawnText and DrewWhole).
//
// Index of this file
// [SECTION] Harness
// [SECTION] The walk
// [SECTION] Citation marks
#include "ui-harness.hpp"
#include "views/view_table.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

using namespace polity;
using namespace polity::ui;
using namespace polity::uitest;

//-----------------------------------------------------------------------------
// [SECTION] Harness
//-----------------------------------------------------------------------------

namespace {

constexpr float kWidths[] = {320.0f, 390.0f, 680.0f, 1280.0f};   // CSS pixels
// Tall enough that each list is drawn whole in one frame: every row is then in the draw data.
// The timeline and the network fill their canvas, so they get a screen's height instead.
constexpr float kTallPx = 60000.0f;
constexpr float kScreenPx = 800.0f;
constexpr const char* kLanguages[] = {"en", "ru", "kk"};

bool StartsWith(const std::string& text, const std::string& start) {
    return !start.empty() && text.compare(0, start.size(), start) == 0;
}

// The one shortening allowed: a line whose whole text is one hover or focus away — the dataset's
// title in the top bar, the places in the detail panel's trail (a view, an item, a quote by who
// said it: "Quote: Artur Lastayev") — and the interface's own "Search…". Never a quote's words.
bool MayBeShortened(const AppState& app, const std::string& run) {
    if (run == Squeezed(Ui(app, UiString::SearchPlaceholder))) return true;
    std::string kept = run;
    for (const char* dots : {"...", "\xE2\x80\xA6"})
        if (kept.size() >= std::strlen(dots) && kept.compare(kept.size() - std::strlen(dots), std::string::npos, dots) == 0)
            kept.resize(kept.size() - std::strlen(dots));
    if (kept == run) return false;      // "…" inside a line: not a shortened line
    std::vector<std::string> whole = {Tr(app, app.data->meta.title)};
    for (const ViewInfo& info : Views()) whole.push_back(Ui(app, info.label));
    const std::string quote = KindLabel(Kind::Quote, UiLang(app));
    for (Index k = 0; k < app.data->entities.size(); ++k) {
        const Kind kind = app.data->At(k).kind;
        if (kind != Kind::Quote) whole.push_back(NameOf(app, k));
        if (kind == Kind::Person) whole.push_back(quote + ": " + NameOf(app, k));
    }
    return std::any_of(whole.begin(), whole.end(), [&](const std::string& w) { return StartsWith(Squeezed(w), kept); });
}

// The runs shortened that may not be.
std::vector<std::string> Cut(const AppState& app, const std::vector<DrawnRun>& runs) {
    std::vector<std::string> cut;
    for (const std::string& r : Shortened(runs))
        if (!MayBeShortened(app, r)) cut.push_back(r);
    return cut;
}

// The entities whose names (a quote's words) a view lists, each of which it must draw whole.
const std::vector<Index>& Listed(const AppState& app, View view) {
    static const std::vector<Index> none;
    switch (view) {
    case View::Institutions: return app.by_kind[static_cast<int>(Kind::Institution)];
    case View::Reforms: return app.by_kind[static_cast<int>(Kind::Reform)];
    case View::Figures: return app.by_kind[static_cast<int>(Kind::Metric)];
    case View::Quotes: return app.by_kind[static_cast<int>(Kind::Quote)];
    case View::Sources: return app.by_kind[static_cast<int>(Kind::Source)];
    default: return none;
    }
}

struct Walk {
    AppState& app;
    std::size_t at_most = static_cast<std::size_t>(-1);   // listed entities checked per view
    bool every_label = true;             // every timeline and network label drawn, from 390 px up
    std::vector<std::string> cut;        // "where: text" for each text shortened or cut
    std::size_t checked = 0, unlabelled = 0;

    void Shortenings(const std::vector<DrawnRun>& runs, const std::string& where) {
        for (const std::string& r : Cut(app, runs)) cut.push_back(where + ": " + r);
    }
    void Whole(const std::vector<DrawnRun>& runs, const std::string& text, const std::string& where) {
        ++checked;
        if (!DrewWhole(runs, text)) cut.push_back(where + ": not whole: " + text);
    }

    // A placed label is whole, or left out where the canvas cannot hold them all: then its title
    // is one hover or focus away, never shortened. The article's story has room for every label
    // from 390 px up (issue: a timeline or network named in full on a phone); only a 320 px
    // screen, or a graph of hundreds of nodes, leaves some to hover and focus.
    // Labels sit a few pixels apart, closer than DrawnText's gap between runs, so a label's lines
    // are read one by one: together they are the title, and each is drawn.
    void Label(const std::vector<DrawnRun>& runs, bool labelled, const TextBlock& lines, const std::string& text,
               float width, const std::string& where) {
        if (labelled) {
            ++checked;
            std::string joined;
            for (std::string_view line : lines.lines) joined += std::string(line) + " ";
            const bool drawn = std::all_of(lines.lines.begin(), lines.lines.end(),
                                           [&](std::string_view line) { return Drew(runs, std::string(line)); });
            if (Squeezed(joined) != Squeezed(text) || !drawn) cut.push_back(where + ": label not whole: " + text);
            return;
        }
        ++unlabelled;
        if (every_label && width > 320.0f) cut.push_back(where + ": no label: " + text);
    }

    void View(ui::View view, float width, const std::string& where) {
        const std::vector<DrawnRun> runs = DrawnText();
        CHECK_MESSAGE(!runs.empty(), where);
        Shortenings(runs, where);
        const std::vector<Index>& listed = Listed(app, view);
        for (std::size_t k = 0; k < listed.size() && k < at_most; ++k) Whole(runs, NameOf(app, listed[k]), where);
        if (view == ui::View::Figures)      // each figure's "Measures" link, beside its label
            for (std::size_t k = 0; k < listed.size() && k < at_most; ++k)
                if (const Index subject = app.data->MetricOf(listed[k]).subject; subject != kNone)
                    Whole(runs, NameOf(app, subject), where);
        if (view == ui::View::Timeline) {
            const TimelineMarks& marks = app.timeline.marks;
            for (std::size_t k = marks.range.begin; k < marks.range.end; ++k)
            {
                const TimelineMarkPlace& p = marks.places[k - marks.range.begin];
                Label(runs, p.labelled, p.text, NameOf(app, app.track.items[k]), width, where);
            }
        }
        if (view == ui::View::Network) {
            const NetworkFit& fit = app.network.fit;
            for (std::size_t n = 0; n < fit.places.size(); ++n)
                Label(runs, fit.places[n].labelled, fit.places[n].text, std::string(fit.nodes[n].text), width, where);
        }
    }

    void Item(const std::string& id, const std::string& where) {
        const std::vector<DrawnRun> runs = DrawnText();
        Shortenings(runs, where);
        const Index i = app.data->Find(id);
        Whole(runs, app.data->At(i).kind == Kind::Quote ? Quoted(app, NameOf(app, i)) : NameOf(app, i), where);
    }
};

std::string Where(View view, const std::string& item, float width, const char* lang) {
    return std::string(ViewName(view)) + (item.empty() ? "" : "/" + item) + " @ " +
           std::to_string(static_cast<int>(width)) + "px " + lang;
}

// Every view at every width and language; with `items`, also each item's detail panel. Returns
// the texts cut.
std::vector<std::string> WalkEverything(AppState& app, const std::vector<std::string>& items, std::size_t at_most,
                                        bool every_label, float font_px = kWidgetFontPx) {
    Walk walk{app, at_most, every_label, {}, 0, 0};
    for (float width : kWidths) {
        for (bool canvas : {false, true}) {
            Headless ui(ImVec2(width, canvas ? kScreenPx : kTallPx), font_px);
            for (const char* lang : kLanguages) {
                SetLanguage(app, lang);
                for (const ViewInfo& info : Views()) {
                    if ((info.layout == BodyLayout::Canvas) != canvas) continue;
                    Navigate(app, info.view, "");
                    ui.Frames(app, 3);          // list heights and label placement settle
                    walk.View(info.view, width, Where(info.view, "", width, lang));
                }
                if (canvas) continue;
                for (const std::string& id : items) {
                    Navigate(app, View::Overview, id);
                    ui.Frames(app, 3);
                    walk.Item(id, Where(View::Overview, id, width, lang));
                }
            }
        }
    }
    MESSAGE(walk.checked << " texts checked whole, " << walk.cut.size() << " cut; " << walk.unlabelled
                         << " timeline or network labels left to hover and focus");
    return walk.cut;
}

std::string Joined(const std::vector<std::string>& lines, std::size_t at_most = 20) {
    std::string out;
    for (std::size_t k = 0; k < lines.size() && k < at_most; ++k) out += lines[k] + "\n";
    if (lines.size() > at_most) out += "... and " + std::to_string(lines.size() - at_most) + " more\n";
    return out;
}

// One id of each kind, for the detail panel.
std::vector<std::string> OneOfEachKind(const AppState& app) {
    std::vector<std::string> ids;
    for (const auto& list : app.by_kind)
        if (!list.empty()) ids.push_back(app.data->At(list.front()).id);
    return ids;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The walk
//-----------------------------------------------------------------------------

TEST_CASE("whole words: the article's dataset is drawn whole in every view, language and width") {
    auto app = ShippedApp();
    const std::vector<std::string> cut = WalkEverything(*app, OneOfEachKind(*app), static_cast<std::size_t>(-1), true);
    CHECK_MESSAGE(cut.empty(), cut.size() << " texts cut:\n" << Joined(cut));
}

static std::vector<std::string> Words(const std::string& text) {   // split at spaces
    std::vector<std::string> words;
    std::string word;
    for (char c : text + ' ') {
        if (c != ' ') word += c;
        else if (!word.empty()) words.push_back(std::exchange(word, {}));
    }
    return words;
}

// A browser's font may be wider than the tests', so the widths in between count too: a link
// beside a label ("Measures: Human Rights Commissioner") moves down whole rather than split a
// word that would fit on the line below ("Республикасындағ|ы").
TEST_CASE("whole words: a link beside a label moves to the next line rather than split a word") {
    auto app = ShippedApp("kk");
    Navigate(*app, View::Figures, "");
    std::vector<std::string> cut;
    for (float font_px : {16.0f, 18.0f, 20.0f}) {
        for (float width = 240.0f; width <= 420.0f; width += 4.0f) {
            Headless ui(ImVec2(width, kTallPx), font_px);
            ui.Frames(*app, 3);
            const std::vector<DrawnRun> runs = DrawnText();
            for (Index metric : app->by_kind[static_cast<int>(Kind::Metric)])
                if (const Index subject = app->data->MetricOf(metric).subject; subject != kNone)
                    for (const std::string& word : Words(NameOf(*app, subject)))
                        if (!Drew(runs, word))
                            cut.push_back(std::to_string(static_cast<int>(width)) + "px at " +
                                          std::to_string(static_cast<int>(font_px)) + "px: " + word);
        }
    }
    CHECK_MESSAGE(cut.empty(), cut.size() << " links split inside a word:\n" << Joined(cut));
}

TEST_CASE("whole words: in an article, at its larger text, the article's dataset is drawn whole too") {
    AppOptions options;
    options.mode = Mode::Article;
    auto app = ShippedApp(options);
    const std::vector<std::string> cut = WalkEverything(*app, OneOfEachKind(*app), static_cast<std::size_t>(-1), true,
                                                        kArticleFontPx);
    CHECK_MESSAGE(cut.empty(), cut.size() << " texts cut:\n" << Joined(cut));
}

#ifdef POLITY_HAVE_GENERATOR
TEST_CASE("whole words: a generated dataset of 3,000 entities is drawn whole in every view, language and width") {
    auto app = GeneratedApp(3000);
    const std::vector<std::string> cut = WalkEverything(*app, {}, 12, false);   // the first rows of each list
    CHECK_MESSAGE(cut.empty(), cut.size() << " texts cut:\n" << Joined(cut));
}
#endif

//-----------------------------------------------------------------------------
// [SECTION] Citation marks
//-----------------------------------------------------------------------------

namespace {

// What a view (with `item` open) draws once it has settled.
std::vector<DrawnRun> Drawn(Headless& ui, AppState& app, View view, const std::string& item) {
    Navigate(app, view, item);
    ui.Frames(app, 3);
    return DrawnText();
}

} // namespace

TEST_CASE("whole words: a source is a numbered mark that Tab reaches, named for the reader, and that opens it") {
    Headless ui(ImVec2(1280.0f, 800.0f), kWidgetFontPx);
    auto app = ShippedApp();
    const Index source = app->by_kind[static_cast<int>(Kind::Source)].front();
    const std::string name = "Source 1: " + NameOf(*app, source);
    for (View view : {View::Quotes, View::Reforms, View::Figures}) {
        CAPTURE(ViewName(view));
        Navigate(*app, view, "");
        ui.Frames(*app);
        REQUIRE(TabTo(ui, *app, [&](const std::string& f) { return f == name; }));
        ui.Press(*app, ImGuiKey_Enter);
        CHECK(State(*app)["selected"] == app->data->At(source).id);
        CHECK(State(*app)["view"] == ViewName(view));   // opened beside the view, in the detail panel
    }
}

TEST_CASE("whole words: the views show marks, not the source's line; the detail panel lists its sources in full") {
    Headless ui(ImVec2(1280.0f, 2000.0f), kWidgetFontPx);
    auto app = ShippedApp();
    const std::string title = NameOf(*app, app->by_kind[static_cast<int>(Kind::Source)].front());
    for (View view : {View::Quotes, View::Reforms, View::Figures}) {
        const std::vector<DrawnRun> runs = Drawn(ui, *app, view, "");
        CHECK_FALSE_MESSAGE(Drew(runs, title), ViewName(view));
        CHECK(Drew(runs, "[1]"));
    }
    const Index quote = app->by_kind[static_cast<int>(Kind::Quote)].front();
    CHECK(DrewWhole(Drawn(ui, *app, View::Quotes, app->data->At(quote).id), title));
}

TEST_CASE("whole words: a quote's detail shows its words whole, in its language's quotation marks") {
    auto app = ShippedApp();
    for (const char* lang : kLanguages) {
        SetLanguage(*app, lang);
        for (float width : {320.0f, 1280.0f}) {
            Headless ui(ImVec2(width, kTallPx), kWidgetFontPx);
            for (Index q : app->by_kind[static_cast<int>(Kind::Quote)]) {
                const std::string& id = app->data->At(q).id;
                const std::vector<DrawnRun> runs = Drawn(ui, *app, View::Quotes, id);
                CHECK_MESSAGE(Cut(*app, runs).empty(), Where(View::Quotes, id, width, lang));
                CHECK_MESSAGE(DrewWhole(runs, Quoted(*app, NameOf(*app, q))), Where(View::Quotes, id, width, lang));
            }
        }
    }
}
