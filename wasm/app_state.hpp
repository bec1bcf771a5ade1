// Polity Explorer widget — the state of one widget instance (AppState), seen by the views.
// Everything a widget remembers lives here, so two widgets on one page share nothing but code.
// The dataset is owned here and read by the views every frame; views keep only UI state.
//
// Index of this file
// [SECTION] Navigation
// [SECTION] Loading
// [SECTION] Appearance
// [SECTION] Picture
// [SECTION] Pointer and what the last frame showed
// [SECTION] Article mode's height
// [SECTION] AppState
// [SECTION] Shared by the views (implemented in app.cpp and app_access.cpp)
#pragma once

#include "app.hpp"
#include "polity/layout.hpp"
#include "polity/query.hpp"
#include "views/detail_view.hpp"
#include "views/figures_view.hpp"
#include "views/institutions_view.hpp"
#include "views/keyboard.hpp"
#include "views/network_view.hpp"
#include "views/overview_view.hpp"
#include "views/quotes_view.hpp"
#include "views/reforms_view.hpp"
#include "views/search_view.hpp"
#include "views/sources_view.hpp"
#include "views/theme.hpp"
#include "views/timeline_view.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Navigation
// One place in the explorer: a view and, optionally, the entity open in the detail panel.
//-----------------------------------------------------------------------------

struct NavEntry {
    View view = View::Overview;
    Index item = kNone;                 // selected entity, kNone when the detail panel is closed
    std::uint32_t focus_item = 0;       // the control with the keyboard focus there (an ImGuiID),
    std::uint32_t focus_window = 0;     // and its window: Back and Forward give the focus back
};
inline bool operator==(const NavEntry& a, const NavEntry& b) { return a.view == b.view && a.item == b.item; }

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

enum class Phase { Loading, Failed, Ready };
const char* PhaseName(Phase phase);     // "loading", "failed", "ready"

struct LoadStatus {
    double fraction = -1.0;             // 0..1, or < 0 while the size is unknown
    double received = 0.0;              // bytes so far
    double total = 0.0;                 // bytes in all; 0 while unknown
    std::string file;                   // what is downloading; "" before the download starts
    LoadFailure failure;                // what failed (worded by FailureText, status_view.hpp)
    std::vector<Diagnostic> diagnostics; // why, file:line:col and pointer each (the first 100, then "…and N more")
    std::size_t problems = 0;            // how many there are, listed or not
};

//-----------------------------------------------------------------------------
// [SECTION] Appearance
//-----------------------------------------------------------------------------

struct ThemeState {
    ThemeMode mode = ThemeMode::Auto;   // SetTheme; Auto follows the system
    bool system_dark = false;           // prefers-color-scheme: dark, as the page reports it
    std::uint32_t accent = kDefaultAccent; // 0xRRGGBB, SetAccent
    bool reduced_motion = false;        // prefers-reduced-motion: reduce: nothing moves by itself
    bool stale = true;                  // the colours below need rebuilding (UpdateTheme)
    Palette palette;                    // the colours drawn with
    std::array<ImU32, kKindCount> kind_colors{};  // one per kind, legible on palette.background
    std::vector<ImU32> theme_colors;    // the dataset's theme colours, legible likewise
};

//-----------------------------------------------------------------------------
// [SECTION] Picture
// Set between BeginPicture and EndPicture, while the platform lays out and draws the frames it
// saves as PNG (picture_view.hpp draws them, app_downloads.cpp starts and ends them).
//-----------------------------------------------------------------------------

