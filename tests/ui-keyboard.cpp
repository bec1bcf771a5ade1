// The explorer with the keyboard alone, natively and headless: Tab reaches every control in
// order and then leaves the widget, Enter opens, Escape and Backspace go back to the control
// that had the focus, the timeline steps through time, the network's nodes take Tab.
// Linked into the UI smoke test.
#include "ui-harness.hpp"

#include <algorithm>
#include <set>

using namespace polity;
using namespace polity::uitest;

TEST_CASE("keyboard: Tab visits the top bar's controls in order, then leaves the widget") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app);
    std::vector<std::string> seen;
    int exit = 0;
    for (int k = 0; k < 60 && exit == 0; ++k) {
        ui.Press(*app, ImGuiKey_Tab);
        seen.push_back(Focus(*app));
        exit = TakeFocusExit(*app);
    }
    CHECK(exit == 1);                                  // past the last control: the page's turn
    const auto at = [&](const std::string& label) { return std::find(seen.begin(), seen.end(), label) - seen.begin(); };
    CHECK(seen.front() == "Search\u2026");              // no history yet: Back and Forward are not stops
    CHECK(at("Search\u2026") < at("Language: English"));
    CHECK(at("Language: English") < at("Overview"));
    CHECK(at("Overview") < at("Institutions"));
    CHECK(at("Sources") < static_cast<long>(seen.size()));
    ui.Press(*app, ImGuiKey_Tab);                      // still past the end: out again
    CHECK(TakeFocusExit(*app) == 1);
    ResetKeyboardFocus(*app);                          // the page tabbed back into the widget
    ui.Press(*app, ImGuiKey_Tab);
    CHECK(Focus(*app) == "Search\u2026");
    ResetKeyboardFocus(*app);                          // ... or came back with Shift+Tab
    ui.Press(*app, ImGuiKey_Tab, true);
    CHECK(Focus(*app) == seen[seen.size() - 2]);        // the last control
    CHECK(TakeFocusExit(*app) == 0);
}

TEST_CASE("keyboard: Shift+Tab from the first control leaves the widget backwards") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app);
    ui.Press(*app, ImGuiKey_Tab);
    REQUIRE(Focus(*app) == "Search\u2026");
    ui.Press(*app, ImGuiKey_Tab, true);
    CHECK(TakeFocusExit(*app) == -1);
}

TEST_CASE("keyboard: open an institution with Enter, go back with Escape to the same row") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app);
    REQUIRE(TabTo(ui, *app, [](const std::string& f) { return f == "Institutions"; }));
    ui.Press(*app, ImGuiKey_Enter);
    CHECK(State(*app)["view"] == "institutions");
    REQUIRE(TabTo(ui, *app, [](const std::string& f) { return f == "Human Rights Commissioner"; }));
    ui.Press(*app, ImGuiKey_Enter);
    ui.Frames(*app, 2);
    CHECK(State(*app)["selected"] == "ombudsman");
    const std::string in_panel = Focus(*app);          // the focus moved into the detail panel
    CHECK_FALSE(in_panel.empty());
    CHECK(in_panel != "Human Rights Commissioner");
    ui.Press(*app, ImGuiKey_Escape);
    ui.Frames(*app, 2);
    CHECK(State(*app)["selected"] == "");
    CHECK(Focus(*app) == "Human Rights Commissioner"); // back where the reader was
    ui.Press(*app, ImGuiKey_Backspace);                // Backspace goes back too: to the overview
    CHECK(State(*app)["view"] == "overview");
}

TEST_CASE("keyboard: Space and Enter open the same thing; Enter in the search box does not navigate") {
    Headless ui;
    auto app = ShippedApp();
    ui.Frames(*app);
    REQUIRE(TabTo(ui, *app, [](const std::string& f) { return f == "Reforms"; }));
    ui.Press(*app, ImGuiKey_Space);
    CHECK(State(*app)["view"] == "reforms");
    REQUIRE(TabTo(ui, *app, [](const std::string& f) { return f == "Search\u2026"; }, 20, true));   // the box
    for (unsigned c : {'s', 'e', 'n'}) ui.Type(*app, c);
    CHECK(State(*app)["search"] == "sen");
    ui.Press(*app, ImGuiKey_Backspace);                // deletes a letter: a text field wants it
    CHECK(State(*app)["search"] == "se");
    CHECK(State(*app)["view"] == "search");
}

