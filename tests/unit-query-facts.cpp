// What is known about one entity (what the detail panel shows and the twin writes) and the
// institutions' categories, on the article's dataset and on hand-built edge cases.
#include "polity/load.hpp"
#include "polity/query.hpp"
#include "test_dataset.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace polity;
using polity::testing::Id;
using polity::testing::MakeSmallDataset;

namespace {

using Names = std::vector<std::string>;

Names Ids(const Dataset& data, const std::vector<Index>& entities) {
    Names out;
    for (Index i : entities) out.push_back(i < data.entities.size() ? data.entities[i].id : "(out of range)");
    return out;
}

const Dataset& Article() {
    static const LoadResult r = LoadDatasetFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json");
    REQUIRE(r.ok());
    return *r.dataset;
}

EntityFacts FactsOf(const Dataset& data, const char* id) {
    return GatherFacts(data, IndexRelations(data), Id(data, id));
}

// "reform-2022: Status of the Human Rights Commissioner": each change by its reform and topic.
Names Changes(const Dataset& data, const std::vector<ChangeRef>& changes) {
    Names out;
    for (const ChangeRef& c : changes)
        out.push_back(data.At(c.reform).id + ": " + *data.ReformOf(c.reform).changes[c.change].topic.Find("en"));
    return out;
}

} // namespace

// [SECTION] Relations by entity

TEST_CASE("facts: the relation index holds each entity's relations, as RelationsOf finds them") {
    const Dataset data = MakeSmallDataset();
    const RelationIndex index = IndexRelations(data);
    REQUIRE(index.start.size() == data.entities.size() + 1);
    for (Index i = 0; i < data.entities.size(); ++i) {
        CAPTURE(data.entities[i].id);
        const std::vector<std::size_t> own(index.list.begin() + static_cast<std::ptrdiff_t>(index.start[i]),
                                           index.list.begin() + static_cast<std::ptrdiff_t>(index.start[i + 1]));
        CHECK(own == RelationsOf(data, i));
    }
}

TEST_CASE("facts: Linked gives each neighbour of the asked kinds once, in relation order, never the item") {
    testing::DatasetBuilder b;
    b.Add(Kind::Institution, "court", testing::En("Court"));
    b.Add(Kind::Person, "judge", testing::En("Judge"));
    b.Add(Kind::Event, "vote", testing::En("Vote"));
    b.Add(Kind::Institution, "senate", testing::En("Senate"));
    b.Relate("judge", RelationType::Leads, "court");
    b.Relate("court", RelationType::Related, "court");                  // to itself
    b.Relate("vote", RelationType::About, "court");
    b.Relate("judge", RelationType::MemberOf, "court", true);           // the judge again
    b.Relate("senate", RelationType::Related, "court");
    Relation dangling;                                                  // an end that is no entity
    dangling.from = Id(b.data, "court");
    dangling.to = 99;
    b.data.relations.push_back(dangling);
    const RelationIndex index = IndexRelations(b.data);
    const Index court = Id(b.data, "court");
    const std::uint32_t all = ~0u;
    CHECK(Ids(b.data, Linked(b.data, index, court, all)) == Names{"judge", "vote", "senate"});
    CHECK(Ids(b.data, Linked(b.data, index, court, KindBit(Kind::Institution) | KindBit(Kind::Event))) ==
          Names{"vote", "senate"});
    CHECK(Linked(b.data, index, kNone, all).empty());
    CHECK(GatherFacts(b.data, index, kNone).institutions.empty());
}

// [SECTION] The article's entities

TEST_CASE("facts: the ombudsman's panel has its spokesman's quote, the change to it and its reform") {
    const Dataset& data = Article();
    const EntityFacts facts = FactsOf(data, "ombudsman");
    CHECK(Ids(data, facts.people) == Names{"artur-lastayev"});
    // No quote is about the office itself; what its head said is what was said for it.
    CHECK(Ids(data, facts.quotes) == Names{"quote-lastayev-democratic-maturity"});
    CHECK(Changes(data, facts.changes) == Names{"reform-2022: Status of the Human Rights Commissioner"});
    CHECK(Ids(data, facts.reforms) == Names{"reform-2022"});
    CHECK(Ids(data, facts.institutions) == Names{"ombudsman-regional-representatives"});
    CHECK(Ids(data, facts.events) == Names{"detention-visits-2024"});
    CHECK(facts.enacted_by == kNone);
}

