// Article mode, natively and headless: the height the box wants for each view (content whole, a
// plot's fixed height, the limit with a clean cut), one row of tabs at 320 CSS pixels with the
// rest behind "More", the page's language; and in Russian and Kazakh, no English interface
// words in anything a view draws, in either mode.
//
// Index of this file
// [SECTION] Harness
// [SECTION] The box's height
// [SECTION] One row of tabs
// [SECTION] The page's language
// [SECTION] Every word in the reader's language

#include "ui-harness.hpp"
#include "views/article_bar.hpp"
#include "views/view_table.hpp"

#include "imgui.h"
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <vector>

using namespace polity;
using namespace polity::ui;
using polity::uitest::DrawnLines;
using polity::uitest::Headless;
using polity::uitest::State;

//-----------------------------------------------------------------------------
// [SECTION] Harness
//-----------------------------------------------------------------------------

namespace {

using AppPtr = std::unique_ptr<AppState, void (*)(AppState*)>;

// An app made with `options`, showing the article's dataset.
AppPtr Shipped(const AppOptions& options) { return uitest::ShippedApp(options); }

AppPtr ShippedIn(Mode mode, const char* lang, std::vector<View> tabs = {}) {
    AppOptions options;
    options.language = lang;
    options.mode = mode;
    options.tabs = std::move(tabs);
    return Shipped(options);
}

// A headless widget `width` pixels wide with the 16-pixel font, as a page of that many CSS
// pixels at a device pixel ratio of 1.
struct Widget {
    Headless ui;
    explicit Widget(float width) : ui(ImVec2(width, 600.0f), uitest::kWidgetFontPx) {}

