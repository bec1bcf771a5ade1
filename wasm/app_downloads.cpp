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
#include "link_state.hpp"
#include "polity/table.hpp"
#include "views/view_table.hpp"
#include "views/widgets.hpp"

#include "imgui.h"
#include "polity/json_writer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
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

// "name.json" (any case) without its extension; other names as they are.
static std::string_view WithoutJsonExtension(std::string_view file) {
    constexpr std::string_view kExtension = ".json";
    if (file.size() < kExtension.size()) return file;
    const std::string_view end = file.substr(file.size() - kExtension.size());
    const bool json = std::equal(end.begin(), end.end(), kExtension.begin(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return json ? file.substr(0, file.size() - kExtension.size()) : file;
}

std::string DownloadName(const AppState& app, Download what, std::string_view dataset_file) {
    if (!app.data || app.phase != Phase::Ready || what == Download::None) return {};
    if (what == Download::DatasetJson) return std::string(dataset_file);
    const std::string_view stem = WithoutJsonExtension(dataset_file);
    const std::string named = std::string(stem.empty() ? "dataset" : stem) + "-" + ViewName(app.current.view);
    if (what == Download::ViewCsv) return named + ".csv";
    const std::string item = SelectedId(app);
    const char* size = what == Download::SocialPng ? "-social" : what == Download::PortraitPng ? "-portrait" : "";
    return named + (item.empty() ? "" : "-" + item) + size + ".png";
}

//-----------------------------------------------------------------------------
// [SECTION] About the dataset
//-----------------------------------------------------------------------------

// The labels of a credit line, in the reader's language, so a page writes one without a table
// of its own: "Source: … · Graphic: … · Get the data: CSV · JSON · Picture", "Licence: …".
static void WriteCreditWords(JsonWriter& j, const AppState& app) {
    j.BeginObject().Key("source").String(Ui(app, UiString::Source)).Key("sources").String(Ui(app, UiString::Sources));
    j.Key("graphic").String(Ui(app, UiString::Graphic)).Key("data").String(Ui(app, UiString::GetTheData));
    j.Key("picture").String(Ui(app, UiString::Picture)).Key("licence").String(Ui(app, UiString::Licence));
    j.Key("checked").String(Ui(app, UiString::DataChecked)).EndObject();
}

std::string AboutDataset(const AppState& app) {
    if (!app.data || app.phase != Phase::Ready) return "null";
    const Meta& meta = app.data->meta;
    JsonWriter j;
    j.BeginObject().Key("title").String(Tr(app, meta.title)).Key("dek").String(Tr(app, meta.dek));
    j.Key("credit").String(Tr(app, meta.credit)).Key("licence").String(Tr(app, meta.licence));
    j.Key("checked").String(meta.date.IsSet() ? meta.date.ToString() : "").Key("checked_text").String(DateText(app, meta.date));
    j.Key("lang").String(app.options.language).Key("languages").BeginArray();
    for (const std::string& lang : meta.languages) j.String(lang);
    j.EndArray().Key("sources").BeginArray();
    for (Index s : meta.sources) {
        const Source& source = app.data->SourceOf(s);
        j.BeginObject().Key("title").String(NameOf(app, s)).Key("publisher").String(Tr(app, source.publisher));
        j.Key("place").String(Tr(app, source.place)).Key("date").String(DateText(app, app.data->At(s).date));
        j.Key("url").String(IsWebUrl(source.url) ? source.url : "").EndObject();
    }
    WriteCreditWords(j.EndArray().Key("words"), app);
    return j.EndObject().Take();
}

//-----------------------------------------------------------------------------
// [SECTION] Picture mode
//-----------------------------------------------------------------------------

PicturePreset PresetOf(Download download) {
    switch (download) {
    case Download::SocialPng: return PicturePreset::Social;
    case Download::PortraitPng: return PicturePreset::Portrait;
    default: break;
    }
    return PicturePreset::Article;
}

void BeginPicture(AppState& app, std::string_view today, PicturePreset preset, float article_width) {
    PictureState& pic = app.picture;
    pic = {};
    pic.active = true;
    if (ParseDate(today, &pic.today) != DateError::None) pic.today = {};
    const ImVec2 css = preset == PicturePreset::Social     ? ImVec2(1200.0f, 675.0f)
                       : preset == PicturePreset::Portrait ? ImVec2(1080.0f, 1350.0f)
                                                           : ImVec2(std::clamp(article_width, 240.0f, 2000.0f), 0.0f);
    pic.width = std::round(css.x * kPictureDensity);
    pic.fixed = css.y > 0.0f;
    pic.max_height = std::round((pic.fixed ? css.y : kMaxPictureCss) * kPictureDensity);
    pic.height = pic.max_height;        // laid out at the most it may take; an article picture then shrinks
    pic.timeline = app.timeline;
    pic.network = app.network;
}

bool PictureReady(const AppState& app) { return app.picture.ready; }
float PictureFontScale(const AppState& app) { return app.picture.active ? app.picture.scale : 1.0f; }
float PictureWidth(const AppState& app) { return app.picture.width; }
float PictureHeight(const AppState& app) { return app.picture.height; }

void EndPicture(AppState& app) {
    if (!app.picture.active) return;
    app.timeline = app.picture.timeline;
    app.network = app.picture.network;
    app.picture = {};
    app.settle_frames = 2;              // the next frames draw the explorer as it was
}

} // namespace polity::ui
