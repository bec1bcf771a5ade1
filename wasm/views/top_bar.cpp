// Polity Explorer widget — the top bar (see top_bar.hpp).
#include "views/top_bar.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

namespace polity::ui {

const char* ViewLabel(const AppState& app, View view) { return Ui(app, ViewOf(view).label); }

// A disabled button is drawn, not submitted: Tab would stop on it otherwise (ImGui 1.86's focus
// requests do not skip disabled items).
static bool HistoryButton(AppState& app, const char* id, ImGuiDir dir, bool enabled, UiString label) {
    if (enabled) {
        const bool clicked = ImGui::ArrowButton(id, dir);
        NoteFocus(app, Ui(app, label));
        return clicked;
    }
    const float size = ImGui::GetFrameHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size, at.y + size), Colors(app).frame, ImGui::GetStyle().FrameRounding);
    // A triangle pointing `dir`, as large as the one ImGui draws on the enabled button (its
    // size follows the font, not the button, which grows to a finger's size on touch screens).
    const ImVec2 c(at.x + size * 0.5f, at.y + size * 0.5f);
    const float r = ImGui::GetFontSize() * 0.4f, s = dir == ImGuiDir_Left ? -1.0f : 1.0f;
    const float x = 0.75f * r, y = 0.866f * r;
    draw->AddTriangleFilled(ImVec2(c.x + s * x, c.y), ImVec2(c.x - s * x, c.y - y), ImVec2(c.x - s * x, c.y + y),
                            Colors(app).muted);
    return false;
}

static void HistoryButtons(AppState& app) {
    if (HistoryButton(app, "##back", ImGuiDir_Left, !app.back.empty(), UiString::Back)) GoBack(app);
    ImGui::SameLine(0.0f, Em(0.2f));
    if (HistoryButton(app, "##forward", ImGuiDir_Right, !app.forward.empty(), UiString::Forward)) GoForward(app);
}

static std::string Upper(const std::string& code) {
    std::string out = code;
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// The dataset's languages, then the interface's other languages (en, ru, kk): a reader can have
// the explorer's own words in Kazakh even where the data is only in English.
static std::vector<std::string> OfferedLanguages(const AppState& app) {
    std::vector<std::string> out = app.data->meta.languages;
    for (int k = 0; k < kLangCount; ++k) {
        const std::string code = LangCode(static_cast<Lang>(k));
        if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    }
    return out;
}

// Each language is offered in its own name ("Қазақша"), as readers look for their own.
static std::string LanguageLabel(const std::string& code) {
    Lang lang = Lang::En;
    return ParseLang(code, &lang) ? LangEndonym(lang) : Upper(code);
}

// Room for a code ("KK") and the arrow, which is a frame's height wide (a finger's on touch).
float LanguageMenuWidth() {
    return std::max(Em(4.0f), Em(1.7f) + ImGui::GetStyle().FramePadding.x + ImGui::GetFrameHeight());
}

void LanguageMenu(AppState& app) {
    ImGui::SetNextItemWidth(LanguageMenuWidth());
    const bool open = ImGui::BeginCombo("##language", Upper(app.options.language).c_str());
    if (!open) {
        NoteFocus(app, std::string(Ui(app, UiString::Language)) + ": " + LanguageLabel(app.options.language));
        return;
    }
    for (const std::string& code : OfferedLanguages(app))
        if (MenuItem(app, LanguageLabel(code).c_str(), code == app.options.language)) SetLanguage(app, code);
    ImGui::EndCombo();
}

// "↓ Download" (just the arrow on phones): the view's data as CSV, the dataset as JSON, the
// view as a picture in three sizes. The platform saves the file after this frame (TakeDownloadRequest).
static std::string DownloadLabel(const AppState& app, bool narrow) {
    const char* arrow = "\xE2\x86\x93";   // ↓
    return narrow ? std::string(arrow) : std::string(arrow) + " " + Ui(app, UiString::Download);
}

static float DownloadWidth(const AppState& app, bool narrow) {
    const float label = ImGui::CalcTextSize(DownloadLabel(app, narrow).c_str()).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    return std::max(label, TargetSize(app));
}

static void DownloadMenu(AppState& app, bool narrow) {
    static constexpr std::pair<Download, UiString> kChoices[] = {{Download::ViewCsv, UiString::DownloadCsv},
        {Download::DatasetJson, UiString::DownloadJson}, {Download::ViewPng, UiString::DownloadPng},
        {Download::SocialPng, UiString::DownloadPngSocial}, {Download::PortraitPng, UiString::DownloadPngPortrait}};
    ImGui::SetNextItemWidth(DownloadWidth(app, narrow));
    if (!ImGui::BeginCombo("##download", DownloadLabel(app, narrow).c_str(), ImGuiComboFlags_NoArrowButton)) {
        NoteFocus(app, Ui(app, UiString::Download));
        return;
    }
    for (const auto& [what, label] : kChoices)
        if (MenuItem(app, Ui(app, label), false)) app.pending_download = what;
    ImGui::EndCombo();
}

// A canvas cannot call up a phone's keyboard: on touch screens the page's own search field,
// under the canvas, is the one to type in, and a second one here would be a dead end.
static bool HasSearchField(const AppState& app) { return !app.pointer.coarse; }

void SearchField(AppState& app, float width) {
    if (!HasSearchField(app)) return;
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint("##search", Ui(app, UiString::SearchPlaceholder), app.search_text, sizeof app.search_text))
        OnSearchEdited(app);
    NoteFocus(app, Ui(app, UiString::SearchPlaceholder));   // "Search…": not the Search tab
}

