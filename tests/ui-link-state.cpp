// The link state (wasm/link_state.hpp) natively: what a deep link and the host's events are
// built from. Linked into the UI smoke test, which has Dear ImGui and the app.
#include "app.hpp"
#include "link_state.hpp"
#include "polity/load.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace polity;
using namespace polity::ui;

namespace {

nlohmann::json Link(const AppState& app) {
    const nlohmann::json j = nlohmann::json::parse(DescribeLink(app), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

std::unique_ptr<AppState, void (*)(AppState*)> AppWithData(const AppOptions& options = {}) {
    auto app = CreateApp(options);
    LoadResult r = LoadDatasetFile(POLITY_SOURCE_DIR "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    SetDataset(*app, std::move(*r.dataset), {});
    return app;
}

} // namespace

TEST_CASE("link state: view, item and its kind, language, search, category") {
    AppOptions options;
    options.initial_view = View::Institutions;
    options.initial_item = "ombudsman";
    options.language = "ru";
    auto app = AppWithData(options);
    nlohmann::json j = Link(*app);
    CHECK(j["phase"] == "ready");
    CHECK(j["view"] == "institutions");
    CHECK(j["item"] == "ombudsman");
    CHECK(j["kind"] == "institution");
    CHECK(j["lang"] == "ru");
    CHECK(j["search"] == "");
    CHECK_FALSE(j.contains("message"));

    SetInstitutionCategory(*app, "ombudsman");
    CHECK(Link(*app)["category"] == "ombudsman");
    SetInstitutionCategory(*app, "no-such-category");   // a link's typo keeps the list usable
    CHECK(Link(*app)["category"] == "ombudsman");
    SetInstitutionCategory(*app, "");
    CHECK(Link(*app)["category"] == "");

    Navigate(*app, View::Reforms, "reform-2022");
    j = Link(*app);
    CHECK(j["view"] == "reforms");
    CHECK(j["kind"] == "reform");
}

TEST_CASE("link state: the same state gives the same bytes; a change gives others") {
    auto app = AppWithData();
    const std::string before = DescribeLink(*app);
    CHECK(DescribeLink(*app) == before);
    SetSearchText(*app, "senat");
    CHECK(DescribeLink(*app) != before);
    CHECK(Link(*app)["view"] == "search");
}

TEST_CASE("link state: a category before the data arrives is ignored, not kept half-way") {
    auto app = CreateApp(AppOptions{});
    SetInstitutionCategory(*app, "ombudsman");
    const nlohmann::json j = Link(*app);
    CHECK(j["phase"] == "loading");
    CHECK(j["category"] == "");
}

TEST_CASE("link state: a failed load carries the message and the diagnostics") {
    auto app = CreateApp(AppOptions{});
    LoadResult r = LoadDataset("{\"format\": 1,", "broken.json");
    REQUIRE_FALSE(r.ok());
    SetLoadFailure(*app, {LoadProblem::HasErrors, "broken.json", {}}, r.diagnostics);
    const nlohmann::json j = Link(*app);
    CHECK(j["phase"] == "failed");
    CHECK(j["message"] == "The dataset broken.json has errors.");
    REQUIRE(j["diagnostics"].size() >= 1);
    CHECK(j["diagnostics"][0].get<std::string>().rfind("broken.json:", 0) == 0);
}
