// Polity Explorer widget — article mode's row of tabs (see article_bar.hpp).
#include "views/article_bar.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/top_bar.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include <algorithm>

namespace polity::ui {

namespace {

constexpr const char* kMorePopup = "##more-views";

bool Contains(const std::vector<View>& views, View v) { return std::find(views.begin(), views.end(), v) != views.end(); }

// "More", or the open view's name when the row does not show it.
const char* MoreLabel(const AppState& app, const std::vector<View>& row, View current) {
    return Contains(row, current) ? Ui(app, UiString::More) : ViewLabel(app, current);
}

// Every view the row does not show, in tab order.
void MoreMenu(AppState& app, const std::vector<View>& row) {
    if (!ImGui::BeginPopup(kMorePopup)) return;
    for (const ViewInfo& info : Views()) {
        if (Contains(row, info.view)) continue;
        if (MenuItem(app, ViewLabel(app, info.view), info.view == app.current.view)) Open(app, info.view);
    }
    ImGui::EndPopup();
}

void MoreTab(AppState& app, const std::vector<View>& row) {
    const bool behind = !Contains(row, app.current.view);
    ImGui::PushID(kMorePopup);
    const bool clicked = ViewTab(app, MoreLabel(app, row, app.current.view), behind, true);
    ImGui::PopID();
    if (clicked) {
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y));
        ImGui::OpenPopup(kMorePopup);
    }
    MoreMenu(app, row);
}

} // namespace

std::vector<View> ArticleViews(const AppState& app) {
    if (!app.options.tabs.empty()) return app.options.tabs;
    std::vector<View> views;
    for (const ViewInfo& info : Views())
        if (info.article) views.push_back(info.view);
    return views;
}

std::size_t TabsThatFit(const AppState& app, const std::vector<View>& views, View current, float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    for (std::size_t n = views.size();; --n) {
        const std::vector<View> row(views.begin(), views.begin() + static_cast<std::ptrdiff_t>(n));
        float used = 0.0f;
        for (View v : row) used += ViewTabWidth(app, ViewLabel(app, v)) + spacing;
        const bool more = n < static_cast<std::size_t>(kViewCount);   // some view is left for "More"
        if (more) used += ViewTabWidth(app, MoreLabel(app, row, current), true);
        if (used <= width || n == 0) return n;
    }
}

void DrawArticleBar(AppState& app) {
    const std::vector<View> views = ArticleViews(app);
    float width = ImGui::GetContentRegionAvail().x;
    if (app.options.language_menu) width -= LanguageMenuWidth() + ImGui::GetStyle().ItemSpacing.x;
    const std::size_t n = TabsThatFit(app, views, app.current.view, width);
    const std::vector<View> row(views.begin(), views.begin() + static_cast<std::ptrdiff_t>(n));
    for (std::size_t k = 0; k < row.size(); ++k) {
        if (k > 0) ImGui::SameLine();
        if (ViewTab(app, ViewLabel(app, row[k]), row[k] == app.current.view)) Open(app, row[k]);
    }
    if (row.size() < static_cast<std::size_t>(kViewCount)) {
        if (!row.empty()) ImGui::SameLine();
        MoreTab(app, row);
    }
    if (app.options.language_menu) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - LanguageMenuWidth());
        LanguageMenu(app);
    }
    ImGui::Separator();
}

} // namespace polity::ui
