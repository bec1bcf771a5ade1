// Polity Explorer widget — search results and filters (see search_view.hpp).
#include "views/search_view.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

#include "polity/numbers.hpp"

#include <algorithm>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Results
//-----------------------------------------------------------------------------

static Date YearDate(const char* text) {
    const long long year = ParseInteger(text);
    Date d;
    if (year >= 1 && year <= 9999) d.year = static_cast<std::int16_t>(year);
    return d;
}

void SearchView::Refresh(AppState& app) {
    if (!dirty && computed_for == app.search_text) return;
    computed_for = app.search_text;
    dirty = false;
    blocks = {};                        // other rows: their heights are not known yet
    filter.from = YearDate(year_from);
    filter.to = YearDate(year_to);
    const Dataset& data = *app.data;
    if (computed_for.empty()) {         // no words: the filter alone lists, if there is one
        results = filter.IsEmpty() ? std::vector<Index>{} : ApplyFilter(data, filter);
        return;
    }
    if (!app.search_index) app.search_index = BuildSearchIndex(data);
    results = Search(data, *app.search_index, computed_for);
    if (!filter.IsEmpty()) results = ApplyFilter(data, filter, &results);
}

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------

static bool Toggle(AppState& app, const char* label, bool on) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, Colors(app).accent_soft);
    const bool clicked = Button(app, label, true);
    if (on) ImGui::PopStyleColor();
    return clicked;
}

static bool KindFilter(AppState& app, std::uint32_t* kinds) {
    bool changed = false;
    for (int k = 0; k < kKindCount; ++k) {
        const Kind kind = static_cast<Kind>(k);
        if (k > 0) FlowNext(ImGui::CalcTextSize(KindText(app, kind)).x + Em(1.0f));
        if (Toggle(app, KindText(app, kind), (*kinds & KindBit(kind)) != 0)) {
            *kinds ^= KindBit(kind);
            changed = true;
        }
    }
    return changed;
}

static bool ThemeFilter(AppState& app, std::vector<std::uint16_t>* themes) {
    bool changed = false;
    for (std::size_t t = 0; t < app.data->themes.size(); ++t) {
        const auto id = static_cast<std::uint16_t>(t);
        const std::string& name = Tr(app, app.data->themes[t].name);
        if (t > 0) FlowNext(ImGui::CalcTextSize(name.c_str()).x + Em(1.0f));
        const auto at = std::find(themes->begin(), themes->end(), id);
        ImGui::PushID(static_cast<int>(t));
        if (Toggle(app, name.c_str(), at != themes->end())) {
            if (at == themes->end()) themes->push_back(id); else themes->erase(at);
            changed = true;
        }
        ImGui::PopID();
    }
    return changed;
}

static bool YearField(AppState& app, const char* label, char (&year)[5]) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(Em(4.0f));
    ImGui::PushID(label);
    const bool changed = ImGui::InputTextWithHint("##year", Ui(app, UiString::YearHint), year, sizeof year,
                                                  ImGuiInputTextFlags_CharsDecimal);
    NoteFocus(app, std::string(label) + " (" + Ui(app, UiString::YearHint) + ")");
    ImGui::PopID();
    return changed;
}

static bool DrawFilters(AppState& app, SearchView& view) {
    bool changed = KindFilter(app, &view.filter.kinds);
    if (!app.data->themes.empty()) changed |= ThemeFilter(app, &view.filter.themes);
    changed |= YearField(app, Ui(app, UiString::YearFrom), view.year_from);
    ImGui::SameLine();
    changed |= YearField(app, Ui(app, UiString::YearTo), view.year_to);
    return changed;
}

//-----------------------------------------------------------------------------
// [SECTION] Rows
//-----------------------------------------------------------------------------

// The name, then its kind, dates and description.
static void ResultRow(AppState& app, Index i, float width) {
    const Entity& e = app.data->At(i);
    std::string second = KindText(app, e.kind);
    if (e.date.IsSet()) second += "  \xC2\xB7  " + DateSpan(app, e.date, e.end);
    const std::string& about = Tr(app, e.description);
    if (!about.empty()) second += "  \xC2\xB7  " + about;
    Row row;
    row.lines.push_back({NameOf(app, i)});
    row.lines.push_back({second, Colors(app).muted});
    if (ListRow(app, i, app.current.item == i, row, width)) Select(app, i);
}

static std::string CountLine(const AppState& app, const SearchView& view) {
    if (!app.search_text[0] && view.filter.IsEmpty()) return Ui(app, UiString::SearchHint);
    const std::size_t n = view.results.size();
    return n == 0 ? std::string(Ui(app, UiString::NoResults)) : UiFill(app, UiString::Results, {Number(app, static_cast<double>(n))});
}

void SearchView::Draw(AppState& app) {
    if (DrawFilters(app, *this)) dirty = true;
    Refresh(app);
    MutedText(app, CountLine(app, *this));
    DrawMeasuredGrid(app, blocks, results.size(), Em(28.0f),
                     [&](std::size_t k, float width) { ResultRow(app, results[k], width); });
}

} // namespace polity::ui
