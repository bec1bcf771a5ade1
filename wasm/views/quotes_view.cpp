// Polity Explorer widget — the quotes (see quotes_view.hpp).
#include "views/quotes_view.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

#include <algorithm>

namespace polity::ui {

// "Aslambek Mergaliyev, Chief Justice" — the speaker and their first role.
static std::string Attribution(const AppState& app, Index quote) {
    const Index person = app.data->QuoteOf(quote).person;
    if (person == kNone) return "";
    std::string who = NameOf(app, person);
    const auto& roles = app.data->PersonOf(person).roles;
    if (!roles.empty()) who += ", " + Tr(app, roles.front().title);
    return who;
}

// The date, and "translated" when the words shown are not the original ones.
static std::string QuoteFooter(const AppState& app, Index quote) {
    const Entity& e = app.data->At(quote);
    const std::string* used = nullptr;
    Localize(e.name, app.order, &used);
    std::string line = DateText(app, e.date);
    if (used && *used != app.data->QuoteOf(quote).language)
        line += (line.empty() ? "" : "  \xC2\xB7  ") + std::string(Ui(app, UiString::Translation));
    return line;
}

// The words whole, however long; who said them; when; and a mark that opens each source.
static void QuoteRow(AppState& app, Index q, float width) {
    Row row;
    row.lines.push_back({Quoted(app, NameOf(app, q))});   // “…” or «…», as the language prints them
    const std::string who = Attribution(app, q);
    if (!who.empty()) row.lines.push_back({"\xE2\x80\x94 " + who});   // em dash
    const std::string footer = QuoteFooter(app, q);
    if (!footer.empty()) row.lines.push_back({footer, Colors(app).muted});
    row.cites = app.data->At(q).sources;
    if (ListRow(app, q, app.current.item == q, row, width)) Select(app, q);
}

void QuotesView::Draw(AppState& app) {
    const auto& quotes = app.by_kind[static_cast<int>(Kind::Quote)];
    if (quotes.empty()) {
        MutedText(app, Ui(app, UiString::EmptyView));
        return;
    }
    DrawMeasuredGrid(app, blocks, quotes.size(), Em(28.0f),
                     [&](std::size_t k, float width) { QuoteRow(app, quotes[k], width); });
}

} // namespace polity::ui
