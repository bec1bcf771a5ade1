// The explorer's views drawn natively and headless: every view, with and without a selection,
// wide and phone-sized, plus the loading and error screens, on the shipped dataset and on a large
// generated one. Checks that ImGui produced draw data and that DescribeState follows navigation.
//
// Index of this file
// [SECTION] Harness
// [SECTION] Loading and error screens
// [SECTION] Every view of the shipped dataset
// [SECTION] Navigation, search, links
// [SECTION] Timeline and network input
// [SECTION] A large dataset

#include "ui-harness.hpp"
#include "polity/load.hpp"
#include "views/status_view.hpp"
#include "views/top_bar.hpp"
#include "views/view_table.hpp"

#include "imgui.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <set>
#include <string>

#ifdef POLITY_HAVE_GENERATOR
#include "dataset_generator.hpp"
#endif

using namespace polity;
using namespace polity::ui;

//-----------------------------------------------------------------------------
// [SECTION] Harness
//-----------------------------------------------------------------------------

namespace {

using polity::uitest::DrewWhole;
using polity::uitest::Headless;
using polity::uitest::kWidgetFontPx;
using polity::uitest::State;

Dataset LoadShipped() {
    LoadResult r = LoadDatasetFile(POLITY_SOURCE_DIR "/data/kazakhstan-constitution.json");
    for (const Diagnostic& d : r.diagnostics) MESSAGE(FormatDiagnostic(d));
    REQUIRE(r.ok());
    return std::move(*r.dataset);
}

// The first entity id of each kind the dataset has.
std::vector<std::string> OneIdPerKind(const Dataset& data) {
    std::vector<std::string> ids;
    for (int k = 0; k < kKindCount; ++k) {
        const auto it = std::find_if(data.entities.begin(), data.entities.end(),
                                     [&](const Entity& e) { return e.kind == static_cast<Kind>(k); });
        if (it != data.entities.end()) ids.push_back(it->id);
    }
    return ids;
}

std::unique_ptr<AppState, void (*)(AppState*)> ShippedApp(std::vector<std::string>* ids = nullptr) {
    auto app = CreateApp(AppOptions{});
    Dataset data = LoadShipped();
    if (ids) *ids = OneIdPerKind(data);
    SetDataset(*app, std::move(data), {});
    return app;
}

// Every view, from the view table.
std::vector<View> AllViews() {
    std::vector<View> views;
    for (const ViewInfo& info : Views()) views.push_back(info.view);
    return views;
}
const std::vector<View> kAllViews = AllViews();

std::string In(const Text& text, const char* lang) {
    const std::string* in = text.Find(lang);
    return in ? *in : std::string();
}
std::string English(const Text& text) { return In(text, "en"); }

// How many entities the last frame named in full (their names in `lang`): what a view drew from
// the dataset rather than around it.
std::size_t NamesDrawn(const AppState& app, const char* lang = "en") {
    const std::vector<polity::uitest::DrawnRun> runs = polity::uitest::DrawnText();
    return static_cast<std::size_t>(std::count_if(app.data->entities.begin(), app.data->entities.end(), [&](const Entity& e) {
        const std::string name = In(e.name, lang);
        return !name.empty() && DrewWhole(runs, name);
    }));
}

std::string NameOf(const AppState& app, const std::string& id) { return English(app.data->At(app.data->Find(id)).name); }

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Loading and error screens
//-----------------------------------------------------------------------------

TEST_CASE("ui: the loading screen shows progress, never a blank canvas") {
    Headless ui;
    auto app = CreateApp(AppOptions{});
    SetLoadProgress(*app, 0.4, 45000, 112000, "kazakhstan-constitution.json");
    ui.Frames(*app);
    CHECK(DrewWhole(ProgressText(*app)));
    CHECK_FALSE(HasContent(*app));
    CHECK(State(*app)["phase"] == "loading");
    SetLoadProgress(*app, -1.0, 0, 0, "kazakhstan-constitution.json");
    ui.Frames(*app);
    CHECK(DrewWhole(ProgressText(*app)));
    CHECK(WantsAnotherFrame(*app));   // the indeterminate bar moves
}

TEST_CASE("ui: the progress line says the file and how much of it arrived, in the reader's language") {
    auto app = CreateApp(AppOptions{});
    CHECK(ProgressText(*app).empty());
    SetLoadProgress(*app, -1.0, 0, 0, "data.json");
    CHECK(ProgressText(*app) == "Downloading data.json");
    SetLoadProgress(*app, -1.0, 9728, 0, "data.json");           // 9.5 KB, size unknown (compressed)
    CHECK(ProgressText(*app) == "Downloading data.json: 9.5 KB");
    SetLoadProgress(*app, 0.4, 45000, 112000, "data.json");
    CHECK(ProgressText(*app) == "Downloading data.json: 44 KB of 109 KB");
    SetLanguage(*app, "ru");
    CHECK(ProgressText(*app) == "Загрузка data.json: 44 КБ из 109 КБ");
    SetLanguage(*app, "kk");
    CHECK(ProgressText(*app) == "data.json жүктелуде: 109 КБ ішінен 44 КБ");
}

TEST_CASE("ui: why a download failed is said in the reader's language, with the host's words kept") {
    auto app = CreateApp(AppOptions{});
    SetLoadFailure(*app, {LoadProblem::HttpStatus, "https://example.org/d.json", "404 Not Found"}, {});
    CHECK(FailureText(*app) == "Could not download https://example.org/d.json: the server answered 404 Not Found.");
    SetLanguage(*app, "ru");
    CHECK(FailureText(*app) == "Не удалось скачать https://example.org/d.json: сервер ответил 404 Not Found.");
    SetLoadFailure(*app, {LoadProblem::Timeout, "d.json", "30"}, {});
    CHECK(FailureText(*app) == "Не удалось скачать d.json: данные не поступали 30 с.");
    SetLanguage(*app, "en");
    SetLoadFailure(*app, {LoadProblem::TooLarge, "d.json", {}}, {});
    CHECK(FailureText(*app).find("64 MiB") != std::string::npos);
    SetLoadFailure(*app, {LoadProblem::Message, "", "The page gave no dataset."}, {});
    CHECK(FailureText(*app) == "The page gave no dataset.");
}

TEST_CASE("ui: the error screen lists every diagnostic") {
    Headless ui;
    auto app = CreateApp(AppOptions{});
    LoadResult bad = LoadDataset("{\"format\": \"polity/1\", \"meta\": 5,}", "broken.json");
    REQUIRE_FALSE(bad.ok());
    REQUIRE_FALSE(bad.diagnostics.empty());
    const std::size_t count = bad.diagnostics.size();
    const std::string message = bad.diagnostics.front().message, hint = bad.diagnostics.front().hint;
    SetLoadFailure(*app, {LoadProblem::HasErrors, "broken.json", {}}, std::move(bad.diagnostics));
    ui.Frames(*app);
    CHECK(DrewWhole(FailureText(*app)));
    CHECK(DrewWhole(message));
    CHECK(DrewWhole(hint));
    CHECK_FALSE(HasContent(*app));
    CHECK(State(*app)["phase"] == "failed");
    CHECK(State(*app)["diagnostics"] == count);
    CHECK_FALSE(WantsAnotherFrame(*app));
}

//-----------------------------------------------------------------------------
// [SECTION] Every view of the shipped dataset
//-----------------------------------------------------------------------------

TEST_CASE("ui: the view table names, labels and dispatches every view") {
    std::set<std::string> names, labels[kLangCount];
    for (int k = 0; k < kViewCount; ++k) {
        const ViewInfo& info = ViewOf(static_cast<View>(k));
        CAPTURE(info.name);
        CHECK(static_cast<int>(info.view) == k);
        View parsed = View::Overview;
        CHECK(ParseView(info.name, &parsed));
        CHECK(parsed == info.view);
        CHECK(std::string(ViewName(info.view)) == info.name);
        names.insert(info.name);
        for (int lang = 0; lang < kLangCount; ++lang) labels[lang].insert(Tr(info.label, static_cast<Lang>(lang)));
    }
    CHECK(names.size() == static_cast<std::size_t>(kViewCount));
    for (const auto& in_language : labels) CHECK(in_language.size() == static_cast<std::size_t>(kViewCount));
    View unchanged = View::Quotes;
    CHECK_FALSE(ParseView("Overview", &unchanged));
    CHECK_FALSE(ParseView("", &unchanged));
    CHECK(unchanged == View::Quotes);
    CHECK(std::string(ViewOf(static_cast<View>(kViewCount)).name) == "overview");   // out of range

    // Each row draws its own view: a view's table and its drawing agree on what it shows.
    Headless ui;
    auto app = ShippedApp();
    for (const ViewInfo& info : Views()) {
        CAPTURE(info.name);
        Navigate(*app, info.view, "");
        ui.Frames(*app);
        CHECK(State(*app)["view"] == info.name);
        const bool empty = info.table(*app).rows.empty();
        CHECK(empty == (info.view == View::Search));     // nothing searched yet
    }
}

TEST_CASE("ui: every view draws the shipped dataset") {
    Headless ui(ImVec2(1200.0f, 800.0f), kWidgetFontPx);
    auto app = ShippedApp();
    for (View view : kAllViews) {
        CAPTURE(std::string(ViewName(view)));
        Navigate(*app, view, "");
        ui.Frames(*app);
        CHECK(HasContent(*app));
        if (view == View::Overview) CHECK(DrewWhole(English(app->data->meta.dek)));
        else if (view != View::Search) CHECK(NamesDrawn(*app) > 0);   // nothing is searched yet
        const auto state = State(*app);
        CHECK(state["view"] == ViewName(view));
        CHECK(state["selected"] == "");
        CHECK(state["counts"]["institution"].get<int>() > 0);
    }
    CHECK_FALSE(WantsAnotherFrame(*app));   // idle: nothing animates
}

TEST_CASE("ui: every view draws with each kind of entity selected, wide and narrow") {
    std::vector<std::string> ids;
    auto app = ShippedApp(&ids);
    REQUIRE(ids.size() == static_cast<std::size_t>(kKindCount));   // the dataset has every kind
    for (ImVec2 size : {ImVec2(1200.0f, 800.0f), ImVec2(360.0f, 640.0f)}) {
        Headless ui(size, kWidgetFontPx);
        for (View view : kAllViews) {
            for (const std::string& id : ids) {
                CAPTURE(std::string(ViewName(view)));
                CAPTURE(id);
                Navigate(*app, view, id);
                ui.Frames(*app, 2);
                CHECK(DrewWhole(NameOf(*app, id)));   // the detail, or the view's own mark
                const auto state = State(*app);
                CHECK(state["view"] == ViewName(view));
                CHECK(state["selected"] == id);
            }
        }
    }
}

TEST_CASE("ui: other languages draw, and unknown ones are ignored") {
    Headless ui(ImVec2(1200.0f, 800.0f), kWidgetFontPx);
    auto app = ShippedApp();
    for (const char* lang : {"ru", "kk"}) {
        CAPTURE(std::string(lang));
        Lang words = Lang::En;
        REQUIRE(ParseLang(lang, &words));
        SetLanguage(*app, lang);
        for (const ViewInfo& info : Views()) {
            CAPTURE(info.name);
            Navigate(*app, info.view, "");
            ui.Frames(*app, 2);
            CHECK(DrewWhole(Tr(info.label, words)));   // the view's tab
            if (info.view == View::Overview) CHECK(DrewWhole(In(app->data->meta.dek, lang)));
            else if (info.view != View::Search) CHECK(NamesDrawn(*app, lang) > 0);
        }
        CHECK(State(*app)["language"] == lang);
    }
    SetLanguage(*app, "not a language");
    CHECK(State(*app)["language"] == "kk");
}

//-----------------------------------------------------------------------------
// [SECTION] Navigation, search, links
//-----------------------------------------------------------------------------

TEST_CASE("ui: back and forward retrace navigation") {
    Headless ui;
    auto app = ShippedApp();
    CHECK(State(*app)["can_back"] == false);
    Navigate(*app, View::Institutions, "");
    Navigate(*app, View::Reforms, "");
    ui.Frames(*app);
    GoBack(*app);
    CHECK(State(*app)["view"] == "institutions");
    CHECK(State(*app)["can_forward"] == true);
    GoForward(*app);
    CHECK(State(*app)["view"] == "reforms");
    GoBack(*app);
    Navigate(*app, View::Figures, "");          // a new place drops the forward history
    CHECK(State(*app)["can_forward"] == false);
    ui.Frames(*app);
    CHECK(DrewWhole(English(app->data->At(app->by_kind[static_cast<int>(Kind::Metric)].front()).name)));
}

TEST_CASE("ui: an item asked for before the data arrives opens with it") {
    Headless ui;
    AppOptions options;
    options.initial_view = View::Institutions;
    options.initial_item = "no-such-id";
    auto app = CreateApp(options);
    Navigate(*app, View::Timeline, "");
    Dataset data = LoadShipped();
    const std::vector<std::string> ids = OneIdPerKind(data);
    Navigate(*app, View::Institutions, ids[0]);
    CHECK(State(*app)["selected"] == ids[0]);
    SetDataset(*app, std::move(data), {});
    ui.Frames(*app);
    CHECK(DrewWhole(NameOf(*app, ids[0])));
    CHECK(State(*app)["view"] == "institutions");
    CHECK(State(*app)["selected"] == ids[0]);
}

TEST_CASE("ui: typing a search shows results") {
    Headless ui(ImVec2(1200.0f, 800.0f), kWidgetFontPx);
    auto app = ShippedApp();
    SetSearchText(*app, "ombudsman");
    ui.Frames(*app);
    CHECK(DrewWhole("Human Rights Commissioner"));   // its description names the ombudsman
    CHECK(State(*app)["view"] == "search");
    CHECK(State(*app)["search"] == "ombudsman");
    CHECK(State(*app)["results"].get<int>() > 0);
    SetSearchText(*app, "zzzz-nothing-matches");
    ui.Frames(*app);
    CHECK(DrewWhole(Tr(UiString::NoResults, Lang::En)));
    CHECK(State(*app)["results"] == 0);
    SetSearchText(*app, std::string(500, 'a'));   // longer than the box: cut, never overrun
    ui.Frames(*app);
    CHECK(DrewWhole(Tr(UiString::NoResults, Lang::En)));
    const std::string kept = State(*app)["search"];
    CHECK(kept == std::string(kept.size(), 'a'));   // its start, as the box can hold
    CHECK(kept.size() < 500);
}

TEST_CASE("ui: only http(s) links leave the widget") {
    auto app = ShippedApp();
    CHECK(TakeOpenUrlRequest(*app).empty());
    for (const char* bad : {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil.example",
                            "https://", "https:///x", "http://a b", "ftp://example.org"}) {
        RequestOpenUrl(*app, bad);
        CHECK_MESSAGE(TakeOpenUrlRequest(*app).empty(), bad);
    }
    RequestOpenUrl(*app, "https://example.org/article");
    CHECK(TakeOpenUrlRequest(*app) == "https://example.org/article");
    CHECK(TakeOpenUrlRequest(*app).empty());     // taken once
    CHECK(IsWebUrl("HTTP://Example.org"));
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline and network input
//-----------------------------------------------------------------------------

namespace {

// A click as ImGui sees one: hover, press, release — three frames.
void Click(Headless& ui, AppState& app, ImVec2 at) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    ui.Frame(app);
    io.MouseDown[0] = true;
    ui.Frame(app);
    io.MouseDown[0] = false;
    ui.Frame(app);
}

// Clicks along a line from `from` to `to` until something gets selected; returns its id or "".
std::string ClickUntilSelected(Headless& ui, AppState& app, ImVec2 from, ImVec2 to, int steps) {
    for (int k = 0; k <= steps; ++k) {
        const float t = static_cast<float>(k) / static_cast<float>(steps);
        Click(ui, app, ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t));
        const std::string selected = State(app)["selected"];
        if (!selected.empty()) return selected;
    }
    return "";
}

double Span(const nlohmann::json& state) {
    return state["timeline"]["to"].get<double>() - state["timeline"]["from"].get<double>();
}

} // namespace

