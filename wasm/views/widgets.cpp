// Polity Explorer widget — small shared widgets (see widgets.hpp).
#include "views/widgets.hpp"

#include "app_state.hpp"
#include "polity/layout.hpp"
#include "views/keyboard.hpp"
#include "views/picture_view.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Units and colours
//-----------------------------------------------------------------------------

bool IsNarrow() { return ImGui::GetMainViewport()->Size.x < Em(40.0f); }

// Phone-sized in CSS pixels, whatever the text's size: an article's larger text makes a 680 px
// column narrow (IsNarrow) but not a phone.
constexpr float kPhoneCssPx = 480.0f;
bool IsPhone(const AppState& app) { return ImGui::GetMainViewport()->Size.x < kPhoneCssPx * app.pointer.dpr; }

bool ForTouch(const AppState& app) { return app.pointer.coarse || IsPhone(app); }

float TargetSize(const AppState& app) { return (app.pointer.coarse ? 44.0f : 24.0f) * app.pointer.dpr; }

ImU32 WithAlpha(ImU32 color, float alpha) {
    const auto a = static_cast<ImU32>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f);
    return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

const Palette& Colors(const AppState& app) { return app.theme.palette; }

ImU32 KindColor(const AppState& app, Kind kind) { return app.theme.kind_colors[static_cast<int>(kind)]; }

std::array<ImU32, kKindCount> LegibleKindColors(const Palette& palette) {
    static constexpr ImU32 kColors[kKindCount] = {
        IM_COL32(0x1a, 0x5f, 0xb4, 0xff), IM_COL32(0xc0, 0x5a, 0x12, 0xff), IM_COL32(0x2e, 0x7d, 0x4f, 0xff),
        IM_COL32(0x7a, 0x3e, 0x9d, 0xff), IM_COL32(0x9a, 0x6b, 0x00, 0xff), IM_COL32(0x00, 0x7a, 0x87, 0xff),
        IM_COL32(0x6b, 0x72, 0x7a, 0xff)};
    std::array<ImU32, kKindCount> out{};
    for (int k = 0; k < kKindCount; ++k) out[k] = MarkColor(palette, kColors[k]);
    return out;
}

std::vector<ImU32> LegibleThemeColors(const Dataset& data, const Palette& palette) {
    static constexpr ImU32 kFallback[] = {
        IM_COL32(0x1a, 0x5f, 0xb4, 0xff), IM_COL32(0xc0, 0x5a, 0x12, 0xff), IM_COL32(0x2e, 0x7d, 0x4f, 0xff),
        IM_COL32(0x9d, 0x2f, 0x5b, 0xff), IM_COL32(0x6a, 0x4c, 0x9c, 0xff), IM_COL32(0x00, 0x7a, 0x87, 0xff),
        IM_COL32(0x8a, 0x6d, 0x1f, 0xff), IM_COL32(0x4d, 0x5b, 0x6a, 0xff)};
    std::vector<ImU32> out;
    for (std::size_t t = 0; t < data.themes.size(); ++t) {
        const std::uint32_t rgb = data.themes[t].color;
        out.push_back(MarkColor(palette, rgb == 0 ? kFallback[t % (sizeof kFallback / sizeof kFallback[0])] : Rgb(rgb)));
    }
    return out;
}

ImU32 ThemeColor(const AppState& app, std::uint16_t theme) {
    const auto& colors = app.theme.theme_colors;
    return theme < colors.size() ? colors[theme] : Colors(app).accent;
}

ImU32 EntityColor(const AppState& app, Index i) {
    const Entity& e = app.data->At(i);
    return e.themes.empty() ? KindColor(app, e.kind) : ThemeColor(app, e.themes.front());
}

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

void Heading(const AppState& app, const std::string& text) {
    // One font is loaded (per screen density); a scaled glyph is sharp enough for a title.
    ImGui::SetWindowFontScale(1.3f);
    Paragraph(app, text);
    ImGui::SetWindowFontScale(1.0f);
}

void SectionLabel(const char* label) {
    ImGui::Dummy(ImVec2(0.0f, Em(0.3f)));
    ImGui::TextDisabled("%s", label);   // the muted colour (the theme sets TextDisabled to it)
}

