// Polity Explorer widget — the top bar (see top_bar.hpp).
#include "views/top_bar.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

#include <cctype>

namespace polity::ui {

const char* ViewLabel(const AppState& app, View view) {
    static constexpr UiString kLabels[kViewCount] = {UiString::Overview, UiString::Institutions, UiString::Reforms,
        UiString::Timeline, UiString::Network, UiString::Figures, UiString::Quotes, UiString::Sources, UiString::Search};
    return Ui(app, kLabels[static_cast<int>(view)]);
}

static void HistoryButtons(AppState& app) {
    ImGui::BeginDisabled(app.back.empty());
    if (ImGui::ArrowButton("##back", ImGuiDir_Left)) GoBack(app);
    ImGui::EndDisabled();
    ImGui::SameLine(0.0f, Em(0.2f));
    ImGui::BeginDisabled(app.forward.empty());
    if (ImGui::ArrowButton("##forward", ImGuiDir_Right)) GoForward(app);
    ImGui::EndDisabled();
}

static std::string Upper(const std::string& code) {
    std::string out = code;
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Only the dataset's languages are offered: the others would show fallbacks everywhere.
static void LanguagePicker(AppState& app) {
    const auto& languages = app.data->meta.languages;
    if (languages.size() < 2) return;
    ImGui::SetNextItemWidth(Em(4.0f));
    if (!ImGui::BeginCombo("##language", Upper(app.options.language).c_str())) return;
    for (const std::string& code : languages)
        if (ImGui::Selectable(Upper(code).c_str(), code == app.options.language)) SetLanguage(app, code);
    ImGui::EndCombo();
}

static void SearchBox(AppState& app, float width) {
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint("##search", Ui(app, UiString::SearchPlaceholder), app.search_text, sizeof app.search_text))
        OnSearchEdited(app);
}

// Back/forward, the title, and at the right the search box (wide widgets) and the language.
static void TitleRow(AppState& app, bool with_search) {
    HistoryButtons(app);
    ImGui::SameLine();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float picker = app.data->meta.languages.size() < 2 ? 0.0f : Em(4.0f) + spacing;
    const float search = with_search ? Em(14.0f) + spacing : 0.0f;
    const float right = ImGui::GetWindowContentRegionMax().x - picker - search;
    ImGui::AlignTextToFramePadding();
    const float title = right - ImGui::GetCursorPosX() - spacing;
    ImGui::TextUnformatted(Ellipsize(Tr(app, app.data->meta.title), title).c_str());
    ImGui::SameLine(right);
    if (with_search) SearchBox(app, Em(14.0f));
    if (picker > 0.0f) {
        if (with_search) ImGui::SameLine();
        LanguagePicker(app);
    } else if (!with_search) {
        ImGui::NewLine();
    }
}

static bool Tab(const char* label, bool active) {
    const ImVec2 pad(Em(0.6f), Em(0.35f));
    const ImVec2 text = ImGui::CalcTextSize(label);
    const ImVec2 size(text.x + pad.x * 2.0f, text.y + pad.y * 2.0f);
    const bool clicked = ImGui::InvisibleButton(label, size);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered()) draw->AddRectFilled(min, max, palette::kPanel, Em(0.3f));
    draw->AddText(ImVec2(min.x + pad.x, min.y + pad.y), active ? palette::kAccent : palette::kText, label);
    if (active) draw->AddRectFilled(ImVec2(min.x, max.y - Em(0.15f)), max, palette::kAccent);
    return clicked;
}

static void ViewTabs(AppState& app) {
    for (int i = 0; i < kViewCount; ++i) {
        const View view = static_cast<View>(i);
        if (i > 0) FlowNext(ImGui::CalcTextSize(ViewLabel(app, view)).x + Em(1.2f));
        if (Tab(ViewLabel(app, view), view == app.current.view)) Open(app, view);
    }
}

static void ViewMenu(AppState& app) {
    ImGui::SetNextItemWidth(Em(10.0f));
    if (!ImGui::BeginCombo("##view", ViewLabel(app, app.current.view))) return;
    for (int i = 0; i < kViewCount; ++i) {
        const View view = static_cast<View>(i);
        if (ImGui::Selectable(ViewLabel(app, view), view == app.current.view)) Open(app, view);
    }
    ImGui::EndCombo();
}

void DrawTopBar(AppState& app) {
    const bool narrow = IsNarrow();
    TitleRow(app, !narrow);
    if (narrow) {
        ViewMenu(app);
        ImGui::SameLine();
        SearchBox(app, ImGui::GetContentRegionAvail().x);
    } else {
        ViewTabs(app);
    }
    ImGui::Separator();
}

} // namespace polity::ui
