// Polity Explorer — the data model.
// A Dataset is what a newsroom publishes: institutions, reforms, events, people, quotes,
// metrics and sources, with typed relations between them. It knows nothing of any UI.
//
// Index of this file
// [SECTION] Basic types (Index, Kind)
// [SECTION] Multilingual text
// [SECTION] Partial dates
// [SECTION] Per-kind details
// [SECTION] Relations
// [SECTION] Dataset
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] Basic types
//-----------------------------------------------------------------------------

using Index = std::uint32_t;                                   // position in Dataset::entities
inline constexpr Index kNone = std::numeric_limits<Index>::max(); // "no entity"

// Every entity has one kind. Ids are unique across all kinds.
enum class Kind : std::uint8_t { Institution, Reform, Event, Person, Quote, Metric, Source };
inline constexpr int kKindCount = 7;

const char* KindName(Kind kind);                 // "institution", "reform", ...
const char* KindPluralKey(Kind kind);            // JSON array key: "institutions", "people", ...
bool ParseKind(std::string_view name, Kind* out); // accepts the singular name
bool ParsePluralKey(std::string_view key, Kind* out); // "institutions" -> Kind::Institution
inline std::uint32_t KindBit(Kind kind) { return 1u << static_cast<unsigned>(kind); }

//-----------------------------------------------------------------------------
// [SECTION] Multilingual text
// In JSON a text is either a plain string (in the dataset's default language) or an object
// {"en": "...", "ru": "...", "kk": "..."}. Lookup falls back along a LanguageOrder.
//-----------------------------------------------------------------------------

struct Text {
    std::vector<std::pair<std::string, std::string>> values;    // (language code, text), file order

    bool empty() const { return values.empty(); }
    const std::string* Find(std::string_view lang) const;       // exact language or nullptr
    void Set(std::string_view lang, std::string text);          // adds or replaces
};

// Languages to try, first to last. Built by MakeLanguageOrder(): the requested language,
// then the dataset's languages in their declared order, then en, ru, kk.
struct LanguageOrder {
    std::vector<std::string> codes;
};
LanguageOrder MakeLanguageOrder(std::string_view requested, const std::vector<std::string>& dataset_languages);

// The text in the first language of `order` that has one; failing that, any text; else "".
const std::string& Localize(const Text& text, const LanguageOrder& order);
// Like Localize, but also says which language was used (nullptr for the empty text).
const std::string& Localize(const Text& text, const LanguageOrder& order, const std::string** used_lang);

bool IsKnownLanguage(std::string_view code);      // ISO 639-1 codes we accept (en, ru, kk, uz, ...)

//-----------------------------------------------------------------------------
// [SECTION] Partial dates
// "1995", "2022-06" and "2022-06-05" are all dates. A partial date stands for the whole
// year or month: it sorts before the full dates inside it, and covers them in range tests.
//-----------------------------------------------------------------------------

struct Date {
    std::int16_t year = 0;    // 0 = no date
    std::uint8_t month = 0;   // 0 = unknown (then day is 0 too)
    std::uint8_t day = 0;     // 0 = unknown

    bool IsSet() const { return year != 0; }
    std::int32_t SortKey() const { return year * 10000 + month * 100 + day; } // partial first
    std::int32_t FirstDayKey() const;  // earliest full day it covers, as yyyymmdd
    std::int32_t LastDayKey() const;   // latest full day it covers, as yyyymmdd
    double YearFraction() const;       // middle of the covered span, in years (1995.5 for "1995");
                                       // each month counts as 1/12 of a year, whatever its length
    std::string ToString() const;      // back to "yyyy", "yyyy-mm" or "yyyy-mm-dd"
};
inline bool operator==(Date a, Date b) { return a.SortKey() == b.SortKey(); }
inline bool operator!=(Date a, Date b) { return !(a == b); }
inline bool operator<(Date a, Date b) { return a.SortKey() < b.SortKey(); }