// Lines much wider than 40 font sizes (~80 characters) tire the eye: wrap there at most.
// The program's own words: ImGui's text, wrapped by ImGui (it keeps AlignTextToFramePadding).
void Paragraph(const std::string& text) {
    if (text.empty()) return;
    ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionMax().x, ImGui::GetCursorPosX() + Em(40.0f)));
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void MutedText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    Paragraph(text);
    ImGui::PopStyleColor();
}

namespace {

// `text` wrapped to `width` at font size `size` (polity/layout.hpp has the rule).
struct Wrapped {
    std::vector<TextLine> lines;
    float size = 0.0f;                   // font size, pixels
    float Height() const { return static_cast<float>(lines.size()) * size; }
    float Width() const {
        double widest = 0.0;
        for (const TextLine& l : lines) widest = std::max(widest, l.width);
        return static_cast<float>(widest);
    }
    float LastWidth() const { return lines.empty() ? 0.0f : static_cast<float>(lines.back().width); }
};

Wrapped Wrap(const std::string& text, float width, float size = 0.0f) {
    ImFont* font = ImGui::GetFont();
    if (size <= 0.0f) size = ImGui::GetFontSize();
    const auto measure = [font, size](std::string_view run) {
        return static_cast<double>(font->CalcTextSizeA(size, FLT_MAX, 0.0f, run.data(), run.data() + run.size()).x);
    };
    return {WrapText(text, std::max(width, 1.0f), measure), size};
}

void DrawLines(ImVec2 pos, const std::string& text, const Wrapped& w, ImU32 color) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t k = 0; k < w.lines.size(); ++k)
        draw->AddText(ImGui::GetFont(), w.size, ImVec2(pos.x, pos.y + static_cast<float>(k) * w.size), color,
                      text.c_str() + w.lines[k].begin, text.c_str() + w.lines[k].end);
}

void UnderlineLines(ImVec2 pos, const Wrapped& w, ImU32 color) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t k = 0; k < w.lines.size(); ++k) {
        const float y = pos.y + static_cast<float>(k + 1) * w.size;
        draw->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + static_cast<float>(w.lines[k].width), y), color);
    }
}

} // namespace

// Lines much wider than 40 font sizes (~80 characters) tire the eye: wrap there at most.
void Paragraph(const AppState& app, const std::string& text) { Paragraph(app, text, Em(40.0f)); }

void Paragraph(const AppState& app, const std::string& text, float width) {
    if (text.empty()) return;
    const float right = std::min(ImGui::GetContentRegionMax().x, ImGui::GetCursorPosX() + std::min(width, Em(40.0f)));
    const Wrapped w = Wrap(text, right - ImGui::GetCursorPosX());
    ImGui::Dummy(ImVec2(w.Width(), w.Height()));
    const ImVec2 min = ImGui::GetItemRectMin();
    DrawLines(min, text, w, ImGui::GetColorU32(ImGuiCol_Text));
    MarkBlockEnd(app);
}

void MutedText(const AppState& app, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    Paragraph(app, text);
    ImGui::PopStyleColor();
}

float WrappedHeight(const std::string& text, float width, float size) { return Wrap(text, width, size).Height(); }

float DrawWrapped(ImVec2 pos, const std::string& text, float width, ImU32 color, float size) {
    const Wrapped w = Wrap(text, width, size);
    DrawLines(pos, text, w, color ? color : ImGui::GetColorU32(ImGuiCol_Text));
    return w.Height();
}

float LastLineWidth(const std::string& text, float width) { return Wrap(text, width).LastWidth(); }

std::string Ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const ImFont* font = ImGui::GetFont();
    const float dots = ImGui::CalcTextSize("...").x;
    const char* cut = text.c_str();
    font->CalcTextSizeA(ImGui::GetFontSize(), std::max(0.0f, width - dots), 0.0f, text.c_str(),
                        text.c_str() + text.size(), &cut);
    return std::string(text.c_str(), cut) + "...";
}

// The whole text in a tooltip while the pointer is on a shortened line.
static void WholeOnHover(const std::string& text, bool shortened) {
    if (!shortened || !ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(30.0f));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void OneLine(const std::string& text, float width, ImU32 color) {
    const std::string shown = Ellipsize(text, width);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(shown.c_str());
    if (color) ImGui::PopStyleColor();
    WholeOnHover(text, shown != text);
}

float DrawClippedText(ImVec2 pos, const std::string& text, int max_lines, float width, ImU32 color) {
    if (color == 0) color = ImGui::GetColorU32(ImGuiCol_Text);
    Wrapped w = Wrap(text, width);
    const std::size_t most = static_cast<std::size_t>(std::max(max_lines, 1));
    const bool cut = w.lines.size() > most;
    std::size_t tail = 0;                // where the last line shown, ending in "...", begins
    if (cut) {
        tail = w.lines[most - 1].begin;
        w.lines.resize(most - 1);
    }
    DrawLines(pos, text, w, color);
    if (cut)
        ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x, pos.y + w.Height()), color,
                                            Ellipsize(text.substr(tail), width).c_str());
    return w.Height() + (cut ? w.size : 0.0f);
}

