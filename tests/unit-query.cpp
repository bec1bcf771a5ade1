// Queries over the hand-built dataset of test_dataset.hpp: search ranking, filters with
// partial dates, timeline order, neighbourhoods, what changed, citations.
#include "polity/query.hpp"
#include "test_dataset.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace polity;
using polity::testing::Id;
using polity::testing::MakeSmallDataset;

namespace {

// Ids of the entities, in the order given: failures then read as names, not numbers.
std::vector<std::string> Ids(const Dataset& data, const std::vector<Index>& entities) {
    std::vector<std::string> out;
    for (Index i : entities) out.push_back(data.entities[i].id);
    return out;
}

std::vector<std::string> SearchIds(const Dataset& data, const std::string& query) {
    const SearchIndex index = BuildSearchIndex(data);
    return Ids(data, Search(data, index, query));
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

using Names = std::vector<std::string>;

} // namespace

// [SECTION] Search

TEST_CASE("search: the index holds one folded name and one folded text per entity") {
    const Dataset data = MakeSmallDataset();
    const SearchIndex index = BuildSearchIndex(data);
    REQUIRE(index.name.size() == data.entities.size());
    REQUIRE(index.all.size() == data.entities.size());
    const std::string& name = index.name[Id(data, "constitutional-court")];
    CHECK(name.find("constitutional court") != std::string::npos);
    CHECK(name.find("конституционныи суд") != std::string::npos);
    CHECK(index.all[Id(data, "ombudsman")].find("human rights") != std::string::npos);  // theme name
}

TEST_CASE("search: Cyrillic in any case finds the folded text") {
    const Dataset data = MakeSmallDataset();
    CHECK(SearchIds(data, "ОМБУДСМЕН") == Names{"ombudsman"});
    CHECK(SearchIds(data, "омбудсмен") == Names{"ombudsman"});
}

TEST_CASE("search: Kazakh letters match their base letters") {
    const Dataset data = MakeSmallDataset();
    CHECK(SearchIds(data, "казакстан") == Names{"parliament"});
    CHECK(SearchIds(data, "ҚАЗАҚСТАН") == Names{"parliament"});
    CHECK(SearchIds(data, "Тоқаев") == Names{"tokayev"});
    CHECK(SearchIds(data, "токаев") == Names{"tokayev"});
    CHECK(SearchIds(data, "уәкіл") == Names{"ombudsman"});
}

TEST_CASE("search: diacritics do not matter") {
    const Dataset data = MakeSmallDataset();
    CHECK(SearchIds(data, "tokaiev") == Names{"tokayev"});
    CHECK(SearchIds(data, "TOKAÏEV") == Names{"tokayev"});
}

TEST_CASE("search: each word matches the start of a word, never its middle") {
    const Dataset data = MakeSmallDataset();
    CHECK(SearchIds(data, "конст") == Names{"constitutional-court", "reform-2022"});
    CHECK(SearchIds(data, "ституц").empty());
    CHECK(SearchIds(data, "urt").empty());
}

TEST_CASE("search: every word must match") {
    const Dataset data = MakeSmallDataset();
    CHECK(SearchIds(data, "constitutional court") ==
          Names{"constitutional-court", "court-opens", "reform-2022"});
    CHECK(SearchIds(data, "supreme senate").empty());
}

TEST_CASE("search: name matches first, then shorter names, then file order") {
    const Dataset data = MakeSmallDataset();
    // Names holding "court": "Supreme Court" and "Appeals Court" (13 letters, file order),
    // "Constitutional Court" (20), "Constitutional Court opens" (26). reform-2022 only
    // mentions a court in its description.
    CHECK(SearchIds(data, "court") ==
          Names{"supreme-court", "appeals-court", "constitutional-court", "court-opens", "reform-2022"});
    // Names first (the short name "Ombudsman" counts as a name), then text-only matches
    // by their shortest name: "Artur Lastayev" before "Constitutional reform of 2022".
    CHECK(SearchIds(data, "ombudsman") ==
          Names{"ombudsman", "ombudsman-appeals", "quote-lastayev", "lastayev", "reform-2022"});
}

TEST_CASE("search: an empty or punctuation-only query matches nothing") {
    const Dataset data = MakeSmallDataset();
    CHECK(SearchIds(data, "").empty());
    CHECK(SearchIds(data, " ,.; ").empty());
}

TEST_CASE("search: a stale index shorter than the dataset is not read past its end") {
    const Dataset data = MakeSmallDataset();
    SearchIndex index = BuildSearchIndex(data);
    index.name.resize(2);
    index.all.resize(2);
    CHECK(Ids(data, Search(data, index, "court")) == Names{"constitutional-court"});
}

// [SECTION] Filters

TEST_CASE("filter: kinds and themes") {
    const Dataset data = MakeSmallDataset();
    Filter events;
    events.kinds = KindBit(Kind::Event);
    CHECK(Ids(data, ApplyFilter(data, events)) == Names{"referendum-2022", "year-2022", "june-2022", "court-opens"});
    Filter courts;
    courts.themes = {1};
    CHECK(Ids(data, ApplyFilter(data, courts)) == Names{"constitutional-court", "supreme-court", "court-opens"});
    courts.kinds = KindBit(Kind::Institution) | KindBit(Kind::Person);
    CHECK(Ids(data, ApplyFilter(data, courts)) == Names{"constitutional-court", "supreme-court"});
    CHECK(Filter{}.IsEmpty());
    CHECK(ApplyFilter(data, Filter{}).size() == data.entities.size());
}

TEST_CASE("filter: a partial-date bound covers its whole span") {
    const Dataset data = MakeSmallDataset();
    Filter year;
    year.from = year.to = testing::D(2022);    // "2022" overlaps 2022-06-05, "2022-06", ...
    CHECK(Ids(data, ApplyFilter(data, year)) ==
          Names{"reform-2022", "referendum-2022", "year-2022", "june-2022", "quote-lastayev", "src-law"});
}

TEST_CASE("filter: a partial-date entity overlaps a day inside it") {
    const Dataset data = MakeSmallDataset();
    Filter day;
    day.from = day.to = testing::D(2022, 6, 5);
    CHECK(Ids(data, ApplyFilter(data, day)) == Names{"reform-2022", "referendum-2022", "year-2022", "june-2022"});
    Filter after;
    after.from = testing::D(2022, 6, 7);       // open end
    CHECK(Sorted(Ids(data, ApplyFilter(data, after))) ==
          Sorted({"constitutional-court", "year-2022", "june-2022", "court-opens", "quote-lastayev", "src-law", "src-news"}));
    Filter before;
    before.to = testing::D(2001);
    CHECK(Ids(data, ApplyFilter(data, before)) == Names{"parliament", "reform-1995"});
}

TEST_CASE("filter: a span overlaps a bound inside it; undated entities fail any date bound") {
    Dataset data = MakeSmallDataset();
    data.entities[Id(data, "court-opens")].end = testing::D(2023, 12);
    Filter mid;
    mid.from = mid.to = testing::D(2023, 7);
    CHECK(Ids(data, ApplyFilter(data, mid)) == Names{"court-opens"});
    Filter kinds_only;
    kinds_only.kinds = KindBit(Kind::Institution);
    CHECK(Matches(data, Id(data, "senate"), kinds_only));
    kinds_only.to = testing::D(9999);
    CHECK_FALSE(Matches(data, Id(data, "senate"), kinds_only));
    CHECK_FALSE(Matches(data, kNone, Filter{}));
}

TEST_CASE("filter: applied to a subset keeps the subset's order") {
    const Dataset data = MakeSmallDataset();
    const std::vector<Index> input = {Id(data, "src-news"), Id(data, "senate"), Id(data, "ombudsman")};
    Filter institutions;
    institutions.kinds = KindBit(Kind::Institution);
    CHECK(Ids(data, ApplyFilter(data, institutions, &input)) == Names{"senate", "ombudsman"});
}

// [SECTION] Timeline, neighbourhood, relations

TEST_CASE("timeline: by date, partial dates before the days inside them, then kind, then file order") {
    const Dataset data = MakeSmallDataset();
    CHECK(Ids(data, TimelineOrder(data)) ==
          Names{"parliament", "reform-1995", "ombudsman", "reform-2017", "year-2022", "june-2022",
                "reform-2022", "referendum-2022", "quote-lastayev", "src-law", "constitutional-court",
                "court-opens", "src-news"});
}

TEST_CASE("timeline: on the same date, kind decides before file order") {
    testing::DatasetBuilder b;   // a source listed before an institution of the same day
    b.Add(Kind::Source, "gazette", testing::En("Gazette"), testing::D(2022, 6, 5));
    b.Add(Kind::Event, "vote", testing::En("Vote"), testing::D(2022, 6, 5));
    b.Add(Kind::Institution, "court", testing::En("Court"), testing::D(2022, 6, 5));
    CHECK(Ids(b.data, TimelineOrder(b.data)) == Names{"court", "vote", "gazette"});
}

TEST_CASE("neighbourhood: nearest first, either direction, n hops") {
    const Dataset data = MakeSmallDataset();
    const Index ombudsman = Id(data, "ombudsman");
    CHECK(Ids(data, Neighbourhood(data, ombudsman, 0)) == Names{"ombudsman"});
    const Names one{"ombudsman", "reform-2022", "lastayev", "ombudsman-appeals", "reform-2017"};
    CHECK(Ids(data, Neighbourhood(data, ombudsman, 1)) == one);
    const Names two = Ids(data, Neighbourhood(data, ombudsman, 2));
    REQUIRE(two.size() == 9);
    CHECK(Names(two.begin(), two.begin() + 5) == one);
    CHECK(Sorted(Names(two.begin() + 5, two.end())) ==
          Sorted({"constitutional-court", "referendum-2022", "quote-lastayev", "tokayev"}));
    const Names three = Ids(data, Neighbourhood(data, ombudsman, 3));
    CHECK(three.size() == 10);
    CHECK(three.back() == "court-opens");
}

TEST_CASE("neighbourhood: sources are not traversed") {
    const Dataset data = MakeSmallDataset();
    const Names all = Ids(data, Neighbourhood(data, Id(data, "ombudsman"), 50));
    CHECK(std::find(all.begin(), all.end(), "src-law") == all.end());
    CHECK(std::find(all.begin(), all.end(), "parliament") == all.end());   // only reachable via src-law
    CHECK(Ids(data, Neighbourhood(data, Id(data, "senate"), 5)) == Names{"senate", "parliament", "reform-1995"});
    CHECK(Neighbourhood(data, kNone, 2).empty());
}

TEST_CASE("relations of an entity, in relation order") {
    const Dataset data = MakeSmallDataset();
    CHECK(RelationsOf(data, Id(data, "ombudsman")) == std::vector<std::size_t>{1, 3, 5, 9, 10});
    CHECK(RelationsOf(data, Id(data, "supreme-court")).empty());
}

// [SECTION] What changed, citations

TEST_CASE("what changed: every change of a reform, in order; nothing for other kinds") {
    const Dataset data = MakeSmallDataset();
    const Index reform = Id(data, "reform-2022");
    const std::vector<ChangeRef> changes = WhatChanged(data, reform);
    REQUIRE(changes.size() == 3);
    for (std::size_t c = 0; c < 3; ++c) {
        CHECK(changes[c].reform == reform);
        CHECK(changes[c].change == c);
    }
    CHECK(WhatChanged(data, Id(data, "ombudsman")).empty());
    CHECK(WhatChanged(data, kNone).empty());
}

TEST_CASE("changes to an institution: oldest reform first, not file order") {
    const Dataset data = MakeSmallDataset();
    const std::vector<ChangeRef> changes = ChangesTo(data, Id(data, "ombudsman"));
    REQUIRE(changes.size() == 3);
    CHECK(data.entities[changes[0].reform].id == "reform-2017");  // listed after reform-2022
    CHECK(changes[0].change == 0);
    CHECK(data.entities[changes[1].reform].id == "reform-2022");
    CHECK(changes[1].change == 0);
    CHECK(data.entities[changes[2].reform].id == "reform-2022");
    CHECK(changes[2].change == 2);
    CHECK(ChangesTo(data, Id(data, "senate")).empty());
    CHECK(ChangesTo(data, kNone).empty());
}

TEST_CASE("changes to an institution: undated reforms come last") {
    Dataset data = MakeSmallDataset();
    data.entities[Id(data, "reform-2017")].date = Date{};
    const std::vector<ChangeRef> changes = ChangesTo(data, Id(data, "ombudsman"));
    REQUIRE(changes.size() == 3);
    CHECK(data.entities[changes.back().reform].id == "reform-2017");
}

TEST_CASE("cited by: directly, through a reform's change, through a metric's observation") {
    const Dataset data = MakeSmallDataset();
    CHECK(Ids(data, CitedBy(data, Id(data, "src-news"))) == Names{"reform-2022", "quote-lastayev", "ombudsman-appeals"});
    const std::vector<Index> law = CitedBy(data, Id(data, "src-law"));
    CHECK(law.size() == data.entities.size() - 3);   // all but the quote and the two sources
    CHECK(CitedBy(data, kNone).empty());
}

// [SECTION] What the timeline plots, what an item is connected to

TEST_CASE("story timeline: what happened, not sources or quotes; a reform and its same-day event are one mark") {
    const Dataset data = MakeSmallDataset();
    const std::vector<TimelineEntry> entries = StoryTimeline(data);
    std::vector<std::string> ids;
    for (const TimelineEntry& e : entries) ids.push_back(data.At(e.item).id);
    CHECK(std::find(ids.begin(), ids.end(), "src-law") == ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "quote-lastayev") == ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "referendum-2022") == ids.end());   // part of the reform's mark
    const auto reform = std::find_if(entries.begin(), entries.end(),
                                     [&](const TimelineEntry& e) { return e.item == Id(data, "reform-2022"); });
    REQUIRE(reform != entries.end());
    CHECK(reform->also == Id(data, "referendum-2022"));
    CHECK(EnactingEvent(data, Id(data, "reform-2022")) == Id(data, "referendum-2022"));
    CHECK(EnactingEvent(data, Id(data, "reform-1995")) == kNone);
    CHECK(EnactingEvent(data, Id(data, "ombudsman")) == kNone);
    const auto figure = std::find_if(entries.begin(), entries.end(),
                                     [&](const TimelineEntry& e) { return e.item == Id(data, "ombudsman-appeals"); });
    REQUIRE(figure != entries.end());
    CHECK(figure->row == TimelineRow::Figures);
    CHECK(figure->Years() == doctest::Approx(2023.5));                         // its latest dated figure
    CHECK(std::find(ids.begin(), ids.end(), "ombudsman") != ids.end());        // founded 2002
    for (std::size_t k = 1; k < entries.size(); ++k) CHECK(entries[k - 1].Years() <= entries[k].Years());
}

