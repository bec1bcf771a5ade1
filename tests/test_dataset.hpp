// A small dataset built by hand in C++, so query and layout tests do not depend on the
// loader. It mirrors what the loader produces: entities grouped by kind, details in the
// per-kind vectors, by_id filled, written and derived relations.
//
// Index of this file
// [SECTION] Text and date shorthands
// [SECTION] DatasetBuilder
// [SECTION] MakeSmallDataset
#pragma once

#include "polity/model.hpp"

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace polity::testing {

//-----------------------------------------------------------------------------
// [SECTION] Text and date shorthands
//-----------------------------------------------------------------------------

// Text from (language, value) pairs: Tx({{"en", "Senate"}, {"ru", "Сенат"}}).
inline Text Tx(std::initializer_list<std::pair<const char*, const char*>> values) {
    Text t;
    for (const auto& v : values) t.values.emplace_back(v.first, v.second);
    return t;
}
inline Text En(const char* value) { return Tx({{"en", value}}); }   // English-only text

inline Date D(int year, int month = 0, int day = 0) {               // D(2022), D(2022, 6, 5)
    Date d;
    d.year = static_cast<std::int16_t>(year);
    d.month = static_cast<std::uint8_t>(month);
    d.day = static_cast<std::uint8_t>(day);
    return d;
}

// The index of an entity of MakeSmallDataset() (or any dataset) by id; throws if absent.
inline Index Id(const Dataset& data, const std::string& id) {
    const Index i = data.Find(id);
    if (i == kNone) throw std::out_of_range("no entity has the id '" + id + "'");
    return i;
}

//-----------------------------------------------------------------------------
// [SECTION] DatasetBuilder
//-----------------------------------------------------------------------------

struct DatasetBuilder {
    Dataset data;

    // Appends an entity and a default detail of its kind; returns its index.
    Index Add(Kind kind, const std::string& id, Text name, Date date = {}) {
        Entity e;
        e.kind = kind;
        e.id = id;
        e.name = std::move(name);
        e.date = date;
        e.detail = AddDetail(kind);
        const Index i = static_cast<Index>(data.entities.size());
        data.entities.push_back(std::move(e));
        data.by_id.Add(data.entities, i);
        return i;
    }

    Index Id(const std::string& id) const { return testing::Id(data, id); }
    Entity& At(const std::string& id) { return data.entities[Id(id)]; }

    void Relate(const std::string& from, RelationType type, const std::string& to, bool derived = false) {
        Relation r;
        r.from = Id(from);
        r.to = Id(to);
        r.type = type;
        r.derived = derived;
        data.relations.push_back(r);
    }

    std::uint32_t AddDetail(Kind kind) {
        const auto push = [](auto& vec) {
            vec.emplace_back();
            return static_cast<std::uint32_t>(vec.size() - 1);
        };
        switch (kind) {
        case Kind::Institution: return push(data.institutions);
        case Kind::Reform: return push(data.reforms);
        case Kind::Event: return push(data.events);
        case Kind::Person: return push(data.people);
        case Kind::Quote: return push(data.quotes);
        case Kind::Metric: return push(data.metrics);
        case Kind::Source: return push(data.sources);
        }
        return 0;
    }
};

//-----------------------------------------------------------------------------
// [SECTION] MakeSmallDataset
// 19 entities around a 2022 constitutional reform. Indices, in order:
//  0 ombudsman  1 constitutional-court  2 parliament  3 senate  4 supreme-court  5 appeals-court
//  6 reform-2022  7 reform-1995  8 reform-2017
//  9 referendum-2022  10 year-2022 ("2022")  11 june-2022 ("2022-06")  12 court-opens
//  13 tokayev  14 lastayev  15 quote-lastayev  16 ombudsman-appeals  17 src-law  18 src-news
// Relation 10 (ombudsman -> src-law) and 11 (src-law -> parliament) touch a source on purpose:
// the parliament cluster is reachable from the ombudsman only through that source.
//-----------------------------------------------------------------------------

inline void AddInstitutions(DatasetBuilder& b) {
    b.Add(Kind::Institution, "ombudsman", Tx({{"en", "Human Rights Commissioner"},
        {"ru", "Уполномоченный по правам человека"}, {"kk", "Адам құқықтары жөніндегі уәкіл"}}), D(2002, 9, 19));
    b.Add(Kind::Institution, "constitutional-court", Tx({{"en", "Constitutional Court"},
        {"ru", "Конституционный Суд"}, {"kk", "Конституциялық Сот"}}), D(2023, 1, 1));
    b.Add(Kind::Institution, "parliament", Tx({{"en", "Parliament"}, {"ru", "Парламент Казахстана"},
        {"kk", "Қазақстан Парламенті"}}), D(1995));
    b.Add(Kind::Institution, "senate", Tx({{"en", "Senate"}, {"ru", "Сенат"}}));
    b.Add(Kind::Institution, "supreme-court", En("Supreme Court"));
    b.Add(Kind::Institution, "appeals-court", En("Appeals Court"));
    Institution& ombudsman = b.data.institutions[b.At("ombudsman").detail];
    ombudsman.short_name = Tx({{"en", "Ombudsman"}, {"ru", "Омбудсмен"}});
    ombudsman.category = "agency";
    b.At("ombudsman").description = En("Protects rights; its status became constitutional in 2022.");
}

inline Change MakeChange(Index institution, const char* topic, const char* after, Index source) {
    Change c;
    c.institution = institution;
    c.topic = En(topic);
    c.after = En(after);
    c.sources = {source};
    return c;
}

inline void AddReformsAndEvents(DatasetBuilder& b) {
    b.Add(Kind::Reform, "reform-2022", Tx({{"en", "Constitutional reform of 2022"},
        {"ru", "Конституционная реформа 2022 года"}}), D(2022, 6, 5));
    b.Add(Kind::Reform, "reform-1995", En("Constitution of 1995"), D(1995, 8, 30));
    b.Add(Kind::Reform, "reform-2017", En("Amendments of 2017"), D(2017, 3, 10));
    b.At("reform-2022").description = En("Set up a constitutional court and strengthened the ombudsman.");
    b.Add(Kind::Event, "referendum-2022", En("Referendum"), D(2022, 6, 5));
    b.Add(Kind::Event, "year-2022", En("Year of reforms"), D(2022));
    b.Add(Kind::Event, "june-2022", En("June sittings"), D(2022, 6));
    b.Add(Kind::Event, "court-opens", En("Constitutional Court opens"), D(2023, 1, 1));
    b.data.events[b.At("referendum-2022").detail].reform = b.Id("reform-2022");
}

inline void AddPeopleAndFigures(DatasetBuilder& b) {
    b.Add(Kind::Person, "tokayev", Tx({{"en", "Kassym-Jomart Tokayev"}, {"fr", "Kassym-Jomart Tokaïev"},
        {"kk", "Қасым-Жомарт Тоқаев"}}));
    b.Add(Kind::Person, "lastayev", En("Artur Lastayev"));
    b.Add(Kind::Quote, "quote-lastayev", En("The ombudsman now has constitutional status"), D(2022, 6, 10));
    b.Add(Kind::Metric, "ombudsman-appeals", En("Appeals to the ombudsman"));
    b.Add(Kind::Source, "src-law", En("Constitutional Law on the Commissioner"), D(2022, 11, 5));
    b.Add(Kind::Source, "src-news", En("Interview"), D(2024, 1, 1));
    Role role;
    role.title = En("Ombudsman");
    role.institution = b.Id("ombudsman");
    b.data.people[b.At("lastayev").detail].roles = {role};
    b.data.quotes[b.At("quote-lastayev").detail].person = b.Id("lastayev");
    Observation obs;
    obs.value = 7000;
    obs.qualifier = Qualifier::Nearly;
    obs.date = D(2023);
    obs.sources = {b.Id("src-news")};
    Metric& metric = b.data.metrics[b.At("ombudsman-appeals").detail];
    metric.unit = En("appeals a year");
    metric.subject = b.Id("ombudsman");
    metric.observations = {obs};
}

// Sources: everything cites src-law, except the quote (src-news only). src-news is also cited
// by a change of reform-2022 and by the metric's observation.
inline void AddSourcesAndThemes(DatasetBuilder& b) {
    for (Entity& e : b.data.entities) {
        if (e.kind != Kind::Source) e.sources = {b.Id("src-law")};
    }
    b.At("quote-lastayev").sources = {b.Id("src-news")};
    Reform& r2022 = b.data.reforms[b.At("reform-2022").detail];
    r2022.adopted_by = "referendum";
    r2022.changes = {MakeChange(b.Id("ombudsman"), "Status", "Set by the Constitution", b.Id("src-news")),
                     MakeChange(b.Id("constitutional-court"), "Creation", "Created", b.Id("src-law")),
                     MakeChange(b.Id("ombudsman"), "Appointment", "By the Senate", b.Id("src-law"))};
    b.data.reforms[b.At("reform-1995").detail].changes = {
        MakeChange(b.Id("parliament"), "Structure", "Two chambers", b.Id("src-law"))};
    b.data.reforms[b.At("reform-2017").detail].changes = {
        MakeChange(b.Id("ombudsman"), "Reporting", "Reports to parliament", b.Id("src-law"))};
    b.data.themes = {{"human-rights", Tx({{"en", "Human rights"}, {"ru", "Права человека"}}), 0x2266AA},
                     {"courts", En("Courts"), 0}};
    for (const char* id : {"ombudsman", "lastayev", "ombudsman-appeals"}) b.At(id).themes = {0};
    for (const char* id : {"constitutional-court", "supreme-court", "court-opens"}) b.At(id).themes = {1};
}

inline void AddRelations(DatasetBuilder& b) {
    using R = RelationType;
    b.Relate("reform-2022", R::Created, "constitutional-court");             // 0
    b.Relate("reform-2022", R::Changed, "ombudsman", true);                  // 1
    b.Relate("referendum-2022", R::Enacted, "reform-2022", true);            // 2
    b.Relate("lastayev", R::Leads, "ombudsman");                             // 3
    b.Relate("lastayev", R::Said, "quote-lastayev", true);                   // 4
    b.Relate("ombudsman-appeals", R::Measures, "ombudsman", true);           // 5
    b.Relate("senate", R::PartOf, "parliament");                             // 6
    b.Relate("reform-1995", R::Changed, "parliament", true);                 // 7
    b.Relate("tokayev", R::Initiated, "reform-2022");                        // 8
    b.Relate("reform-2017", R::Changed, "ombudsman", true);                  // 9
    b.Relate("ombudsman", R::Related, "src-law");                            // 10 (touches a source)
    b.Relate("src-law", R::Related, "parliament");                           // 11 (touches a source)
    b.Relate("court-opens", R::About, "constitutional-court");               // 12
}

inline Dataset MakeSmallDataset() {
    DatasetBuilder b;
    b.data.meta.title = En("Constitutional reform, small test set");
    b.data.meta.languages = {"en", "ru", "kk"};
    b.data.meta.date = D(2024, 2, 1);
    AddInstitutions(b);
    AddReformsAndEvents(b);
    AddPeopleAndFigures(b);
    AddSourcesAndThemes(b);
    AddRelations(b);
    b.data.meta.sources = {b.Id("src-law")};
    return std::move(b.data);
}

} // namespace polity::testing