//-----------------------------------------------------------------------------
// [SECTION] Links, chips, citations
//-----------------------------------------------------------------------------

bool FlowNext(float width) {
    ImGui::SameLine();
    if (width <= ImGui::GetContentRegionAvail().x) return true;
    ImGui::NewLine();
    return false;
}

void ToolbarHint(const char* hint) {
    if (FlowNext(ImGui::CalcTextSize(hint).x)) ImGui::AlignTextToFramePadding();
    MutedText(hint);
}

// Links are accent-coloured on screen; a picture has nothing to click, so they are text there.
static ImU32 LinkColor(const AppState& app) { return app.picture.active ? Colors(app).text : Colors(app).accent; }

// Starts a new line when less than this much room is left: a link wrapped into a sliver of
// space would read worse than one moved to the next line.
static float MinLinkRoom() { return Em(6.0f); }

// A link's target: its words, padded to the target size and a frame's height (the theme makes
// that the target size); the words sit in its middle.
static ImVec2 LinkSize(const AppState& app, ImVec2 words) {
    return ImVec2(std::max(words.x, TargetSize(app)), std::max(words.y, ImGui::GetFrameHeight()));
}

static ImVec2 WordsTopLeft(ImVec2 size, float words_height) {
    const ImVec2 min = ImGui::GetItemRectMin();
    return ImVec2(min.x, min.y + std::floor((size.y - words_height) * 0.5f));
}

bool WrappedLink(AppState& app, const std::string& label, const std::string& focus, float wrap) {
    const Wrapped w = Wrap(label, wrap);
    const ImVec2 size = LinkSize(app, ImVec2(w.Width(), w.Height()));
    const bool clicked = ImGui::InvisibleButton("##link", size);
    NoteFocus(app, focus.empty() ? label : focus);
    const ImVec2 min = WordsTopLeft(size, w.Height());
    const ImU32 color = LinkColor(app);
    DrawLines(min, label, w, color);
    if (app.picture.active) return false;
    if (ImGui::IsItemHovered() || ItemKeyboardFocused()) UnderlineLines(min, w, color);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

// The widest word of `text`: a line narrower than that would split it.
static float WidestWord(const std::string& text) {
    float widest = 0.0f;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = std::min(text.find(' ', begin), text.size());
        widest = std::max(widest, ImGui::CalcTextSize(text.data() + begin, text.data() + end).x);
        begin = end + 1;
    }
    return widest;
}

// Lines up with text beside it (AlignTextToFramePadding: callers put it before a line's first
// text when a link follows on that line). Beside other text, a link that would not fit moves to
// the next line when what is left of this one is a sliver or narrower than one of its words.
bool Link(AppState& app, const std::string& label, const std::string& focus) {
    float room = ImGui::GetContentRegionAvail().x;
    const float one_line = ImGui::CalcTextSize(label.c_str()).x;
    const bool beside = ImGui::GetCursorPosX() > ImGui::GetCursorStartPos().x + 1.0f;
    // Measured word by word only for a link that must wrap beside other text: not every frame's every link.
    if (one_line > room && beside && (room < MinLinkRoom() || WidestWord(label) > room)) {
        ImGui::NewLine();
        room = ImGui::GetContentRegionAvail().x;
    }
    ImGui::AlignTextToFramePadding();
    return WrappedLink(app, label, focus, std::min(room, Em(40.0f)));
}

