// Polity Explorer — what the timeline plots and what an item is connected to (see
// polity/query.hpp). Used by the widget's views, their data tables and the HTML twin alike.

#include "polity/query.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_set>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] What the timeline plots
//-----------------------------------------------------------------------------

namespace {

// A figure's latest observation with a date: the one whose period ends (or which happens) last.
const Observation* LatestDated(const Metric& m) {
    const Observation* latest = nullptr;
    const auto last_day = [](const Observation& o) { return (o.end.IsSet() ? o.end : o.date).LastDayKey(); };
    for (const Observation& o : m.observations)
        if (o.date.IsSet() && (!latest || last_day(o) >= last_day(*latest))) latest = &o;
    return latest;
}

bool Plotted(const Entity& e) {
    switch (e.kind) {
    case Kind::Event:
    case Kind::Reform:
    case Kind::Institution: return e.date.IsSet();
    case Kind::Metric:
    case Kind::Person:
    case Kind::Quote:
    case Kind::Source: break;
    }
    return false;
}

} // namespace

namespace {

// The reform a dated event enacts on the reform's own date (the two are one mark), or kNone.
Index SameDayReform(const Dataset& data, Index event) {
    const Entity& e = data.At(event);
    if (e.kind != Kind::Event || !e.date.IsSet()) return kNone;
    const Index reform = data.EventOf(event).reform;
    if (reform >= data.entities.size() || data.At(reform).kind != Kind::Reform) return kNone;
    return data.At(reform).date == e.date ? reform : kNone;
}

} // namespace

Index EnactingEvent(const Dataset& data, Index reform) {
    if (reform >= data.entities.size()) return kNone;
    for (Index i = 0; i < data.entities.size(); ++i)
        if (SameDayReform(data, i) == reform) return i;
    return kNone;
}

std::vector<TimelineEntry> StoryTimelineUnordered(const Dataset& data) {
    std::vector<Index> enacted_by(data.entities.size(), kNone);   // reform -> its first same-day event
    for (Index i = 0; i < data.entities.size(); ++i)
        if (const Index reform = SameDayReform(data, i); reform != kNone && enacted_by[reform] == kNone) enacted_by[reform] = i;
    std::vector<TimelineEntry> out;
    for (Index i = 0; i < data.entities.size(); ++i) {
        const Entity& e = data.At(i);
        if (e.kind == Kind::Metric) {
            if (const Observation* o = LatestDated(data.MetricOf(i)))
                out.push_back({i, kNone, TimelineRow::Figures, o->date, o->end, true});
            continue;
        }
        const bool merged = e.kind == Kind::Event && data.EventOf(i).reform < enacted_by.size() &&
                            enacted_by[data.EventOf(i).reform] == i;
        if (Plotted(e) && !merged) out.push_back({i, enacted_by[i], TimelineRow::Story, e.date, e.end, false});
    }
    return out;
}

std::vector<TimelineEntry> StoryTimeline(const Dataset& data) {
    std::vector<TimelineEntry> out = StoryTimelineUnordered(data);
    // Each entry's key is made once, not at each comparison, and the sort moves small keys, not
    // entries: made per comparison, a date's year fraction was most of the time of 100,000 events.
    struct Key {
        double years;
        int row_kind;
        Index item;
        std::uint32_t at;     // the entry's place in `out`
    };
    std::vector<Key> keys;
    keys.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        const TimelineEntry& t = out[k];
        keys.push_back({t.Years(), static_cast<int>(t.row) * 256 + static_cast<int>(data.At(t.item).kind), t.item,
                        static_cast<std::uint32_t>(k)});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.years, a.row_kind, a.item) < std::tie(b.years, b.row_kind, b.item);
    });
    std::vector<TimelineEntry> sorted;
    sorted.reserve(out.size());
    for (const Key& key : keys) sorted.push_back(out[key.at]);
    return sorted;
}

//-----------------------------------------------------------------------------
// [SECTION] What an item is connected to
//-----------------------------------------------------------------------------

std::vector<ConnectionGroup> ConnectedTo(const Dataset& data, Index item) {
    std::vector<ConnectionGroup> groups;
    std::unordered_set<Index> seen{item};
    for (std::size_t r : RelationsOf(data, item)) {
        const Relation& rel = data.relations[r];
        const bool outgoing = rel.from == item;
        const Index other = outgoing ? rel.to : rel.from;
        if (other >= data.entities.size() || data.At(other).kind == Kind::Source || !seen.insert(other).second) continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const ConnectionGroup& g) {
            return g.type == rel.type && g.outgoing == outgoing;
        });
        if (group == groups.end()) group = groups.insert(groups.end(), ConnectionGroup{rel.type, outgoing, {}});
        group->others.push_back(other);
    }
    return groups;
}

const Text& ShortNameOf(const Dataset& data, Index item) {
    const Entity& e = data.At(item);
    if (e.kind == Kind::Institution && !data.InstitutionOf(item).short_name.empty()) return data.InstitutionOf(item).short_name;
    return e.name;
}

} // namespace polity