enum class DateError { None, Syntax, Month, Day };
// Parses "yyyy", "yyyy-mm" or "yyyy-mm-dd" (years 1..9999). Checks month lengths and leap years.
DateError ParseDate(std::string_view text, Date* out);
int DaysInMonth(int year, int month);

//-----------------------------------------------------------------------------
// [SECTION] Per-kind details
// Fields every entity has live in Entity; what only one kind has lives in these structs,
// found through Entity::detail (an index into the Dataset's vector of that kind).
//-----------------------------------------------------------------------------

struct Institution {
    Text short_name;     // "Ombudsman"
    Text role;           // what it does, in a sentence
    std::string category;// free word: "court", "agency", "ministry", "assembly", ...
};

// One thing a reform changed: the state before and after, e.g. the ombudsman's status.
struct Change {
    Index institution = kNone;    // what it touched, if it is an institution of the dataset
    Text topic;                   // what changed, in a few words
    Text before;                  // empty where the sources do not say
    Text after;
    std::vector<Index> sources;
};

struct Reform {
    std::string adopted_by;       // "referendum", "law", "decree", "amendment", "other"
    std::vector<Change> changes;
};

struct Event {
    Index reform = kNone;         // the reform this event enacted or belongs to
};

struct Role {
    Text title;                   // "Chief Justice"
    Index institution = kNone;    // where, if an institution of the dataset
};

struct Person {
    std::vector<Role> roles;
};

struct Quote {
    Index person = kNone;         // who said it (always set in a loaded dataset)
    std::string language;         // the language of the original words; other texts are translations
};

enum class Qualifier : std::uint8_t { Exact, About, Nearly, Over, Under };
const char* QualifierName(Qualifier q);                // "exact", "about", "nearly", "over", "under"
bool ParseQualifier(std::string_view name, Qualifier* out);

// One figure as the source gave it: "nearly 7,000" is {7000, Nearly}.
struct Observation {
    double value = 0;
    Qualifier qualifier = Qualifier::Exact;
    Date date;                    // when, or the start of the period
    Date end;                     // end of the period, if it is one
    Text label;                   // how the source names the moment: "a few years ago", "2024"
    Text note;
    std::vector<Index> sources;
};

struct Metric {
    Text unit;                    // "appeals a year", "%"
    Index subject = kNone;        // the institution or reform it measures
    std::vector<Observation> observations; // in file order (the "before" first)
};

struct Source {
    Text publisher;               // "News article", "Курьер" (a plain string in the file is the default language's)
    Text place;
    std::string language;         // what it is written in, if given; texts in other languages that quote it translate it
    std::string url;              // empty or http(s)
    Text excerpt;
};

//-----------------------------------------------------------------------------
// [SECTION] Relations
// Typed, directed links. Some are written in the file's "relations" array; others are
// derived from fields (a quote's person, a metric's subject, a reform's changes, ...).
//-----------------------------------------------------------------------------

enum class RelationType : std::uint8_t {
    Created,       // reform    -> institution
    Changed,       // reform|event -> institution
    Enacted,       // event     -> reform
    Leads,         // person    -> institution
    MemberOf,      // person    -> institution
    Initiated,     // person|institution -> reform|event|institution
    PartOf,        // institution -> institution
    RepresentedIn, // institution -> institution
    Said,          // person    -> quote           (derived from quote.person)
    Measures,      // metric    -> institution|reform (derived from metric.subject)
    About,         // quote|event|metric -> any but source
    Related,       // any but source -> any but source
};
inline constexpr int kRelationTypeCount = 12;
const char* RelationTypeName(RelationType type);        // "created", "member_of", ...
bool ParseRelationType(std::string_view name, RelationType* out);
bool RelationAllowed(RelationType type, Kind from, Kind to); // does the type make sense here

