// Polity Explorer widget — the overview (see overview_view.hpp).
#include "views/overview_view.hpp"

#include "app_state.hpp"
#include "views/keyboard.hpp"
#include "views/picture_view.hpp"
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
    Heading(app, Tr(app, app.data->meta.title));
    Paragraph(app, Tr(app, app.data->meta.dek));
}

// "up from 1,800 to nearly 7,000" from the first observation to the last; with one
// observation, when it was.
static std::string Comparison(const AppState& app, const Metric& m) {
    if (m.observations.size() < 2) return ObservationWhen(app, m.observations.back());
    const bool percent = Tr(app, m.unit).find('%') != std::string::npos;   // "% of applicants"
    return ChangePhrase(m.observations.front(), m.observations.back(), percent, UiLang(app));
}

// What a figure card says: the metric's name, its latest figure (drawn large), the unit, and
// what it was before.
struct CardText {
    std::string name, number, unit, comparison;
};

static CardText CardTextOf(const AppState& app, Index i) {
    const Metric& m = app.data->MetricOf(i);
    return {NameOf(app, i), QualifiedNumber(app, m.observations.back()), Tr(app, m.unit), Comparison(app, m)};
}

static float NumberSize() { return Em(1.6f); }
static float CardPadding() { return Em(0.7f); }

// The card's height with every word of it wrapped to `width` (the card's inner width).
static float CardHeight(const CardText& t, float width) {
    return 2.0f * CardPadding() + WrappedHeight(t.name, width) + Em(0.2f) + WrappedHeight(t.number, width, NumberSize()) +
           Em(0.2f) + WrappedHeight(t.unit, width) + WrappedHeight(t.comparison, width);
}

// One card, all its words whole; a click (or Enter) opens the figure.
static void FigureCard(AppState& app, Index i, const CardText& t, ImVec2 size) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::InvisibleButton("##card", size)) Select(app, i);
    ImGui::PopID();
    NoteFocus(app, t.name + ": " + t.number + " " + t.unit);
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = Colors(app);
    const bool lit = !app.picture.active && (ImGui::IsItemHovered() || ItemKeyboardFocused());
    draw->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), lit ? p.accent_soft : p.panel, Em(0.5f));
    const float width = size.x - 2.0f * CardPadding();
    ImVec2 at(min.x + CardPadding(), min.y + CardPadding());
    at.y += DrawWrapped(at, t.name, width, p.muted) + Em(0.2f);
    at.y += DrawWrapped(at, t.number, width, p.accent, NumberSize()) + Em(0.2f);
    at.y += DrawWrapped(at, t.unit, width);
    DrawWrapped(at, t.comparison, width, p.muted);
}

// The first few figures as cards of one size: as tall as the card with the most to say.
static void DrawHeadlineFigures(AppState& app) {
    const auto& metrics = app.by_kind[static_cast<int>(Kind::Metric)];
    std::vector<std::pair<Index, CardText>> cards;
    for (std::size_t k = 0; k < metrics.size() && cards.size() < kHeadlineFigures; ++k)
        if (!app.data->MetricOf(metrics[k]).observations.empty()) cards.emplace_back(metrics[k], CardTextOf(app, metrics[k]));
    if (cards.empty()) return;
    SectionLabel(Ui(app, UiString::InFigures));
    // Two or more cards a row where they fit; a phone's column is one card wide.
    const float avail = ImGui::GetContentRegionAvail().x;
    ImVec2 size(avail < 2.0f * Em(13.0f) + ImGui::GetStyle().ItemSpacing.x ? avail : Em(13.0f), 0.0f);
    for (const auto& card : cards) size.y = std::max(size.y, CardHeight(card.second, size.x - 2.0f * CardPadding()));
    for (std::size_t k = 0; k < cards.size(); ++k) {
        if (k > 0) FlowNext(size.x);
        FigureCard(app, cards[k].first, cards[k].second, size);
    }
    MarkBlockEnd(app);
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
    for (const Diagnostic& d : app.warnings) MutedText(app, FormatDiagnostic(d));
}

// A picture has the headline, dek and sources around it already, and no buttons to press.
void OverviewView::Draw(AppState& app) {
    if (!app.picture.active) DrawMasthead(app);
    if (!app.data->themes.empty()) {
        SectionLabel(Ui(app, UiString::Themes));
        std::vector<std::uint16_t> all(app.data->themes.size());
        for (std::size_t t = 0; t < all.size(); ++t) all[t] = static_cast<std::uint16_t>(t);
        ThemeChips(app, all);
    }
    DrawHeadlineFigures(app);
    if (app.picture.active) return;
    DrawViewButtons(app);
    DrawWarnings(app);
}

} // namespace polity::ui
