// Polity Explorer widget — the whole JS -> WASM boundary. Every function here is called from
// platform/web_library.js or platform/web_module.js, checks what it is given (the widget
// pointer, strings, numbers) and forwards to the platform layer or the app.
// This is the only file with EMSCRIPTEN_KEEPALIVE.
// Text crosses both ways as UTF-8 bytes and a length, never NUL-terminated, so no text is cut
// at a NUL: strings come in as (pointer, length); strings go out in memory from MallocCopy, a
// 4-byte length and then the bytes (web_module.js's polityTakeBytes reads them).
//
// Index of this file
// [SECTION] Checks
// [SECTION] Frames and input
// [SECTION] Data
// [SECTION] Host API and test hook

#include "app.hpp"
#include "link_state.hpp"
#include "platform/platform.hpp"
#include "polity/json_writer.hpp"
#include "polity/link.hpp"
#include "polity/numbers.hpp"

#include <emscripten/emscripten.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

using polity::platform::Widget;

//-----------------------------------------------------------------------------
// [SECTION] Checks
//-----------------------------------------------------------------------------

constexpr std::size_t kMaxShortString = 4096;  // view names, ids, messages
constexpr std::size_t kMaxDatasetBytes = 64u << 20;

// The widget, or nullptr when JS handed us something else.
Widget* Checked(void* w) {
    Widget* widget = static_cast<Widget*>(w);
    return polity::platform::IsWidget(widget) ? widget : nullptr;
}

// A string from JS (UTF-8 bytes and their length), or "" for null or one longer than `max`.
std::string_view Text(const char* s, std::size_t size, std::size_t max = kMaxShortString) {
    if (s == nullptr || size > max) return {};
    return std::string_view(s, size);
}

bool Finite(double v) { return std::isfinite(v); }

// `text` in memory from malloc for JS to read and free: its length (4 bytes, little-endian, as
// HEAPU32 reads it), then its bytes and a NUL; nullptr when malloc fails.
char* MallocCopy(const std::string& text) {
    const auto size = static_cast<std::uint32_t>(text.size());
    char* out = static_cast<char*>(std::malloc(sizeof size + text.size() + 1));
    if (!out) return nullptr;
    std::memcpy(out, &size, sizeof size);
    std::memcpy(out + sizeof size, text.c_str(), text.size() + 1);
    return out;
}

// A canvas size and time the platform can draw: what JS measured, never a garbage value.
bool DrawableFrame(int width, int height, double dpr, double now_ms) {
    const bool size = width > 0 && height > 0 && width <= 16384 && height <= 16384;
    return size && Finite(dpr) && dpr >= 0.25 && dpr <= 8 && Finite(now_ms);
}

// A search as a text field holds it: a control character (a NUL would end the field's text
// there) becomes a space, as a pasted line break does.
std::string SearchText(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return out;
}

// Languages are short lowercase codes ("en", "kk", "pt-br"): anything else is refused.
bool IsLanguageCode(std::string_view code) {
    if (code.size() < 2 || code.size() > 8) return false;
    for (char c : code)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return true;
}

} // namespace

