// Polity Explorer widget — the view table (see view_table.hpp).
//
// Index of this file
// [SECTION] The rows each view's CSV holds
// [SECTION] The table
#include "views/view_table.hpp"

#include "app_state.hpp"


namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] The rows each view's CSV holds
// The rows a reader sees, in the order seen: a filtered list stays filtered, the timeline gives
// what is inside its visible years, the network its drawn links. A panel open beside a view
// does not change the table: the view's data is what the file is named after.
//-----------------------------------------------------------------------------

namespace {

const std::vector<Index>& OfKind(const AppState& app, Kind kind) { return app.by_kind[static_cast<int>(kind)]; }

ReaderTable EntityRows(const AppState& app, const std::vector<Index>& rows) {
    return EntityTable(*app.data, rows, app.order, UiLang(app));
}

std::vector<Index> AllEntities(const Dataset& data) {
    std::vector<Index> all(data.entities.size());
    for (Index i = 0; i < all.size(); ++i) all[i] = i;
    return all;
}

// The entities of the marks in view (not drawn yet: every mark), a merged mark's event after its reform.
std::vector<Index> TimelineRows(const AppState& app) {
    const IndexRange range = app.timeline.width <= 0.0f
        ? IndexRange{0, app.track.items.size()}
        : VisibleRange(app.track.years, app.timeline.from, app.timeline.to);
    std::vector<Index> rows;
    for (std::size_t k = range.begin; k < range.end; ++k) {
        rows.push_back(app.track.entries[k].item);
        if (app.track.entries[k].also != kNone) rows.push_back(app.track.entries[k].also);
    }
    return rows;
}

// Every relation among the nodes drawn (not drawn yet: among those the whole graph holds).
std::vector<std::size_t> NetworkRows(const AppState& app) {
    if (!app.network.fit_for.empty()) return app.network.fit.graph.relations;
    if (app.graph && app.graph->Ready()) return app.graph->full.relations;
    return BuildNetworkGraph(*app.data).relations;
}

template <Kind kind>
std::size_t CountOf(const AppState& app) { return OfKind(app, kind).size(); }

template <Kind kind>
ReaderTable TableOf(const AppState& app) { return EntityRows(app, OfKind(app, kind)); }

//-----------------------------------------------------------------------------
// [SECTION] The table
//-----------------------------------------------------------------------------

// Article mode's row by default: the overview (the headline figures), the reforms, the timeline
// and the quotes, what a news story about institutions and their reform sends readers to; the
// institutions, the network, figures, sources and search are one tap away behind "More".
constexpr std::array<ViewInfo, kViewCount> kViews = {{
    {View::Overview, "overview", UiString::Overview, BodyLayout::Scroll,
     [](AppState& app) { app.overview.Draw(app); },
     [](const AppState& app) { return EntityRows(app, AllEntities(*app.data)); },
     nullptr, false, true},
    {View::Institutions, "institutions", UiString::Institutions, BodyLayout::Scroll,
     [](AppState& app) { app.institutions.Draw(app); },
     [](const AppState& app) { return EntityRows(app, InstitutionsIn(*app.data, app.institutions.category)); },
     CountOf<Kind::Institution>, true, false},
    {View::Reforms, "reforms", UiString::Reforms, BodyLayout::Scroll,
     [](AppState& app) { app.reforms.Draw(app); },
     [](const AppState& app) { return ChangeTable(*app.data, OfKind(app, Kind::Reform), app.order, UiLang(app)); },
     CountOf<Kind::Reform>, true, true},
    {View::Timeline, "timeline", UiString::Timeline, BodyLayout::Canvas,
     [](AppState& app) { app.timeline.Draw(app); },
     [](const AppState& app) { return EntityRows(app, TimelineRows(app)); },
     // The timeline shows everything dated, not only events.
     [](const AppState& app) { return app.track.items.size(); }, true, true},
    {View::Network, "network", UiString::Network, BodyLayout::Canvas,
     [](AppState& app) { app.network.Draw(app); },
     [](const AppState& app) { return RelationTable(*app.data, NetworkRows(app), app.order, UiLang(app)); },
     nullptr, true, false},
    {View::Figures, "figures", UiString::Figures, BodyLayout::Scroll,
     [](AppState& app) { app.figures.Draw(app); },
     [](const AppState& app) {
         return ObservationTable(*app.data, OfKind(app, Kind::Metric), app.order, UiLang(app));
     },
     CountOf<Kind::Metric>, true, false},
    {View::Quotes, "quotes", UiString::Quotes, BodyLayout::Scroll,
     [](AppState& app) { app.quotes.Draw(app); }, TableOf<Kind::Quote>, CountOf<Kind::Quote>, true, true},
    {View::Sources, "sources", UiString::Sources, BodyLayout::Scroll,
     [](AppState& app) { app.sources.Draw(app); }, TableOf<Kind::Source>, CountOf<Kind::Source>, true, false},
    {View::Search, "search", UiString::Search, BodyLayout::Scroll,
     [](AppState& app) { app.search.Draw(app); },
     [](const AppState& app) { return EntityRows(app, app.search.results); },
     nullptr, false, false},
}};

// Row k describes View(k), so ViewOf is an index; a row out of place, or missing (zero-filled,
// without a name), fails the build. (Whether a function pointer is null is not a constant
// expression for every compiler; the UI tests call each row's functions.)
constexpr bool RowsInEnumOrder() {
    for (int k = 0; k < kViewCount; ++k)
        if (static_cast<int>(kViews[k].view) != k || kViews[k].name == nullptr) return false;
    return true;
}
static_assert(RowsInEnumOrder(), "one complete row per View, in the enum's order");

} // namespace

const std::array<ViewInfo, kViewCount>& Views() { return kViews; }

const ViewInfo& ViewOf(View view) {
    const int k = static_cast<int>(view);
    return kViews[k >= 0 && k < kViewCount ? k : 0];
}

} // namespace polity::ui
