// What a reader takes away, natively and headless: the CSV behind each view follows what the
// view shows (filters, visible years, language), the download menu works from the keyboard,
// and the picture mode carries the title, sources, credit, licence and dates.
//
// Index of this file
// [SECTION] The data behind each view
// [SECTION] The download menu
// [SECTION] The picture
#include "ui-harness.hpp"
#include "link_state.hpp"
#include "polity/csv.hpp"
#include "views/picture_view.hpp"
#include "views/view_table.hpp"

#include <algorithm>

using namespace polity;
using namespace polity::ui;
using namespace polity::uitest;

namespace {

// The CSV of the current view read back: the header, then the rows.
std::vector<std::vector<std::string>> CsvOf(const AppState& app) {
    const std::string text = ViewCsv(app);
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);   // Excel reads UTF-8 only after a byte order mark
    const csv::Table table = csv::Read(text);
    REQUIRE(table.ok());
    std::vector<std::vector<std::string>> rows;
    for (const csv::Record& r : table.records) rows.push_back(r.fields);
    REQUIRE_FALSE(rows.empty());
    return rows;
}

std::size_t Column(const std::vector<std::string>& header, const std::string& name) {
    const auto at = std::find(header.begin(), header.end(), name);
    REQUIRE(at != header.end());
    return static_cast<std::size_t>(at - header.begin());
}

bool Contains(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The data behind each view
//-----------------------------------------------------------------------------

TEST_CASE("downloads: nothing to download before a dataset is shown") {
    Headless ui;
    auto app = CreateApp({});
    CHECK(ViewCsv(*app).empty());
    CHECK(AboutDataset(*app) == "null");
}

TEST_CASE("downloads: each view's CSV holds the rows the view shows, each with its sources") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app);

    Navigate(*app, View::Institutions, "");
    ui.Frames(*app);
    auto rows = CsvOf(*app);
    CHECK(rows.size() == 1 + 15);
    const std::size_t sources = Column(rows[0], "Sources");
    for (std::size_t r = 1; r < rows.size(); ++r) CHECK_FALSE(rows[r][sources].empty());

    SetInstitutionCategory(*app, "court");      // the list narrows: so does the file, at once
    const std::size_t courts = CsvOf(*app).size() - 1;
    CHECK(courts > 0);
    CHECK(courts < 15);

    Navigate(*app, View::Reforms, "");
    ui.Frames(*app);
    rows = CsvOf(*app);
    CHECK(rows.size() == 1 + 9);                // one row per change of the two reforms
    CHECK(Column(rows[0], "Before") < Column(rows[0], "After"));

    Navigate(*app, View::Network, "");
    ui.Frames(*app);
    CHECK(CsvOf(*app).size() > 10);

    SetSearchText(*app, "ombudsman");
    ui.Frames(*app);
    rows = CsvOf(*app);
    CHECK(rows.size() - 1 == State(*app)["results"].get<std::size_t>());
}

TEST_CASE("downloads: files are named after the dataset, the view, the item and the picture's size") {
    Headless ui;
    auto empty = CreateApp({});
    CHECK(DownloadName(*empty, Download::ViewCsv, "kazakhstan-constitution.json").empty());
    auto app = ShippedApp();
    Navigate(*app, View::Institutions, "");
    const std::string file = "kazakhstan-constitution.json";
    CHECK(DownloadName(*app, Download::ViewCsv, file) == "kazakhstan-constitution-institutions.csv");
    CHECK(DownloadName(*app, Download::DatasetJson, file) == file);
    CHECK(DownloadName(*app, Download::ViewPng, file) == "kazakhstan-constitution-institutions.png");
    Navigate(*app, View::Institutions, "ombudsman");
    CHECK(DownloadName(*app, Download::ViewCsv, file) == "kazakhstan-constitution-institutions.csv");
    CHECK(DownloadName(*app, Download::SocialPng, file) == "kazakhstan-constitution-institutions-ombudsman-social.png");
    CHECK(DownloadName(*app, Download::PortraitPng, "Preview.JSON") == "Preview-institutions-ombudsman-portrait.png");
    CHECK(DownloadName(*app, Download::ViewCsv, ".json") == "dataset-institutions.csv");
    CHECK(DownloadName(*app, Download::None, file).empty());
}