struct PictureState {
    bool active = false;
    Date today;                         // the reader's calendar day, for the footer
    float width = 0.0f;                 // device pixels
    float height = 0.0f;                // device pixels: a fixed size's, else as laid out
    bool fixed = false;                 // the preset fixes the height (social, portrait)
    float max_height = 0.0f;            // the room a picture that fits its view may take
    float scale = 1.0f;                 // the font scale being tried: fixed sizes shrink to fit
    int passes = 0;                     // layout frames drawn at this scale
    bool ready = false;                 // laid out: the next frame is the picture
    float footer = 0.0f;                // the footer's height, measured each frame
    float body = 0.0f;                  // the view's height in the picture, once ready
    bool more = false;                  // the view goes on past the picture: a note says so
    float content = 0.0f;               // how tall the view's content was in the last frame
    // Where whole blocks (a list row, a paragraph, a chart) end, from the body's top: a picture
    // that cannot hold the whole view ends at one of these. Written while the body is drawn,
    // by widgets that are handed a const AppState.
    mutable std::vector<float> block_ends;
    bool recording = false;             // the body is being drawn: block ends are noted
    mutable bool in_grid_row = false;   // an item of a grid row is being drawn: its row ends the block
    float body_top = 0.0f;              // the body's top, screen y
    // The canvas views as the reader left them: drawn at the picture's size they refit
    // themselves, and the explorer must look as before once the picture is taken.
    TimelineView timeline;
    NetworkView network;
};

//-----------------------------------------------------------------------------
// [SECTION] Pointer and what the last frame showed
// The platform asks where a wheel or a drag lands between frames, and tests read where things
// were: both come from the last frame drawn.
//-----------------------------------------------------------------------------

struct PointerState {
    bool coarse = false;                // SetCoarsePointer: controls sized for a finger
    float dpr = 1.0f;                   // device pixels per CSS pixel (SetDevicePixelRatio)
    GestureHint hint = GestureHint::None; // shown over the canvas for a moment (ShowGestureHint)
    bool hint_asked = false;            // asked for since the last frame: its time starts with the next
    double hint_since = -1.0;           // ImGui::GetTime() of the frame that first showed it; < 0: never
};

struct ScrollReport {
    float y = 0.0f, max = 0.0f;         // device pixels
};

struct ListRowReport {
    Index id = kNone;
    float top = 0.0f, bottom = 0.0f;    // device pixels, screen coordinates
    float left = 0.0f, right = 0.0f;    // the same (rows of a grid stand side by side)
    bool whole = false;                 // not cut by the edge of the list
};

// A control as drawn (NoteFocus records it), for the tests that measure target sizes.
struct ControlReport {
    std::string label;
    ImVec2 min, max;                    // its item rectangle, device pixels
    ImVec2 clip_min, clip_max;          // the window it is drawn in: what of it can be seen
};

struct FrameReport {
    ImVec2 canvas_min, canvas_max;      // the body of a view that pans and zooms itself; empty when none
    std::array<ScrollReport, kViewCount> scroll{}; // each view's body, as it was last drawn
    ScrollReport detail;                // the detail panel, as last drawn
    std::vector<ListRowReport> rows;    // the list rows on screen
    bool record_controls = false;       // tests only: fill `controls`
    std::vector<ControlReport> controls;// every control on screen
};

//-----------------------------------------------------------------------------
// [SECTION] Article mode's height (app_fit.cpp)
// Measured while the frame is drawn, turned into WantedHeight at its end.
//-----------------------------------------------------------------------------

// One scrolling region of the frame (the view's body, the detail panel) as last drawn.
struct FitRegion {
    bool drawn = false;
    float top = 0.0f;                   // its top, from the frame's top (pixels)
    float height = 0.0f;                // the height that shows all of its content
    float bottom = 0.0f;                // the bottom of what it shows now, from the frame's top
    float scroll = 0.0f;                // how far the reader has scrolled it
    std::vector<ImVec2> ink;            // y-spans (x: top, y: bottom) it drew on, from the frame's top
};

// What a capped box's height was cut for. While the place stays the same the height does too,
// as long as the content does or the reader has scrolled (lists measure what they show, so
// scrolling refines their height: that must not move the box).
struct FitCut {
    View view = View::Overview;
    Index item = kNone;
    float width = 0.0f, limit = 0.0f, content = 0.0f;
    bool SamePlace(const FitCut& o) const {
        return view == o.view && item == o.item && width == o.width && limit == o.limit;
    }
};

struct FitState {
    float limit = 0.0f;                 // SetHeightLimit; 0 = none
    float wanted = 0.0f;                // WantedHeight
    bool capped = false;                // the open view is taller than the limit: it scrolls inside
    bool settled = true;                // HeightSettled
    FitCut cut;                         // what the capped height was cut for
    FitRegion body, detail;
};

