// The dataset generator behind the benchmarks: deterministic, its polity output validates, and
// the peer formats carry exactly the same events (titles, dates) as ours, so a comparison of
// timeline tools feeds each of them the same data.
#include "polity/load.hpp"

#include "dataset_generator.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

using namespace polity;
using nlohmann::json;

namespace {

gen::GeneratorOptions Options(std::size_t entities, std::size_t events, gen::Format format = gen::Format::Polity,
                              std::uint64_t seed = 1) {
    gen::GeneratorOptions o;
    o.entities = entities;
    o.events = events;
    o.format = format;
    o.seed = seed;
    return o;
}

std::size_t DatedEntities(const Dataset& data) {
    std::size_t n = 0;
    for (const Entity& e : data.entities) n += e.date.IsSet() ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("generator: the same options give the same bytes, another seed other bytes") {
    for (const gen::Format format : {gen::Format::Polity, gen::Format::TimelineJS, gen::Format::Vis}) {
        CHECK(gen::GenerateDataset(Options(500, 0, format)) == gen::GenerateDataset(Options(500, 0, format)));
        CHECK(gen::GenerateDataset(Options(0, 30, format)) == gen::GenerateDataset(Options(0, 30, format)));
        CHECK(gen::GenerateDataset(Options(0, 30, format, 1)) != gen::GenerateDataset(Options(0, 30, format, 2)));
    }
}

TEST_CASE("generator: polity output of every shape loads without a diagnostic") {
    for (const std::size_t entities : {1, 10, 500, 3000}) {
        CAPTURE(entities);
        const LoadResult r = LoadDataset(gen::GenerateDataset(Options(entities, 0)), "generated.json");
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
    }
    for (const std::size_t events : {1, 30, 300, 3000}) {
        CAPTURE(events);
        const LoadResult r = LoadDataset(gen::GenerateDataset(Options(0, events)), "generated.json");
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
        // Exactly the events, plus the one source they cite: a timeline of events + 1 items.
        CHECK(r.dataset->Count(Kind::Event) == events);
        CHECK(r.dataset->Count(Kind::Source) == 1);
        CHECK(r.dataset->entities.size() == events + 1);
        CHECK(DatedEntities(*r.dataset) == events + 1);
    }
}

TEST_CASE("generator: the peer formats hold the same events, in the same order") {
    const std::size_t n = 300;
    const json ours = json::parse(gen::GenerateDataset(Options(0, n)), nullptr, false);
    const json tl = json::parse(gen::GenerateDataset(Options(0, n, gen::Format::TimelineJS)), nullptr, false);
    const json vis = json::parse(gen::GenerateDataset(Options(0, n, gen::Format::Vis)), nullptr, false);
    REQUIRE(!ours.is_discarded());
    REQUIRE(!tl.is_discarded());
    REQUIRE(!vis.is_discarded());
    REQUIRE(ours["events"].size() == n);
    REQUIRE(tl["events"].size() == n);
    REQUIRE(vis.size() == n);
    for (std::size_t i = 0; i < n; ++i) {
        CAPTURE(i);
        const json& e = ours["events"][i];
        const std::string date = e["date"].get<std::string>();
        const json& start = tl["events"][i]["start_date"];
        CHECK(start["year"].get<int>() == std::stoi(date.substr(0, 4)));
        CHECK(start["month"].get<int>() == std::stoi(date.substr(5, 2)));
        CHECK(start["day"].get<int>() == std::stoi(date.substr(8, 2)));
        CHECK(tl["events"][i]["text"]["headline"] == e["title"]);
        CHECK(tl["events"][i]["text"]["text"] == e["description"]);
        CHECK(vis[i]["id"] == e["id"]);
        CHECK(vis[i]["content"] == e["title"]);
        CHECK(vis[i]["start"] == date);
    }
}

TEST_CASE("generator: format names") {
    gen::Format f = gen::Format::Polity;
    CHECK((gen::ParseFormat("timelinejs", &f) && f == gen::Format::TimelineJS));
    CHECK((gen::ParseFormat("vis", &f) && f == gen::Format::Vis));
    CHECK((gen::ParseFormat("polity", &f) && f == gen::Format::Polity));
    CHECK_FALSE(gen::ParseFormat("TimelineJS", &f));
    CHECK_FALSE(gen::ParseFormat("", &f));
}

TEST_CASE("generator: --relations gives exactly that many written relations, --compact no line breaks") {
    gen::GeneratorOptions o = Options(300, 0);
    o.relations = 2000;
    o.compact = true;
    const std::string text = gen::GenerateDataset(o);
    CHECK(text.find('\n') == std::string::npos);
    const LoadResult r = LoadDataset(text, "relations.json");
    REQUIRE(r.ok());
    std::size_t written = 0;
    for (const Relation& rel : r.dataset->relations) written += rel.derived ? 0 : 1;
    CHECK(written == 2000);
    o.compact = false;
    CHECK(json::parse(gen::GenerateDataset(o)) == json::parse(text));
}
