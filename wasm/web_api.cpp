// Polity Explorer widget — the whole JS -> WASM boundary. Every function here is called from
// platform/web_library.js or platform/web_module.js, checks what it is given (the widget
// pointer, strings, numbers) and forwards to the platform layer or the app.
// This is the only file with EMSCRIPTEN_KEEPALIVE.
//
// Index of this file
// [SECTION] Checks
// [SECTION] Frames and input
// [SECTION] Data
// [SECTION] Host API and test hook

#include "app.hpp"
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <cmath>
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

// A NUL-terminated string of bounded length, or "" for null.
std::string_view Text(const char* s) {
    if (s == nullptr) return {};
    return std::string_view(s, strnlen(s, kMaxShortString));
}

bool Finite(double v) { return std::isfinite(v); }

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
    if (!widget || width <= 0 || height <= 0 || width > 16384 || height > 16384) return 0;
    if (!Finite(dpr) || dpr < 0.25 || dpr > 8 || !Finite(now_ms)) return 0;
    return polity::platform::Frame(*widget, width, height, float(dpr), now_ms) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void polity_wake(void* w) {
    if (Widget* widget = Checked(w)) polity::platform::Wake(*widget);
}

// action: 0 move, 1 down, 2 up, 3 leave, 4 cancel.
EMSCRIPTEN_KEEPALIVE void polity_pointer(void* w, int action, double x, double y, int button, int mods) {
    Widget* widget = Checked(w);
    if (!widget || action < 0 || action > 4 || !Finite(x) || !Finite(y)) return;
    const auto a = static_cast<polity::platform::PointerAction>(action);
    polity::platform::OnPointer(*widget, a, float(x), float(y), button, mods);
}

// Returns 1 when the UI takes the wheel (the page must not scroll).
EMSCRIPTEN_KEEPALIVE int polity_wheel(void* w, double x, double y, double dx, double dy, int zoom, int mods) {
    Widget* widget = Checked(w);
    if (!widget || !Finite(x) || !Finite(y) || !Finite(dx) || !Finite(dy)) return 0;
    return polity::platform::OnWheel(*widget, float(x), float(y), float(dx), float(dy), zoom != 0, mods) ? 1 : 0;
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

// fraction in 0..1, or < 0 when the size is unknown.
EMSCRIPTEN_KEEPALIVE void polity_load_progress(void* w, double fraction, const char* what) {
    Widget* widget = Checked(w);
    if (!widget || !Finite(fraction)) return;
    polity::platform::OnLoadProgress(*widget, fraction < 0 ? -1.0 : std::fmin(fraction, 1.0), Text(what));
}

// `bytes` stays owned by the caller; it is parsed before this returns.
EMSCRIPTEN_KEEPALIVE void polity_load_bytes(void* w, const char* bytes, std::size_t size, const char* name) {
    Widget* widget = Checked(w);
    if (!widget) return;
    if (size > kMaxDatasetBytes) {
        polity::platform::OnLoadFailed(*widget, "The dataset is larger than 64 MiB, the most the explorer reads.");
        return;
    }
    const std::string_view data = bytes ? std::string_view(bytes, size) : std::string_view();
    polity::platform::OnLoadBytes(*widget, data, Text(name));
}

EMSCRIPTEN_KEEPALIVE void polity_load_failed(void* w, const char* message) {
    Widget* widget = Checked(w);
    if (!widget) return;
    const std::string_view m = Text(message);
    polity::platform::OnLoadFailed(*widget, m.empty() ? "The dataset could not be downloaded." : m);
}

//-----------------------------------------------------------------------------
// [SECTION] Host API and test hook
//-----------------------------------------------------------------------------

// Returns 1 when `view` names a view; `item` may be null or "".
EMSCRIPTEN_KEEPALIVE int polity_navigate(void* w, const char* view, const char* item) {
    Widget* widget = Checked(w);
    polity::ui::View v;
    if (!widget || !polity::ui::ParseView(Text(view), &v)) return 0;
    polity::ui::Navigate(polity::platform::App(*widget), v, Text(item));
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
EMSCRIPTEN_KEEPALIVE void polity_set_search(void* w, const char* text) {
    Widget* widget = Checked(w);
    if (!widget) return;
    polity::ui::SetSearchText(polity::platform::App(*widget), Text(text));
    polity::platform::Wake(*widget);
}

EMSCRIPTEN_KEEPALIVE int polity_set_language(void* w, const char* lang) {
    Widget* widget = Checked(w);
    if (!widget || !IsLanguageCode(Text(lang))) return 0;
    polity::ui::SetLanguage(polity::platform::App(*widget), Text(lang));
    polity::platform::Wake(*widget);
    return 1;
}

// The app's state as JSON, in memory from malloc: the caller frees it.
EMSCRIPTEN_KEEPALIVE char* polity_describe_state(void* w) {
    Widget* widget = Checked(w);
    const std::string json = widget ? polity::ui::DescribeState(polity::platform::App(*widget)) : "null";
    char* out = static_cast<char*>(std::malloc(json.size() + 1));
    if (out) std::memcpy(out, json.c_str(), json.size() + 1);
    return out;
}

// Frames drawn since start (a double: JS numbers hold 2^53 exactly).
EMSCRIPTEN_KEEPALIVE double polity_frame_count(void* w) {
    const Widget* widget = Checked(w);
    return widget ? double(polity::platform::FrameCount(*widget)) : -1.0;
}

} // extern "C"