TEST_CASE("story timeline: a figure over a period sits at its end; an event on another day stays its own mark") {
    using polity::testing::D;
    polity::testing::DatasetBuilder b;
    b.Add(Kind::Reform, "r", polity::testing::En("Reform"), D(2022, 6, 5));
    b.Add(Kind::Event, "vote", polity::testing::En("Vote"), D(2022, 6, 4));
    b.data.events[b.At("vote").detail].reform = b.Id("r");
    b.Add(Kind::Metric, "m", polity::testing::En("Growth"));
    Observation o;
    o.date = D(2021);
    o.end = D(2024);
    b.data.metrics[b.At("m").detail].observations = {o};
    const std::vector<TimelineEntry> entries = StoryTimeline(b.data);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].item == b.Id("vote"));
    CHECK(entries[1].also == kNone);
    CHECK(entries[2].item == b.Id("m"));
    CHECK(entries[2].Years() == doctest::Approx(2024.5));
    CHECK(entries[2].date == D(2021));
}

TEST_CASE("connected to: every neighbour once, grouped by relation and direction, no sources") {
    const Dataset data = MakeSmallDataset();
    const std::vector<ConnectionGroup> groups = ConnectedTo(data, Id(data, "ombudsman"));
    std::vector<std::string> seen;
    for (const ConnectionGroup& g : groups)
        for (Index i : g.others) {
            CHECK(data.At(i).kind != Kind::Source);
            seen.push_back(data.At(i).id);
        }
    std::vector<std::string> unique = seen;
    std::sort(unique.begin(), unique.end());
    CHECK(std::unique(unique.begin(), unique.end()) == unique.end());
    const auto leads = std::find_if(groups.begin(), groups.end(),
                                    [](const ConnectionGroup& g) { return g.type == RelationType::Leads; });
    REQUIRE(leads != groups.end());
    CHECK_FALSE(leads->outgoing);   // the ombudsman is led by Lastayev
    CHECK(leads->others == std::vector<Index>{Id(data, "lastayev")});
    CHECK(groups.front().type == RelationType::Changed);   // in order of the first relation
    CHECK(ConnectedTo(data, Id(data, "src-news")).empty());
}

TEST_CASE("short names: an institution's where it has one, else the name") {
    const Dataset data = MakeSmallDataset();
    CHECK(*ShortNameOf(data, Id(data, "ombudsman")).Find("en") == "Ombudsman");
    CHECK(*ShortNameOf(data, Id(data, "senate")).Find("en") == "Senate");
    CHECK(*ShortNameOf(data, Id(data, "tokayev")).Find("en") == "Kassym-Jomart Tokayev");
}