TEST_CASE("ui: the timeline zooms with the wheel and pans with a drag") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Timeline, "");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(600.0f, 500.0f);          // inside the canvas, which fills the body
    ui.Frames(*app);
    const auto before = State(*app);
    CHECK(Span(before) > 0.0);
    io.MouseWheel = 2.0f;                          // two notches up: zoom in
    ui.Frame(*app);
    io.MouseWheel = 0.0f;
    const auto zoomed = State(*app);
    CHECK(Span(zoomed) < Span(before));
    io.MouseDown[0] = true;                        // press, drag right, release: earlier times
    ui.Frame(*app);
    for (int k = 0; k < 5; ++k) {
        io.MousePos.x += 30.0f;
        ui.Frame(*app);
    }
    io.MouseDown[0] = false;
    ui.Frames(*app);
    const auto panned = State(*app);
    CHECK(panned["timeline"]["from"].get<double>() < zoomed["timeline"]["from"].get<double>());
    CHECK(State(*app)["selected"] == "");          // a drag is not a click
}

TEST_CASE("ui: a click on a list row opens its detail") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Institutions, "");
    ui.Frames(*app);
    const std::string picked = ClickUntilSelected(ui, *app, ImVec2(200.0f, 60.0f), ImVec2(200.0f, 400.0f), 40);
    CHECK_FALSE(picked.empty());
    GoBack(*app);                                 // closing the detail is one step back
    CHECK(State(*app)["selected"] == "");
}

