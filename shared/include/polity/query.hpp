// Polity Explorer — queries over a Dataset. Pure functions: they return entity indices
// (or small structs of them) for the UI to draw, and never copy the model.
//
// Index of this file
// [SECTION] Text folding and search
// [SECTION] Filters
// [SECTION] Timeline, neighbourhood, what changed
// [SECTION] What the timeline plots
// [SECTION] What an item is connected to
// [SECTION] What is known about one entity (query_facts.cpp)
// [SECTION] Institution categories (query_facts.cpp)
#pragma once

#include "polity/model.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Text folding and search
//-----------------------------------------------------------------------------

// Lower-cases Latin and Cyrillic (Kazakh letters included), strips diacritics
// (é->e, ё->е, й->и, ә->а, қ->к, ...), maps punctuation to spaces and squeezes spaces.
// Invalid UTF-8 bytes are dropped. The same folding is applied to text and query.
std::string FoldForSearch(std::string_view utf8);

// Folded text of every entity (all languages, name + description + extra fields), built once.
struct SearchIndex {
    std::vector<std::string> name;     // folded names, one per entity
    std::vector<std::string> all;      // folded everything, one per entity
};
SearchIndex BuildSearchIndex(const Dataset& data);

// Entities whose text holds every word of `query` (as a prefix of a word), best first:
// name matches before body matches, then shorter names, then file order. "" matches nothing.
std::vector<Index> Search(const Dataset& data, const SearchIndex& index, std::string_view query);

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------

struct Filter {
    std::uint32_t kinds = 0;              // KindBit() mask; 0 = every kind
    std::vector<std::uint16_t> themes;    // any of these; empty = every theme
    Date from;                            // unset = open; a partial date covers its whole span
    Date to;                              // unset = open
    bool IsEmpty() const { return kinds == 0 && themes.empty() && !from.IsSet() && !to.IsSet(); }
};

// Does one entity pass? Undated entities fail any date bound.
bool Matches(const Dataset& data, Index i, const Filter& filter);
// The entities of `input` (or of the whole dataset, when input is null) that pass, in order.
std::vector<Index> ApplyFilter(const Dataset& data, const Filter& filter, const std::vector<Index>* input = nullptr);

//-----------------------------------------------------------------------------
// [SECTION] Timeline, neighbourhood, what changed
//-----------------------------------------------------------------------------

// Every dated entity (events, reforms, institutions founded, quotes, ...) sorted by date,
// then by kind, then by file order. Partial dates sort before the full dates inside them.
std::vector<Index> TimelineOrder(const Dataset& data);
// That order's rule: true when dated entity `a` comes before dated entity `b`.
bool TimelineBefore(const Dataset& data, Index a, Index b);

// Entities within `hops` relation steps of `start` (either direction), nearest first;
// `start` itself comes first. Sources are not traversed.
std::vector<Index> Neighbourhood(const Dataset& data, Index start, int hops);

// Indices into data.relations that touch `i`, in relation order.
std::vector<std::size_t> RelationsOf(const Dataset& data, Index i);

// One change of one reform.
struct ChangeRef {
    Index reform = kNone;
    std::size_t change = 0;       // index into Reform::changes
};
// What a reform changed (every change, in order).
std::vector<ChangeRef> WhatChanged(const Dataset& data, Index reform);
// What changed for an institution, across all reforms, oldest reform first.
std::vector<ChangeRef> ChangesTo(const Dataset& data, Index institution);
// The same for every entity at once (by entity index; empty for all but institutions changed),
// in one pass over the reforms: for writing every institution's changes.
std::vector<std::vector<ChangeRef>> ChangesToEach(const Dataset& data);

// Entities citing `source` (directly or through a change or observation).
std::vector<Index> CitedBy(const Dataset& data, Index source);

//-----------------------------------------------------------------------------
// [SECTION] What the timeline plots
// What happened, not what was written about it: events, reforms and institutions' founding
// dates on the story row; figures with a dated observation on a row of their own; no sources and
// no quotes. An event that enacted a reform on the reform's own date is one mark with it.
//-----------------------------------------------------------------------------

enum class TimelineRow : std::uint8_t { Story, Figures };

struct TimelineEntry {           // one mark of the timeline
    Index item = kNone;          // what the mark opens (the reform, for a merged mark)
    Index also = kNone;          // the event that enacted `item` on its date, or kNone
    TimelineRow row = TimelineRow::Story;
    Date date;                   // the start of its span (a figure: of its latest observation)
    Date end;                    // the end, if a span
    bool at_end = false;         // the mark sits at `end` (a figure describes the end of its period)
    double Years() const { return (at_end && end.IsSet() ? end : date).YearFraction(); } // where the mark sits
};

