// Polity Explorer widget — the sources (see sources_view.hpp).
#include "views/sources_view.hpp"

#include "app_state.hpp"
#include "views/widgets.hpp"

namespace polity::ui {

// "[1] Title", who published it, where and when, and its address, a link that opens it.
static void SourceRow(AppState& app, Index s, float width) {
    Row row;
    row.lines.push_back({"[" + std::to_string(SourceNumber(app, s)) + "] " + NameOf(app, s)});
    row.lines.push_back({SourceByline(app, s), Colors(app).muted});
    row.url = app.data->SourceOf(s).url;
    if (ListRow(app, s, app.current.item == s, row, width)) Select(app, s);
}

void SourcesView::Draw(AppState& app) {
    const auto& sources = app.by_kind[static_cast<int>(Kind::Source)];
    if (sources.empty()) {
        MutedText(app, Ui(app, UiString::EmptyView));
        return;
    }
    DrawMeasuredGrid(app, blocks, sources.size(), Em(28.0f),
                     [&](std::size_t k, float width) { SourceRow(app, sources[k], width); });
}

} // namespace polity::ui