TEST_CASE("ui: a click on a timeline mark opens it") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Timeline, "");
    ui.Frames(*app);
    std::string picked;
    for (float y = 790.0f; y > 600.0f && picked.empty(); y -= 8.0f)   // lanes sit just above the axis
        picked = ClickUntilSelected(ui, *app, ImVec2(10.0f, y), ImVec2(1190.0f, y), 60);
    CHECK_FALSE(picked.empty());
}

TEST_CASE("ui: the network opens a node on click, and survives zoom and drag") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Network, "");
    ui.Frames(*app);
    std::string picked;
    for (float y = 200.0f; y < 700.0f && picked.empty(); y += 10.0f)   // hovering highlights on the way
        picked = ClickUntilSelected(ui, *app, ImVec2(100.0f, y), ImVec2(1100.0f, y), 100);
    CHECK_FALSE(picked.empty());
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(300.0f, 450.0f);
    io.MouseWheel = -1.0f;
    ui.Frame(*app);
    io.MouseWheel = 0.0f;
    io.MouseDown[0] = true;
    ui.Frame(*app);
    io.MousePos.x -= 200.0f;
    ui.Frame(*app);
    io.MouseDown[0] = false;
    ui.Frames(*app);
    CHECK(State(*app)["view"] == "network");
    CHECK(State(*app)["selected"] == picked);    // a drag is not a click
}