TEST_CASE("downloads: the timeline's CSV holds the years in view") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Timeline, "");
    ui.Frames(*app);
    const std::size_t all = CsvOf(*app).size();
    app->timeline.from = 2022.0;                // zoomed onto 2022 (the view sets these each frame)
    app->timeline.to = 2023.0;
    const std::size_t in_2022 = CsvOf(*app).size();
    CHECK(in_2022 > 1);
    CHECK(in_2022 < all);
}

TEST_CASE("downloads: the CSV speaks the reader's language") {
    Headless ui;
    auto app = ShippedApp("ru");
    Navigate(*app, View::Institutions, "");
    ui.Frames(*app);
    const auto rows = CsvOf(*app);
    CHECK(std::find(rows[0].begin(), rows[0].end(), "Sources") == rows[0].end());
    CHECK(std::find(rows[0].begin(), rows[0].end(), "Источники") != rows[0].end());
}

//-----------------------------------------------------------------------------
// [SECTION] The download menu
//-----------------------------------------------------------------------------

TEST_CASE("downloads: the menu is reached by Tab and asks the platform for the chosen file") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app);
    REQUIRE(TabTo(ui, *app, [](const std::string& f) { return f == "Download"; }));
    ui.Press(*app, ImGuiKey_Enter);             // opens the menu on its first choice
    CHECK(Focus(*app) == "Data of this view (CSV)");
    ui.Press(*app, ImGuiKey_DownArrow);
    ui.Press(*app, ImGuiKey_DownArrow);
    CHECK(Focus(*app) == "Picture of this view (PNG)");
    CHECK(TakeDownloadRequest(*app) == Download::None);
    ui.Press(*app, ImGuiKey_Enter);
    CHECK(TakeDownloadRequest(*app) == Download::ViewPng);
    CHECK(TakeDownloadRequest(*app) == Download::None);   // taken once
    ui.Press(*app, ImGuiKey_Enter);             // the other sizes, further down the same menu
    for (int k = 0; k < 4; ++k) ui.Press(*app, ImGuiKey_DownArrow);
    CHECK(Focus(*app) == "Portrait picture (1080 \u00D7 1350)");
    ui.Press(*app, ImGuiKey_Enter);
    const Download portrait = TakeDownloadRequest(*app);
    CHECK(portrait == Download::PortraitPng);
    CHECK(PresetOf(portrait) == PicturePreset::Portrait);
    CHECK(PresetOf(Download::SocialPng) == PicturePreset::Social);
    CHECK(PresetOf(Download::ViewPng) == PicturePreset::Article);
}

//-----------------------------------------------------------------------------
// [SECTION] The picture
//-----------------------------------------------------------------------------

namespace {

constexpr float kPictureFont = kWidgetFontPx * kPictureDensity;   // as the platform draws pictures

// Whether the picture just taken (its last frame) drew `text` whole.
bool Drew(const std::string& text) { return DrewWhole(DrawnText(), text); }

// What the picture just taken drew shortened.
std::vector<std::string> Cut() { return Shortened(DrawnText()); }

} // namespace

