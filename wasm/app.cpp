// Polity Explorer widget — the application: lifecycle, navigation, the frame, and the state
// report for the host page and the tests. See app.hpp for the contract.
//
// Index of this file
// [SECTION] Names
// [SECTION] Lifecycle
// [SECTION] Navigation
// [SECTION] Shared by the views
// [SECTION] Frame
// [SECTION] State report
#include "app.hpp"

#include "app_state.hpp"
#include "link_state.hpp"
#include "views/article_bar.hpp"
#include "views/status_view.hpp"
#include "views/keyboard.hpp"
#include "views/picture_view.hpp"
#include "views/top_bar.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include "polity/link.hpp"

#include "imgui.h"
#include "polity/json_writer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <utility>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

const char* ViewName(View v) { return ViewOf(v).name; }

bool ParseView(std::string_view name, View* out) {
    for (const ViewInfo& info : Views())
        if (name == info.name) { *out = info.view; return true; }
    return false;
}

bool ParseMode(std::string_view name, Mode* out) {
    if (name == "app") *out = Mode::App;
    else if (name == "article") *out = Mode::Article;
    else return false;
    return true;
}

const char* PhaseName(Phase phase) {
    switch (phase) {
    case Phase::Failed: return "failed";
    case Phase::Ready: return "ready";
    case Phase::Loading: break;
    }
    return "loading";
}

//-----------------------------------------------------------------------------
// [SECTION] Lifecycle
//-----------------------------------------------------------------------------

static void CopySearchText(AppState& app, std::string_view text);

std::unique_ptr<AppState, void (*)(AppState*)> CreateApp(const AppOptions& options) {
    auto app = std::unique_ptr<AppState, void (*)(AppState*)>(new AppState, [](AppState* p) { delete p; });
    app->options = options;
    app->current.view = options.initial_view;
    app->pending_item = options.initial_item;   // resolved when the dataset arrives
    CopySearchText(*app, options.initial_search);
    SetTheme(*app, options.theme);
    if (options.accent >= 0) SetAccent(*app, std::uint32_t(options.accent));
    return app;
}

void SetLoadProgress(AppState& app, double fraction, double received, double total, std::string_view file) {
    app.phase = Phase::Loading;
    app.load.fraction = fraction;
    app.load.received = received;
    app.load.total = total;
    app.load.file = std::string(file);
}

static bool DatasetHasLanguage(const AppState& app, std::string_view lang) {
    const std::vector<std::string>& languages = app.data->meta.languages;
    return std::find(languages.begin(), languages.end(), lang) != languages.end();
}

// Everything derived from a dataset is rebuilt here, once, and never per frame.
static void DeriveFromDataset(AppState& app) {
    const Dataset& data = *app.data;
    // The page's language is the reader's only where the dataset speaks it.
    if (app.options.language_from_page && !DatasetHasLanguage(app, app.options.language))
        app.options.language = AppOptions{}.language;
    app.order = MakeLanguageOrder(app.options.language, data.meta.languages);
    app.search_index.reset();
    for (auto& list : app.by_kind) list.clear();
    for (Index i = 0; i < data.entities.size(); ++i)
        app.by_kind[static_cast<int>(data.entities[i].kind)].push_back(i);
    app.relations = IndexRelations(data);
    app.track = BuildTimelineTrack(StoryTimeline(data));
    app.graph.reset();                  // laid out when the network view first needs it
}

// Views keep UI state that may point into the old dataset (selections, caches): start afresh.
static void ResetViews(AppState& app) {
    app.overview = {};
    app.institutions = {};
    app.reforms = {};
    app.timeline = {};
    app.network = {};
    app.figures = {};
    app.quotes = {};
    app.sources = {};
    app.search = {};
    app.detail = {};
    app.back.clear();
    app.forward.clear();
}

void SetDataset(AppState& app, Dataset&& data, std::vector<Diagnostic> warnings) {
    app.data = std::move(data);
    app.warnings = std::move(warnings);
    app.load = {};
    DeriveFromDataset(app);
    ResetViews(app);
    app.timeline.FitAll(app);
    app.current.item = app.pending_item.empty() ? kNone : app.data->Find(app.pending_item);
    app.pending_item.clear();
    app.search.Refresh(app);
    app.theme.stale = true;             // the dataset's theme colours are made legible anew
    app.phase = Phase::Ready;
    app.settle_frames = 2;
}

