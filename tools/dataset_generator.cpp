// Synthetic datasets: structure like the article's (institutions changed by reforms, people
// quoted, figures cited), sizes from tens to hundreds of thousands of entities.
#include "dataset_generator.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

namespace polity::gen {

namespace {

using nlohmann::json;

// splitmix64: tiny, fast and identical everywhere (std distributions are not).
struct Random {
    std::uint64_t state;
    std::uint64_t Next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t Below(std::size_t n) { return n ? static_cast<std::size_t>(Next() % n) : 0; }
};

const char* const kThemes[] = {"human-rights", "judiciary", "governance", "civil-society", "digital", "regional"};
const char* const kWords[] = {"council", "court", "reform", "rights", "agency", "assembly", "ministry", "law",
                              "review", "commission", "appeal", "justice", "region", "office", "senate", "public"};

std::string Id(const char* prefix, std::size_t i) { return std::string(prefix) + "-" + std::to_string(i); }

std::string Phrase(Random& rng, std::size_t words) {
    std::string s;
    for (std::size_t w = 0; w < words; ++w) s += (w ? " " : "") + std::string(kWords[rng.Below(16)]);
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string RandomDate(Random& rng) {
    char buf[32];
    const int year = 1995 + static_cast<int>(rng.Below(31));
    const int month = 1 + static_cast<int>(rng.Below(12));
    const int day = 1 + static_cast<int>(rng.Below(28));
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

json Cite(Random& rng, std::size_t sources) { return json::array({Id("source", rng.Below(sources))}); }

struct Counts {
    std::size_t sources, institutions, reforms, people, quotes, metrics, events;
};

Counts Split(std::size_t total) {
    Counts c{};
    c.sources = total / 50 + 1;
    c.institutions = total / 20 + 1;
    c.reforms = total / 50 + 1;
    c.people = total / 10 + 1;
    c.quotes = total / 10 + 1;
    c.metrics = total / 20 + 1;
    const std::size_t used = c.sources + c.institutions + c.reforms + c.people + c.quotes + c.metrics;
    c.events = total > used ? total - used : 1;
    return c;
}

void AddEntities(json& doc, const Counts& c, Random& rng) {
    for (std::size_t i = 0; i < c.sources; ++i)
        doc["sources"].push_back({{"id", Id("source", i)}, {"title", Phrase(rng, 5)}, {"publisher", "Generated Gazette"},
                                  {"place", "Astana"}, {"date", RandomDate(rng)}, {"url", "https://example.org/" + std::to_string(i)}});
    for (std::size_t i = 0; i < c.institutions; ++i)
        doc["institutions"].push_back({{"id", Id("institution", i)}, {"name", {{"en", Phrase(rng, 3)}, {"ru", "Учреждение " + std::to_string(i)}}},
                                       {"description", Phrase(rng, 12)}, {"founded", RandomDate(rng).substr(0, 4)},
                                       {"themes", json::array({kThemes[rng.Below(6)]})}, {"sources", Cite(rng, c.sources)}});
    for (std::size_t i = 0; i < c.reforms; ++i) {
        json change = {{"topic", Phrase(rng, 3)}, {"institution", Id("institution", rng.Below(c.institutions))},
                       {"before", Phrase(rng, 6)}, {"after", Phrase(rng, 6)}, {"sources", Cite(rng, c.sources)}};
        doc["reforms"].push_back({{"id", Id("reform", i)}, {"name", Phrase(rng, 3)}, {"date", RandomDate(rng)}, {"adopted_by", "law"},
                                  {"description", Phrase(rng, 10)}, {"changes", json::array({change})}, {"sources", Cite(rng, c.sources)}});
    }
    for (std::size_t i = 0; i < c.events; ++i) {
        // Drawn in this order (title, date, description, reform, theme, source), always: the
        // bytes for a given size and seed must never change.
        json event = {{"id", Id("event", i)}, {"title", Phrase(rng, 4)}, {"date", RandomDate(rng)}, {"description", Phrase(rng, 12)}};
        if (c.reforms) event["reform"] = Id("reform", rng.Below(c.reforms));
        event["themes"] = json::array({kThemes[rng.Below(6)]});
        event["sources"] = Cite(rng, c.sources);
        doc["events"].push_back(std::move(event));
    }
    for (std::size_t i = 0; i < c.people; ++i)
        doc["people"].push_back({{"id", Id("person", i)}, {"name", "Person " + std::to_string(i)},
                                 {"roles", json::array({json{{"title", "Chair"}, {"institution", Id("institution", rng.Below(c.institutions))}}})},
                                 {"sources", Cite(rng, c.sources)}});
    for (std::size_t i = 0; i < c.quotes; ++i)
        doc["quotes"].push_back({{"id", Id("quote", i)}, {"person", Id("person", rng.Below(c.people))}, {"text", Phrase(rng, 14)},
                                 {"language", "en"}, {"sources", Cite(rng, c.sources)}});
    for (std::size_t i = 0; i < c.metrics; ++i) {
        json obs = json::array({{{"value", 1000 + rng.Below(9000)}, {"date", RandomDate(rng).substr(0, 4)}, {"sources", Cite(rng, c.sources)}},
                                {{"value", 1000 + rng.Below(9000)}, {"qualifier", "nearly"}, {"label", "later"}, {"sources", Cite(rng, c.sources)}}});
        doc["metrics"].push_back({{"id", Id("metric", i)}, {"name", Phrase(rng, 3)}, {"unit", "cases"},
                                  {"subject", Id("institution", rng.Below(c.institutions))}, {"observations", obs}, {"sources", Cite(rng, c.sources)}});
    }
}

// Events only: one source (every entity must cite one) and nothing else with a date, so the
// timeline holds the events plus that source.
Counts EventsOnly(std::size_t events) {
    Counts c{};
    c.sources = 1;
    c.events = events;
    return c;
}

int DatePart(const std::string& date, std::size_t at, std::size_t length) {
    return std::atoi(date.substr(at, length).c_str());  // our own "YYYY-MM-DD": always digits
}

std::string ToTimelineJS(const json& events, int indent) {
    json out = {{"events", json::array()}};
    for (const json& e : events) {
        const std::string date = e["date"].get<std::string>();
        json start = {{"year", DatePart(date, 0, 4)}, {"month", DatePart(date, 5, 2)}, {"day", DatePart(date, 8, 2)}};
        out["events"].push_back({{"start_date", start}, {"text", {{"headline", e["title"]}, {"text", e["description"]}}}});
    }
    return out.dump(indent);
}

std::string ToVis(const json& events, int indent) {
    json out = json::array();
    for (const json& e : events) out.push_back({{"id", e["id"]}, {"content", e["title"]}, {"start", e["date"]}});
    return out.dump(indent);
}

// `n` relations of type "related" between random institutions, reforms, events and people.
void AddRelations(json& doc, const Counts& c, std::size_t n, Random& rng) {
    const std::pair<const char*, std::size_t> ends[] = {
        {"institution", c.institutions}, {"reform", c.reforms}, {"event", c.events}, {"person", c.people}};
    const auto pick = [&] {
        const auto& [prefix, count] = ends[rng.Below(4)];
        return Id(prefix, rng.Below(count));
    };
    json& relations = doc["relations"];
    for (std::size_t i = 0; i < n; ++i) {
        std::string from = pick();
        relations.push_back({{"from", std::move(from)}, {"type", "related"}, {"to", pick()}});
    }
}

} // namespace

bool ParseFormat(const std::string& name, Format* out) {
    if (name == "polity") *out = Format::Polity;
    else if (name == "timelinejs") *out = Format::TimelineJS;
    else if (name == "vis") *out = Format::Vis;
    else return false;
    return true;
}

std::string GenerateDataset(const GeneratorOptions& options) {
    Random rng{options.seed};
    const bool events_only = options.events > 0;
    const Counts counts = events_only ? EventsOnly(options.events) : Split(options.entities);
    const std::string title = events_only ? "Generated timeline of " + std::to_string(options.events) + " events"
                                          : "Generated dataset of " + std::to_string(options.entities) + " entities";
    json doc = {{"format", "polity/1"},
                {"meta", {{"title", title}, {"languages", events_only ? json::array({"en"}) : json::array({"en", "ru"})},
                          {"date", "2025-08-25"}, {"sources", json::array({"source-0"})}}},
                {"themes", json::array()}, {"relations", json::array()}};
    for (const char* t : kThemes) doc["themes"].push_back({{"id", t}, {"name", t}});
    AddEntities(doc, counts, rng);
    if (options.relations > 0) AddRelations(doc, counts, options.relations, rng);
    else
        for (std::size_t i = 0; i < counts.people / 2; ++i)
            doc["relations"].push_back({{"from", Id("person", i)}, {"type", "leads"}, {"to", Id("institution", rng.Below(counts.institutions))}});
    const int indent = options.compact ? -1 : 1;
    switch (options.format) {
    case Format::TimelineJS: return ToTimelineJS(doc["events"], indent);
    case Format::Vis: return ToVis(doc["events"], indent);
    case Format::Polity: break;
    }
    return doc.dump(indent);
}

} // namespace polity::gen