TEST_CASE("facts: an institution's own quotes come first, then its people's in file order") {
    const Dataset& data = Article();
    // The council's member said three things; one of them is about the presidency.
    CHECK(Ids(data, FactsOf(data, "scientific-expert-council").quotes) ==
          Names{"quote-shaukenova-engaged-citizens", "quote-shaukenova-trust", "quote-shaukenova-single-term"});
    // The presidency: a quote about it; its head is quoted nowhere.
    CHECK(Ids(data, FactsOf(data, "presidency").quotes) == Names{"quote-shaukenova-single-term"});
    // A quote about the council by its own head is listed once.
    CHECK(Ids(data, FactsOf(data, "supreme-judicial-council").quotes) == Names{"quote-malakhov-selection"});
    CHECK(Ids(data, InstitutionQuotes(data, IndexRelations(data), Id(data, "scientific-expert-council"))) ==
          Ids(data, FactsOf(data, "scientific-expert-council").quotes));
}

TEST_CASE("facts: a person's quotes are those linked to them, not their institution's") {
    const Dataset& data = Article();
    CHECK(Ids(data, FactsOf(data, "zarema-shaukenova").quotes) ==
          Names{"quote-shaukenova-engaged-citizens", "quote-shaukenova-trust", "quote-shaukenova-single-term"});
    CHECK(FactsOf(data, "kassym-jomart-tokayev").quotes.empty());
}

TEST_CASE("facts: the 2022 reform has its six changes in order, the referendum that enacted it, what it touched") {
    const Dataset& data = Article();
    const EntityFacts facts = FactsOf(data, "reform-2022");
    CHECK(Changes(data, facts.changes) == Names{"reform-2022: Status of the Human Rights Commissioner",
                                                "reform-2022: Access to the Constitutional Court",
                                                "reform-2022: Ownership of land and natural resources",
                                                "reform-2022: System of government",
                                                "reform-2022: Management of judicial careers",
                                                "reform-2022: Training of judges"});
    CHECK(facts.enacted_by == Id(data, "referendum-2022"));
    CHECK(Ids(data, facts.institutions) ==
          Names{"ombudsman", "constitutional-court", "supreme-judicial-council", "academy-of-justice"});
    CHECK(Ids(data, facts.reforms) == Names{"constitution-1995"});
    CHECK(Ids(data, facts.quotes) == Names{"quote-lastayev-democratic-maturity"});
    CHECK(Ids(data, facts.events) == Names{"referendum-2022"});
}

TEST_CASE("facts: a source lists what cites it; no kind's list holds a source") {
    const Dataset& data = Article();
    const EntityFacts facts = FactsOf(data, "article-2025-08-25");
    CHECK(facts.cited_by.size() > 40);
    CHECK(facts.cited_by == CitedBy(data, Id(data, "article-2025-08-25")));
    CHECK(facts.connected.empty());
}

// [SECTION] Institution categories

TEST_CASE("categories: the article's institutions' categories, sorted, each once") {
    const Dataset& data = Article();
    CHECK(InstitutionCategories(data) ==
          Names{"academy", "agency", "assembly", "council", "court", "head-of-state", "human-rights-institution",
                "judicial-council", "legislature", "ministry", "ombudsman", "parliamentary-group", "research-institute"});
}

TEST_CASE("categories: a category narrows the institutions, in file order; \"\" is all of them") {
    const Dataset& data = Article();
    CHECK(Ids(data, InstitutionsIn(data, "legislature")) == Names{"parliament", "senate"});
    CHECK(Ids(data, InstitutionsIn(data, "ombudsman")) == Names{"ombudsman", "ombudsman-regional-representatives"});
    CHECK(InstitutionsIn(data, "").size() == data.Count(Kind::Institution));
    CHECK(Ids(data, InstitutionsIn(data, "")).front() == "presidency");
    CHECK(InstitutionsIn(data, "no-such-category").empty());
    CHECK(IsInstitutionCategory(data, "court"));
    CHECK(IsInstitutionCategory(data, ""));
    CHECK_FALSE(IsInstitutionCategory(data, "no-such-category"));
    CHECK_FALSE(IsInstitutionCategory(data, "Court"));              // categories are ids: exact
}

TEST_CASE("categories: an institution without one is listed under all, and is no category") {
    testing::DatasetBuilder b;
    b.Add(Kind::Institution, "court", testing::En("Court"));
    b.Add(Kind::Person, "judge", testing::En("Judge"));
    b.Add(Kind::Institution, "senate", testing::En("Senate"));
    b.data.institutions[b.At("senate").detail].category = "legislature";
    CHECK(InstitutionCategories(b.data) == Names{"legislature"});
    CHECK(Ids(b.data, InstitutionsIn(b.data, "")) == Names{"court", "senate"});
    CHECK(InstitutionCategories(Dataset{}).empty());
}