//-----------------------------------------------------------------------------
// [SECTION] AppState
//-----------------------------------------------------------------------------

struct AppState {
    AppOptions options;                 // as created; options.language is the live language
    Phase phase = Phase::Loading;
    LoadStatus load;

    // The dataset and what is derived from it once per dataset (never per frame).
    std::optional<Dataset> data;        // the dataset shown: set by SetDataset, cleared by SetLoadFailure
    std::vector<Diagnostic> warnings;   // the loader's warnings for the shown dataset
    LanguageOrder order;                // reader's language, then the dataset's, then en/ru/kk
    std::optional<SearchIndex> search_index; // made at the first search: a first frame never waits for it
    std::array<std::vector<Index>, kKindCount> by_kind; // entity indices of each kind, file order
    RelationIndex relations;            // each entity's relations, for the detail panel's facts
    TimelineTrack track;                // dated entities by time, for the timeline's binary searches
    std::optional<GraphCache> graph;    // the network's nodes and layout, made on first use

    // Where the reader is.
    NavEntry current;
    std::vector<NavEntry> back;         // older places, most recent last
    std::vector<NavEntry> forward;      // places left by Back, most recent last
    std::string pending_item;           // id asked for before the dataset arrived
    char search_text[128] = {};         // the top bar's search box (UTF-8)
    std::string pending_open_url;       // an http(s) link the reader asked to open; see TakeOpenUrlRequest
    Download pending_download = Download::None; // asked for in the download menu; see TakeDownloadRequest
    PictureState picture;
    FitState fit;                       // article mode's height

    // Appearance, keyboard and pointer.
    ThemeState theme;
    KeyboardState keyboard;
    PointerState pointer;

    // Frame bookkeeping.
    bool drew_content = false;          // the last frame showed dataset content
    int settle_frames = 0;              // frames still owed after a change (ImGui sizes settle in 2)
    FrameReport drawn;                  // where things were in the last frame

    // One UI-state struct per view.
    OverviewView overview;
    InstitutionsView institutions;
    ReformsView reforms;
    TimelineView timeline;
    NetworkView network;
    FiguresView figures;
    QuotesView quotes;
    SourcesView sources;
    SearchView search;
    DetailView detail;
};

//-----------------------------------------------------------------------------
// [SECTION] Shared by the views (implemented in app.cpp)
//-----------------------------------------------------------------------------

// The text in the reader's language (with the dataset's fallbacks).
const std::string& Tr(const AppState& app, const Text& text);
// The entity's name in the reader's language.
const std::string& NameOf(const AppState& app, Index i);
// Opens `i` in the detail panel of the current view (kNone closes it); recorded in history.
void Select(AppState& app, Index i);
// Switches view and closes the detail panel; recorded in history.
void Open(AppState& app, View view);
// Shows the results for app.search_text (switching to the search view when it is not empty).
void OnSearchEdited(AppState& app);
// Records a request to open `url` for the platform; ignores anything but http(s) URLs.
void RequestOpenUrl(AppState& app, const std::string& url);
bool IsWebUrl(const std::string& url); // an http(s) link by polity::IsWebLink's rule

// (implemented in app_fit.cpp) Article mode: a scrolling region records what it drew, called
// inside it just before its EndChild; its window flags: no scrollbar while the box fits it.
void MeasureFitRegion(AppState& app, FitRegion& region);
ImGuiWindowFlags FitScrollFlags(const AppState& app);
void BeginFit(AppState& app);          // DrawFrame, before anything is drawn
void EndFit(AppState& app);            // DrawFrame, after everything is drawn: the wanted height

// (implemented in app_access.cpp)
// Rebuilds the palette and the legible kind and theme colours after a setting or the dataset changed.
void UpdateTheme(AppState& app);
// Escape or Backspace: back through the history, or closes a detail panel opened by a deep link.
void KeyboardBack(AppState& app);

// (implemented in app_input.cpp)
// At the start of a frame: a hint asked for since the last one starts its time now.
void StartGestureHint(AppState& app);

} // namespace polity::ui
