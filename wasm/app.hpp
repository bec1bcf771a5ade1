// Polity Explorer widget — the application: one AppState per widget instance, and the
// per-frame entry point. The platform layer (main.cpp, platform/) calls only what is here;
// the views (views/) see only AppState and the model. No Emscripten include in this file.
#pragma once

#include "polity/load.hpp"
#include "polity/model.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace polity::ui {

// The views a reader can open, in tab order; views/view_table.hpp describes each (its name in
// the JS API and deep links, its label, layout, table and where it is offered).
enum class View : int { Overview, Institutions, Reforms, Timeline, Network, Figures, Quotes, Sources, Search };
inline constexpr int kViewCount = static_cast<int>(View::Search) + 1;
const char* ViewName(View v);                    // "overview", "institutions", ...
bool ParseView(std::string_view name, View* out);

struct AppState;                                 // defined in app_state.hpp (views only)

// How the widget presents itself.
enum class Mode : int {
    App,      // the hosted page's full layout: back/forward, title, search, download, language, every tab
    Article,  // a graphic in a news article: one row of tabs (the rest behind "More") and the view;
              // the page around it shows the headline and the credit line, and fits its height
              // to the open view (WantedHeight)
};
bool ParseMode(std::string_view name, Mode* out);  // "app", "article"

struct AppOptions {
    std::string language = "en";                 // requested interface/dataset language
    // `language` is the host page's (<html lang>), not asked for: kept only if the dataset has it.
    bool language_from_page = false;
    View initial_view = View::Overview;
    std::string initial_item;                    // entity id to open first, may be empty
    // In an article (embeds), the wheel and one finger scroll the article over the timeline and
    // network, which zoom with Ctrl/⌘ + wheel and pan with two fingers, as embedded maps do.
    // The full-window hosted page and data-wheel="zoom" keep plain-wheel zoom.
    bool cooperative_gestures = false;
    bool mac_keys = false;                       // the zoom modifier is ⌘ (Apple keyboards), not Ctrl
    Mode mode = Mode::App;
    std::vector<View> tabs;                      // article mode's row of tabs, in order; empty: the
                                                 // view table's article views
    bool language_menu = false;                  // article mode: a language menu ends the row
    std::string initial_search;                  // the search box's text at start
    int theme = 0;                               // as SetTheme: 0 auto, 1 light, 2 dark
    int accent = -1;                             // 0xRRGGBB as SetAccent; -1: the default
};

// Lifecycle — called by the platform layer.
std::unique_ptr<AppState, void (*)(AppState*)> CreateApp(const AppOptions& options);
// Why no dataset is shown, as the platform saw it; the app words it in the reader's language.
enum class LoadProblem : int {
    Message = 0,      // `detail` is the whole sentence, as given
    HttpStatus = 1,   // the server answered `detail` ("404 Not Found")
    Network = 2,      // no answer at all
    Timeout = 3,      // no bytes arrived for `detail` seconds
    TooLarge = 4,     // more than the 64 MiB the explorer reads
    NoMemory = 5,     // the page's memory could not hold it
    HasErrors = 6,    // it arrived but does not load: the diagnostics say why
};
struct LoadFailure {
    LoadProblem problem = LoadProblem::Message;
    std::string file;   // the dataset's URL or file name
    std::string detail;
};
// fraction 0..1, or < 0 while the size is unknown; bytes received so far, of `total` (0 = unknown).
void SetLoadProgress(AppState& app, double fraction, double received, double total, std::string_view file);
void SetDataset(AppState& app, Dataset&& data, std::vector<Diagnostic> warnings);
// `problems`: how many the dataset has, listed in `diagnostics` or not (0: as many as listed).
void SetLoadFailure(AppState& app, LoadFailure failure, std::vector<Diagnostic> diagnostics, std::size_t problems = 0);

// Draws one frame; call between ImGui::NewFrame() and ImGui::Render().
void DrawFrame(AppState& app);
// True while something animates (so the platform keeps rendering without input).
bool WantsAnotherFrame(const AppState& app);
// True once the frame just drawn showed real dataset content (not progress or error).
bool HasContent(const AppState& app);

