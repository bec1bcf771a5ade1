// Polity Explorer widget — what a reader takes away: the data behind the current view as CSV,
// and the picture of the current view (see app.hpp). The platform does the saving: it has the
// dataset's bytes for the JSON download and the canvas for the PNG.
//
// Index of this file
// [SECTION] Download requests
// [SECTION] The data behind each view
// [SECTION] About the dataset
// [SECTION] Picture mode
#include "app.hpp"

#include "app_state.hpp"
#include "polity/table.hpp"
#include "views/widgets.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Download requests
//-----------------------------------------------------------------------------

Download TakeDownloadRequest(AppState& app) { return std::exchange(app.pending_download, Download::None); }

//-----------------------------------------------------------------------------
// [SECTION] The data behind each view
// The rows a reader sees, in the order seen: a filtered list stays filtered, the timeline gives
// what is inside its visible years, the network its drawn links. A panel open beside a view
// does not change the table: the view's data is what the file is named after.
//-----------------------------------------------------------------------------

static std::vector<Index> AllEntities(const Dataset& data) {
    std::vector<Index> all(data.entities.size());
    for (Index i = 0; i < all.size(); ++i) all[i] = i;
    return all;
}

static std::vector<Index> TimelineRows(const AppState& app) {
    if (app.timeline.width <= 0.0f) return app.track.items;      // not drawn yet: every dated item
    const IndexRange range = VisibleRange(app.track.years, app.timeline.from, app.timeline.to);
    return std::vector<Index>(app.track.items.begin() + range.begin, app.track.items.begin() + range.end);
}

static std::vector<std::size_t> NetworkRows(const AppState& app) {
    std::optional<GraphCache> built;    // the view lays the graph out when first drawn; not yet
    const GraphCache& drawn = app.graph ? *app.graph : built.emplace(BuildGraph(*app.data));
    std::vector<std::size_t> relations;
    relations.reserve(drawn.edges.size());
    for (const GraphEdge& edge : drawn.edges) relations.push_back(edge.relation);
    return relations;
}

static ReaderTable ViewTable(const AppState& app) {
    const Dataset& data = *app.data;
    const Lang lang = UiLang(app);
    const auto of_kind = [&app](Kind kind) -> const std::vector<Index>& { return app.by_kind[static_cast<int>(kind)]; };
    switch (app.current.view) {
    case View::Overview: return EntityTable(data, AllEntities(data), app.order, lang);
    case View::Institutions: return EntityTable(data, InstitutionsIn(app, app.institutions.category), app.order, lang);
    case View::Reforms: return ChangeTable(data, of_kind(Kind::Reform), app.order, lang);
    case View::Timeline: return EntityTable(data, TimelineRows(app), app.order, lang);
    case View::Network: return RelationTable(data, NetworkRows(app), app.order, lang);
    case View::Figures: return ObservationTable(data, of_kind(Kind::Metric), app.order, lang);
    case View::Quotes: return EntityTable(data, of_kind(Kind::Quote), app.order, lang);
    case View::Sources: return EntityTable(data, of_kind(Kind::Source), app.order, lang);
    case View::Search: return EntityTable(data, app.search.results, app.order, lang);
    }
    return {};
}

std::string ViewCsv(const AppState& app) {
    if (!app.data || app.phase != Phase::Ready) return {};
    return TableCsv(ViewTable(app));
}

//-----------------------------------------------------------------------------
// [SECTION] About the dataset
//-----------------------------------------------------------------------------

std::string AboutDataset(const AppState& app) {
    if (!app.data || app.phase != Phase::Ready) return "null";
    const Meta& meta = app.data->meta;
    nlohmann::json sources = nlohmann::json::array();
    for (Index s : meta.sources)
        sources.push_back({{"title", NameOf(app, s)}, {"publisher", app.data->SourceOf(s).publisher},
                           {"url", IsWebUrl(app.data->SourceOf(s).url) ? app.data->SourceOf(s).url : ""}});
    const nlohmann::json about = {{"title", Tr(app, meta.title)}, {"credit", Tr(app, meta.credit)},
        {"licence", meta.licence}, {"checked", meta.date.IsSet() ? meta.date.ToString() : ""},
        {"checked_text", DateText(app, meta.date)}, {"sources", sources}};
    return about.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

//-----------------------------------------------------------------------------
// [SECTION] Picture mode
//-----------------------------------------------------------------------------

void BeginPicture(AppState& app, std::string_view today) {
    app.picture = {};
    app.picture.active = true;
    if (ParseDate(today, &app.picture.today) != DateError::None) app.picture.today = {};
}

float PictureFooterHeight(const AppState& app) { return app.picture.footer; }

void EndPicture(AppState& app) {
    app.picture = {};
    app.settle_frames = 2;              // the next frames draw the explorer as it was
}

} // namespace polity::ui