bool ShortLink(AppState& app, const std::string& label, float width) {
    const std::string shown = Ellipsize(label, width);
    const Wrapped w = Wrap(shown, FLT_MAX);
    const ImVec2 size = LinkSize(app, ImVec2(w.Width(), w.Height()));
    const bool clicked = ImGui::InvisibleButton("##shortlink", size);
    NoteFocus(app, label);
    WholeOnHover(label, shown != label);
    const ImVec2 min = WordsTopLeft(size, w.Height());
    const ImU32 color = LinkColor(app);
    DrawLines(min, shown, w, color);
    if (ImGui::IsItemHovered() || ItemKeyboardFocused()) UnderlineLines(min, w, color);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

bool TextLink(AppState& app, const std::string& text) {
    const Wrapped w = Wrap(text, std::min(ImGui::GetContentRegionAvail().x, Em(40.0f)));
    const ImVec2 size = LinkSize(app, ImVec2(w.Width(), w.Height()));
    const bool clicked = ImGui::InvisibleButton("##textlink", size);
    NoteFocus(app, text);
    const bool lit = !app.picture.active && (ImGui::IsItemHovered() || ItemKeyboardFocused());
    const ImVec2 min = WordsTopLeft(size, w.Height());
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
    DrawLines(min, text, w, lit && color == Colors(app).text ? Colors(app).accent : color);
    if (lit && color != Colors(app).text) UnderlineLines(min, w, color);   // a coloured link shows the focus by an underline
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

bool WrappedEntityLink(AppState& app, Index i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, Colors(app).accent);
    const bool clicked = TextLink(app, NameOf(app, i));
    ImGui::PopStyleColor();
    ImGui::PopID();
    if (clicked) Select(app, i);
    return clicked;
}

bool Button(AppState& app, const char* label, bool compact) {
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const float pad = compact ? Em(0.4f) : ImGui::GetStyle().FramePadding.x;
    const float target = TargetSize(app);
    const bool clicked = ImGui::Button(label, ImVec2(std::max(text.x + 2.0f * pad, target),
                                                     std::max(ImGui::GetFrameHeight(), target)));
    const char* id = std::strstr(label, "##");      // ImGui hides what follows "##": so does the reader
    NoteFocus(app, id ? std::string(label, id) : std::string(label));
    return clicked;
}

// The item rectangle of a selectable reaches half the item spacing above and below its size.
bool MenuItem(AppState& app, const char* label, bool selected) {
    const float height = std::max(ImGui::GetFrameHeight(), TargetSize(app)) - ImGui::GetStyle().ItemSpacing.y;
    const bool clicked = ImGui::Selectable(label, selected, 0, ImVec2(0.0f, std::max(height, 1.0f)));
    NoteFocus(app, label);
    return clicked;
}

bool EntityLink(AppState& app, Index i) {
    ImGui::PushID(static_cast<int>(i));
    const bool clicked = Link(app, NameOf(app, i));
    ImGui::PopID();
    if (clicked) Select(app, i);
    return clicked;
}

void EntityLinks(AppState& app, const std::vector<Index>& items) {
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (k > 0) {
            ImGui::SameLine(0.0f, 0.0f);
            ImGui::TextUnformatted(",");
            FlowNext(ImGui::CalcTextSize(NameOf(app, items[k]).c_str()).x);
        }
        EntityLink(app, items[k]);
    }
}

// A chip as wide as its name, or as the line when the name is longer: then the name wraps.
void ThemeChip(const AppState& app, std::uint16_t theme) {
    const std::string& name = Tr(app, app.data->themes[theme].name);
    const ImVec2 pad(Em(0.5f), Em(0.12f));
    const float dot = Em(0.5f);
    const float chrome = pad.x * 3.0f + dot;
    const Wrapped w = Wrap(name, ImGui::GetContentRegionAvail().x - chrome);
    const ImVec2 size(chrome + w.Width(), w.Height() + pad.y * 2.0f);
    ImGui::Dummy(size);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImU32 color = ThemeColor(app, theme);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line_h = ImGui::GetTextLineHeight();
    draw->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), WithAlpha(color, 0.12f), (line_h + pad.y * 2.0f) * 0.5f);
    draw->AddCircleFilled(ImVec2(min.x + pad.x + dot * 0.5f, min.y + pad.y + line_h * 0.5f), dot * 0.5f, color);
    const ImVec2 text(min.x + pad.x * 2.0f + dot, min.y + pad.y);
    DrawLines(text, name, w, Colors(app).text);
}

void ThemeChips(const AppState& app, const std::vector<std::uint16_t>& themes) {
    for (std::size_t k = 0; k < themes.size(); ++k) {
        if (k > 0) FlowNext(ImGui::CalcTextSize(Tr(app, app.data->themes[themes[k]].name).c_str()).x + Em(2.0f));
        ThemeChip(app, themes[k]);
    }
    MarkBlockEnd(app);
}