// Host/JS API and test hook.
void Navigate(AppState& app, View view, std::string_view item_id); // item may be ""
void SetLanguage(AppState& app, std::string_view lang);
// The host page's language changed (<html lang>): followed while the reader's language is the
// page's (no language was asked for), and only when the dataset has it.
void SetPageLanguage(AppState& app, std::string_view lang);
void GoBack(AppState& app);                      // the previous view/selection, if any
void GoForward(AppState& app);                   // undoes GoBack, if nothing was opened since
// Sets the search box (e.g. from a DOM <input> on phones) and shows the results.
void SetSearchText(AppState& app, std::string_view text);
// The http(s) URL the reader asked to open since the last call, or "" — the platform opens it
// (in a new tab, with noopener). Only http:// and https:// URLs are ever returned.
std::string TakeOpenUrlRequest(AppState& app);
// {"view":"institutions","selected":"ombudsman","language":"en","counts":{...},"search":"...",
//  "focus":"Institutions","theme":"light","pointer":"fine","hint":"",
//  "scroll":{"quotes":{"y":0,"max":420},...},"detail_scroll":{"y":0,"max":0},
//  "rows":[{"id":"q1","top":130,"bottom":210,"whole":true},...]}. Scroll offsets are in CSS
// pixels, for each view drawn so far; rows are the list rows on screen in the last frame, in
// CSS pixels from the canvas's top ("whole": not cut by the list's edge).
std::string DescribeState(const AppState& app);

// The reader's pointer and gestures (app_input.cpp). Controls are at least 44×44 CSS pixels
// with a coarse pointer (a touch screen) and 24×24 with a fine one (a mouse); text keeps its size.
void SetCoarsePointer(AppState& app, bool coarse); // (pointer: coarse), or a touch was seen
void SetDevicePixelRatio(AppState& app, float dpr); // device pixels per CSS pixel, every frame
// A short note over the timeline or network that says how to zoom or move it there, shown for
// a moment in the reader's language: the wheel or one finger scrolled the article instead.
enum class GestureHint : int { None, WheelZoom, TwoFingers };
void ShowGestureHint(AppState& app, GestureHint hint);
// True when (x, y), in device pixels, lies on the body of a view that pans and zooms itself
// (timeline, network) as of the last frame.
bool OnCanvas(const AppState& app, float x, float y);
bool CooperativeGestures(const AppState& app);
// Article mode's height (app_fit.cpp). The page's box fits the open view: a list or an article
// whole, a plot (timeline, network) at a comfortable fixed height, never taller than the limit
// the page gives (about 85 % of the reader's viewport); a view taller than that scrolls inside,
// and the box then ends in a gap between two things, never across a card or a line.
// Pixels are the frame's (device pixels).
void SetHeightLimit(AppState& app, float pixels);  // 0: no limit
// The frame height the open view wants, as measured in the last frame; 0 in app mode and while
// no dataset is shown (then the page keeps the box's own height).
float WantedHeight(const AppState& app);
// False when the last frame changed what sizes the box (the answer above, or whether the view
// scrolls): another frame at the new height may still move it. The page draws again at once
// until it is settled, so the reader never sees the box settle.
bool HeightSettled(const AppState& app);

// Appearance (app_access.cpp): the host's options (data-theme, data-accent) and the reader's
// system settings (prefers-color-scheme, prefers-reduced-motion). Text keeps 4.5:1 contrast.
void SetTheme(AppState& app, int mode);          // 0 auto (follows the system), 1 light, 2 dark
void SetSystemDarkMode(AppState& app, bool dark); // what "auto" follows
void SetAccent(AppState& app, std::uint32_t rgb); // 0xRRGGBB; darkened or lightened as contrast needs
void SetReducedMotion(AppState& app, bool reduce); // nothing animates (the loading bar stands still)

// Keyboard and assistive technology (app_access.cpp). DrawFrame handles the keys themselves:
// Tab reaches every control, Enter opens, Escape and Backspace go back.
// The canvas got the focus from the page: the next Tab starts at the first control, Shift+Tab
// at the last, as when tabbing into a group of page controls.
void ResetKeyboardFocus(AppState& app);
// +1 (or -1) once after Tab (Shift+Tab) went past the last (first) control: the page should move
// its focus to the next (previous) element, as Tab does between page controls. 0 otherwise.
int TakeFocusExit(AppState& app);
// The focused control's name when it changed since the last call ("Institutions", a list row's
// entity), for a live region; "" when unchanged or when the reader is not using the keyboard.
std::string TakeFocusAnnouncement(AppState& app);
// The dataset as the semantic HTML twin (one <article>, polity/html.hpp) in `lang`, for screen
// readers and as a fallback; "" until a dataset is shown. Unless `all`, each section holds its
// first kTwinItemsPerSection items and a button for the rest.
inline constexpr std::size_t kTwinItemsPerSection = 100;
std::string RenderTwin(const AppState& app, std::string_view lang, bool all);
// The same for dataset bytes, where no app runs (a browser without WebGL); "" when they do
// not load.
std::string RenderTwinOf(std::string_view dataset, std::string_view lang, bool all);