// Every mark, by where it sits, then row, kind and file order (partial dates at their middle).
std::vector<TimelineEntry> StoryTimeline(const Dataset& data);
// The same marks in file order, for a reader that sorts only the few it shows.
std::vector<TimelineEntry> StoryTimelineUnordered(const Dataset& data);
// The event that enacted `reform` on the reform's own date (the first in file order), or kNone.
Index EnactingEvent(const Dataset& data, Index reform);

//-----------------------------------------------------------------------------
// [SECTION] What an item is connected to
//-----------------------------------------------------------------------------

struct ConnectionGroup {         // the neighbours reached through one relation, read from the item
    RelationType type = RelationType::Related;
    bool outgoing = true;        // the item is the relations' `from`
    std::vector<Index> others;   // in relation order, each once
};
// The item's neighbourhood grouped by relation and direction, groups in the order of their first
// relation. Sources are left out (an item's citations show them); so is the item itself.
std::vector<ConnectionGroup> ConnectedTo(const Dataset& data, Index item);
// What a node of the network is labelled with: an institution's short name where it has one
// ("Ombudsman"), else the entity's name.
const Text& ShortNameOf(const Dataset& data, Index item);

//-----------------------------------------------------------------------------
// [SECTION] What is known about one entity (query_facts.cpp)
// One rule for what the detail panel shows and the HTML twin writes about an entity. Asked
// entity by entity, RelationsOf scans every relation each time; a RelationIndex finds each
// entity's relations once, so asking about many entities stays linear.
//-----------------------------------------------------------------------------

struct RelationIndex {           // each entity's relations, found in one pass
    std::vector<std::size_t> start;   // entity i's are list[start[i]] up to list[start[i + 1]]
    std::vector<std::size_t> list;    // indices into data.relations, in relation order for each
};
// Made from `data`; the functions below must be given the index of the dataset they read.
RelationIndex IndexRelations(const Dataset& data);

// Entities linked to `item` by a relation (either direction) whose kind is in `kinds` (a KindBit
// mask), each once, in relation order; never the item itself, never an index out of range.
std::vector<Index> Linked(const Dataset& data, const RelationIndex& relations, Index item, std::uint32_t kinds);
// What was said about an institution and by those who speak for it: the quotes linked to it, in
// relation order, then the quotes the people linked to it said, in file order; each once.
std::vector<Index> InstitutionQuotes(const Dataset& data, const RelationIndex& relations, Index institution);

// What the detail panel shows about one entity: gathered once when the selection changes, as the
// queries walk relations, changes and reforms, too much to repeat each frame on a large dataset.
// Lists are Linked's (relation order, each once) unless said otherwise.
struct EntityFacts {
    Index item = kNone;                 // the entity these facts are about
    std::vector<ChangeRef> changes;     // ChangesTo (institution) or WhatChanged (reform)
    std::vector<Index> reforms;         // linked reforms; for an institution, then those that changed it
    std::vector<Index> institutions;    // linked institutions
    std::vector<Index> people;          // linked people (for an institution: who speak for it)
    std::vector<Index> quotes;          // linked quotes; for an institution, InstitutionQuotes
    std::vector<Index> metrics;         // figures that measure it
    std::vector<Index> events;          // linked events
    std::vector<Index> cited_by;        // for a source: CitedBy
    std::vector<ConnectionGroup> connected; // ConnectedTo: its neighbourhood, grouped by relation
    Index enacted_by = kNone;           // for a reform: EnactingEvent
};
// The facts about `item`; only `item` is set when it is out of range.
EntityFacts GatherFacts(const Dataset& data, const RelationIndex& relations, Index item);

//-----------------------------------------------------------------------------
// [SECTION] Institution categories (query_facts.cpp)
// What the institutions list narrows by, and what a link may ask it to show.
//-----------------------------------------------------------------------------

// The categories the institutions have, sorted, each once; "" (no category) is not one.
std::vector<std::string> InstitutionCategories(const Dataset& data);
// The institutions of `category` ("" = all), in file order.
std::vector<Index> InstitutionsIn(const Dataset& data, std::string_view category);
// Does any institution have `category`? "" (all of them) always does.
bool IsInstitutionCategory(const Dataset& data, std::string_view category);

} // namespace polity
