// Polity Explorer widget — colour themes (see theme.hpp).
#include "views/theme.hpp"

#include <algorithm>
#include <cmath>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Contrast
//-----------------------------------------------------------------------------

static float Channel(ImU32 c, int shift) { return static_cast<float>((c >> shift) & 0xff); }

ImU32 Rgb(std::uint32_t rgb) { return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 0xff); }

// sRGB to linear light, as WCAG 2 defines it.
static double Linear(float channel) {
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Luminance(ImU32 c) {
    return 0.2126 * Linear(Channel(c, IM_COL32_R_SHIFT)) + 0.7152 * Linear(Channel(c, IM_COL32_G_SHIFT)) +
           0.0722 * Linear(Channel(c, IM_COL32_B_SHIFT));
}

double ContrastRatio(ImU32 a, ImU32 b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

static ImU32 MixAlpha(ImU32 a, ImU32 b, float t) {
    const auto mix = [&](int shift) {
        return static_cast<ImU32>(std::lround(Channel(a, shift) * (1.0f - t) + Channel(b, shift) * t));
    };
    return IM_COL32(mix(IM_COL32_R_SHIFT), mix(IM_COL32_G_SHIFT), mix(IM_COL32_B_SHIFT), 0xff);
}

ImU32 Mix(ImU32 a, ImU32 b, float t) { return MixAlpha(a, b, std::clamp(t, 0.0f, 1.0f)); }

ImU32 Over(ImU32 top, ImU32 bottom) { return Mix(bottom, top, Channel(top, IM_COL32_A_SHIFT) / 255.0f); }

// Steps of 1/64 towards the extreme: the first that is enough wins, so the colour changes as
// little as it can. (Contrast is not monotonic on the way when the colour starts on the other
// side of `against`, which rules out a bisection.)
ImU32 EnsureContrast(ImU32 color, ImU32 against, double ratio) {
    color |= IM_COL32_A_MASK;
    if (ContrastRatio(color, against) >= ratio) return color;
    const ImU32 white = IM_COL32(0xff, 0xff, 0xff, 0xff), black = IM_COL32(0, 0, 0, 0xff);
    const ImU32 target = ContrastRatio(white, against) >= ContrastRatio(black, against) ? white : black;
    for (int step = 1; step <= 64; ++step) {
        const ImU32 candidate = Mix(color, target, static_cast<float>(step) / 64.0f);
        if (ContrastRatio(candidate, against) >= ratio) return candidate;
    }
    return target;
}

//-----------------------------------------------------------------------------
// [SECTION] Palette
//-----------------------------------------------------------------------------

// The neutral colours. Light: text 15.8:1, muted 6.0:1 on white; dark: text 14.6:1, muted
// 8.2:1 on #15171a (the HTML twin's twin.css uses the same ones).
static Palette Neutrals(bool dark) {
    Palette p;
    p.dark = dark;
    if (dark) {
        p.text = Rgb(0xe6e8eb), p.muted = Rgb(0xa8b0b9), p.background = Rgb(0x15171a), p.panel = Rgb(0x1f2227);
        p.line = Rgb(0x3a3f46), p.frame = Rgb(0x262a30), p.frame_hover = Rgb(0x30353c), p.grab = Rgb(0x4a5058);
        p.error = Rgb(0xff8a80), p.warning = Rgb(0xe0b050);
    } else {
        p.text = Rgb(0x1f2328), p.muted = Rgb(0x5b6470), p.background = Rgb(0xffffff), p.panel = Rgb(0xf6f7f9);
        p.line = Rgb(0xd8dce1), p.frame = Rgb(0xf0f2f5), p.frame_hover = Rgb(0xe6eaf0), p.grab = Rgb(0xc3c9d0);
        p.error = Rgb(0xb42318), p.warning = Rgb(0x8a5a00);
    }
    return p;
}

// A tint of the accent for selected rows and pressed buttons, kept pale (light) or deep (dark)
// enough that text and muted text stay readable on it.
static ImU32 Tint(const Palette& p, ImU32 accent, float amount) {
    ImU32 tint = Mix(p.background, accent, amount);
    tint = EnsureContrast(tint, p.text, 4.6);
    return EnsureContrast(tint, p.muted, 4.6);
}

// The worst contrast of `color` against the backgrounds accent text is drawn on.
static double WorstContrast(const Palette& p, ImU32 color) {
    return std::min({ContrastRatio(color, p.background), ContrastRatio(color, p.panel),
                     ContrastRatio(color, p.accent_soft), ContrastRatio(color, p.frame_hover)});
}

Palette MakePalette(bool dark, std::uint32_t accent_rgb) {
    Palette p = Neutrals(dark);
    // A light accent on a dark page reads as the same colour: the default blue lightened.
    const ImU32 raw = Rgb(accent_rgb == kDefaultAccent && dark ? 0x8ab8ff : accent_rgb);
    p.accent_soft = Tint(p, raw, dark ? 0.28f : 0.12f);
    p.pressed = Tint(p, raw, dark ? 0.40f : 0.25f);
    // Darken (light theme) or lighten (dark theme) until links read on every background.
    ImU32 accent = raw;
    const ImU32 away = dark ? IM_COL32(0xff, 0xff, 0xff, 0xff) : IM_COL32(0, 0, 0, 0xff);
    for (int step = 1; step <= 64 && WorstContrast(p, accent) < 4.6; ++step)
        accent = Mix(raw, away, static_cast<float>(step) / 64.0f);
    p.accent = accent;
    p.focus = accent;                   // 4.5:1 on every background, above the 3:1 a ring needs
    return p;
}

ImU32 MarkColor(const Palette& p, ImU32 color) { return EnsureContrast(color, p.background, 3.0); }

//-----------------------------------------------------------------------------
// [SECTION] ImGui style
//-----------------------------------------------------------------------------

static void SetColor(ImGuiStyle& style, ImGuiCol idx, ImU32 color) {
    style.Colors[idx] = ImGui::ColorConvertU32ToFloat4(color);
}

static void SetColors(ImGuiStyle& style, std::initializer_list<ImGuiCol> slots, ImU32 color) {
    for (ImGuiCol c : slots) SetColor(style, c, color);
}

static void ApplyColors(ImGuiStyle& style, const Palette& p) {
    const ImU32 clear = IM_COL32(0, 0, 0, 0);
    for (int i = 0; i < ImGuiCol_COUNT; ++i) SetColor(style, i, p.text);   // nothing left from ImGui's theme
    SetColor(style, ImGuiCol_TextDisabled, p.muted);
    SetColors(style, {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_TitleBg, ImGuiCol_TitleBgActive,
                      ImGuiCol_TitleBgCollapsed, ImGuiCol_MenuBarBg}, p.background);
    SetColors(style, {ImGuiCol_ChildBg, ImGuiCol_ScrollbarBg, ImGuiCol_BorderShadow, ImGuiCol_TableRowBg}, clear);
    SetColors(style, {ImGuiCol_Border, ImGuiCol_Separator, ImGuiCol_TableBorderStrong, ImGuiCol_TableBorderLight},
              p.line);
    SetColors(style, {ImGuiCol_FrameBg, ImGuiCol_Button, ImGuiCol_Tab, ImGuiCol_TableHeaderBg}, p.frame);
    SetColors(style, {ImGuiCol_FrameBgHovered, ImGuiCol_HeaderHovered, ImGuiCol_TabHovered}, p.frame_hover);
    SetColor(style, ImGuiCol_ButtonHovered, p.accent_soft);
    SetColors(style, {ImGuiCol_FrameBgActive, ImGuiCol_ButtonActive, ImGuiCol_HeaderActive}, p.pressed);
    SetColors(style, {ImGuiCol_Header, ImGuiCol_TabActive, ImGuiCol_TextSelectedBg}, p.accent_soft);
    SetColors(style, {ImGuiCol_ScrollbarGrab, ImGuiCol_SliderGrab, ImGuiCol_ResizeGrip}, p.grab);
    SetColors(style, {ImGuiCol_ScrollbarGrabHovered, ImGuiCol_ScrollbarGrabActive, ImGuiCol_SliderGrabActive,
                      ImGuiCol_CheckMark, ImGuiCol_SeparatorActive, ImGuiCol_PlotHistogram}, p.accent);
    SetColor(style, ImGuiCol_NavHighlight, p.focus);
    SetColor(style, ImGuiCol_TableRowBgAlt, p.panel);
    SetColor(style, ImGuiCol_ModalWindowDimBg, (p.text & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 0x40));
}

// Whole pixels: ImGui floors window sizes, so a fractional padding leaves an auto-fitted popup
// a fraction short of its content, and it grows a scrollbar for nothing.
static ImVec2 Pixels(float x, float y) { return ImVec2(std::round(x), std::round(y)); }

void ApplyTheme(ImGuiStyle& style, const Palette& p, float font_size, float target) {
    ApplyColors(style, p);
    const float em = font_size;
    style.WindowPadding = Pixels(0.9f * em, 0.8f * em);
    // Up, never down, to the target: a frame a whole pixel short would miss it.
    style.FramePadding = ImVec2(std::round(0.6f * em), std::max(std::round(0.3f * em), std::ceil((target - em) * 0.5f)));
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);   // a menu item's words in the middle of its height
    style.ItemSpacing = Pixels(0.55f * em, 0.4f * em);
    style.ItemInnerSpacing = Pixels(0.4f * em, 0.3f * em);
    style.CellPadding = Pixels(0.5f * em, 0.3f * em);
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

} // namespace polity::ui