TEST_CASE("keyboard: the timeline steps through time with the arrows and opens with Enter") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Timeline, "");
    ui.Frames(*app);
    const auto on_item = [](const std::string& f) { return std::count(f.begin(), f.end(), ',') >= 2; };
    REQUIRE(TabTo(ui, *app, on_item));                 // "name, kind, date": the canvas has the focus
    const std::string first = Focus(*app);
    std::set<std::string> visited{first};
    for (int k = 0; k < 8; ++k) {
        ui.Press(*app, ImGuiKey_RightArrow);
        visited.insert(Focus(*app));
    }
    CHECK(visited.size() > 4);                         // each step another item
    const double span = State(*app)["timeline"]["to"].get<double>() - State(*app)["timeline"]["from"].get<double>();
    ImGui::GetIO().AddInputCharacter('+');
    ui.Frames(*app, 2);
    const double zoomed = State(*app)["timeline"]["to"].get<double>() - State(*app)["timeline"]["from"].get<double>();
    CHECK(zoomed < span);
    const std::size_t focus = app->timeline.focus;
    ui.Press(*app, ImGuiKey_Enter);
    ui.Frames(*app, 2);
    CHECK(State(*app)["selected"] == app->data->At(app->track.items[focus]).id);
    ui.Press(*app, ImGuiKey_Escape);
    CHECK(State(*app)["selected"] == "");
    CHECK(State(*app)["view"] == "timeline");
}

TEST_CASE("keyboard: far along the timeline the view pans to keep the focused item in sight") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Timeline, "");
    ui.Frames(*app);
    for (int k = 0; k < 6; ++k) ImGui::GetIO().AddInputCharacter('+');   // zoomed in before the focus
    REQUIRE(TabTo(ui, *app, [](const std::string& f) { return std::count(f.begin(), f.end(), ',') >= 2; }));
    for (int k = 0; k < 6; ++k) ImGui::GetIO().AddInputCharacter('+');
    ui.Frames(*app, 2);
    for (int k = 0; k < 40; ++k) ui.Press(*app, ImGuiKey_RightArrow);
    const double year = app->track.years[app->timeline.focus];
    const auto s = State(*app);
    CHECK(year >= s["timeline"]["from"].get<double>());
    CHECK(year <= s["timeline"]["to"].get<double>());
}

TEST_CASE("keyboard: Tab walks the network's nodes, then moves on; Enter opens a node") {
    Headless ui;
    auto app = ShippedApp();
    Navigate(*app, View::Network, "");
    ui.Frames(*app);
    REQUIRE(TabTo(ui, *app, [](const std::string& f) { return f == "Network"; }));   // the canvas itself
    const std::size_t nodes = app->network.fit.graph.nodes.size();
    std::set<std::string> visited;
    for (std::size_t k = 0; k < nodes; ++k) {
        ui.Press(*app, ImGuiKey_Tab);
        visited.insert(Focus(*app));
    }
    CHECK(visited.size() >= nodes * 9 / 10);           // (a few entities may share a name)
    ui.Press(*app, ImGuiKey_Tab, true);                // one node back
    const int node = app->network.focus;
    REQUIRE(node >= 0);
    // Read before Enter: the detail that opens narrows the canvas, and the network is fitted anew.
    const std::string focused = app->data->At(app->network.fit.graph.nodes[app->network.fit.reading_order[node]]).id;
    ui.Press(*app, ImGuiKey_Enter);
    ui.Frames(*app, 2);
    CHECK(State(*app)["selected"] == focused);
}

TEST_CASE("keyboard: every view can be reached and left with Tab alone, wide and phone-sized") {
    for (ImVec2 size : {ImVec2(1200.0f, 800.0f), ImVec2(360.0f, 740.0f)}) {
        Headless ui(size);
        auto app = ShippedApp("kk");
        for (int v = 0; v < kViewCount; ++v) {
            CAPTURE(v);
            Navigate(*app, static_cast<View>(v), "");
            ui.Frames(*app);
            int exit = 0;
            std::set<std::string> labels;
            for (int k = 0; k < 400 && exit == 0; ++k) {
                ui.Press(*app, ImGuiKey_Tab);
                labels.insert(Focus(*app));
                exit = TakeFocusExit(*app);
            }
            CHECK(exit == 1);
            CHECK(labels.size() > 2);
        }
    }
}

TEST_CASE("keyboard: with nothing to focus (loading, errors) Tab leaves at once") {
    Headless ui;
    auto app = CreateApp(AppOptions{});
    SetLoadProgress(*app, 0.5, 512, 1024, "data.json");
    ui.Frames(*app);
    ui.Press(*app, ImGuiKey_Tab);
    CHECK(TakeFocusExit(*app) == 1);
    ui.Press(*app, ImGuiKey_Tab, true);
    CHECK(TakeFocusExit(*app) == -1);
}
