// Polity Explorer widget — small shared widgets (see widgets.hpp).
#include "views/widgets.hpp"

#include "app_state.hpp"
#include "polity/layout.hpp"
#include "views/keyboard.hpp"

#include <algorithm>
#include <cmath>
#include <cfloat>
#include <cstring>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Units and colours
//-----------------------------------------------------------------------------

bool IsNarrow() { return ImGui::GetMainViewport()->Size.x < Em(40.0f); }

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

void Heading(const std::string& text) {
    // One font is loaded (per screen density); a scaled glyph is sharp enough for a title.
    ImGui::SetWindowFontScale(1.3f);
    Paragraph(text);
    ImGui::SetWindowFontScale(1.0f);
}

void SectionLabel(const char* label) {
    ImGui::Dummy(ImVec2(0.0f, Em(0.3f)));
    ImGui::TextDisabled("%s", label);   // the muted colour (the theme sets TextDisabled to it)
}

// Lines much wider than 40 font sizes (~80 characters) tire the eye: wrap there at most.
void Paragraph(const std::string& text) { Paragraph(text, Em(40.0f)); }

void Paragraph(const std::string& text, float width) {
    if (text.empty()) return;
    ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionMax().x, ImGui::GetCursorPosX() + std::min(width, Em(40.0f))));
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void MutedText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    Paragraph(text);
    ImGui::PopStyleColor();
}

std::string Ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const ImFont* font = ImGui::GetFont();
    const float dots = ImGui::CalcTextSize("...").x;
    const char* cut = text.c_str();
    font->CalcTextSizeA(ImGui::GetFontSize(), std::max(0.0f, width - dots), 0.0f, text.c_str(),
                        text.c_str() + text.size(), &cut);
    return std::string(text.c_str(), cut) + "...";
}

// The end of the line starting at `text` when wrapped to `width` (ImGui's own wrapping rule).
static const char* WrapEnd(const char* text, const char* end, float width) {
    const ImFont* font = ImGui::GetFont();
    const char* stop = font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, text, end, width);
    return stop == text && text < end ? text + 1 : stop;   // always progress, even on a huge word
}

float DrawClippedText(ImVec2 pos, const std::string& text, int max_lines, float width, ImU32 color) {
    if (color == 0) color = ImGui::GetColorU32(ImGuiCol_Text);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const char* p = text.c_str();
    const char* end = p + text.size();
    const float line_h = ImGui::GetTextLineHeight();
    int line = 0;
    for (; line < max_lines && p < end; ++line) {
        const char* stop = WrapEnd(p, end, width);
        const ImVec2 at(pos.x, pos.y + static_cast<float>(line) * line_h);
        if (line == max_lines - 1 && stop < end)
            draw->AddText(at, color, Ellipsize(std::string(p, end), width).c_str());
        else
            draw->AddText(at, color, p, stop);
        p = stop;
        while (p < end && (*p == ' ' || *p == '\n')) ++p;   // next line starts at a word
    }
    return static_cast<float>(line) * line_h;
}

//-----------------------------------------------------------------------------
// [SECTION] Links, chips, citations
//-----------------------------------------------------------------------------

