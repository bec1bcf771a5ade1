// Polity Explorer widget — small shared widgets (see widgets.hpp).
#include "views/widgets.hpp"

#include "app_state.hpp"
#include "polity/layout.hpp"

#include <algorithm>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Units and colours
//-----------------------------------------------------------------------------

bool IsNarrow() { return ImGui::GetMainViewport()->Size.x < Em(40.0f); }

ImU32 WithAlpha(ImU32 color, float alpha) {
    const auto a = static_cast<ImU32>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f);
    return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

static void SetColor(ImGuiStyle& style, ImGuiCol idx, ImU32 color) {
    style.Colors[idx] = ImGui::ColorConvertU32ToFloat4(color);
}

static void ApplyLightColors(ImGuiStyle& style) {
    const ImU32 frame = IM_COL32(0xf0, 0xf2, 0xf5, 0xff);
    const ImU32 frame_hover = IM_COL32(0xe6, 0xea, 0xf0, 0xff);
    const ImU32 pressed = IM_COL32(0xcc, 0xdd, 0xf3, 0xff);
    const ImU32 grab = IM_COL32(0xc3, 0xc9, 0xd0, 0xff);
    for (int i = 0; i < ImGuiCol_COUNT; ++i) SetColor(style, i, palette::kText); // nothing left dark-themed
    SetColor(style, ImGuiCol_TextDisabled, palette::kMuted);
    for (ImGuiCol c : {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_TitleBg, ImGuiCol_TitleBgActive,
                       ImGuiCol_TitleBgCollapsed, ImGuiCol_MenuBarBg})
        SetColor(style, c, palette::kBackground);
    SetColor(style, ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    SetColor(style, ImGuiCol_ScrollbarBg, IM_COL32(0, 0, 0, 0));
    for (ImGuiCol c : {ImGuiCol_Border, ImGuiCol_Separator, ImGuiCol_TableBorderStrong, ImGuiCol_TableBorderLight})
        SetColor(style, c, palette::kLine);
    SetColor(style, ImGuiCol_BorderShadow, IM_COL32(0, 0, 0, 0));
    for (ImGuiCol c : {ImGuiCol_FrameBg, ImGuiCol_Button, ImGuiCol_Tab, ImGuiCol_TableHeaderBg}) SetColor(style, c, frame);
    for (ImGuiCol c : {ImGuiCol_FrameBgHovered, ImGuiCol_HeaderHovered, ImGuiCol_TabHovered}) SetColor(style, c, frame_hover);
    SetColor(style, ImGuiCol_ButtonHovered, palette::kAccentSoft);
    for (ImGuiCol c : {ImGuiCol_FrameBgActive, ImGuiCol_ButtonActive, ImGuiCol_HeaderActive}) SetColor(style, c, pressed);
    for (ImGuiCol c : {ImGuiCol_Header, ImGuiCol_TabActive, ImGuiCol_TextSelectedBg}) SetColor(style, c, palette::kAccentSoft);
    for (ImGuiCol c : {ImGuiCol_ScrollbarGrab, ImGuiCol_SliderGrab, ImGuiCol_ResizeGrip}) SetColor(style, c, grab);
    for (ImGuiCol c : {ImGuiCol_ScrollbarGrabHovered, ImGuiCol_ScrollbarGrabActive, ImGuiCol_SliderGrabActive,
                       ImGuiCol_CheckMark, ImGuiCol_NavHighlight, ImGuiCol_SeparatorActive, ImGuiCol_PlotHistogram})
        SetColor(style, c, palette::kAccent);
    SetColor(style, ImGuiCol_TableRowBg, IM_COL32(0, 0, 0, 0));
    SetColor(style, ImGuiCol_TableRowBgAlt, palette::kPanel);
    SetColor(style, ImGuiCol_ModalWindowDimBg, IM_COL32(0x1f, 0x23, 0x28, 0x40));
}

// Sizes follow the font size, so a font rebuilt for a new devicePixelRatio rescales everything.
void ApplyLightTheme(ImGuiStyle& style, float font_size) {
    ApplyLightColors(style);
    const float em = font_size;
    style.WindowPadding = ImVec2(0.9f * em, 0.8f * em);
    style.FramePadding = ImVec2(0.6f * em, 0.3f * em);
    style.ItemSpacing = ImVec2(0.55f * em, 0.4f * em);
    style.ItemInnerSpacing = ImVec2(0.4f * em, 0.3f * em);
    style.CellPadding = ImVec2(0.5f * em, 0.3f * em);
    style.IndentSpacing = 1.2f * em;
    style.ScrollbarSize = 0.7f * em;
    style.GrabMinSize = 0.7f * em;
    style.WindowRounding = 0.0f;        // the widget fills its canvas; the page draws the frame
    style.ChildRounding = style.FrameRounding = style.PopupRounding = 0.35f * em;
    style.ScrollbarRounding = style.GrabRounding = style.TabRounding = 0.35f * em;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = style.PopupBorderSize = 1.0f;
    style.FrameBorderSize = 0.0f;
}

ImU32 KindColor(Kind kind) {
    static constexpr ImU32 kColors[kKindCount] = {
        IM_COL32(0x1a, 0x5f, 0xb4, 0xff), IM_COL32(0xc0, 0x5a, 0x12, 0xff), IM_COL32(0x2e, 0x7d, 0x4f, 0xff),
        IM_COL32(0x7a, 0x3e, 0x9d, 0xff), IM_COL32(0x9a, 0x6b, 0x00, 0xff), IM_COL32(0x00, 0x7a, 0x87, 0xff),
        IM_COL32(0x6b, 0x72, 0x7a, 0xff)};
    return kColors[static_cast<int>(kind)];
}

ImU32 ThemeColor(const AppState& app, std::uint16_t theme) {
    static constexpr ImU32 kFallback[] = {
        IM_COL32(0x1a, 0x5f, 0xb4, 0xff), IM_COL32(0xc0, 0x5a, 0x12, 0xff), IM_COL32(0x2e, 0x7d, 0x4f, 0xff),
        IM_COL32(0x9d, 0x2f, 0x5b, 0xff), IM_COL32(0x6a, 0x4c, 0x9c, 0xff), IM_COL32(0x00, 0x7a, 0x87, 0xff),
        IM_COL32(0x8a, 0x6d, 0x1f, 0xff), IM_COL32(0x4d, 0x5b, 0x6a, 0xff)};
    const std::uint32_t rgb = app.data->themes[theme].color;
    if (rgb == 0) return kFallback[theme % (sizeof kFallback / sizeof kFallback[0])];
    return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 0xff);
}

