// Polity Explorer widget — the overview (see overview_view.hpp).
#include "views/overview_view.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/top_bar.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include <algorithm>
#include <iterator>

namespace polity::ui {

static constexpr std::size_t kHeadlineFigures = 4; // a glance, not the figures view

// The title and dek. Sources, credit, licence and date are in the credit line under the
// explorer (the page's HTML), once; in article mode the page prints the headline too.
static void DrawMasthead(AppState& app) {
    if (app.options.mode == Mode::Article) return;
    Heading(Tr(app, app.data->meta.title));
    Paragraph(Tr(app, app.data->meta.dek));
}

// "up from 1,800 (a few years earlier)" — the first observation, when the card shows the last.
static std::string Comparison(const AppState& app, const Metric& m) {
    if (m.observations.size() < 2) return ObservationWhen(app, m.observations.back());
    const Observation& first = m.observations.front();
    const bool up = m.observations.back().value >= first.value;
    std::string when = ObservationWhen(app, first);
    return UiFill(app, up ? UiString::UpFrom : UiString::DownFrom, {QualifiedNumberAfterFrom(app, first)}) +
           (when.empty() ? "" : " (" + when + ")");
}

// One card: the metric's name, its latest figure large, the unit, and what it was before.
static void FigureCard(AppState& app, Index i, ImVec2 size) {
    const Metric& m = app.data->MetricOf(i);
    if (m.observations.empty()) return;
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::InvisibleButton("##card", size)) Select(app, i);
    ImGui::PopID();
    const std::string number = QualifiedNumber(app, m.observations.back());
    NoteFocus(app, NameOf(app, i) + ": " + number + " " + Tr(app, m.unit));
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const bool lit = ImGui::IsItemHovered() || ItemKeyboardFocused();
    draw->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), lit ? p.accent_soft : p.panel, Em(0.5f));
    const float pad = Em(0.7f);
    const float width = size.x - 2.0f * pad;
    ImVec2 at(min.x + pad, min.y + pad);
    at.y += DrawClippedText(at, NameOf(app, i), 2, width, p.muted);
    draw->AddText(ImGui::GetFont(), Em(1.6f), ImVec2(at.x, at.y + Em(0.2f)), p.accent, number.c_str());
    at.y += Em(2.0f);
    at.y += DrawClippedText(at, Tr(app, m.unit), 1, width);
    DrawClippedText(at, Comparison(app, m), 2, width, p.muted);
}

static void DrawHeadlineFigures(AppState& app) {
    const auto& metrics = app.by_kind[static_cast<int>(Kind::Metric)];
    if (metrics.empty()) return;
    SectionLabel(Ui(app, UiString::InFigures));
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 size(Em(13.0f), Em(1.4f) + 5.0f * line + Em(2.0f));
    const std::size_t n = std::min(metrics.size(), kHeadlineFigures);
    for (std::size_t k = 0; k < n; ++k) {
        if (k > 0) FlowNext(size.x);
        FigureCard(app, metrics[k], size);
    }
}

static void DrawViewButtons(AppState& app) {
    SectionLabel(Ui(app, UiString::Explore));
    bool first = true;
    for (const ViewInfo& info : Views()) {
        if (!info.explore) continue;
        std::string label = ViewLabel(app, info.view);
        if (info.count) label += " (" + Number(app, static_cast<double>(info.count(app))) + ")";
        if (!first) FlowNext(ImGui::CalcTextSize(label.c_str()).x + Em(1.5f));
        first = false;
        if (Button(app, label.c_str())) Open(app, info.view);
    }
}

static void DrawWarnings(AppState& app) {
    if (app.warnings.empty()) return;
    const std::string title = UiFill(app, UiString::DataWarnings, {Number(app, static_cast<double>(app.warnings.size()))});
    const bool open = ImGui::CollapsingHeader(title.c_str());
    NoteFocus(app, title);
    if (!open) return;
    for (const Diagnostic& d : app.warnings) MutedText(FormatDiagnostic(d));
}

void OverviewView::Draw(AppState& app) {
    DrawMasthead(app);
    if (!app.data->themes.empty()) {
        SectionLabel(Ui(app, UiString::Themes));
        std::vector<std::uint16_t> all(app.data->themes.size());
        for (std::size_t t = 0; t < all.size(); ++t) all[t] = static_cast<std::uint16_t>(t);
        ThemeChips(app, all);
    }
    DrawHeadlineFigures(app);
    DrawViewButtons(app);
    DrawWarnings(app);
}

} // namespace polity::ui
