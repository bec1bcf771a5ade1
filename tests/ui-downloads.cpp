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
}

//-----------------------------------------------------------------------------
// [SECTION] The picture
//-----------------------------------------------------------------------------

TEST_CASE("downloads: the picture carries the title, sources, credit, licence and dates") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Figures, "");
    ui.Frames(*app);
    BeginPicture(*app, "2026-11-28");
    CHECK(ui.Frames(*app, 2) > 0);
    CHECK(app->picture.footer > 0.0f);
    const auto lines = PictureFooterLines(*app);
    CHECK(Contains(lines, "Sources: "));
    CHECK(Contains(lines, "News article, Astana dateline"));
    CHECK(Contains(lines, "Licence: "));
    CHECK(Contains(lines, "Data checked: "));
    CHECK(Contains(lines, "Saved 28 November 2026"));
    EndPicture(*app);
    CHECK_FALSE(app->picture.active);
    CHECK(app->picture.footer == 0.0f);         // the explorer's own frames use the whole height
    CHECK(WantsAnotherFrame(*app));             // and it redraws itself as it was
}

TEST_CASE("downloads: the picture's words follow the reader's language") {
    Headless ui;
    auto app = ShippedApp("kk");
    ui.Frames(*app);
    BeginPicture(*app, "2026-11-28");
    ui.Frames(*app, 2);
    const auto lines = PictureFooterLines(*app);
    CHECK(Contains(lines, "Дереккөздер: "));
    CHECK_FALSE(Contains(lines, "Saved"));
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
    CHECK(about["sources"][0]["publisher"] == "News article, Astana dateline");
    CHECK(about["sources"][0]["url"] == "");    // the article gave no address: no link is made up
}