ImU32 EntityColor(const AppState& app, Index i) {
    const Entity& e = app.data->At(i);
    return e.themes.empty() ? KindColor(e.kind) : ThemeColor(app, e.themes.front());
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
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kMuted);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
}

// Lines much wider than 40 font sizes (~80 characters) tire the eye: wrap there at most.
void Paragraph(const std::string& text) {
    if (text.empty()) return;
    ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionMax().x, ImGui::GetCursorPosX() + Em(40.0f)));
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void MutedText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kMuted);
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

bool Link(const std::string& label) {
    const ImU32 color = palette::kAccent;
    const std::string shown = Ellipsize(label, ImGui::GetContentRegionAvail().x);
    const ImVec2 size = ImGui::CalcTextSize(shown.c_str());
    const bool clicked = ImGui::InvisibleButton("##link", ImVec2(std::max(size.x, 1.0f), size.y));
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(min, color, shown.c_str());
    if (ImGui::IsItemHovered()) {
        draw->AddLine(ImVec2(min.x, min.y + size.y), ImVec2(min.x + size.x, min.y + size.y), color);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    return clicked;
}

bool EntityLink(AppState& app, Index i) {
    ImGui::PushID(static_cast<int>(i));
    const bool clicked = Link(NameOf(app, i));
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
    draw->AddText(ImVec2(min.x + pad.x * 2.0f + dot, min.y + pad.y), palette::kText, name.c_str());
}

void ThemeChips(const AppState& app, const std::vector<std::uint16_t>& themes) {
    for (std::size_t k = 0; k < themes.size(); ++k) {
        if (k > 0) FlowNext(ImGui::CalcTextSize(Tr(app, app.data->themes[themes[k]].name).c_str()).x + Em(2.0f));
        ThemeChip(app, themes[k]);
    }
}

void CitationLine(AppState& app, const std::vector<Index>& sources) {
    if (sources.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kMuted);
    ImGui::Text("%s:", Ui(app, sources.size() == 1 ? UiString::Source : UiString::Sources));
    for (std::size_t k = 0; k < sources.size(); ++k) {
        const Index s = sources[k];
        const Entity& e = app.data->At(s);
        if (k > 0) { ImGui::SameLine(0.0f, 0.0f); ImGui::TextUnformatted(";"); }
        FlowNext(ImGui::CalcTextSize(NameOf(app, s).c_str()).x);
        EntityLink(app, s);
        const std::string where = "(" + app.data->SourceOf(s).publisher + ", " + DateText(app, e.date) + ")";
        FlowNext(ImGui::CalcTextSize(where.c_str()).x);
        ImGui::TextUnformatted(where.c_str());
    }
    ImGui::PopStyleColor();
}

void OpenUrlButton(AppState& app, const std::string& url) {
    if (!IsWebUrl(url)) return;
    ImGui::PushID(url.c_str());
    if (ImGui::Button("Open the source")) RequestOpenUrl(app, url);
    ImGui::PopID();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kMuted);
    ImGui::TextUnformatted(Ellipsize(url, ImGui::GetContentRegionAvail().x).c_str());
    ImGui::PopStyleColor();
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers and dates
//-----------------------------------------------------------------------------

Lang UiLang(const AppState& app) { return LangFromCode(app.options.language); }
const char* Ui(const AppState& app, UiString id) { return polity::Tr(id, UiLang(app)); }
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
// [SECTION] Lists
//-----------------------------------------------------------------------------

float RowHeight(int lines) {
    return static_cast<float>(lines) * ImGui::GetTextLineHeight() + Em(0.9f);
}

bool ListRow(Index id, bool selected, int lines, ImVec2* content, float* width) {
    ImGui::PushID(static_cast<int>(id));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // Overlap allowed so a row can carry its own small buttons (e.g. a source's link).
    const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowItemOverlap,
                                           ImVec2(0.0f, RowHeight(lines)));
    ImGui::PopID();
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

void DrawMeasuredBlocks(MeasuredBlocks& blocks, std::size_t count, const std::function<void(std::size_t)>& draw) {
    if (blocks.heights.size() != count) blocks = MeasuredBlocks{std::vector<float>(count, 0.0f)};
    const float guess = blocks.measured > 0 ? blocks.total / static_cast<float>(blocks.measured) : Em(8.0f);
    const float clip_top = ImGui::GetWindowPos().y;
    const float clip_bottom = clip_top + ImGui::GetWindowSize().y;
    float skipped = 0.0f;
    for (std::size_t k = 0; k < count; ++k) {
        const float top = ImGui::GetCursorScreenPos().y + skipped;
        const float height = blocks.heights[k] > 0.0f ? blocks.heights[k] : guess;
        if (top + height < clip_top || top > clip_bottom) {
            skipped += height;
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

} // namespace polity::ui