std::size_t SourceNumber(const AppState& app, Index source) {
    const auto& sources = app.by_kind[static_cast<int>(Kind::Source)];   // in file order, so sorted
    return static_cast<std::size_t>(std::lower_bound(sources.begin(), sources.end(), source) - sources.begin()) + 1;
}

static std::string MarkText(const AppState& app, Index source) {
    return "[" + std::to_string(SourceNumber(app, source)) + "]";
}

static const char* MarksLabel(const AppState& app, const std::vector<Index>& sources) {
    return Ui(app, sources.size() == 1 ? UiString::Source : UiString::Sources);
}

float CitationMarksWidth(const AppState& app, const std::vector<Index>& sources) {
    if (sources.empty()) return 0.0f;
    const float space = ImGui::GetStyle().ItemSpacing.x;
    float width = ImGui::CalcTextSize(MarksLabel(app, sources)).x + ImGui::CalcTextSize(":").x;
    for (Index s : sources) width += space + ImGui::CalcTextSize(MarkText(app, s).c_str()).x;
    return width;
}

void CitationMarks(AppState& app, const std::vector<Index>& sources, bool same_line) {
    if (sources.empty()) return;
    if (same_line) FlowNext(CitationMarksWidth(app, sources));
    ImGui::PushStyleColor(ImGuiCol_Text, Colors(app).muted);
    ImGui::AlignTextToFramePadding();   // level with the marks that follow
    ImGui::Text("%s:", MarksLabel(app, sources));
    ImGui::PopStyleColor();
    for (Index s : sources) {
        const std::string mark = MarkText(app, s);
        FlowNext(ImGui::CalcTextSize(mark.c_str()).x);
        ImGui::PushID(static_cast<int>(s));
        // "Source 1: Article on ..." for a screen reader: a bare "[1]" would say nothing.
        if (Link(app, mark, std::string(Ui(app, UiString::Source)) + " " + mark.substr(1, mark.size() - 2) + ": " +
                                NameOf(app, s)))
            Select(app, s);
        ImGui::PopID();
    }
}

std::string SourceByline(const AppState& app, Index source) {
    const Source& src = app.data->SourceOf(source);
    std::string line = Tr(app, src.publisher);
    const std::string& place = Tr(app, src.place);
    if (!place.empty()) line += (line.empty() ? "" : ", ") + place;
    const std::string date = DateText(app, app.data->At(source).date);
    if (!date.empty()) line += (line.empty() ? "" : "  \xC2\xB7  ") + date;   // middle dot
    return line;
}

void SourceList(AppState& app, const std::vector<Index>& sources) {
    for (Index s : sources) {
        ImGui::PushID(static_cast<int>(s));
        ImGui::TextUnformatted(MarkText(app, s).c_str());
        ImGui::SameLine();
        EntityLink(app, s);
        MutedText(app, SourceByline(app, s));
        ImGui::PopID();
    }
}