// What a reader takes away (app_downloads.cpp): the data behind the current view as CSV, the
// whole dataset as JSON (the platform has its bytes) and a picture of the current view as PNG,
// in one of three sizes.
enum class Download : int { None = 0, ViewCsv = 1, DatasetJson = 2, ViewPng = 3, SocialPng = 4, PortraitPng = 5 };
// What the reader asked for in the download menu since the last call, or None. Like links,
// the platform acts on it right after the click's frame.
Download TakeDownloadRequest(AppState& app);
// The data behind the current view as CSV (UTF-8 with a byte order mark, polity/table.hpp),
// in the reader's language, each row with its sources; "" before a dataset is shown.
std::string ViewCsv(const AppState& app);
// The name of the file `what` makes, from the name the dataset was loaded under
// ("kazakhstan-constitution.json") and where the reader is: kazakhstan-constitution-institutions.csv,
// the dataset's own name for the JSON, kazakhstan-constitution-institutions-senate.png (and
// -social.png, -portrait.png for those sizes). "" before a dataset is shown.
std::string DownloadName(const AppState& app, Download what, std::string_view dataset_file);

// A picture is laid out for its size, not grabbed from the screen: the dataset's headline and
// dek and the view's name on top; the view from its start, nothing scrolled, no scrollbar, links
// as plain text, every word whole, a list as far as the size holds whole items (a note says
// the explorer has the rest); under it the sources, the credit and licence, the date the data
// was checked and `today` ("yyyy-mm-dd", the reader's calendar day). The fixed sizes shrink the
// text, to 70 % at most, before they leave anything out. Nothing is hovered or focused in it.
enum class PicturePreset : int {
    Article = 0,   // the explorer's own width, as tall as the view needs (up to kMaxPictureCss)
    Social = 1,    // 1200 x 675 CSS pixels
    Portrait = 2,  // 1080 x 1350
};
// The hosted page's line of text, in CSS pixels (times devicePixelRatio on the screen): the
// platform draws the app's text at it, and a phone's plots keep their text no larger.
inline constexpr float kToolLineCssPx = 16.0f;
inline constexpr float kPictureDensity = 2.0f;   // device pixels per CSS pixel, in every picture
inline constexpr float kMaxPictureCss = 4000.0f; // the tallest picture, CSS pixels (8,000 device pixels)
PicturePreset PresetOf(Download download);       // the size a picture download asks for
// Starts a picture of the current view; `article_width` is the explorer's width in CSS pixels.
void BeginPicture(AppState& app, std::string_view today, PicturePreset preset, float article_width);
// The platform lays the picture out in frames it does not show — each with io.FontGlobalScale =
// PictureFontScale, a display PictureWidth x PictureHeight and fonts for kPictureDensity —
// until PictureReady; the next frame, at the final PictureHeight, is the picture.
bool PictureReady(const AppState& app);
float PictureFontScale(const AppState& app);
float PictureWidth(const AppState& app);         // device pixels
float PictureHeight(const AppState& app);        // device pixels; final once ready
void EndPicture(AppState& app);
// What a page shows beside the explorer about its data, in the reader's language:
// {"title":..., "dek":..., "credit":..., "licence":..., "checked":"2025-08-25",
//  "checked_text":"25 August 2025", "lang":"en", "languages":["en","ru","kk"],
//  "sources":[{"title":..., "publisher":..., "place":..., "date":..., "url":...}],
//  "words":{"source":"Source", "sources":"Sources", "graphic":"Graphic", "data":"Get the data",
//           "picture":"Picture", "licence":"Licence", "checked":"Data checked"}};
// "null" before a dataset is shown. Only http(s) URLs are given; others are "".
std::string AboutDataset(const AppState& app);

} // namespace polity::ui