    // What the page does: draw, give the box the height the app wants, draw again until both
    // agree. Returns the settled height.
    float Fit(AppState& app, float limit) {
        SetHeightLimit(app, limit);
        ImGuiIO& io = ImGui::GetIO();
        for (int k = 0; k < 16; ++k) {
            ui.Frame(app);
            const float wanted = WantedHeight(app);
            REQUIRE(wanted > 0.0f);
            if (k > 0 && HeightSettled(app) && std::fabs(io.DisplaySize.y - wanted) < 1.0f) return wanted;
            io.DisplaySize.y = wanted;
        }
        FAIL("the height never settled");
        return 0.0f;
    }
};

std::vector<View> ViewsOf(BodyLayout layout) {
    std::vector<View> views;
    for (const ViewInfo& info : Views())
        if (info.layout == layout) views.push_back(info.view);
    return views;
}

float Pad() { return ImGui::GetStyle().WindowPadding.y; }

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The box's height
//-----------------------------------------------------------------------------

TEST_CASE("article: a list or an article wants its whole content; the height settles and stays") {
    std::set<int> heights;
    for (View view : ViewsOf(BodyLayout::Scroll)) {
        CAPTURE(ViewName(view));
        Widget w(680.0f);
        auto app = ShippedIn(Mode::Article, "en");
        if (view == View::Search) SetSearchText(*app, "court");
        Navigate(*app, view, "");
        const float wanted = w.Fit(*app, 0.0f);
        const FitRegion& body = app->fit.body;
        CHECK_FALSE(app->fit.capped);
        CHECK(wanted == doctest::Approx(std::floor(body.top + std::max(body.height, 10.0f * 16.0f) + Pad())).epsilon(0.002));
        heights.insert(static_cast<int>(wanted));
        w.ui.Frames(*app, 3);                     // nothing changes: neither does the height
        CHECK(WantedHeight(*app) == wanted);
        CHECK(HeightSettled(*app));
    }
    CHECK(heights.size() >= 5);                   // each view its own height
}

TEST_CASE("article: a plot gets a comfortable fixed height, whatever its content") {
    for (float width : {320.0f, 680.0f, 1280.0f}) {
        for (View view : ViewsOf(BodyLayout::Canvas)) {
            CAPTURE(width);
            CAPTURE(ViewName(view));
            Widget w(width);
            auto app = ShippedIn(Mode::Article, "en");
            Navigate(*app, view, "");
            const float plot = w.Fit(*app, 0.0f) - app->fit.body.top - Pad();
            CHECK(plot >= 24.0f * 16.0f - 1.0f);
            CHECK(plot <= 38.0f * 16.0f + 1.0f);
            if (width < 640.0f) CHECK(plot == doctest::Approx(30.0f * 16.0f).epsilon(0.005));   // a phone
        }
    }
}

TEST_CASE("article: taller than the limit, the box ends in a gap, never across a card or a line") {
    for (float width : {320.0f, 390.0f, 680.0f}) {
        for (View view : ViewsOf(BodyLayout::Scroll)) {
            CAPTURE(width);
            CAPTURE(ViewName(view));
            Widget w(width);
            auto app = ShippedIn(Mode::Article, "ru");
            Navigate(*app, view, "");
            const float limit = 420.0f;
            w.ui.Frame(*app);
            if (app->fit.body.top + app->fit.body.height + Pad() <= limit) continue;   // fits: nothing to cut
            const float wanted = w.Fit(*app, limit);
            CHECK(app->fit.capped);
            CHECK(wanted <= limit);
            CHECK(wanted >= limit * 0.5f);        // a gap near the limit, not the first one
            const float cut = wanted - Pad();
            for (const ImVec2& ink : app->fit.body.ink) {
                const bool crosses = ink.x < cut - 0.5f && ink.y > cut + 0.5f;
                CHECK_MESSAGE(!crosses, "ink from " << ink.x << " to " << ink.y << " crosses the box's end " << cut);
            }
            // The reader scrolls inside: the box keeps its height.
            ImGuiIO& io = ImGui::GetIO();
            io.MousePos = ImVec2(width * 0.5f, wanted * 0.6f);
            io.MouseWheel = -2.0f;
            w.ui.Frame(*app);
            io.MouseWheel = 0.0f;
            w.ui.Frames(*app, 2);
            CHECK(app->fit.body.scroll > 0.0f);
            CHECK(WantedHeight(*app) == wanted);
            CHECK(HeightSettled(*app));
        }
    }
}

TEST_CASE("article: a detail panel beside the view counts; app mode wants no height") {
    Widget w(1000.0f);
    auto app = ShippedIn(Mode::Article, "en");
    Navigate(*app, View::Institutions, "ombudsman");
    w.Fit(*app, 0.0f);
    REQUIRE(app->fit.detail.drawn);
    CHECK(WantedHeight(*app) >= std::floor(app->fit.detail.top + app->fit.detail.height));

    Widget full(1000.0f);
    auto hosted = ShippedIn(Mode::App, "en");
    full.ui.Frames(*hosted, 2);
    CHECK(WantedHeight(*hosted) == 0.0f);
    CHECK(HeightSettled(*hosted));
}

//-----------------------------------------------------------------------------
// [SECTION] One row of tabs
//-----------------------------------------------------------------------------

namespace {

// The first line of the frame's text: the row of tabs.
std::string TabRow(AppState& app, Headless& ui) {
    ui.Frames(app, 2);
    const std::string text = DrawnLines();
    return text.substr(0, text.find('\n'));
}

bool Has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("article: the tabs fit one row at 320 CSS pixels in every language, the rest behind More") {
    for (const std::string lang : {"en", "ru", "kk"}) {
        CAPTURE(lang);
        Widget w(320.0f);
        auto app = ShippedIn(Mode::Article, lang.c_str());
        const std::string row = TabRow(*app, w.ui);
        CHECK(Has(row, Tr(UiString::More, LangFromCode(lang))));
        CHECK(Has(row, Tr(UiString::Overview, LangFromCode(lang))));
        const std::vector<View> views = ArticleViews(*app);
        CHECK(TabsThatFit(*app, views, View::Overview, 320.0f - 2.0f * ImGui::GetStyle().WindowPadding.x) >= 2);
        // One row: the view starts right under it (tab, separator, spacing), not a row later.
        const float tab = ImGui::GetTextLineHeight() + 0.7f * 16.0f;
        CHECK(app->fit.body.top < Pad() + tab * 1.5f + ImGui::GetStyle().ItemSpacing.y * 3.0f);
    }
}

TEST_CASE("article: the editor's views, in order; a view behind More shows its name there") {
    Widget w(680.0f);
    auto app = ShippedIn(Mode::Article, "ru", {View::Reforms, View::Timeline, View::Quotes});
    Navigate(*app, View::Reforms, "");
    std::string row = TabRow(*app, w.ui);
    CHECK(row.find("Реформы") < row.find("Хронология"));
    CHECK(row.find("Хронология") < row.find("Цитаты"));
    CHECK(Has(row, "Ещё"));
    CHECK_FALSE(Has(row, "Обзор"));
    Navigate(*app, View::Figures, "");
    row = TabRow(*app, w.ui);
    CHECK(Has(row, "Цифры"));                     // the open view, on the More tab
    CHECK_FALSE(Has(row, "Ещё"));
}

TEST_CASE("article: no toolbar (history, title, search box, download, language) unless asked") {
    Widget w(680.0f);
    auto app = ShippedIn(Mode::Article, "en");
    const std::string text = (w.ui.Frames(*app, 2), DrawnLines());
    CHECK_FALSE(Has(text, "Download"));
    CHECK_FALSE(Has(text, "Search\xE2\x80\xA6"));
    CHECK_FALSE(Has(text, "Kazakhstan\xE2\x80\x99s Constitution: institutions"));   // the page prints the headline
    CHECK_FALSE(Has(text, "EN"));
    CHECK(State(*app)["can_back"] == false);

    AppOptions options;
    options.mode = Mode::Article;
    options.language_menu = true;
    auto with_menu = Shipped(options);
    CHECK(Has(TabRow(*with_menu, w.ui), "EN"));

    // The search view brings its own field.
    Navigate(*app, View::Search, "");
    w.ui.Frames(*app, 2);
    CHECK(Has(DrawnLines(), "Search\xE2\x80\xA6"));
}

//-----------------------------------------------------------------------------
// [SECTION] The page's language
//-----------------------------------------------------------------------------

TEST_CASE("article: the page's language is the reader's when the dataset has it and none was asked for") {
    auto page_app = [](const char* page) {
        AppOptions options;
        options.language = page;
        options.language_from_page = true;
        return Shipped(options);
    };
    CHECK(State(*page_app("kk"))["language"] == "kk");
    CHECK(State(*page_app("de"))["language"] == "en");   // not one of the dataset's

    auto app = page_app("ru");
    SetPageLanguage(*app, "kk");                          // the site switched language
    CHECK(State(*app)["language"] == "kk");
    SetPageLanguage(*app, "de");
    CHECK(State(*app)["language"] == "kk");
    SetLanguage(*app, "en");                              // the reader's own choice
    SetPageLanguage(*app, "ru");
    CHECK(State(*app)["language"] == "en");

    auto asked = ShippedIn(Mode::Article, "en");          // data-lang="en"
    SetPageLanguage(*asked, "ru");
    CHECK(State(*asked)["language"] == "en");
}

//-----------------------------------------------------------------------------
// [SECTION] Every word in the reader's language
//-----------------------------------------------------------------------------

namespace {

// Words of Latin letters, lower case; any other word (Cyrillic, digits) as "#", which no
// phrase matches, so a phrase is found only where its words stand together. Punctuation
// (ASCII, or typographic: … « » – ←) separates words.
std::vector<std::string> LatinWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    bool latin = true;
    auto flush = [&] {
        if (!word.empty()) words.push_back(latin ? word : "#");
        word.clear();
        latin = true;
    };
    for (std::size_t k = 0; k < text.size(); ++k) {
        const auto u = static_cast<unsigned char>(text[k]);
        if (u < 0x80) {
            if (std::isalpha(u)) word += static_cast<char>(std::tolower(u));
            else if (std::isdigit(u)) word += text[k], latin = false;
            else flush();
            continue;
        }
        const unsigned lead = u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
        const unsigned c = lead == 2 ? ((u & 0x1Fu) << 6) | (static_cast<unsigned char>(text[k + 1]) & 0x3Fu) : 0x2000;
        const bool letter = lead == 2 && (c >= 0xC0 && c != 0xD7 && c != 0xF7);   // Latin-1 to Cyrillic letters
        if (letter) word += text.substr(k, lead), latin = false;
        else flush();
        k += lead - 1;
    }
    flush();
    return words;
}

// Every English interface string as phrases of words: "up from {1}" gives "up from". Values
// ({1}) split a string into separate phrases. No translation is the English (a missing one
// falls back to it, which is what this finds).
std::vector<std::vector<std::string>> EnglishPhrases() {
    std::vector<std::vector<std::string>> phrases;
    for (int k = 0; k < kUiStringCount; ++k) {
        const std::string english = Tr(static_cast<UiString>(k), Lang::En);
        std::string part;
        for (std::size_t at = 0; at <= english.size(); ++at) {
            const bool value = at < english.size() && english[at] == '{';
            if (at == english.size() || value) {
                const std::vector<std::string> words = LatinWords(part);
                if (!words.empty() && std::find(words.begin(), words.end(), "#") == words.end()) phrases.push_back(words);
                part.clear();
                if (value) at = english.find('}', at);
                if (at == std::string::npos) break;
            } else {
                part += english[at];
            }
        }
    }
    return phrases;
}

// The English phrases found in `text`.
std::vector<std::string> EnglishIn(const std::string& text) {
    const std::vector<std::string> words = LatinWords(text);
    std::vector<std::string> found;
    for (const auto& phrase : EnglishPhrases()) {
        for (std::size_t at = 0; at + phrase.size() <= words.size(); ++at) {
            if (!std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) continue;
            std::string joined;
            for (const std::string& w : phrase) joined += (joined.empty() ? "" : " ") + w;
            if (std::find(found.begin(), found.end(), joined) == found.end()) found.push_back(joined);
            break;
        }
    }
    return found;
}

std::string Joined(const std::vector<std::string>& phrases) {
    std::string out;
    for (const std::string& p : phrases) out += "\"" + p + "\" ";
    return out;
}

// Every view, and a detail panel of each kind, drawn at `width`: their text, with a label.
std::vector<std::pair<std::string, std::string>> EveryScreen(Mode mode, const char* lang, float width) {
    std::vector<std::pair<std::string, std::string>> screens;
    Widget w(width);
    auto app = ShippedIn(mode, lang);
    for (const ViewInfo& info : Views()) {
        if (info.view == View::Search) SetSearchText(*app, "конституц");
        Navigate(*app, info.view, "");
        if (mode == Mode::Article) w.Fit(*app, 0.0f);
        else w.ui.Frames(*app, 3);
        screens.emplace_back(info.name, DrawnLines());
    }
    for (const char* id : {"ombudsman", "reform-2022", "article-2025-08-25"}) {
        Navigate(*app, View::Overview, id);
        if (mode == Mode::Article) w.Fit(*app, 0.0f);
        else w.ui.Frames(*app, 3);
        screens.emplace_back(std::string("detail ") + id, DrawnLines());
    }
    return screens;
}

} // namespace

TEST_CASE("every word: a phrase test that finds English where it is") {
    auto has = [](const std::vector<std::string>& found, const char* phrase) {
        return std::find(found.begin(), found.end(), phrase) != found.end();
    };
    CHECK(EnglishIn("Данные проверены · More · Обзор") == std::vector<std::string>{"more"});
    CHECK(EnglishIn("Polity Explorer, по материалам").empty());   // "Explorer" is not "Explore"
    CHECK(has(EnglishIn("рост с 1 800 up from"), "up from"));
    CHECK(EnglishIn("Загрузка… Данные проверены: 25 августа 2025").empty());
}

TEST_CASE("every word: in Russian and Kazakh no view draws an English interface word, in either mode") {
    for (const char* lang : {"ru", "kk"}) {
        for (Mode mode : {Mode::Article, Mode::App}) {
            for (float width : {390.0f, 1000.0f}) {
                for (const auto& [screen, text] : EveryScreen(mode, lang, width)) {
                    CAPTURE(lang);
                    CAPTURE(mode == Mode::Article ? "article" : "app");
                    CAPTURE(width);
                    CAPTURE(screen);
                    CHECK(!text.empty());
                    const std::vector<std::string> english = EnglishIn(text);
                    CHECK_MESSAGE(english.empty(), Joined(english) << " in:\n" << text);
                }
            }
        }
    }
}

TEST_CASE("every word: the loading and error screens, in Russian and Kazakh") {
    for (const char* lang : {"ru", "kk"}) {
        Headless ui(ImVec2(1200.0f, 800.0f), uitest::kWidgetFontPx);
        AppOptions options;
        options.language = lang;
        auto app = CreateApp(options);
        SetLoadProgress(*app, 0.4, 45000, 112000, "kazakhstan-constitution.json");
        ui.Frames(*app, 2);
        const std::string loading = DrawnLines();
        CHECK_MESSAGE(EnglishIn(loading).empty(), Joined(EnglishIn(loading)));
        SetLoadFailure(*app, {LoadProblem::Network, "https://example.org/d.json", {}}, {});
        ui.Frames(*app, 2);
        const std::string failed = DrawnLines();
        CHECK_MESSAGE(EnglishIn(failed).empty(), Joined(EnglishIn(failed)));
    }
}

TEST_CASE("app mode: the overview prints the title and dek; the credit line under the explorer has the rest") {
    Widget w(1000.0f);
    auto app = ShippedIn(Mode::App, "en");
    w.ui.Frames(*app, 2);
    const std::string text = DrawnLines();
    CHECK(text.find("Kazakhstan\xE2\x80\x99s Constitution") != std::string::npos);
    CHECK(text.find("datelined Astana") == std::string::npos);
    CHECK(text.find("CC BY") == std::string::npos);
    CHECK(text.find("Data checked") == std::string::npos);
}

TEST_CASE("every word: a figure's earlier value reads as Russian, \"снижение с примерно 50\"") {
    Widget w(1000.0f);
    auto app = ShippedIn(Mode::Article, "ru");
    w.Fit(*app, 0.0f);
    const std::string text = DrawnLines();
    CHECK_MESSAGE(uitest::DrewWhole(uitest::DrawnText(), "снижение с примерно 50"), text);   // in a card, maybe wrapped
    CHECK(!Has(text, "с около"));
}