void OpenUrlButton(AppState& app, const std::string& url) {
    if (!IsWebUrl(url)) return;
    ImGui::PushID(url.c_str());
    if (Button(app, Ui(app, UiString::OpenSource))) RequestOpenUrl(app, url);
    ImGui::PopID();
    MutedText(app, url);
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers and dates
//-----------------------------------------------------------------------------

Lang UiLang(const AppState& app) { return LangFromCode(app.options.language); }
const char* Ui(const AppState& app, UiString id) { return polity::Tr(id, UiLang(app)); }
const char* KindText(const AppState& app, Kind kind) { return KindLabel(kind, UiLang(app)); }
std::string Quoted(const AppState& app, const std::string& text) { return UiFill(app, UiString::Quoted, {text}); }

std::string UiFill(const AppState& app, UiString id, const std::vector<std::string>& values) {
    return FillIn(Ui(app, id), values);
}
std::string Number(const AppState& app, double value) { return FormatNumber(value, UiLang(app)); }

std::string QualifiedNumber(const AppState& app, const Observation& obs) {
    return polity::QualifiedNumber(obs, UiLang(app));
}

std::string DateText(const AppState& app, Date date) { return FormatDate(date, UiLang(app)); }

std::string DateSpan(const AppState& app, Date from, Date to) {
    return from.IsSet() ? FormatDateSpan(from, to, UiLang(app)) : std::string();
}

std::string ObservationWhen(const AppState& app, const Observation& obs) {
    if (!obs.label.empty()) return Tr(app, obs.label);
    return DateSpan(app, obs.date, obs.end);
}

//-----------------------------------------------------------------------------
// [SECTION] Gesture hint
//-----------------------------------------------------------------------------

static constexpr double kHintSeconds = 1.8;   // long enough to read the few words
static constexpr double kHintFadeSeconds = 0.4;

static double HintAge(const AppState& app) {
    const PointerState& p = app.pointer;
    if (p.hint == GestureHint::None) return kHintSeconds;
    if (p.hint_asked) return 0.0;                          // shows from the next frame on
    return p.hint_since < 0.0 ? kHintSeconds : ImGui::GetTime() - p.hint_since;
}

bool GestureHintShowing(const AppState& app) { return HintAge(app) < kHintSeconds; }

static std::string HintText(const AppState& app) {
    if (app.pointer.hint == GestureHint::TwoFingers) return Ui(app, UiString::TwoFingersHint);
    return UiFill(app, UiString::WheelZoomHint, {app.options.mac_keys ? "\xE2\x8C\x98" : "Ctrl"});   // ⌘
}

void GestureHintOverlay(const AppState& app, ImVec2 min, ImVec2 max) {
    const double age = HintAge(app);
    if (age >= kHintSeconds) return;
    const float alpha = static_cast<float>(std::min(1.0, (kHintSeconds - age) / kHintFadeSeconds));
    const std::string text = HintText(app);
    const float wrap = std::max(Em(6.0f), std::min(max.x - min.x - Em(2.0f), Em(24.0f)));
    const ImVec2 words = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const ImVec2 pad(Em(1.0f), Em(0.7f));
    const ImVec2 center((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    const ImVec2 box_min(center.x - words.x * 0.5f - pad.x, center.y - words.y * 0.5f - pad.y);
    const ImVec2 box_max(center.x + words.x * 0.5f + pad.x, center.y + words.y * 0.5f + pad.y);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->PushClipRect(min, max, true);
    const Palette& p = Colors(app);
    draw->AddRectFilled(box_min, box_max, WithAlpha(p.text, 0.88f * alpha), Em(0.5f));   // the text colour as the box
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(box_min.x + pad.x, box_min.y + pad.y),
                  WithAlpha(p.background, alpha), text.c_str(), nullptr, wrap);
    draw->PopClipRect();
}

//-----------------------------------------------------------------------------
// [SECTION] Placed labels
//-----------------------------------------------------------------------------

// On a phone a plot (the timeline, the network) is a chart whose text is annotation: no larger
// than at the hosted page's 16-pixel line, so an article's larger reading text does not crowd
// names out of its canvas. Wider screens have the room, and keep the text's own size: scaled, a
// glyph drawn for another size is soft at one device pixel per CSS pixel.

float PlotEm(const AppState& app, float n) {
    return IsPhone(app) ? std::min(Em(n), n * kToolLineCssPx * app.pointer.dpr) : Em(n);
}

float PlacedLabelSize(const AppState& app) { return PlotEm(app, IsNarrow() ? 0.85f : 1.0f); }

PlotTextSize::PlotTextSize(const AppState& app) { ImGui::SetWindowFontScale(PlotEm(app, 1.0f) / Em(1.0f)); }
PlotTextSize::~PlotTextSize() { ImGui::SetWindowFontScale(1.0f); }

MeasureText MeasureWith(float font_size) {
    return [font_size](std::string_view text) {
        return static_cast<double>(
            ImGui::GetFont()->CalcTextSizeA(font_size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x);
    };
}

void DrawLabel(const AppState& app, const TextBlock& text, ImVec2 top_left, float line_height, float font_size,
               ImU32 color) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float h = static_cast<float>(text.lines.size()) * line_height;
    const float pad = font_size * 0.12f;
    draw->AddRectFilled(ImVec2(top_left.x - pad, top_left.y), ImVec2(top_left.x + static_cast<float>(text.width) + pad, top_left.y + h),
                        WithAlpha(Colors(app).background, 0.85f), font_size * 0.2f);
    const float lead = (line_height - font_size) * 0.5f;
    for (std::size_t k = 0; k < text.lines.size(); ++k) {
        const std::string_view line = text.lines[k];
        draw->AddText(ImGui::GetFont(), font_size, ImVec2(top_left.x, top_left.y + lead + static_cast<float>(k) * line_height),
                      color, line.data(), line.data() + line.size());
    }
}

} // namespace polity::ui
