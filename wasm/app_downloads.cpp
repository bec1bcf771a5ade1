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
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include <nlohmann/json.hpp>

#include <utility>

namespace polity::ui {

//-----------------------------------------------------------------------------
// [SECTION] Download requests
//-----------------------------------------------------------------------------

Download TakeDownloadRequest(AppState& app) { return std::exchange(app.pending_download, Download::None); }

//-----------------------------------------------------------------------------
// [SECTION] The data behind each view (each view's row in the view table says which rows)
//-----------------------------------------------------------------------------

std::string ViewCsv(const AppState& app) {
    if (!app.data || app.phase != Phase::Ready) return {};
    return TableCsv(ViewOf(app.current.view).table(app));
}

//-----------------------------------------------------------------------------
// [SECTION] About the dataset
//-----------------------------------------------------------------------------

// The labels of a credit line, in the reader's language, so a page writes one without a table
// of its own: "Source: … · Graphic: … · Get the data: CSV · JSON · Picture", "Licence: …".
static nlohmann::json CreditWords(const AppState& app) {
    return {{"source", Ui(app, UiString::Source)}, {"sources", Ui(app, UiString::Sources)},
            {"graphic", Ui(app, UiString::Graphic)}, {"data", Ui(app, UiString::GetTheData)},
            {"picture", Ui(app, UiString::Picture)}, {"licence", Ui(app, UiString::Licence)},
            {"checked", Ui(app, UiString::DataChecked)}};
}

std::string AboutDataset(const AppState& app) {
    if (!app.data || app.phase != Phase::Ready) return "null";
    const Meta& meta = app.data->meta;
    nlohmann::json sources = nlohmann::json::array();
    for (Index s : meta.sources) {
        const Source& source = app.data->SourceOf(s);
        sources.push_back({{"title", NameOf(app, s)}, {"publisher", Tr(app, source.publisher)},
                           {"place", Tr(app, source.place)}, {"date", DateText(app, app.data->At(s).date)},
                           {"url", IsWebUrl(source.url) ? source.url : ""}});
    }
    const nlohmann::json about = {{"title", Tr(app, meta.title)}, {"dek", Tr(app, meta.dek)},
        {"credit", Tr(app, meta.credit)}, {"licence", Tr(app, meta.licence)},
        {"checked", meta.date.IsSet() ? meta.date.ToString() : ""}, {"checked_text", DateText(app, meta.date)},
        {"lang", app.options.language}, {"languages", meta.languages}, {"sources", sources},
        {"words", CreditWords(app)}};
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