TEST_CASE("downloads: the picture carries the headline, dek, sources, credit, licence and dates") {
    Headless ui(ImVec2(1200.0f, 800.0f), kPictureFont);
    auto app = ShippedApp();
    Navigate(*app, View::Figures, "");
    ui.Frames(*app);
    TakePicture(ui, *app, PicturePreset::Social);
    CHECK(app->picture.footer > 0.0f);
    CHECK(Drew(Tr(*app, app->data->meta.title)));
    CHECK(Drew(Tr(*app, app->data->meta.dek)));
    const auto lines = PictureFooterLines(*app);
    CHECK(Contains(lines, "Sources: [1] "));
    CHECK(Contains(lines, "News article, Astana"));
    CHECK(Contains(lines, "Licence: "));
    CHECK(Contains(lines, "Data checked: "));
    CHECK(Contains(lines, "Saved 28 November 2026"));
    for (const std::string& line : lines) CHECK(Drew(line));
    EndPicture(*app);
    CHECK_FALSE(app->picture.active);
    CHECK(app->picture.footer == 0.0f);         // the explorer's own frames use the whole height
    CHECK(WantsAnotherFrame(*app));             // and it redraws itself as it was
}

TEST_CASE("downloads: pictures come in three sizes, at twice the CSS pixels") {
    Headless ui(ImVec2(1200.0f, 800.0f), kPictureFont);
    auto app = ShippedApp();
    Navigate(*app, View::Reforms, "");
    ui.Frames(*app);
    TakePicture(ui, *app, PicturePreset::Social);
    CHECK(PictureWidth(*app) == 2400.0f);
    CHECK(PictureHeight(*app) == 1350.0f);
    EndPicture(*app);
    TakePicture(ui, *app, PicturePreset::Portrait);
    CHECK(PictureWidth(*app) == 2160.0f);
    CHECK(PictureHeight(*app) == 2700.0f);
    EndPicture(*app);
    TakePicture(ui, *app, PicturePreset::Article, 680.0f);   // as tall as the view needs
    CHECK(PictureWidth(*app) == 1360.0f);
    CHECK(PictureHeight(*app) > 1350.0f);
    CHECK(PictureHeight(*app) <= kMaxPictureCss * kPictureDensity);
    CHECK_FALSE(app->picture.more);
    EndPicture(*app);
}

TEST_CASE("downloads: a picture leaves the timeline and the network as the reader left them") {
    Headless ui(ImVec2(1000.0f, 700.0f), kPictureFont);
    auto app = ShippedApp();
    for (View view : {View::Timeline, View::Network}) {
        Navigate(*app, view, "");
        ui.Frames(*app);
        const nlohmann::json before = State(*app)["timeline"];
        const NetworkView network = app->network;
        TakePicture(ui, *app, PicturePreset::Portrait);   // another size: the canvases refit
        EndPicture(*app);
        ImGui::GetIO().DisplaySize = ImVec2(1000.0f, 700.0f);
        ui.Frames(*app);
        CHECK(State(*app)["timeline"] == before);
        CHECK(app->network.zoom == network.zoom);
    }
}

TEST_CASE("downloads: an article-width picture holds the whole list, every quote whole") {
    Headless ui(ImVec2(1200.0f, 800.0f), kPictureFont);
    auto app = ShippedApp("ru");
    Navigate(*app, View::Quotes, "");
    ui.Frames(*app);
    TakePicture(ui, *app, PicturePreset::Article, 390.0f);
    CHECK_FALSE(app->picture.more);
    for (Index q : app->by_kind[static_cast<int>(Kind::Quote)]) CHECK_MESSAGE(Drew(NameOf(*app, q)), NameOf(*app, q));
    CHECK(Cut().empty());
}

// Each figure drawn whole, whether the picture ends before the last one or not.
static std::size_t FiguresDrawn(const AppState& app) {
    const auto& metrics = app.by_kind[static_cast<int>(Kind::Metric)];
    return static_cast<std::size_t>(std::count_if(metrics.begin(), metrics.end(), [&](Index m) { return Drew(NameOf(app, m)); }));
}