//-----------------------------------------------------------------------------
// [SECTION] A large dataset
//-----------------------------------------------------------------------------

#ifdef POLITY_HAVE_GENERATOR
TEST_CASE("ui: a dataset of 150,000 entities stays drawable in every view") {
    gen::GeneratorOptions options;
    options.entities = 150000;
    LoadResult r = LoadDataset(gen::GenerateDataset(options), "generated.json");
    REQUIRE(r.ok());
    Headless ui;
    auto app = CreateApp(AppOptions{});
    SetDataset(*app, std::move(*r.dataset), std::move(r.diagnostics));
    MESSAGE("events: " << State(*app)["counts"]["event"] << ", quotes: " << State(*app)["counts"]["quote"]);
    const auto frame_ms = [&] {
        const auto start = std::chrono::steady_clock::now();
        ui.Frames(*app, 20);
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / 20.0;
    };
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(600.0f, 500.0f);          // over the view's body
    for (const ViewInfo& info : Views()) {
        Navigate(*app, info.view, "");
        ui.Frames(*app, 2);                        // first frames build caches (graph, heights)
        const double top = frame_ms();
        CHECK(State(*app)["view"] == info.name);
        CHECK(HasContent(*app));
        if (info.layout != BodyLayout::Scroll) {
            MESSAGE(std::string(info.name) << ": " << top << " ms a frame");
            continue;
        }
        io.MouseWheel = -1e6f;                     // scrolled to the end of the list
        ui.Frame(*app);
        io.MouseWheel = 0.0f;
        ui.Frames(*app, 2);
        MESSAGE(std::string(info.name) << ": " << top << " ms a frame at the top, " << frame_ms() << " at the end");
    }
    Navigate(*app, View::Timeline, "");
    for (int k = 0; k < 12; ++k) {                 // zoom in until single marks show
        ImGui::GetIO().MouseWheel = 3.0f;
        ui.Frame(*app);
    }
    ImGui::GetIO().MouseWheel = 0.0f;
    CHECK(Span(State(*app)) < 1.0);
}
#endif