void SetLoadFailure(AppState& app, LoadFailure failure, std::vector<Diagnostic> diagnostics, std::size_t problems) {
    app.phase = Phase::Failed;
    app.load.failure = std::move(failure);
    app.load.problems = problems > 0 ? problems : diagnostics.size();
    app.load.diagnostics = std::move(diagnostics);
    app.data.reset();
    app.settle_frames = 2;
}

//-----------------------------------------------------------------------------
// [SECTION] Navigation
//-----------------------------------------------------------------------------

static constexpr std::size_t kHistoryLimit = 100;   // enough for a reader; bounded for a page left open for days

static void GoTo(AppState& app, NavEntry to) {
    if (to == app.current) return;
    app.back.push_back(app.current);
    if (app.back.size() > kHistoryLimit) app.back.erase(app.back.begin());
    app.forward.clear();
    app.current = to;
    app.settle_frames = 2;
}

void Navigate(AppState& app, View view, std::string_view item_id) {
    if (!app.data) {                    // remember the request until the dataset is here
        app.current.view = view;
        app.pending_item = std::string(item_id);
        return;
    }
    GoTo(app, {view, item_id.empty() ? kNone : app.data->Find(item_id)});
}

void GoBack(AppState& app) {
    if (app.back.empty()) return;
    app.forward.push_back(app.current);
    app.current = app.back.back();
    app.back.pop_back();
    app.keyboard.restore = true;        // the control that had the focus there gets it back
    app.settle_frames = 2;
}

void GoForward(AppState& app) {
    if (app.forward.empty()) return;
    app.back.push_back(app.current);
    app.current = app.forward.back();
    app.forward.pop_back();
    app.keyboard.restore = true;
    app.settle_frames = 2;
}

static void UseLanguage(AppState& app, std::string_view lang) {
    app.options.language = std::string(lang);
    if (app.data) app.order = MakeLanguageOrder(lang, app.data->meta.languages);
    app.settle_frames = 2;
}

void SetLanguage(AppState& app, std::string_view lang) {
    if (!IsKnownLanguage(lang)) return;
    app.options.language_from_page = false;    // the reader's choice from now on
    UseLanguage(app, lang);
}

void SetPageLanguage(AppState& app, std::string_view lang) {
    if (!app.options.language_from_page || !IsKnownLanguage(lang) || (app.data && !DatasetHasLanguage(app, lang))) return;
    UseLanguage(app, lang);
}

// Cuts at a character boundary so the box never holds half a UTF-8 sequence.
static void CopySearchText(AppState& app, std::string_view text) {
    std::size_t n = std::min(text.size(), sizeof app.search_text - 1);
    while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    std::memcpy(app.search_text, text.data(), n);
    app.search_text[n] = '\0';
}

void OnSearchEdited(AppState& app) {
    if (app.search_text[0] != '\0' && app.current.view != View::Search) GoTo(app, {View::Search, kNone});
    if (app.data) app.search.Refresh(app);
}

void SetSearchText(AppState& app, std::string_view text) {
    CopySearchText(app, text);
    OnSearchEdited(app);
}

std::string TakeOpenUrlRequest(AppState& app) { return std::exchange(app.pending_open_url, {}); }

//-----------------------------------------------------------------------------
// [SECTION] Shared by the views
//-----------------------------------------------------------------------------

const std::string& Tr(const AppState& app, const Text& text) { return Localize(text, app.order); }
const std::string& NameOf(const AppState& app, Index i) { return Tr(app, app.data->At(i).name); }

void Select(AppState& app, Index i) { GoTo(app, {app.current.view, i}); }
void Open(AppState& app, View view) { GoTo(app, {view, kNone}); }

// Only plain web links leave the widget, by the model's one rule (polity/link.hpp).
bool IsWebUrl(const std::string& url) { return IsWebLink(url); }