void FlowNext(float width) {
    ImGui::SameLine();
    if (width > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
}

// Links are padded to a frame's height (the target size) with their words in the middle, and
// line up with text beside them (AlignTextToFramePadding: callers put it before a line's
// first text when a link follows on that line).
bool Link(AppState& app, const std::string& label) {
    const ImU32 color = Colors(app).accent;
    const std::string shown = Ellipsize(label, ImGui::GetContentRegionAvail().x);
    const ImVec2 text = ImGui::CalcTextSize(shown.c_str());
    const ImVec2 size(std::max(text.x, TargetSize(app)), std::max(text.y, ImGui::GetFrameHeight()));
    ImGui::AlignTextToFramePadding();
    const bool clicked = ImGui::InvisibleButton("##link", size);
    NoteFocus(app, label);
    const ImVec2 min(ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y + std::floor((size.y - text.y) * 0.5f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(min, color, shown.c_str());
    if (ImGui::IsItemHovered() || ItemKeyboardFocused())
        draw->AddLine(ImVec2(min.x, min.y + text.y), ImVec2(min.x + text.x, min.y + text.y), color);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

bool TextLink(AppState& app, const std::string& text) {
    const float wrap = std::min(ImGui::GetContentRegionAvail().x, Em(40.0f));
    const ImVec2 words = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const ImVec2 size(std::max(words.x, TargetSize(app)), std::max(words.y, ImGui::GetFrameHeight()));
    const bool clicked = ImGui::InvisibleButton("##textlink", size);
    NoteFocus(app, text);
    const bool lit = ImGui::IsItemHovered() || ItemKeyboardFocused();
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
    const ImVec2 at(ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y + std::floor((size.y - words.y) * 0.5f));
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                                        lit && color == Colors(app).text ? Colors(app).accent : color, text.c_str(), nullptr, wrap);
    if (lit && color != Colors(app).text)   // a coloured link shows the pointer and the focus by an underline
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, at.y + words.y), ImVec2(at.x + words.x, at.y + words.y), color);
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

void ThemeChip(const AppState& app, std::uint16_t theme) {
    const std::string& name = Tr(app, app.data->themes[theme].name);
    const ImVec2 text = ImGui::CalcTextSize(name.c_str());
    const ImVec2 pad(Em(0.5f), Em(0.12f));
    const float dot = Em(0.5f);
    const ImVec2 size(pad.x * 3.0f + dot + text.x, text.y + pad.y * 2.0f);
    ImGui::Dummy(size);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImU32 color = ThemeColor(app, theme);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), WithAlpha(color, 0.12f), size.y * 0.5f);
    draw->AddCircleFilled(ImVec2(min.x + pad.x + dot * 0.5f, min.y + size.y * 0.5f), dot * 0.5f, color);
    draw->AddText(ImVec2(min.x + pad.x * 2.0f + dot, min.y + pad.y), Colors(app).text, name.c_str());
}

void ThemeChips(const AppState& app, const std::vector<std::uint16_t>& themes) {
    for (std::size_t k = 0; k < themes.size(); ++k) {
        if (k > 0) FlowNext(ImGui::CalcTextSize(Tr(app, app.data->themes[themes[k]].name).c_str()).x + Em(2.0f));
        ThemeChip(app, themes[k]);
    }
}

void CitationLine(AppState& app, const std::vector<Index>& sources) {
    if (sources.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, Colors(app).muted);
    ImGui::AlignTextToFramePadding();   // level with the links that follow
    ImGui::Text("%s:", Ui(app, sources.size() == 1 ? UiString::Source : UiString::Sources));
    for (std::size_t k = 0; k < sources.size(); ++k) {
        const Index s = sources[k];
        const Entity& e = app.data->At(s);
        if (k > 0) { ImGui::SameLine(0.0f, 0.0f); ImGui::TextUnformatted(";"); }
        FlowNext(ImGui::CalcTextSize(NameOf(app, s).c_str()).x);
        EntityLink(app, s);
        const std::string where = "(" + Tr(app, app.data->SourceOf(s).publisher) + ", " + DateText(app, e.date) + ")";
        FlowNext(ImGui::CalcTextSize(where.c_str()).x);
        ImGui::TextUnformatted(where.c_str());
    }
    ImGui::PopStyleColor();
}

