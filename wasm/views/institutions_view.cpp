// Polity Explorer widget — the institutions list (see institutions_view.hpp).
#include "views/institutions_view.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

namespace polity::ui {

// "All" plus one chip per category; a second click on a chip shows all again.
static bool CategoryChips(AppState& app, const std::vector<std::string>& categories, std::string* category) {
    if (categories.size() < 2) return false;
    bool changed = false;
    for (std::size_t k = 0; k <= categories.size(); ++k) {
        const std::string value = k == 0 ? std::string() : categories[k - 1];
        const std::string label = k == 0 ? std::string(Ui(app, UiString::All)) : CategoryLabel(value, UiLang(app));
        if (k > 0) FlowNext(ImGui::CalcTextSize(label.c_str()).x + Em(1.5f));
        const bool on = *category == value;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, Colors(app).accent_soft);
        if (Button(app, (label + "##" + value).c_str(), true)) {   // the id stays when the language changes
            *category = on ? std::string() : value;
            changed = true;
        }
        if (on) ImGui::PopStyleColor();
    }
    return changed;
}

// The name, then the category and the role in a few words.
static void InstitutionRow(AppState& app, Index i, float width) {
    const Institution& inst = app.data->InstitutionOf(i);
    std::string second = inst.category.empty() ? std::string() : CategoryLabel(inst.category, UiLang(app));
    const std::string& role = Tr(app, inst.role);
    if (!role.empty()) second += (second.empty() ? "" : "  \xC2\xB7  ") + role;
    Row row;
    row.lines.push_back({NameOf(app, i)});
    if (!second.empty()) row.lines.push_back({second, Colors(app).muted});
    if (ListRow(app, i, app.current.item == i, row, width)) Select(app, i);
}

void InstitutionsView::Draw(AppState& app) {
    if (!scanned) {
        categories = InstitutionCategories(*app.data);
        rows = InstitutionsIn(*app.data, category);
        blocks = {};
        scanned = true;
    }
    if (rows.empty() && category.empty()) {
        MutedText(app, Ui(app, UiString::EmptyView));
        return;
    }
    if (CategoryChips(app, categories, &category)) {
        rows = InstitutionsIn(*app.data, category);
        blocks = {};
    }
    DrawMeasuredGrid(app, blocks, rows.size(), Em(28.0f),
                     [&](std::size_t k, float width) { InstitutionRow(app, rows[k], width); });
}

} // namespace polity::ui