void RequestOpenUrl(AppState& app, const std::string& url) {
    if (IsWebUrl(url)) app.pending_open_url = url;
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

// Canvas views handle the wheel and drags themselves: no scrolling for them. In article mode a
// list scrolls only when the box cannot grow to show it whole.
// NavFlattened: one Tab order runs through the top bar, the view and the detail panel.
static ImGuiWindowFlags BodyFlags(const AppState& app, const ViewInfo& info) {
    const bool canvas = info.layout == BodyLayout::Canvas;
    const ImGuiWindowFlags scroll = canvas ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse
                                           : FitScrollFlags(app);
    return scroll | ImGuiWindowFlags_NavFlattened;
}

// What the platform and the tests learn of a view's body window (call inside it): its scroll,
// and where it is when it pans and zooms itself (gestures over it go to it, not to a scroll).
static void ReportBody(AppState& app, const ViewInfo& info) {
    app.drawn.scroll[static_cast<int>(info.view)] = {ImGui::GetScrollY(), ImGui::GetScrollMaxY()};
    if (info.layout != BodyLayout::Canvas) return;
    app.drawn.canvas_min = ImGui::GetWindowPos();
    app.drawn.canvas_max = ImVec2(app.drawn.canvas_min.x + ImGui::GetWindowWidth(),
                                  app.drawn.canvas_min.y + ImGui::GetWindowHeight());
}

// The current view, and the detail panel beside it (wide) or instead of it (narrow). The timeline
// and the network keep a readable width: where the panel would squeeze them below it, it opens
// over the view's right side instead, the view whole beneath it.
static void DrawBody(AppState& app) {
    const bool detail = app.current.item != kNone;
    if (detail && IsNarrow()) {
        app.detail.Draw(app);
        return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float panel = detail ? std::max(Em(22.0f), avail * 0.4f) : 0.0f;
    const float gap = detail ? ImGui::GetStyle().ItemSpacing.x : 0.0f;
    // Each view has a body window of its own (named after it), so each keeps its own scroll
    // position and one opened for the first time starts at its top.
    const ViewInfo& info = ViewOf(app.current.view);
    const bool over = detail && info.layout == BodyLayout::Canvas && avail - panel - gap < Em(36.0f);
    const ImVec2 top = ImGui::GetCursorPos();
    ImGui::BeginChild(info.name, ImVec2(detail && !over ? avail - panel - gap : avail, 0.0f), false,
                      BodyFlags(app, info));
    // Article mode has no top bar: the search view brings its own field.
    if (app.options.mode == Mode::Article && app.current.view == View::Search) SearchField(app, ImGui::GetContentRegionAvail().x);
    info.draw(app);
    ReportBody(app, info);
    MeasureFitRegion(app, app.fit.body);
    ImGui::EndChild();
    if (!app.picture.active) GestureHintOverlay(app, app.drawn.canvas_min, app.drawn.canvas_max);
    if (!detail) return;
    if (!over) {
        ImGui::SameLine();
        app.detail.Draw(app);
        return;
    }
    ImGui::SetCursorPos(ImVec2(top.x + avail - panel, top.y));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, Colors(app).background);
    app.detail.Draw(app);
    ImGui::PopStyleColor();
}

// Where things are is measured again in every frame.
static void ForgetLastFrame(FrameReport& drawn) {
    drawn.canvas_min = drawn.canvas_max = ImVec2(0.0f, 0.0f);
    drawn.rows.clear();
    drawn.controls.clear();
}

void DrawFrame(AppState& app) {
    ImGui::GetIO().ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle page busy
    UpdateTheme(app);
    ApplyTheme(ImGui::GetStyle(), app.theme.palette, ImGui::GetFontSize(), TargetSize(app));
    ForgetLastFrame(app.drawn);
    StartGestureHint(app);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Polity Explorer", nullptr, flags);
    BeginKeyboard(app);
    BeginFit(app);
    if (app.keyboard.back) KeyboardBack(app);
    app.drew_content = false;
    switch (app.phase) {
    case Phase::Loading: DrawLoadingScreen(app); break;
    case Phase::Failed: DrawErrorScreen(app); break;
    case Phase::Ready:
        if (app.picture.active) {       // the picture to save (picture_view.hpp)
            DrawPictureFrame(app);
        } else {
            if (app.options.mode == Mode::Article) DrawArticleBar(app);
            else DrawTopBar(app);
            DrawBody(app);
        }
        app.drew_content = true;
        break;
    }
    EndFit(app);
    ImGui::End();
    EndKeyboard(app);
    if (app.settle_frames > 0) --app.settle_frames;
}

bool WantsAnotherFrame(const AppState& app) {
    const bool spinner = app.phase == Phase::Loading && app.load.fraction < 0.0 && !app.theme.reduced_motion;
    return spinner || app.settle_frames > 0 || GestureHintShowing(app);   // nothing else moves by itself
}

bool HasContent(const AppState& app) { return app.drew_content; }

//-----------------------------------------------------------------------------
// [SECTION] State report
//-----------------------------------------------------------------------------

static const char* HintName(GestureHint hint) {
    switch (hint) {
    case GestureHint::WheelZoom: return "wheel-zoom";
    case GestureHint::TwoFingers: return "two-fingers";
    case GestureHint::None: break;
    }
    return "";
}

// Device pixels as CSS pixels, rounded to a tenth: what a page (and a test) measures in.
static double Css(const AppState& app, float px) { return std::round(px / app.pointer.dpr * 10.0f) / 10.0; }

static void WriteScroll(JsonWriter& j, const AppState& app, const ScrollReport& s) {
    j.BeginObject().Key("y").Number(Css(app, s.y)).Key("max").Number(Css(app, s.max)).EndObject();
}

static void WriteScrolls(JsonWriter& j, const AppState& app) {
    j.BeginObject();
    for (const ViewInfo& info : Views()) WriteScroll(j.Key(info.name), app, app.drawn.scroll[static_cast<int>(info.view)]);
    j.EndObject();
}

static void WriteRows(JsonWriter& j, const AppState& app) {
    j.BeginArray();
    for (const ListRowReport& r : app.drawn.rows) {
        if (!app.data || r.id >= app.data->entities.size()) continue;
        j.BeginObject().Key("id").String(app.data->At(r.id).id).Key("top").Number(Css(app, r.top));
        j.Key("bottom").Number(Css(app, r.bottom)).Key("left").Number(Css(app, r.left)).Key("right").Number(Css(app, r.right));
        j.Key("whole").Bool(r.whole).EndObject();
    }
    j.EndArray();
}

// The network: how far its graph is built (started once the view is first drawn), and as last
// fitted, its canvas (CSS pixels), the nodes drawn and how many are named, of the whole graph's.
static void WriteNetwork(JsonWriter& j, const AppState& app) {
    const GraphCache* graph = app.graph ? &*app.graph : nullptr;
    const NetworkFit& fit = app.network.fit;
    const auto named = std::count_if(fit.places.begin(), fit.places.end(), [](const GraphLabelPlace& p) { return p.labelled; });
    j.BeginObject().Key("started").Bool(graph != nullptr).Key("built").Bool(graph && graph->Ready());
    j.Key("progress").Number(!graph ? 0.0 : graph->Ready() ? 1.0 : graph->builder->Progress());
    j.Key("slices").Number(graph ? graph->slices : 0).Key("longest_slice_ms").Number(graph ? graph->longest_slice_ms : 0.0);
    j.Key("width").Number(Css(app, app.network.canvas.x)).Key("height").Number(Css(app, app.network.canvas.y));
    j.Key("nodes").Number(double(fit.graph.nodes.size())).Key("named").Number(double(named));
    j.Key("of").Number(graph && graph->Ready() ? double(graph->full.nodes.size()) : 0.0).EndObject();
}

std::string DescribeState(const AppState& app) {
    JsonWriter j;
    j.BeginObject();
    j.Key("phase").String(PhaseName(app.phase)).Key("view").String(ViewName(app.current.view));
    j.Key("selected").String(SelectedId(app)).Key("language").String(app.options.language);
    j.Key("search").String(app.search_text).Key("results").Number(double(app.search.results.size()));
    const std::vector<TimelineMarkPlace>& marks = app.timeline.marks.places;
    const auto named = std::count_if(marks.begin(), marks.end(), [](const TimelineMarkPlace& p) { return p.labelled; });
    j.Key("timeline").BeginObject().Key("from").Number(app.timeline.from).Key("to").Number(app.timeline.to);
    j.Key("marks").Number(double(marks.size())).Key("named").Number(double(named)).EndObject();   // in view, as last drawn
    j.Key("counts").BeginObject();
    for (int k = 0; k < kKindCount; ++k)
        j.Key(KindName(static_cast<Kind>(k))).Number(app.data ? double(app.by_kind[k].size()) : 0.0);
    j.EndObject();
    j.Key("can_back").Bool(!app.back.empty()).Key("can_forward").Bool(!app.forward.empty());
    j.Key("diagnostics").Number(double(app.phase == Phase::Failed ? app.load.diagnostics.size() : app.warnings.size()));
    j.Key("focus").String(app.keyboard.focus_label).Key("theme").String(app.theme.palette.dark ? "dark" : "light");
    j.Key("pointer").String(app.pointer.coarse ? "coarse" : "fine");
    j.Key("hint").String(GestureHintShowing(app) ? HintName(app.pointer.hint) : "");
    WriteScrolls(j.Key("scroll"), app);
    WriteScroll(j.Key("detail_scroll"), app, app.drawn.detail);
    WriteRows(j.Key("rows"), app);
    WriteNetwork(j.Key("network"), app);
    j.Key("mode").String(app.options.mode == Mode::Article ? "article" : "app");
    j.Key("height").BeginObject().Key("wanted").Number(app.fit.wanted).Key("limit").Number(app.fit.limit);
    j.Key("capped").Bool(app.fit.capped).EndObject();
    return j.EndObject().Take();
}

} // namespace polity::ui
