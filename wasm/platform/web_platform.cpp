// Polity Explorer widget — the web platform: WebGL 2 + ImGui + the app for one canvas,
// render on demand, device-pixel UI, and the input queue. JS side: web_library.js.
//
// Index of this file
// [SECTION] Imports from web_library.js
// [SECTION] Widget
// [SECTION] Fonts and DPR
// [SECTION] Input queue
// [SECTION] Lifecycle and frames
// [SECTION] Data

#include "platform/platform.hpp"

#include "app.hpp"
#include "link_state.hpp"
#include "platform/gestures.hpp"
#include "platform/web_fonts.hpp"
#include "polity/numbers.hpp"

#include <GLES3/gl3.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // NavDisableHighlight: no focus ring in a saved picture

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

//-----------------------------------------------------------------------------
// [SECTION] Imports from web_library.js
//-----------------------------------------------------------------------------

extern "C" {
int polity_js_bind_canvas(const char* target);   // 0 when the page gave no canvas
void polity_js_start(polity::platform::Widget* w); // binds DOM events, starts the data delivery
void polity_js_request_frame();                  // one requestAnimationFrame, if none is pending
void polity_js_first_frame();                    // fires polity:firstframe on the host element
void polity_js_set_cursor(int imgui_cursor);
void polity_js_open_url(const char* url, std::size_t size); // new tab, noopener; http(s) only
void polity_js_download(int what);               // saves a ui::Download for the reader
char* polity_js_options();                       // the page's option set (malloc'd)
}

// ImGui code the widget links but never runs, sent here at link time (wasm/CMakeLists.txt:
// --wrap) so that it stays out of the module: the reader and writer of its tables' .ini lines,
// which ImGui registers as it starts, and the .ini writer (InitImGui sets no IniFilename, and
// the widget draws no ImGui table); the text logger's capture (no ImGui::Log* call starts it);
// the ID stack tool's hook (its window is never shown).
extern "C" void __wrap__ZN5ImGui27TableSettingsInstallHandlerEP12ImGuiContext(ImGuiContext*) {}
extern "C" void __wrap__ZN5ImGui21SaveIniSettingsToDiskEPKc(const char*) {}
extern "C" void __wrap__ZN5ImGui15LogRenderedTextEPK6ImVec2PKcS4_(const ImVec2*, const char*, const char*) {}
extern "C" void __wrap__ZN5ImGui15DebugHookIdInfoEjiPKvS1_(ImGuiID, ImGuiDataType, const void*, const void*) {}