void OpenUrlButton(AppState& app, const std::string& url) {
    if (!IsWebUrl(url)) return;
    ImGui::PushID(url.c_str());
    if (Button(app, Ui(app, UiString::OpenSource))) RequestOpenUrl(app, url);
    ImGui::PopID();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, Colors(app).muted);
    ImGui::TextUnformatted(Ellipsize(url, ImGui::GetContentRegionAvail().x).c_str());
    ImGui::PopStyleColor();
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
std::string QualifiedNumberAfterFrom(const AppState& app, const Observation& obs) {
    return polity::QualifiedNumberAfterFrom(obs.value, obs.qualifier, UiLang(app));
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
// [SECTION] Lists
//-----------------------------------------------------------------------------

// Never less than a frame's height, which the theme makes the target size; whole pixels, as
// ImGui lays rows out, so neighbouring rows meet without overlapping.
float RowHeight(int lines) {
    return std::max(std::ceil(static_cast<float>(lines) * ImGui::GetTextLineHeight() + Em(0.9f)), ImGui::GetFrameHeight());
}

// Where a row is, for the state report: only rows on screen, and whether the list's edge cuts it.
static void ReportRow(AppState& app, Index id, float top, float bottom) {
    const float view_top = ImGui::GetWindowPos().y, view_bottom = view_top + ImGui::GetWindowSize().y;
    if (bottom <= view_top || top >= view_bottom) return;
    app.drawn.rows.push_back({id, top, bottom, top >= view_top && bottom <= view_bottom});
}

bool ListRow(AppState& app, Index id, bool selected, int lines, ImVec2* content, float* width) {
    ImGui::PushID(static_cast<int>(id));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // Overlap allowed so a row can carry its own small buttons (e.g. a source's link).
    const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowItemOverlap,
                                           ImVec2(0.0f, RowHeight(lines)));
    NoteFocus(app, NameOf(app, id));
    ImGui::PopID();
    ReportRow(app, id, top.y, top.y + RowHeight(lines));
    *content = ImVec2(top.x + Em(0.5f), top.y + Em(0.45f));
    *width = ImGui::GetItemRectSize().x - Em(1.0f);
    return clicked;
}

static void Measure(MeasuredBlocks& blocks, std::size_t k, float height) {
    float& old = blocks.heights[k];
    if (old == 0.0f) ++blocks.measured;
    blocks.total += height - old;
    old = height;
}

// Reserves `height` pixels of skipped blocks in one item (a Dummy adds the spacing itself).
static void Skip(float* height) {
    if (*height <= 0.0f) return;
    ImGui::Dummy(ImVec2(1.0f, *height - ImGui::GetStyle().ItemSpacing.y));
    *height = 0.0f;
}

// The blocks on screen, [first, last), from the heights known so far.
static std::pair<std::size_t, std::size_t> VisibleBlocks(const MeasuredBlocks& blocks, float top, float guess) {
    const float clip_top = ImGui::GetWindowPos().y;
    const float clip_bottom = clip_top + ImGui::GetWindowSize().y;
    std::size_t first = blocks.heights.size(), last = 0;
    for (std::size_t k = 0; k < blocks.heights.size() && top <= clip_bottom; ++k) {
        const float height = blocks.heights[k] > 0.0f ? blocks.heights[k] : guess;
        if (top + height >= clip_top) {
            first = std::min(first, k);
            last = k + 1;
        }
        top += height;
    }
    return {first, last};
}

void DrawMeasuredBlocks(MeasuredBlocks& blocks, std::size_t count, const std::function<void(std::size_t)>& draw) {
    if (blocks.heights.size() != count) blocks = MeasuredBlocks{std::vector<float>(count, 0.0f)};
    const float guess = blocks.measured > 0 ? blocks.total / static_cast<float>(blocks.measured) : Em(8.0f);
    auto [first, last] = VisibleBlocks(blocks, ImGui::GetCursorScreenPos().y, guess);
    first = first > 0 && first < count ? first - 1 : first;   // one more on each side, for Tab
    last = std::min(last + 1, count);
    float skipped = 0.0f;
    for (std::size_t k = 0; k < count; ++k) {
        const float top = ImGui::GetCursorScreenPos().y + skipped;
        if (k < first || k >= last) {
            skipped += blocks.heights[k] > 0.0f ? blocks.heights[k] : guess;
            continue;
        }
        Skip(&skipped);
        ImGui::BeginGroup();
        draw(k);
        ImGui::EndGroup();
        Measure(blocks, k, ImGui::GetCursorScreenPos().y - top);
    }
    Skip(&skipped);
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

float PlacedLabelSize() { return Em(IsNarrow() ? 0.85f : 1.0f); }

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
