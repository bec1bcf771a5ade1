// Names of kinds, qualifiers and relation types, and the rules for which relation
// types make sense between which kinds of entity.
#include "polity/model.hpp"

#include <algorithm>
#include <cstring>

namespace polity {

namespace {

const char* const kKindNames[kKindCount] = {"institution", "reform", "event", "person",
                                            "quote", "metric", "source"};
const char* const kKindPluralKeys[kKindCount] = {"institutions", "reforms", "events", "people",
                                                 "quotes", "metrics", "sources"};
const char* const kQualifierNames[] = {"exact", "about", "nearly", "over", "under"};
const char* const kRelationNames[kRelationTypeCount] = {
    "created", "changed", "enacted", "leads", "member_of", "initiated",
    "part_of", "represented_in", "said", "measures", "about", "related"};

template <std::size_t N, typename E>
bool ParseName(const char* const (&names)[N], std::string_view name, E* out) {
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i]) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

bool AnyOf(Kind k, std::initializer_list<Kind> kinds) {
    return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

} // namespace

const char* KindName(Kind kind) { return kKindNames[static_cast<int>(kind)]; }
const char* KindPluralKey(Kind kind) { return kKindPluralKeys[static_cast<int>(kind)]; }
bool ParseKind(std::string_view name, Kind* out) { return ParseName(kKindNames, name, out); }
bool ParsePluralKey(std::string_view key, Kind* out) { return ParseName(kKindPluralKeys, key, out); }

const char* QualifierName(Qualifier q) { return kQualifierNames[static_cast<int>(q)]; }
bool ParseQualifier(std::string_view name, Qualifier* out) { return ParseName(kQualifierNames, name, out); }

const char* RelationTypeName(RelationType type) { return kRelationNames[static_cast<int>(type)]; }
bool ParseRelationType(std::string_view name, RelationType* out) { return ParseName(kRelationNames, name, out); }

bool RelationAllowed(RelationType type, Kind from, Kind to) {
    using K = Kind;
    switch (type) {
    case RelationType::Created:       return from == K::Reform && to == K::Institution;
    case RelationType::Changed:       return AnyOf(from, {K::Reform, K::Event}) && to == K::Institution;
    case RelationType::Enacted:       return from == K::Event && to == K::Reform;
    case RelationType::Leads:
    case RelationType::MemberOf:      return from == K::Person && to == K::Institution;
    case RelationType::Initiated:     return AnyOf(from, {K::Person, K::Institution}) &&
                                             AnyOf(to, {K::Reform, K::Event, K::Institution});
    case RelationType::PartOf:
    case RelationType::RepresentedIn: return from == K::Institution && to == K::Institution;
    case RelationType::Said:          return from == K::Person && to == K::Quote;
    case RelationType::Measures:      return from == K::Metric && AnyOf(to, {K::Institution, K::Reform});
    case RelationType::About:         return AnyOf(from, {K::Quote, K::Event, K::Metric}) && to != K::Source;
    case RelationType::Related:       return from != K::Source && to != K::Source;
    }
    return false;
}

//-----------------------------------------------------------------------------
// The id table
//-----------------------------------------------------------------------------

namespace {

// FNV-1a: ids are short, and their bytes differ mostly at the end ("event-1", "event-2").
std::uint64_t HashId(std::string_view id) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : id) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h;
}

} // namespace

void IdTable::Reserve(const std::vector<Entity>& entities, std::size_t n) {
    std::size_t slots = 16;
    while (slots < 2 * n) slots *= 2;
    if (slots > slots_.size()) Rehash(entities, slots);
}

void IdTable::Rehash(const std::vector<Entity>& entities, std::size_t slots) {
    std::vector<Index> old = std::move(slots_);
    slots_.assign(slots, kNone);
    for (const Index i : old) {
        if (i == kNone) continue;
        std::size_t at = HashId(entities[i].id) & (slots - 1);
        while (slots_[at] != kNone) at = (at + 1) & (slots - 1);
        slots_[at] = i;
    }
}

Index IdTable::Add(const std::vector<Entity>& entities, Index i) {
    if (2 * (count_ + 1) > slots_.size()) Rehash(entities, slots_.empty() ? 16 : 2 * slots_.size());
    const std::string& id = entities[i].id;
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = HashId(id) & mask;
    for (; slots_[at] != kNone; at = (at + 1) & mask)
        if (entities[slots_[at]].id == id) return slots_[at];
    slots_[at] = i;
    ++count_;
    return kNone;
}

Index IdTable::Find(const std::vector<Entity>& entities, std::string_view id) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = HashId(id) & mask; slots_[at] != kNone; at = (at + 1) & mask)
        if (entities[slots_[at]].id == id) return slots_[at];
    return kNone;
}

Index Dataset::Find(std::string_view id) const { return by_id.Find(entities, id); }

int Dataset::FindTheme(std::string_view id) const {
    for (std::size_t i = 0; i < themes.size(); ++i)
        if (themes[i].id == id) return static_cast<int>(i);
    return -1;
}

std::size_t Dataset::Count(Kind kind) const {
    return static_cast<std::size_t>(std::count_if(entities.begin(), entities.end(),
                                                  [kind](const Entity& e) { return e.kind == kind; }));
}

} // namespace polity