namespace polity::platform {
namespace {

constexpr std::uint32_t kMagic = 0x504f4c59;  // "POLY"
constexpr char kCanvasTarget[] = "!polity-canvas";
// In an article the text is no smaller than a phone's body text (16 CSS pixels to the em; with
// the usual fonts' ascent and descent a line of about 18.7): the hosted page, a tool, keeps the
// denser 16-pixel line (an em of about 13.7).
constexpr float kArticleMinEmPx = 16.0f;
constexpr int kMaxPictureLayoutFrames = 16;   // more than the font scales a picture tries, twice each
constexpr int kFramesAfterEvent = 3;
constexpr float kWheelNotchCssPx = 100.0f;  // what browsers scroll for one notch of a mouse wheel

struct InputEvent {
    enum class Type : std::uint8_t { Pos, Button, Wheel, Key, Char };
    Type type = Type::Pos;
    float x = 0, y = 0;  // Pos: position; Wheel: dx, dy
    int code = 0;        // Button: index; Key: Key; Char: code point
    bool flag = false;   // Button/Key: down; Wheel: zoom
    int mods = 0;
};

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Widget
//-----------------------------------------------------------------------------

struct Widget {
    std::uint32_t magic = kMagic;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    ImGuiContext* imgui = nullptr;
    std::unique_ptr<ui::AppState, void (*)(ui::AppState*)> app{nullptr, nullptr};
    ImGuiStyle base_style;           // the app's style at DPR 1, rescaled on DPR changes
    float font_dpr = 0;              // DPR the font atlas was built for; 0 = not yet
    float min_em_css = 0;            // the text's least em, CSS pixels (kArticleMinEmPx in an article)
    GlyphSet glyphs;                 // the characters the atlas holds
    bool font_stale = false;         // new characters, or the page's fonts changed: build again
    bool device_ready = false;       // the GL backend has its objects (after the first frame)
    std::uint64_t shown_frame = 0;   // FrameDigest of what the canvas shows; 0: unknown, draw
    std::vector<InputEvent> queue;   // waiting to reach ImGui, oldest first
    bool coarse = false;             // the page reported a coarse pointer (applied when the queue is empty)
    int mods = 0;                    // Modifier bits as last reported by the page
    int frames_left = 0;
    std::uint64_t frames = 0;
    double last_ms = 0;
    bool content_announced = false;  // polity:firstframe sent
    int cursor = ImGuiMouseCursor_Arrow;
    std::string taken_link;          // the link state last reported to the page
    std::string dataset_file;        // the name the dataset was loaded under, for downloads
    ImVec2 picture_mouse;            // given back after a picture, which parks the mouse outside
    bool picture_highlight_hidden = false;  // and hides the focus ring
};

bool IsWidget(const Widget* w) {
    const auto at = reinterpret_cast<std::uintptr_t>(w);
    return w != nullptr && at % alignof(Widget) == 0 && at + sizeof(Widget) <= emscripten_get_heap_size() &&
           w->magic == kMagic;
}

ui::AppState& App(Widget& w) { return *w.app; }
std::uint64_t FrameCount(const Widget& w) { return w.frames; }

void Wake(Widget& w) {
    w.frames_left = kFramesAfterEvent;
    polity_js_request_frame();
}

//-----------------------------------------------------------------------------
// [SECTION] Fonts and DPR
//-----------------------------------------------------------------------------

namespace {

void BuildFont(Widget& w, float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    BuildBrowserFont(*io.Fonts, std::round(ui::kToolLineCssPx * dpr), w.min_em_css * dpr, w.glyphs);
    w.font_stale = false;
    w.shown_frame = 0;   // the same vertices may now sample other glyphs
    if (w.device_ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui::GetStyle() = w.base_style;
    ImGui::GetStyle().ScaleAllSizes(dpr);
    w.font_dpr = dpr;
}

// "reforms,timeline,quotes": the views, in order (the page checked the names already).
std::vector<ui::View> ReadViews(const std::string& list) {
    std::vector<ui::View> views;
    std::size_t at = 0;
    while (at <= list.size()) {
        const std::size_t end = std::min(list.find(',', at), list.size());
        ui::View view;
        if (ui::ParseView(std::string_view(list).substr(at, end - at), &view)) views.push_back(view);
        at = end + 1;
    }
    return views;
}

// The option `name` of the page's set (web_module.js's polityWeb.options: name=value, a NUL
// between them), or "".
std::string Option(std::string_view set, std::string_view name) {
    for (std::size_t at = 0; at < set.size();) {
        const std::size_t end = std::min(set.find('\0', at), set.size());
        const std::string_view entry = set.substr(at, end - at);
        if (entry.size() > name.size() && entry.substr(0, name.size()) == name && entry[name.size()] == '=')
            return std::string(entry.substr(name.size() + 1));
        at = end + 1;
    }
    return {};
}

int NumberOption(std::string_view set, std::string_view name, int fallback) {
    const std::string text = Option(set, name);
    std::size_t used = 0;
    const long long value = ParseInteger(text, 10, &used);
    return used == 0 || used != text.size() ? fallback : int(std::clamp<long long>(value, INT_MIN, INT_MAX));
}

// The page hands the app its whole option set once, as the widget is made; later changes come
// through the host API's setters.
ui::AppOptions ReadOptions() {
    char* block = polity_js_options(); // a 4-byte length, then the set (as web_api.cpp's MallocCopy)
    std::uint32_t size = 0;
    if (block) std::memcpy(&size, block, sizeof size);
    const std::string set = block ? std::string(block + sizeof size, size) : std::string();
    std::free(block);
    ui::AppOptions options;
    if (std::string lang = Option(set, "language"); !lang.empty()) {
        options.language = lang;
    } else if (std::string page = Option(set, "pageLanguage"); IsKnownLanguage(page)) {
        options.language = page;             // the page's <html lang>, kept if the dataset has it
        options.language_from_page = true;
    }
    ui::View view;
    if (ui::ParseView(Option(set, "view"), &view)) options.initial_view = view;
    options.initial_item = Option(set, "item");
    options.initial_search = Option(set, "search");
    options.cooperative_gestures = Option(set, "wheel") == "scroll"; // an article's embed (data-wheel)
    options.mac_keys = Option(set, "mac") == "true";
    ui::Mode mode;
    if (ui::ParseMode(Option(set, "mode"), &mode)) options.mode = mode;
    options.tabs = ReadViews(Option(set, "views"));
    options.language_menu = Option(set, "languageMenu") == "true";
    options.theme = NumberOption(set, "theme", options.theme);
    options.accent = NumberOption(set, "accent", options.accent);
    return options;
}

//-----------------------------------------------------------------------------
// [SECTION] Input queue
// ImGui 1.86 reads input state once a frame, so a press and a release inside one frame would
// be lost. Events wait here; each frame applies them up to the first one that would change a
// button or key already changed this frame, move the mouse after a button changed, or change
// a button after the mouse moved: ImGui must see the pointer arrive before the press, or a
// list row (hover taken from the previous frame) drops the click.
//-----------------------------------------------------------------------------

struct FrameChanges {
    unsigned buttons = 0;
    std::vector<int> keys;
    bool moved = false, wheeled = false, typed = false;
};

bool Blocks(const InputEvent& e, const FrameChanges& c) {
    switch (e.type) {
    case InputEvent::Type::Pos: return c.buttons != 0 || c.wheeled;
    case InputEvent::Type::Button: return (c.buttons & (1u << e.code)) || c.wheeled || c.moved;
    case InputEvent::Type::Wheel: return c.buttons != 0 || c.wheeled;
    case InputEvent::Type::Key: return std::find(c.keys.begin(), c.keys.end(), e.code) != c.keys.end() || c.typed;
    // ImGui's text field inserts characters before it handles keys: a character typed after
    // Backspace must wait for the next frame, or it would be inserted, then deleted.
    case InputEvent::Type::Char: return !c.keys.empty();
    }
    return false;
}

void SetModifiers(ImGuiIO& io, int mods) {
    io.KeyCtrl = mods & kCtrl;
    io.KeyShift = mods & kShift;
    io.KeyAlt = mods & kAlt;
    io.KeySuper = mods & kSuper;
}

void Apply(Widget& w, const InputEvent& e, FrameChanges& c) {
    ImGuiIO& io = ImGui::GetIO();
    w.mods = e.mods;
    SetModifiers(io, e.mods);
    switch (e.type) {
    case InputEvent::Type::Pos:
        c.moved = c.moved || io.MousePos.x != e.x || io.MousePos.y != e.y;
        io.MousePos = ImVec2(e.x, e.y);
        break;
    case InputEvent::Type::Button: io.MouseDown[e.code] = e.flag; c.buttons |= 1u << e.code; break;
    case InputEvent::Type::Wheel:
        io.MouseWheelH += e.x;
        io.MouseWheel += e.y;
        io.KeyCtrl = io.KeyCtrl || e.flag;  // zoom gestures read as Ctrl+wheel
        c.wheeled = true;
        break;
    case InputEvent::Type::Key: io.KeysDown[e.code] = e.flag; c.keys.push_back(e.code); break;
    case InputEvent::Type::Char: io.AddInputCharacter(unsigned(e.code)); c.typed = true; break;
    }
}

void ApplyQueuedInput(Widget& w) {
    SetModifiers(ImGui::GetIO(), w.mods);
    FrameChanges changes;
    std::size_t used = 0;
    while (used < w.queue.size() && !Blocks(w.queue[used], changes)) Apply(w, w.queue[used++], changes);
    w.queue.erase(w.queue.begin(), w.queue.begin() + std::ptrdiff_t(used));
}

void Push(Widget& w, const InputEvent& e) {
    w.queue.push_back(e);
    Wake(w);
}

} // namespace

void OnPointer(Widget& w, PointerAction action, float x, float y, int button, int mods) {
    using T = InputEvent::Type;
    const bool valid_button = button >= 0 && button < 5;
    switch (action) {
    case PointerAction::Move: Push(w, {T::Pos, x, y, 0, false, mods}); break;
    case PointerAction::Down:
        Push(w, {T::Pos, x, y, 0, false, mods});
        if (valid_button) Push(w, {T::Button, 0, 0, button, true, mods});
        break;
    case PointerAction::Up:
        Push(w, {T::Pos, x, y, 0, false, mods});
        if (valid_button) Push(w, {T::Button, 0, 0, button, false, mods});
        break;
    case PointerAction::Leave: Push(w, {T::Pos, -FLT_MAX, -FLT_MAX, 0, false, mods}); break;
    case PointerAction::Cancel:  // move away first: a release off every item clicks nothing
        Push(w, {T::Pos, -FLT_MAX, -FLT_MAX, 0, false, mods});
        for (int b = 0; b < 5; ++b) Push(w, {T::Button, 0, 0, b, false, mods});
        break;
    }
}

// A view that zooms gets the wheel as ImGui input; a list or panel is scrolled here, by the
// pixels the browser would have scrolled the page, and the page gets the rest.
float OnWheel(Widget& w, float x, float y, float dx, float dy, bool zoom, int mods) {
    ImGui::SetCurrentContext(w.imgui);
    switch (WheelAt(*w.app, ImVec2(x, y), zoom)) {
    case WheelKind::View:
        Push(w, {InputEvent::Type::Pos, x, y, 0, false, mods});
        Push(w, {InputEvent::Type::Wheel, dx, dy, 0, zoom, mods});
        return 0.0f;
    case WheelKind::Page: Wake(w); return 1.0f;   // Wake: the hint may show
    case WheelKind::Scroll: break;
    }
    const float px = -dy * kWheelNotchCssPx * (w.font_dpr > 0 ? w.font_dpr : 1.0f);
    if (px == 0.0f) return 1.0f;
    const float left = ScrollAt(*w.app, ImVec2(x, y), px);
    if (left != px) Push(w, {InputEvent::Type::Pos, x, y, 0, false, mods});   // hover follows the content
    return left / px;
}

int OnDragStart(Widget& w, float x, float y, int fingers, bool vertical) {
    ImGui::SetCurrentContext(w.imgui);
    const DragKind kind = DragAt(*w.app, ImVec2(x, y), fingers, vertical);
    Wake(w);   // a hint may show
    return static_cast<int>(kind);
}

float OnScroll(Widget& w, float x, float y, float dy) {
    ImGui::SetCurrentContext(w.imgui);
    const float left = ScrollAt(*w.app, ImVec2(x, y), dy);
    if (left != dy) Wake(w);
    return left;
}

// Controls change size with the pointer: not while a click is on its way to one of them.
void OnCoarsePointer(Widget& w, bool coarse) {
    w.coarse = coarse;
    Wake(w);
}

bool OnKey(Widget& w, Key key, bool down, int mods) {
    Push(w, {InputEvent::Type::Key, 0, 0, int(key), down, mods});
    ImGui::SetCurrentContext(w.imgui);
    return ImGui::GetIO().WantCaptureKeyboard;
}

bool OnChar(Widget& w, std::uint32_t codepoint) {
    if (w.glyphs.Add(codepoint)) w.font_stale = true;  // drawn from the next frame on
    Push(w, {InputEvent::Type::Char, 0, 0, int(codepoint), false, w.mods});
    ImGui::SetCurrentContext(w.imgui);
    return ImGui::GetIO().WantTextInput;
}

void OnFocus(Widget& w, bool focused) {
    if (!focused)
        for (int k = 0; k < int(Key::Count); ++k) Push(w, {InputEvent::Type::Key, 0, 0, k, false, 0});
    Wake(w);
}

//-----------------------------------------------------------------------------
// [SECTION] Lifecycle and frames
//-----------------------------------------------------------------------------

namespace {

EMSCRIPTEN_WEBGL_CONTEXT_HANDLE CreateContext() {
    if (!polity_js_bind_canvas(kCanvasTarget)) return 0;
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.alpha = false;      // an opaque canvas composites cheaper
    attributes.depth = false;      // ImGui draws 2D triangles only
    attributes.stencil = false;
    attributes.antialias = false;  // ImGui antialiases its own shapes
    return emscripten_webgl_create_context(kCanvasTarget, &attributes);
}

void InitImGui(Widget& w) {
    w.imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no filesystem; nothing to remember between visits yet
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    io.BackendPlatformName = "polity_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    MapKeys(io);
    ImGui_ImplOpenGL3_Init("#version 300 es");
}

void UpdateCursor(Widget& w) {
    const int cursor = ImGui::GetMouseCursor();
    if (cursor == w.cursor) return;
    w.cursor = cursor;
    polity_js_set_cursor(cursor);
}

// What a frame would put on the canvas, hashed: its size, background and every draw list's
// vertices, indices and commands (FNV-1a over 8-byte words, then the tail's bytes).
std::uint64_t FrameDigest(const ImDrawData& data, const ImVec4& background) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    const auto mix = [&h](const void* bytes, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            h = (h ^ word) * 0x100000001b3ull;
        }
        for (; i < size; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
    };
    mix(&data.DisplaySize, sizeof data.DisplaySize);
    mix(&background, sizeof background);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        mix(list.VtxBuffer.Data, std::size_t(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list.IdxBuffer.Data, std::size_t(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& c : list.CmdBuffer) {
            mix(&c.ClipRect, sizeof c.ClipRect);
            mix(&c.TextureId, sizeof c.TextureId);
            mix(&c.VtxOffset, sizeof c.VtxOffset);
            mix(&c.IdxOffset, sizeof c.IdxOffset);
            mix(&c.ElemCount, sizeof c.ElemCount);
        }
    }
    return h == 0 ? 1 : h;
}

// Draws the frame into the canvas, unless the canvas shows it already: a WebGL canvas not drawn
// to keeps its picture, and the browser composites nothing new (in software, a frame's read-back
// is 20-70 ms). ImGui settles in two frames, so each change ends in frames that repeat the last.
void Render(Widget& w, bool always) {
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const std::uint64_t digest = always ? 0 : FrameDigest(*ImGui::GetDrawData(), bg);
    if (!always && digest == w.shown_frame) return;
    w.shown_frame = digest;   // 0 after a picture: the next frame draws the view again
    glViewport(0, 0, int(io.DisplaySize.x), int(io.DisplaySize.y));
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace

Widget* CreateWidget() {
    auto w = std::make_unique<Widget>();
    w->gl = CreateContext();
    if (w->gl <= 0 || emscripten_webgl_make_context_current(w->gl) != EMSCRIPTEN_RESULT_SUCCESS) return nullptr;
    InitImGui(*w);
    const ui::AppOptions options = ReadOptions();
    w->min_em_css = options.mode == ui::Mode::Article ? kArticleMinEmPx : 0.0f;
    w->app = ui::CreateApp(options);
    w->base_style = ImGui::GetStyle();
    return w.release();
}

void DestroyWidget(Widget* w) {
    ImGui::SetCurrentContext(w->imgui);
    emscripten_webgl_make_context_current(w->gl);
    ImGui_ImplOpenGL3_Shutdown();      // GL objects first, while their context is current
    ImGui::DestroyContext(w->imgui);
    emscripten_webgl_make_context_current(0);
    emscripten_webgl_destroy_context(w->gl);
    w->magic = 0;                      // a stale pointer from the page now fails IsWidget
    delete w;
}

bool TakeLinkChange(Widget& w, std::string* json) {
    std::string now = ui::DescribeLink(*w.app);
    if (now == w.taken_link) return false;
    w.taken_link = now;
    *json = std::move(now);
    return true;
}

// A restored WebGL context holds none of the old GL objects (shaders, buffers, font texture):
// the backend is started again on it; its objects are made with the next frame.
void OnContextRestored(Widget& w) {
    ImGui::SetCurrentContext(w.imgui);
    emscripten_webgl_make_context_current(w.gl);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    w.device_ready = false;
    w.shown_frame = 0;   // the restored canvas is blank
    Wake(w);
}

void Start(Widget& w) {
    polity_js_start(&w);
    Wake(w);
}

// One ImGui frame of the app at this size, without input and without drawing it yet.
static void BuildFrame(Widget& w, int width, int height, float dpr, double now_ms) {
    ImGui::SetCurrentContext(w.imgui);
    emscripten_webgl_make_context_current(w.gl);
    ImGuiIO& io = ImGui::GetIO();
    if (dpr != w.font_dpr || w.font_stale) BuildFont(w, dpr);
    ui::SetDevicePixelRatio(*w.app, dpr);
    io.DisplaySize = ImVec2(float(std::max(width, 1)), float(std::max(height, 1)));
    io.DeltaTime = w.last_ms > 0 ? float(std::max(now_ms - w.last_ms, 0.1) / 1000.0) : 1.0f / 60.0f;
    w.last_ms = now_ms;
}

bool Frame(Widget& w, int width, int height, float dpr, double now_ms) {
    BuildFrame(w, width, height, dpr, now_ms);
    ApplyQueuedInput(w);
    if (w.queue.empty()) ui::SetCoarsePointer(*w.app, w.coarse);
    ImGui_ImplOpenGL3_NewFrame();
    w.device_ready = true;
    ImGui::NewFrame();
    ui::DrawFrame(*w.app);
    Render(w, false);
    UpdateCursor(w);
    // Opened here, right after the click's frame, while the browser still counts it as a gesture.
    if (const std::string url = ui::TakeOpenUrlRequest(*w.app); !url.empty())
        polity_js_open_url(url.data(), url.size());
    if (const ui::Download what = ui::TakeDownloadRequest(*w.app); what != ui::Download::None)
        polity_js_download(static_cast<int>(what));
    ++w.frames;
    if (!w.content_announced && ui::HasContent(*w.app)) {
        w.content_announced = true;
        polity_js_first_frame();
    }
    if (w.frames_left > 0) --w.frames_left;
    return w.frames_left > 0 || !w.queue.empty() || ui::WantsAnotherFrame(*w.app);
}

// One frame of the picture at its size and density, nothing hovered, no focus ring; shown
// (rendered into the canvas) or only laid out.
static void PictureFrame(Widget& w, double now_ms, bool shown) {
    const ui::AppState& app = *w.app;
    BuildFrame(w, int(ui::PictureWidth(app)), int(ui::PictureHeight(app)), ui::kPictureDensity, now_ms);
    ImGuiIO& io = ImGui::GetIO();
    io.FontGlobalScale = ui::PictureFontScale(app);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    GImGui->NavDisableHighlight = true;
    ui::DrawFrame(*w.app);
    if (shown) Render(w, true);   // the canvas holds the picture from here on
    else ImGui::EndFrame();
}

// Lays the picture out in frames nobody sees (a few: each font scale is tried twice); its
// height in device pixels, 0 when there is nothing to picture.
static int LayOutPicture(
    Widget& w, ui::PicturePreset preset, float article_width, double now_ms, std::string_view today) {
    if (!w.device_ready || !ui::HasContent(*w.app)) return 0;
    ImGui::SetCurrentContext(w.imgui);
    w.picture_mouse = ImGui::GetIO().MousePos;
    w.picture_highlight_hidden = GImGui->NavDisableHighlight;
    ui::BeginPicture(*w.app, today, preset, article_width);
    for (int pass = 0; pass < kMaxPictureLayoutFrames && !ui::PictureReady(*w.app); ++pass)
        PictureFrame(w, now_ms, false);
    return int(ui::PictureHeight(*w.app));
}

// Sizes the canvas's backing store to the picture laid out and draws it there.
static void DrawPicture(Widget& w, double now_ms) {
    ImGui::SetCurrentContext(w.imgui);
    const ui::AppState& app = *w.app;
    emscripten_set_canvas_element_size(kCanvasTarget, int(ui::PictureWidth(app)), int(ui::PictureHeight(app)));
    PictureFrame(w, now_ms, true);
    ui::EndPicture(*w.app);
    ImGuiIO& io = ImGui::GetIO();
    io.FontGlobalScale = 1.0f;
    io.MousePos = w.picture_mouse;
    GImGui->NavDisableHighlight = w.picture_highlight_hidden;
    Wake(w);
}

bool MakeDownload(
    Widget& w, ui::Download what, float article_width, double now_ms, std::string_view today, DownloadFile* out) {
    out->name = ui::DownloadName(*w.app, what, w.dataset_file);
    if (out->name.empty()) return false;
    if (what == ui::Download::ViewCsv) out->text = ui::ViewCsv(*w.app);
    if (what == ui::Download::ViewCsv || what == ui::Download::DatasetJson) return true;
    if (LayOutPicture(w, ui::PresetOf(what), article_width, now_ms, today) <= 0) return false;
    DrawPicture(w, now_ms);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Data
//-----------------------------------------------------------------------------

void OnLoadProgress(Widget& w, double fraction, double received, double total, std::string_view file) {
    ui::SetLoadProgress(*w.app, fraction, received, total, file);
    Wake(w);
}

void OnLoadBytes(Widget& w, char* bytes, std::size_t size, std::string_view name) {
    w.taken_link.clear();  // another dataset is news to the page even where the link stays the same
    w.dataset_file = std::string(name);
    LoadResult result = LoadDataset(std::string_view(bytes ? bytes : "", size), name);
    // The heap never shrinks: the text's room goes to the app's indexes, rather than more room beside it.
    std::free(bytes);
    if (result.ok()) {
        if (w.glyphs.Add(result.dataset->characters)) w.font_stale = true;
        ui::SetDataset(*w.app, std::move(*result.dataset), std::move(result.diagnostics));
    } else {
        const std::size_t problems = result.ErrorCount() + result.WarningCount();
        ui::SetLoadFailure(
            *w.app, {ui::LoadProblem::HasErrors, std::string(name), {}}, std::move(result.diagnostics), problems);
    }
    Wake(w);
}

void OnFontsChanged(Widget& w) {
    w.font_stale = true;
    Wake(w);
}

void OnLoadFailed(Widget& w, ui::LoadFailure failure) {
    ui::SetLoadFailure(*w.app, std::move(failure), {});
    Wake(w);
}

} // namespace polity::platform
