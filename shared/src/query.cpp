// Polity Explorer — queries over a Dataset: search, filters, timeline order, neighbourhoods,
// what changed. Each returns indices for the UI to draw; none copies the model.
//
// Index of this file
// [SECTION] Search index
// [SECTION] Search
// [SECTION] Filters
// [SECTION] Timeline and neighbourhood
// [SECTION] What changed, citations

#include "polity/query.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>

namespace polity {
namespace {

// Separates texts inside one folded field. Folding never produces it, so a search word
// cannot match across two texts.
constexpr char kFieldBreak = '\n';

bool Contains(const std::vector<Index>& list, Index i) {
    return std::find(list.begin(), list.end(), i) != list.end();
}

//-----------------------------------------------------------------------------
// [SECTION] Search index
//-----------------------------------------------------------------------------

void AppendFolded(std::string& out, std::string_view raw) {
    std::string folded = FoldForSearch(raw);
    if (folded.empty()) return;
    if (!out.empty()) out.push_back(kFieldBreak);
    out += folded;
}

void AppendText(std::string& out, const Text& text) {
    for (const auto& value : text.values) AppendFolded(out, value.second);
}

// Names: the entity's name in every language, and an institution's short name.
std::string FoldedNames(const Dataset& data, Index i) {
    const Entity& e = data.entities[i];
    std::string out;
    AppendText(out, e.name);
    if (e.kind == Kind::Institution) AppendText(out, data.InstitutionOf(i).short_name);
    return out;
}

// The fields only one kind has.
void AppendDetails(std::string& out, const Dataset& data, Index i) {
    switch (data.entities[i].kind) {
    case Kind::Institution:
        AppendText(out, data.InstitutionOf(i).role);
        AppendFolded(out, data.InstitutionOf(i).category);
        break;
    case Kind::Reform:
        AppendFolded(out, data.ReformOf(i).adopted_by);
        for (const Change& c : data.ReformOf(i).changes) {
            AppendText(out, c.topic); AppendText(out, c.before); AppendText(out, c.after);
        }
        break;
    case Kind::Person:
        for (const Role& r : data.PersonOf(i).roles) AppendText(out, r.title);
        break;
    case Kind::Metric:
        AppendText(out, data.MetricOf(i).unit);
        for (const Observation& o : data.MetricOf(i).observations) {
            AppendText(out, o.label); AppendText(out, o.note);
        }
        break;
    case Kind::Source:
        AppendText(out, data.SourceOf(i).publisher);
        AppendText(out, data.SourceOf(i).place);
        AppendText(out, data.SourceOf(i).excerpt);
        break;
    case Kind::Event:
    case Kind::Quote:
        break;
    }
}

// Everything: names, id, description, theme names and the kind's own fields.
std::string FoldedAll(const Dataset& data, Index i, const std::string& names) {
    const Entity& e = data.entities[i];
    std::string out = names;
    AppendFolded(out, e.id);
    AppendText(out, e.description);
    for (std::uint16_t t : e.themes) {
        if (t < data.themes.size()) AppendText(out, data.themes[t].name);
    }
    AppendDetails(out, data, i);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Search
//-----------------------------------------------------------------------------

std::vector<std::string_view> SplitWords(std::string_view folded) {
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (pos < folded.size()) {
        std::size_t end = folded.find(' ', pos);
        if (end == std::string_view::npos) end = folded.size();
        if (end > pos) words.push_back(folded.substr(pos, end - pos));
        pos = end + 1;
    }
    return words;
}

// Does some word of `text` start with `word`?
bool HasWordPrefix(std::string_view text, std::string_view word) {
    for (std::size_t pos = text.find(word); pos != std::string_view::npos; pos = text.find(word, pos + 1)) {
        if (pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == kFieldBreak) return true;
    }
    return false;
}

bool HasAllWords(std::string_view text, const std::vector<std::string_view>& words) {
    return std::all_of(words.begin(), words.end(), [&](std::string_view w) { return HasWordPrefix(text, w); });
}

std::size_t CodePointCount(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

struct NameLengths {
    std::size_t shortest = SIZE_MAX;          // of all name variants
    std::size_t shortest_matching = SIZE_MAX; // of the variants holding every word
};

// Looks at each name variant (one per language) on its own.
NameLengths MeasureNames(std::string_view names, const std::vector<std::string_view>& words) {
    NameLengths out;
    std::size_t pos = 0;
    while (pos <= names.size()) {
        std::size_t end = names.find(kFieldBreak, pos);
        if (end == std::string_view::npos) end = names.size();
        const std::string_view variant = names.substr(pos, end - pos);
        const std::size_t length = CodePointCount(variant);
        out.shortest = std::min(out.shortest, length);
        if (HasAllWords(variant, words)) out.shortest_matching = std::min(out.shortest_matching, length);
        pos = end + 1;
    }
    return out;
}

struct Hit {
    int tier = 0;              // 0 = the name holds every word, 1 = only the whole text does
    std::size_t name_length = 0;
    Index entity = kNone;
    bool operator<(const Hit& o) const {
        return std::tie(tier, name_length, entity) < std::tie(o.tier, o.name_length, o.entity);
    }
};

} // namespace

SearchIndex BuildSearchIndex(const Dataset& data) {
    SearchIndex index;
    index.name.reserve(data.entities.size());
    index.all.reserve(data.entities.size());
    for (Index i = 0; i < data.entities.size(); ++i) {
        index.name.push_back(FoldedNames(data, i));
        index.all.push_back(FoldedAll(data, i, index.name.back()));
    }
    return index;
}

std::vector<Index> Search(const Dataset& data, const SearchIndex& index, std::string_view query) {
    const std::string folded = FoldForSearch(query);
    const std::vector<std::string_view> words = SplitWords(folded);
    if (words.empty()) return {};
    const std::size_t count = std::min({data.entities.size(), index.name.size(), index.all.size()});
    std::vector<Hit> hits;
    for (Index i = 0; i < count; ++i) {
        if (!HasAllWords(index.all[i], words)) continue;
        const NameLengths lengths = MeasureNames(index.name[i], words);
        const bool in_name = lengths.shortest_matching != SIZE_MAX;
        hits.push_back({in_name ? 0 : 1, in_name ? lengths.shortest_matching : lengths.shortest, i});
    }
    std::sort(hits.begin(), hits.end());
    std::vector<Index> out;
    out.reserve(hits.size());
    for (const Hit& h : hits) out.push_back(h.entity);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------

namespace {

bool HasAnyTheme(const Entity& e, const std::vector<std::uint16_t>& themes) {
    return std::any_of(e.themes.begin(), e.themes.end(), [&](std::uint16_t t) {
        return std::find(themes.begin(), themes.end(), t) != themes.end();
    });
}

// An entity covers [date, end] (or just its date); a partial date covers its whole span.
// The filter covers [from, to]; the two overlap when neither ends before the other starts.
bool OverlapsDates(const Entity& e, const Filter& f) {
    if (!e.date.IsSet()) return false;
    const std::int32_t first = e.date.FirstDayKey();
    const std::int32_t last = (e.end.IsSet() ? e.end : e.date).LastDayKey();
    if (f.from.IsSet() && last < f.from.FirstDayKey()) return false;
    if (f.to.IsSet() && first > f.to.LastDayKey()) return false;
    return true;
}

} // namespace

bool Matches(const Dataset& data, Index i, const Filter& filter) {
    if (i >= data.entities.size()) return false;
    const Entity& e = data.entities[i];
    if (filter.kinds != 0 && (filter.kinds & KindBit(e.kind)) == 0) return false;
    if (!filter.themes.empty() && !HasAnyTheme(e, filter.themes)) return false;
    if ((filter.from.IsSet() || filter.to.IsSet()) && !OverlapsDates(e, filter)) return false;
    return true;
}

std::vector<Index> ApplyFilter(const Dataset& data, const Filter& filter, const std::vector<Index>* input) {
    std::vector<Index> out;
    if (input) {
        for (Index i : *input) if (Matches(data, i, filter)) out.push_back(i);
        return out;
    }
    for (Index i = 0; i < data.entities.size(); ++i) if (Matches(data, i, filter)) out.push_back(i);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline and neighbourhood
//-----------------------------------------------------------------------------

bool TimelineBefore(const Dataset& data, Index a, Index b) {
    const auto key = [&](Index i) {
        const Entity& e = data.entities[i];
        return std::make_tuple(e.date.SortKey(), static_cast<int>(e.kind), i);
    };
    return key(a) < key(b);
}

std::vector<Index> TimelineOrder(const Dataset& data) {
    std::vector<Index> out;
    for (Index i = 0; i < data.entities.size(); ++i) if (data.entities[i].date.IsSet()) out.push_back(i);
    std::sort(out.begin(), out.end(), [&](Index a, Index b) { return TimelineBefore(data, a, b); });
    return out;
}

std::vector<Index> Neighbourhood(const Dataset& data, Index start, int hops) {
    const std::size_t n = data.entities.size();
    if (start >= n) return {};
    std::vector<int> distance(n, -1);
    std::vector<Index> out{start};
    distance[start] = 0;
    const auto reach = [&](Index from, Index to, int hop) {
        if (from >= n || to >= n || distance[from] != hop || distance[to] != -1) return;
        if (data.entities[to].kind == Kind::Source) return;   // sources are not traversed
        distance[to] = hop + 1;
        out.push_back(to);
    };
    // One pass over the relations per hop; stops early once a hop finds nothing new.
    for (int hop = 0; hop < hops; ++hop) {
        const std::size_t before = out.size();
        for (const Relation& r : data.relations) {
            reach(r.from, r.to, hop);
            reach(r.to, r.from, hop);
        }
        if (out.size() == before) break;
    }
    return out;
}

std::vector<std::size_t> RelationsOf(const Dataset& data, Index i) {
    std::vector<std::size_t> out;
    for (std::size_t r = 0; r < data.relations.size(); ++r) {
        if (data.relations[r].from == i || data.relations[r].to == i) out.push_back(r);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] What changed, citations
//-----------------------------------------------------------------------------

std::vector<ChangeRef> WhatChanged(const Dataset& data, Index reform) {
    if (reform >= data.entities.size() || data.entities[reform].kind != Kind::Reform) return {};
    std::vector<ChangeRef> out;
    for (std::size_t c = 0; c < data.ReformOf(reform).changes.size(); ++c) out.push_back({reform, c});
    return out;
}

// Oldest reform first; undated reforms last; ties keep file order.
static void SortOldestFirst(const Dataset& data, std::vector<ChangeRef>& changes) {
    const auto key = [&](const ChangeRef& ref) {
        const Date d = data.entities[ref.reform].date;
        return std::make_tuple(!d.IsSet(), d.SortKey(), ref.reform, ref.change);
    };
    std::sort(changes.begin(), changes.end(), [&](const ChangeRef& a, const ChangeRef& b) { return key(a) < key(b); });
}

// Calls visit(institution, ref) for every change of every reform, in file order.
template <typename Visit>
static void ForEachChange(const Dataset& data, Visit&& visit) {
    for (Index i = 0; i < data.entities.size(); ++i) {
        if (data.entities[i].kind != Kind::Reform) continue;
        const std::vector<Change>& changes = data.ReformOf(i).changes;
        for (std::size_t c = 0; c < changes.size(); ++c) visit(changes[c].institution, ChangeRef{i, c});
    }
}

std::vector<ChangeRef> ChangesTo(const Dataset& data, Index institution) {
    std::vector<ChangeRef> out;
    if (institution == kNone) return out;
    ForEachChange(data, [&](Index changed, const ChangeRef& ref) {
        if (changed == institution) out.push_back(ref);
    });
    SortOldestFirst(data, out);
    return out;
}

std::vector<std::vector<ChangeRef>> ChangesToEach(const Dataset& data) {
    std::vector<std::vector<ChangeRef>> out(data.entities.size());
    ForEachChange(data, [&](Index changed, const ChangeRef& ref) {
        if (changed < out.size()) out[changed].push_back(ref);
    });
    for (std::vector<ChangeRef>& changes : out) SortOldestFirst(data, changes);
    return out;
}

namespace {

bool CitesThroughDetails(const Dataset& data, Index i, Index source) {
    const Kind kind = data.entities[i].kind;
    if (kind == Kind::Reform) {
        const auto& changes = data.ReformOf(i).changes;
        return std::any_of(changes.begin(), changes.end(), [&](const Change& c) { return Contains(c.sources, source); });
    }
    if (kind == Kind::Metric) {
        const auto& obs = data.MetricOf(i).observations;
        return std::any_of(obs.begin(), obs.end(), [&](const Observation& o) { return Contains(o.sources, source); });
    }
    return false;
}

} // namespace

std::vector<Index> CitedBy(const Dataset& data, Index source) {
    std::vector<Index> out;
    if (source == kNone) return out;
    for (Index i = 0; i < data.entities.size(); ++i) {
        if (Contains(data.entities[i].sources, source) || CitesThroughDetails(data, i, source)) out.push_back(i);
    }
    return out;
}

} // namespace polity