extern "C" {

//-----------------------------------------------------------------------------
// [SECTION] Frames and input
// Positions are device pixels relative to the canvas, as web_library.js computes them.
//-----------------------------------------------------------------------------

// Draws one frame; returns 1 when another is wanted.
EMSCRIPTEN_KEEPALIVE int polity_frame(void* w, int width, int height, double dpr, double now_ms) {
    Widget* widget = Checked(w);
    if (!widget || !DrawableFrame(width, height, dpr, now_ms)) return 0;
    return polity::platform::Frame(*widget, width, height, float(dpr), now_ms) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void polity_wake(void* w) {
    if (Widget* widget = Checked(w)) polity::platform::Wake(*widget);
}

// After webglcontextrestored: the GL objects are made again and the widget draws.
EMSCRIPTEN_KEEPALIVE void polity_context_restored(void* w) {
    if (Widget* widget = Checked(w)) polity::platform::OnContextRestored(*widget);
}

// The page's fonts changed (a web font arrived, the bundled face loaded): glyphs drawn again.
EMSCRIPTEN_KEEPALIVE void polity_fonts_changed(void* w) {
    if (Widget* widget = Checked(w)) polity::platform::OnFontsChanged(*widget);
}

// action: 0 move, 1 down, 2 up, 3 leave, 4 cancel.
EMSCRIPTEN_KEEPALIVE void polity_pointer(void* w, int action, double x, double y, int button, int mods) {
    Widget* widget = Checked(w);
    if (!widget || action < 0 || action > 4 || !Finite(x) || !Finite(y)) return;
    const auto a = static_cast<polity::platform::PointerAction>(action);
    polity::platform::OnPointer(*widget, a, float(x), float(y), button, mods);
}

// dx, dy in notches (positive: up, left). Returns the share of the wheel, 0..1, the UI left to
// the page: 1, the page scrolls as usual; less, the page must not, and scrolls by that share.
EMSCRIPTEN_KEEPALIVE double polity_wheel(void* w, double x, double y, double dx, double dy, int zoom, int mods) {
    Widget* widget = Checked(w);
    if (!widget || !Finite(x) || !Finite(y) || !Finite(dx) || !Finite(dy)) return 1.0;
    const float left = polity::platform::OnWheel(*widget, float(x), float(y), float(dx), float(dy), zoom != 0, mods);
    return std::fmin(std::fmax(double(left), 0.0), 1.0);
}

// Touch: a drag left the tap slop at (x, y) with `fingers` down, mostly vertically or not.
// Returns 0 (nothing), 1 (scroll it with polity_scroll) or 2 (a mouse drag: the view pans).
EMSCRIPTEN_KEEPALIVE int polity_drag_start(void* w, double x, double y, int fingers, int vertical) {
    Widget* widget = Checked(w);
    if (!widget || !Finite(x) || !Finite(y) || fingers < 1) return 0;
    return polity::platform::OnDragStart(*widget, float(x), float(y), fingers, vertical != 0);
}

// Scrolls what is under (x, y) by dy device pixels (positive: the content moves up); returns
// the pixels left for the page.
EMSCRIPTEN_KEEPALIVE double polity_scroll(void* w, double x, double y, double dy) {
    Widget* widget = Checked(w);
    if (!widget || !Finite(x) || !Finite(y) || !Finite(dy)) return Finite(dy) ? dy : 0.0;
    return polity::platform::OnScroll(*widget, float(x), float(y), float(dy));
}

// The page saw (pointer: coarse) or a touch: controls grow to a finger's size.
EMSCRIPTEN_KEEPALIVE void polity_coarse_pointer(void* w, int coarse) {
    if (Widget* widget = Checked(w)) polity::platform::OnCoarsePointer(*widget, coarse != 0);
}

// key: polity::platform::Key. Returns 1 when the UI takes it.
EMSCRIPTEN_KEEPALIVE int polity_key(void* w, int key, int down, int mods) {
    Widget* widget = Checked(w);
    if (!widget || key < 0 || key >= int(polity::platform::Key::Count)) return 0;
    return polity::platform::OnKey(*widget, static_cast<polity::platform::Key>(key), down != 0, mods) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int polity_char(void* w, unsigned codepoint) {
    Widget* widget = Checked(w);
    const bool valid = codepoint >= 0x20 && codepoint <= 0x10FFFF && codepoint != 0x7F &&
                       !(codepoint >= 0xD800 && codepoint <= 0xDFFF);
    if (!widget || !valid) return 0;
    return polity::platform::OnChar(*widget, codepoint) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void polity_focus(void* w, int focused) {
    if (Widget* widget = Checked(w)) polity::platform::OnFocus(*widget, focused != 0);
}

//-----------------------------------------------------------------------------
// [SECTION] Data
//-----------------------------------------------------------------------------

// fraction in 0..1, or < 0 when the size is unknown; bytes received of `total` (0 = unknown).
EMSCRIPTEN_KEEPALIVE void polity_load_progress(
    void* w, double fraction, double received, double total, const char* file, std::size_t file_size) {
    Widget* widget = Checked(w);
    if (!widget || !Finite(fraction) || !Finite(received) || !Finite(total)) return;
    polity::platform::OnLoadProgress(*widget, fraction < 0 ? -1.0 : std::fmin(fraction, 1.0), std::fmax(received, 0.0),
        std::fmax(total, 0.0), Text(file, file_size));
}

// `bytes` (from malloc, or null) is the widget's from here on: freed as soon as it is read.
EMSCRIPTEN_KEEPALIVE void polity_load_bytes(
    void* w, char* bytes, std::size_t size, const char* name, std::size_t name_size) {
    Widget* widget = Checked(w);
    if (!widget || size > kMaxDatasetBytes) {
        std::free(bytes);
        if (widget)
            polity::platform::OnLoadFailed(
                *widget, {polity::ui::LoadProblem::TooLarge, std::string(Text(name, name_size)), {}});
        return;
    }
    polity::platform::OnLoadBytes(*widget, bytes, bytes ? size : 0, Text(name, name_size));
}

// problem: ui::LoadProblem; detail and file as LoadFailure has them. An unknown problem is
// shown as a plain message.
EMSCRIPTEN_KEEPALIVE void polity_load_failed(
    void* w, int problem, const char* detail, std::size_t detail_size, const char* file, std::size_t file_size) {
    Widget* widget = Checked(w);
    if (!widget) return;
    using polity::ui::LoadProblem;
    const bool known = problem >= 0 && problem <= static_cast<int>(LoadProblem::HasErrors);
    polity::ui::LoadFailure failure{known ? static_cast<LoadProblem>(problem) : LoadProblem::Message,
        std::string(Text(file, file_size)), std::string(Text(detail, detail_size))};
    if (failure.problem == LoadProblem::Message && failure.detail.empty())
        failure.detail = "The dataset could not be downloaded.";
    polity::platform::OnLoadFailed(*widget, std::move(failure));
}

//-----------------------------------------------------------------------------
// [SECTION] Host API and test hook
//-----------------------------------------------------------------------------

// Returns 1 when `view` names a view; `item` may be null or "".
EMSCRIPTEN_KEEPALIVE int polity_navigate(
    void* w, const char* view, std::size_t view_size, const char* item, std::size_t item_size) {
    Widget* widget = Checked(w);
    polity::ui::View v;
    if (!widget || !polity::ui::ParseView(Text(view, view_size), &v)) return 0;
    polity::ui::Navigate(polity::platform::App(*widget), v, Text(item, item_size));
    polity::platform::Wake(*widget);
    return 1;
}

// direction: -1 back, +1 forward (the reader's own history inside the explorer).
EMSCRIPTEN_KEEPALIVE void polity_go(void* w, int direction) {
    Widget* widget = Checked(w);
    if (!widget || (direction != -1 && direction != 1)) return;
    if (direction < 0) polity::ui::GoBack(polity::platform::App(*widget));
    else polity::ui::GoForward(polity::platform::App(*widget));
    polity::platform::Wake(*widget);
}

// Sets the search text (e.g. from a DOM <input> on phones, which have no keyboard for a canvas).
EMSCRIPTEN_KEEPALIVE void polity_set_search(void* w, const char* text, std::size_t size) {
    Widget* widget = Checked(w);
    if (!widget) return;
    polity::ui::SetSearchText(polity::platform::App(*widget), SearchText(Text(text, size)));
    polity::platform::Wake(*widget);
}

EMSCRIPTEN_KEEPALIVE int polity_set_language(void* w, const char* lang, std::size_t size) {
    Widget* widget = Checked(w);
    if (!widget || !IsLanguageCode(Text(lang, size))) return 0;
    polity::ui::SetLanguage(polity::platform::App(*widget), Text(lang, size));
    polity::platform::Wake(*widget);
    return 1;
}

// The link state as JSON (link_state.hpp), the same text the page is pushed on each change
// (MallocCopy: the caller frees it).
EMSCRIPTEN_KEEPALIVE char* polity_describe_link(void* w) {
    Widget* widget = Checked(w);
    return MallocCopy(widget ? polity::ui::DescribeLink(polity::platform::App(*widget)) : "null");
}

// The app's full report as JSON (DescribeState), for debugging and tests (MallocCopy: the
// caller frees it).
EMSCRIPTEN_KEEPALIVE char* polity_describe_state(void* w) {
    Widget* widget = Checked(w);
    return MallocCopy(widget ? polity::ui::DescribeState(polity::platform::App(*widget)) : "null");
}

// 1 when `text` is an http(s) link by the model's one rule (polity/link.hpp): the page checks
// the links it opens or shows with this, rather than with a copy of the rule.
EMSCRIPTEN_KEEPALIVE int polity_is_web_link(const char* text, std::size_t size) {
    return text != nullptr && polity::IsWebLink(std::string_view(text, size)) ? 1 : 0;
}

// Frames drawn since start (a double: JS numbers hold 2^53 exactly).
EMSCRIPTEN_KEEPALIVE double polity_frame_count(void* w) {
    const Widget* widget = Checked(w);
    return widget ? double(polity::platform::FrameCount(*widget)) : -1.0;
}

} // extern "C"

//=============================================================================
// [SECTION] Embedding: state changes, filters, teardown
// What the embed loader (polity-embed.js) needs beyond the host API above: it learns of every
// change of the link state (view, item, language, search, category, phase) to update URL
// fragments and fire the host's events, applies filters from deep links, and frees a widget.
//=============================================================================

extern "C" {

// The link state as JSON (link_state.hpp) when it changed since the last call, else null.
// The caller frees the memory. Called after each frame and after each host API call.
EMSCRIPTEN_KEEPALIVE char* polity_take_state_change(void* w) {
    Widget* widget = Checked(w);
    std::string json;
    if (!widget || !polity::platform::TakeLinkChange(*widget, &json)) return nullptr;
    return MallocCopy(json);
}

// Shows only the institutions of one category ("" = all); returns 1 when the widget took it.
EMSCRIPTEN_KEEPALIVE int polity_set_category(void* w, const char* category, std::size_t size) {
    Widget* widget = Checked(w);
    if (!widget) return 0;
    polity::ui::SetInstitutionCategory(polity::platform::App(*widget), Text(category, size));
    polity::platform::Wake(*widget);
    return 1;
}

// Frees the widget: app, ImGui, WebGL context. The page unbinds its events first and never
// passes this pointer again (if it did, the magic check in IsWidget would refuse it).
EMSCRIPTEN_KEEPALIVE void polity_destroy(void* w) {
    if (Widget* widget = Checked(w)) polity::platform::DestroyWidget(widget);
}

} // extern "C"

//=============================================================================
// [SECTION] Every reader: themes, the keyboard's way out, the HTML twin
// What web_access.js needs: the host's theme options and the reader's system settings, the
// keyboard focus leaving the widget or moving to a named control (for a live region), and the
// dataset as semantic HTML for screen readers and as the fallback without WebGL.
//=============================================================================

namespace {

// MallocCopy (above), but nullptr for "": JS reads null as "nothing to say".
char* CopyForJs(const std::string& text) { return text.empty() ? nullptr : MallocCopy(text); }

// Runs `change` on the widget's app and wakes it for a redraw; false for a bad pointer.
template <typename Change>
int ChangeApp(void* w, Change change) {
    Widget* widget = Checked(w);
    if (!widget) return 0;
    change(polity::platform::App(*widget));
    polity::platform::Wake(*widget);
    return 1;
}

} // namespace

extern "C" {

// mode: 0 auto (the system's colour scheme), 1 light, 2 dark.
EMSCRIPTEN_KEEPALIVE int polity_set_theme(void* w, int mode) {
    if (mode < 0 || mode > 2) return 0;
    return ChangeApp(w, [mode](polity::ui::AppState& app) { polity::ui::SetTheme(app, mode); });
}

// prefers-color-scheme: dark, as the page's media query reports it.
EMSCRIPTEN_KEEPALIVE int polity_set_system_dark(void* w, int dark) {
    return ChangeApp(w, [dark](polity::ui::AppState& app) { polity::ui::SetSystemDarkMode(app, dark != 0); });
}

// rgb: 0xRRGGBB.
EMSCRIPTEN_KEEPALIVE int polity_set_accent(void* w, int rgb) {
    if (rgb < 0 || rgb > 0xffffff) return 0;
    return ChangeApp(w, [rgb](polity::ui::AppState& app) { polity::ui::SetAccent(app, std::uint32_t(rgb)); });
}

EMSCRIPTEN_KEEPALIVE int polity_set_reduced_motion(void* w, int reduce) {
    return ChangeApp(w, [reduce](polity::ui::AppState& app) { polity::ui::SetReducedMotion(app, reduce != 0); });
}

// The canvas got the focus from the page: Tab starts again at the widget's first control.
EMSCRIPTEN_KEEPALIVE int polity_reset_keyboard_focus(void* w) {
    return ChangeApp(w, [](polity::ui::AppState& app) { polity::ui::ResetKeyboardFocus(app); });
}

// +1 / -1 once Tab / Shift+Tab went past the widget's last / first control, else 0.
EMSCRIPTEN_KEEPALIVE int polity_take_focus_exit(void* w) {
    Widget* widget = Checked(w);
    return widget ? polity::ui::TakeFocusExit(polity::platform::App(*widget)) : 0;
}

// The focused control's name when it changed (malloc'd, the caller frees it), else null.
EMSCRIPTEN_KEEPALIVE char* polity_take_focus_label(void* w) {
    Widget* widget = Checked(w);
    return widget ? CopyForJs(polity::ui::TakeFocusAnnouncement(polity::platform::App(*widget))) : nullptr;
}

// The dataset as the HTML twin, one <article> in `lang` (malloc'd, the caller frees it); null
// before a dataset is shown. all 0: the first items of each section; 1: every item.
EMSCRIPTEN_KEEPALIVE char* polity_twin_html(void* w, const char* lang, std::size_t lang_size, int all) {
    Widget* widget = Checked(w);
    if (!widget || !IsLanguageCode(Text(lang, lang_size))) return nullptr;
    return CopyForJs(polity::ui::RenderTwin(polity::platform::App(*widget), Text(lang, lang_size), all != 0));
}

} // extern "C"

extern "C" {

// Without WebGL no widget runs, but the downloaded dataset can still be read as text: its
// twin in `lang` (malloc'd, the caller frees it), or null when the bytes do not load; `all` as
// for polity_twin_html.
EMSCRIPTEN_KEEPALIVE char* polity_twin_from_bytes(
    const char* bytes, std::size_t size, const char* lang, std::size_t lang_size, int all) {
    if (bytes == nullptr || size > kMaxDatasetBytes || !IsLanguageCode(Text(lang, lang_size))) return nullptr;
    return CopyForJs(polity::ui::RenderTwinOf(std::string_view(bytes, size), Text(lang, lang_size), all != 0));
}

} // extern "C"

//=============================================================================
// [SECTION] Downloads: the view's data, the picture, what the page says about the data
// The dataset's own bytes (the JSON download) never come back from here: the page has them.
//=============================================================================

extern "C" {

// One download, whole (platform::MakeDownload): `what` is a ui::Download (1 the view's CSV, 2
// the dataset's JSON, 3-5 the view's picture in the article, social and portrait sizes);
// `article_width` the explorer's width in CSS pixels; `today` the reader's day as yyyymmdd.
// Returns {"name": the file's name, "text": the CSV or ""} (malloc'd, the caller frees it), or
// null when there is nothing to save. A picture is left drawn in the canvas, which it sized:
// the page copies it, then sizes the canvas back and draws the explorer.
EMSCRIPTEN_KEEPALIVE char* polity_download(void* w, int what, double article_width, double now_ms, int today) {
    Widget* widget = Checked(w);
    const bool known = what >= int(polity::ui::Download::ViewCsv) && what <= int(polity::ui::Download::PortraitPng);
    if (!widget || !known || !Finite(article_width) || !Finite(now_ms)) return nullptr;
    char day[16] = {};
    polity::FormatString(day, sizeof day, "%04d-%02d-%02d", today / 10000 % 10000, today / 100 % 100, today % 100);
    polity::platform::DownloadFile file;
    if (!polity::platform::MakeDownload(
            *widget, static_cast<polity::ui::Download>(what), float(article_width), now_ms, day, &file))
        return nullptr;
    polity::JsonWriter j;
    j.BeginObject().Key("name").String(file.name).Key("text").String(file.text);
    return MallocCopy(j.EndObject().Take());
}

// AboutDataset as JSON (malloc'd, the caller frees it).
EMSCRIPTEN_KEEPALIVE char* polity_about_dataset(void* w) {
    Widget* widget = Checked(w);
    return widget ? MallocCopy(polity::ui::AboutDataset(polity::platform::App(*widget))) : nullptr;
}

} // extern "C"

//=============================================================================
// [SECTION] Article mode: the box's height and the page's language
// After each frame the page asks how tall the box should be for the open view, and draws again
// at once while the answer is not settled; it gives the most the box may be (about 85 % of the
// reader's viewport) and follows <html lang>.
//=============================================================================

extern "C" {

// The frame height (device pixels) the open view wants; 0 when the page keeps its own height.
EMSCRIPTEN_KEEPALIVE double polity_wanted_height(void* w) {
    Widget* widget = Checked(w);
    return widget ? double(polity::ui::WantedHeight(polity::platform::App(*widget))) : 0.0;
}

// 1 when the last frame left what sizes the box as it was.
EMSCRIPTEN_KEEPALIVE int polity_height_settled(void* w) {
    Widget* widget = Checked(w);
    return !widget || polity::ui::HeightSettled(polity::platform::App(*widget)) ? 1 : 0;
}

// The most the frame may be, in device pixels; 0: no limit.
EMSCRIPTEN_KEEPALIVE int polity_set_height_limit(void* w, double pixels) {
    if (!Finite(pixels) || pixels < 0 || pixels > 1e6) return 0;
    return ChangeApp(w, [pixels](polity::ui::AppState& app) { polity::ui::SetHeightLimit(app, float(pixels)); });
}

// The host page's language (<html lang>, primary subtag), followed when no language was asked for.
EMSCRIPTEN_KEEPALIVE int polity_set_page_language(void* w, const char* lang, std::size_t size) {
    if (!IsLanguageCode(Text(lang, size))) return 0;
    const std::string code(Text(lang, size));
    return ChangeApp(w, [&code](polity::ui::AppState& app) { polity::ui::SetPageLanguage(app, code); });
}

} // extern "C"
