// Polity Explorer widget — the quotes (see quotes_view.hpp).
#include "views/quotes_view.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

#include <algorithm>

namespace polity::ui {

static constexpr int kQuoteLines = 4;   // two of words, one of who, one of when and where

// "Aslambek Mergaliyev, Chief Justice" — the speaker and their first role.
static std::string Attribution(const AppState& app, Index quote) {
    const Index person = app.data->QuoteOf(quote).person;
    if (person == kNone) return "";
    std::string who = NameOf(app, person);
    const auto& roles = app.data->PersonOf(person).roles;
    if (!roles.empty()) who += ", " + Tr(app, roles.front().title);
    return who;
}

// The date, the first source, and "translated" when the words shown are not the original ones.
static std::string QuoteFooter(const AppState& app, Index quote) {
    const Entity& e = app.data->At(quote);
    const std::string* used = nullptr;
    Localize(e.name, app.order, &used);
    std::string line = DateText(app, e.date);
    if (!e.sources.empty()) line += (line.empty() ? "" : "  \xC2\xB7  ") + NameOf(app, e.sources.front());
    if (used && *used != app.data->QuoteOf(quote).language) line += std::string("  \xC2\xB7  ") + Ui(app, UiString::Translation);
    return line;
}

static void QuoteRow(AppState& app, Index q) {
    ImVec2 at;
    float width = 0.0f;
    if (ListRow(app, q, app.current.item == q, kQuoteLines, &at, &width)) Select(app, q);
    width = std::min(width, Em(44.0f));   // a readable measure, even on a wide page
    const float line = ImGui::GetTextLineHeight();
    DrawClippedText(at, Quoted(app, NameOf(app, q)), 2, width);   // “…” or «…», as the language prints them
    DrawClippedText(ImVec2(at.x, at.y + 2.0f * line), "\xE2\x80\x94 " + Attribution(app, q), 1, width,
                    Colors(app).accent);                                                  // em dash
    DrawClippedText(ImVec2(at.x, at.y + 3.0f * line), QuoteFooter(app, q), 1, width, Colors(app).muted);
}

void QuotesView::Draw(AppState& app) {
    const auto& quotes = app.by_kind[static_cast<int>(Kind::Quote)];
    if (quotes.empty()) {
        MutedText(Ui(app, UiString::EmptyView));
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(quotes.size()), RowHeight(kQuoteLines) + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) QuoteRow(app, quotes[k]);
}

} // namespace polity::ui
