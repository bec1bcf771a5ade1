// Polity Explorer — what is known about one entity, and the institutions' categories (see
// polity/query.hpp). The detail panel, the views' data tables, the links and the HTML twin all
// read these, so each rule is written once.
//
// Index of this file
// [SECTION] Relations by entity
// [SECTION] What is known about one entity
// [SECTION] Institution categories

#include "polity/query.hpp"

#include <algorithm>
#include <unordered_set>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Relations by entity
//-----------------------------------------------------------------------------

RelationIndex IndexRelations(const Dataset& data) {
    const std::size_t n = data.entities.size();
    // A relation belongs to each of its ends that is an entity, once (a relation to itself too).
    const auto ends = [&](const Relation& rel, auto&& visit) {
        if (rel.from < n) visit(rel.from);
        if (rel.to < n && rel.to != rel.from) visit(rel.to);
    };
    RelationIndex index;
    index.start.assign(n + 1, 0);
    for (const Relation& rel : data.relations) ends(rel, [&](Index e) { ++index.start[e + 1]; });
    for (std::size_t e = 0; e < n; ++e) index.start[e + 1] += index.start[e];
    index.list.resize(index.start[n]);
    std::vector<std::size_t> next(index.start.begin(), index.start.end() - 1);
    for (std::size_t r = 0; r < data.relations.size(); ++r)
        ends(data.relations[r], [&](Index e) { index.list[next[e]++] = r; });
    return index;
}

std::vector<Index> Linked(const Dataset& data, const RelationIndex& relations, Index item, std::uint32_t kinds) {
    std::vector<Index> out;
    if (item >= data.entities.size() || item + 1 >= relations.start.size()) return out;
    for (std::size_t k = relations.start[item]; k < relations.start[item + 1]; ++k) {
        const Relation& rel = data.relations[relations.list[k]];
        const Index other = rel.from == item ? rel.to : rel.from;
        if (other >= data.entities.size() || other == item) continue;
        if (!(KindBit(data.entities[other].kind) & kinds)) continue;
        if (std::find(out.begin(), out.end(), other) == out.end()) out.push_back(other);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] What is known about one entity
//-----------------------------------------------------------------------------

namespace {

// Appends to `list` the entries of `more` it lacks, in their order.
template <typename T>
void AppendMissing(std::vector<T>& list, const std::vector<T>& more) {
    std::unordered_set<T> have(list.begin(), list.end());
    for (const T& x : more)
        if (have.insert(x).second) list.push_back(x);
}

// The quotes those people said, in file order. A quote is linked to whoever said it (the loader
// derives a "said" relation from its person), so their own relations find them.
std::vector<Index> QuotesSaidBy(const Dataset& data, const RelationIndex& relations, const std::vector<Index>& people) {
    std::vector<Index> out;
    for (Index p : people)
        for (Index q : Linked(data, relations, p, KindBit(Kind::Quote)))
            if (data.QuoteOf(q).person == p) out.push_back(q);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<Index> ReformsOf(const std::vector<ChangeRef>& changes) {
    std::vector<Index> out;
    for (const ChangeRef& c : changes) out.push_back(c.reform);
    return out;
}

} // namespace

std::vector<Index> InstitutionQuotes(const Dataset& data, const RelationIndex& relations, Index institution) {
    std::vector<Index> quotes = Linked(data, relations, institution, KindBit(Kind::Quote));
    AppendMissing(quotes, QuotesSaidBy(data, relations, Linked(data, relations, institution, KindBit(Kind::Person))));
    return quotes;
}

EntityFacts GatherFacts(const Dataset& data, const RelationIndex& relations, Index item) {
    EntityFacts facts;
    facts.item = item;
    if (item >= data.entities.size()) return facts;
    const auto linked = [&](Kind kind) { return Linked(data, relations, item, KindBit(kind)); };
    facts.reforms = linked(Kind::Reform);
    facts.institutions = linked(Kind::Institution);
    facts.people = linked(Kind::Person);
    facts.quotes = linked(Kind::Quote);
    facts.metrics = linked(Kind::Metric);
    facts.events = linked(Kind::Event);
    switch (data.At(item).kind) {
    case Kind::Institution:
        facts.changes = ChangesTo(data, item);
        AppendMissing(facts.reforms, ReformsOf(facts.changes));
        facts.quotes = InstitutionQuotes(data, relations, item);
        break;
    case Kind::Reform:
        facts.changes = WhatChanged(data, item);
        facts.enacted_by = EnactingEvent(data, item);
        break;
    case Kind::Source: facts.cited_by = CitedBy(data, item); break;
    default: break;
    }
    facts.connected = ConnectedTo(data, item);
    return facts;
}

//-----------------------------------------------------------------------------
// [SECTION] Institution categories
//-----------------------------------------------------------------------------

std::vector<std::string> InstitutionCategories(const Dataset& data) {
    std::vector<std::string> out;
    for (Index i : InstitutionsIn(data, {})) {
        const std::string& c = data.InstitutionOf(i).category;
        if (!c.empty()) out.push_back(c);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<Index> InstitutionsIn(const Dataset& data, std::string_view category) {
    std::vector<Index> out;
    for (Index i = 0; i < data.entities.size(); ++i)
        if (data.entities[i].kind == Kind::Institution && (category.empty() || data.InstitutionOf(i).category == category))
            out.push_back(i);
    return out;
}

bool IsInstitutionCategory(const Dataset& data, std::string_view category) {
    return !InstitutionsIn(data, category).empty();
}

} // namespace polity