// Back/forward, the title, and at the right the search box (wide widgets), the download menu
// and the language.
static void TitleRow(AppState& app, bool narrow) {
    const bool with_search = !narrow && HasSearchField(app);
    HistoryButtons(app);
    ImGui::SameLine();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float picker = LanguageMenuWidth() + spacing;
    const float download = DownloadWidth(app, narrow) + spacing;
    const float search = with_search ? Em(14.0f) + spacing : 0.0f;
    const float right = ImGui::GetWindowContentRegionMax().x - picker - download - search;
    ImGui::AlignTextToFramePadding();
    const float title = right - ImGui::GetCursorPosX() - spacing;
    OneLine(Tr(app, app.data->meta.title), title);   // whole on the overview, and on hover
    ImGui::SameLine(right);
    if (with_search) {
        SearchField(app, Em(14.0f));
        ImGui::SameLine();
    }
    DownloadMenu(app, narrow);
    ImGui::SameLine();
    LanguageMenu(app);
}

static float MenuMarkWidth() { return Em(0.9f); }   // room for the ▾ of a tab that opens a menu

// The text and a margin around it, at least a target's size (a finger's on touch screens).
static ImVec2 ViewTabSize(const AppState& app, const char* label, bool menu) {
    const ImVec2 text = ImGui::CalcTextSize(label);
    const float mark = menu ? MenuMarkWidth() : 0.0f;
    return ImVec2(std::max(text.x + mark + Em(0.9f), TargetSize(app)), std::max(text.y + Em(0.7f), TargetSize(app)));
}

float ViewTabWidth(const AppState& app, const char* label, bool menu) { return ViewTabSize(app, label, menu).x; }

bool ViewTab(AppState& app, const char* label, bool active, bool menu) {
    const ImVec2 text = ImGui::CalcTextSize(label);
    const ImVec2 size = ViewTabSize(app, label, menu);
    const float mark = menu ? MenuMarkWidth() : 0.0f;
    const ImVec2 pad(std::floor((size.x - mark - text.x) * 0.5f), std::floor((size.y - text.y) * 0.5f));
    const bool clicked = ImGui::InvisibleButton(label, size);
    NoteFocus(app, label);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const ImU32 color = active ? p.accent : p.text;
    if (ImGui::IsItemHovered() || ItemKeyboardFocused()) draw->AddRectFilled(min, max, p.panel, Em(0.3f));
    draw->AddText(ImVec2(min.x + pad.x, min.y + pad.y), color, label);
    if (menu) {                         // a small triangle pointing down, centred on the text
        const float r = Em(0.25f), x = max.x - pad.x - MenuMarkWidth() * 0.5f + Em(0.15f);
        const float y = (min.y + max.y) * 0.5f;
        draw->AddTriangleFilled(ImVec2(x - r, y - r * 0.5f), ImVec2(x + r, y - r * 0.5f), ImVec2(x, y + r * 0.6f), color);
    }
    if (active) draw->AddRectFilled(ImVec2(min.x, max.y - Em(0.15f)), max, p.accent);
    return clicked;
}

static void ViewTabs(AppState& app) {
    for (const ViewInfo& info : Views()) {
        const char* label = ViewLabel(app, info.view);
        if (info.view != Views().front().view) FlowNext(ViewTabWidth(app, label));
        if (ViewTab(app, label, info.view == app.current.view)) Open(app, info.view);
    }
}

static void ViewMenu(AppState& app) {
    ImGui::SetNextItemWidth(Em(10.0f));
    // Every view without a scrollbar, at touch size too.
    if (!ImGui::BeginCombo("##view", ViewLabel(app, app.current.view), ImGuiComboFlags_HeightLargest)) {
        NoteFocus(app, ViewLabel(app, app.current.view));
        return;
    }
    for (const ViewInfo& info : Views())
        if (MenuItem(app, ViewLabel(app, info.view), info.view == app.current.view)) Open(app, info.view);
    ImGui::EndCombo();
}

void DrawTopBar(AppState& app) {
    const bool narrow = IsNarrow();
    TitleRow(app, narrow);
    if (narrow) {
        ViewMenu(app);
        if (HasSearchField(app)) ImGui::SameLine();
        SearchField(app, ImGui::GetContentRegionAvail().x);
    } else {
        ViewTabs(app);
    }
    ImGui::Separator();
}

} // namespace polity::ui