TEST_CASE("downloads: the figures sit side by side in a wide picture, which holds every chart or whole rows of them") {
    Headless ui(ImVec2(1200.0f, 800.0f), kPictureFont);
    for (const std::string lang : {"en", "ru", "kk"}) {
        CAPTURE(lang);
        auto app = ShippedApp(lang.c_str());
        Navigate(*app, View::Figures, "");
        ui.Frames(*app);
        const std::size_t figures = app->by_kind[static_cast<int>(Kind::Metric)].size();
        TakePicture(ui, *app, PicturePreset::Portrait);
        CHECK_FALSE(app->picture.more);
        CHECK(FiguresDrawn(*app) == figures);
        CHECK(Cut().empty());
        EndPicture(*app);
        TakePicture(ui, *app, PicturePreset::Social);   // three a row; Russian and Kazakh run longer
        const std::size_t drawn = FiguresDrawn(*app);   // every one, or whole rows of three and "More…"
        CHECK((drawn == figures ? !app->picture.more : app->picture.more && drawn % 3 == 0));
        CHECK(Cut().empty());
        EndPicture(*app);
    }
}

#ifdef POLITY_HAVE_GENERATOR
TEST_CASE("downloads: a view longer than its picture shrinks its text, then ends at a whole row") {
    Headless ui(ImVec2(1200.0f, 800.0f), kPictureFont);
    auto app = GeneratedApp(3000);
    Navigate(*app, View::Quotes, "");
    ui.Frames(*app);
    TakePicture(ui, *app, PicturePreset::Social);
    CHECK(PictureFontScale(*app) < 0.75f);      // as small as a picture's text goes
    CHECK(app->picture.more);
    CHECK(Drew("More in the interactive version"));
    CHECK(Drew(NameOf(*app, app->by_kind[static_cast<int>(Kind::Quote)].front())));
    const std::vector<std::string> cut = Cut();
    CHECK_MESSAGE(cut.empty(), (cut.empty() ? "" : cut.front()));
}
#endif

TEST_CASE("downloads: no picture of any view cuts a word, in any size or language") {
    Headless ui(ImVec2(1200.0f, 800.0f), kPictureFont);
    auto app = ShippedApp();
    for (const char* lang : {"en", "ru", "kk"}) {
        SetLanguage(*app, lang);
        for (const ViewInfo& info : Views()) {
            Navigate(*app, info.view, "");
            ui.Frames(*app, 2);
            for (PicturePreset preset : {PicturePreset::Article, PicturePreset::Social, PicturePreset::Portrait}) {
                TakePicture(ui, *app, preset, 390.0f);
                const std::vector<std::string> cut = Cut();
                CHECK_MESSAGE(cut.empty(), info.name << " " << lang << " preset " << static_cast<int>(preset) << ": "
                                                      << (cut.empty() ? "" : cut.front()));
                CHECK_MESSAGE(DrawnText().size() > 5, info.name);
                EndPicture(*app);
            }
        }
    }
}

TEST_CASE("downloads: the picture's words follow the reader's language") {
    Headless ui(ImVec2(1200.0f, 800.0f), kPictureFont);
    auto app = ShippedApp("kk");
    ui.Frames(*app);
    TakePicture(ui, *app, PicturePreset::Portrait);
    const auto lines = PictureFooterLines(*app);
    CHECK(Contains(lines, "Дереккөздер: "));
    CHECK_FALSE(Contains(lines, "Saved"));
    CHECK(Drew(Tr(*app, app->data->meta.title)));
    EndPicture(*app);
}

TEST_CASE("downloads: what the page says about the data") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app);
    const nlohmann::json about = nlohmann::json::parse(AboutDataset(*app));
    CHECK(about["licence"].get<std::string>().find("CC BY 4.0") != std::string::npos);
    CHECK_FALSE(about["credit"].get<std::string>().empty());
    CHECK(about["checked"].get<std::string>().size() == 10);
    REQUIRE(about["sources"].size() >= 1);
    CHECK(about["sources"][0]["publisher"] == "News article");
    CHECK(about["sources"][0]["url"] == "");    // the article gave no address: no link is made up
}