struct Relation {
    Index from = kNone;
    Index to = kNone;
    RelationType type = RelationType::Related;
    bool derived = false;         // true when it comes from a field, not the relations array
    std::vector<Index> sources;
    Text note;                    // what the link means here, if the file says
};

//-----------------------------------------------------------------------------
// [SECTION] Dataset
//-----------------------------------------------------------------------------

struct Theme {
    std::string id;               // "human-rights"
    Text name;
    std::uint32_t color = 0;      // 0xRRGGBB; 0 = let the UI choose
};

struct Entity {
    Kind kind = Kind::Institution;
    std::string id;               // stable, [a-z0-9-], used in links and deep links
    Text name;                    // title; a quote's own words; a source's title
    Text description;             // what it is; a quote's context
    Date date;                    // founded / adopted / happened / said / published
    Date end;                     // end of a span (events)
    std::vector<std::uint16_t> themes; // indices into Dataset::themes
    std::vector<Index> sources;   // entities of kind Source
    std::uint32_t detail = 0;     // index into the Dataset vector of this kind
};

// Each entity's position by its id: an open-addressing table of entity indices that reads the
// ids from the entities themselves. A map keyed by copies of the ids weighed some 60 bytes an
// entity, as much again as the ids.
class IdTable {
public:
    // Room for `n` ids in all, so adding them never grows the table.
    void Reserve(const std::vector<Entity>& entities, std::size_t n);
    // Files entities[i] under its id and returns kNone; when another entity already has that id,
    // files nothing and returns that entity.
    Index Add(const std::vector<Entity>& entities, Index i);
    Index Find(const std::vector<Entity>& entities, std::string_view id) const;  // kNone when absent
    std::size_t size() const { return count_; }

private:
    void Rehash(const std::vector<Entity>& entities, std::size_t slots);
    std::vector<Index> slots_;   // kNone where empty; a power of two in size, at most half full
    std::size_t count_ = 0;
};

struct Meta {
    Text title;
    Text dek;                     // the one-sentence summary under the title
    Text credit;
    Text licence;                 // who may reuse it, on what terms; per language like the other texts
    std::vector<std::string> languages; // declared languages; the first is the default
    Date date;                    // when the dataset was last checked against its sources
    std::vector<Index> sources;   // the main sources behind the dataset
};

struct Dataset {
    Meta meta;
    std::vector<Theme> themes;
    std::vector<Entity> entities;          // every entity, grouped by kind in file order
    std::vector<Institution> institutions; // details, indexed by Entity::detail
    std::vector<Reform> reforms;
    std::vector<Event> events;
    std::vector<Person> people;
    std::vector<Quote> quotes;
    std::vector<Metric> metrics;
    std::vector<Source> sources;
    std::vector<Relation> relations;       // written and derived
    IdTable by_id;                         // every entity with an id (Find reads it)
    // Every character beyond ASCII (in the Basic Multilingual Plane) that the file's strings
    // hold, ascending: what a renderer needs glyphs for. Filled by the loader.
    std::vector<char32_t> characters;

    Index Find(std::string_view id) const;           // kNone when absent
    Index Find(const char* id) const { return Find(std::string_view(id)); }
    int FindTheme(std::string_view id) const;        // -1 when absent
    const Entity& At(Index i) const { return entities[i]; }
    std::size_t Count(Kind kind) const;

    const Institution& InstitutionOf(Index i) const { return institutions[entities[i].detail]; }
    const Reform& ReformOf(Index i) const { return reforms[entities[i].detail]; }
    const Event& EventOf(Index i) const { return events[entities[i].detail]; }
    const Person& PersonOf(Index i) const { return people[entities[i].detail]; }
    const Quote& QuoteOf(Index i) const { return quotes[entities[i].detail]; }
    const Metric& MetricOf(Index i) const { return metrics[entities[i].detail]; }
    const Source& SourceOf(Index i) const { return sources[entities[i].detail]; }
};

} // namespace polity
