// Building a Dataset from the text as it is read: every rule of the format
// (docs/dataset-format.md) is checked here, and every problem is reported — not just the first.
#include "validate.hpp"

#include "survey.hpp"
#include "validate_fields.hpp"

#include "polity/link.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace polity::detail {

namespace {

bool IsValidId(std::string_view id) {
    if (id.empty() || id.front() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

class Builder {
public:
    Builder(BuildOutcome& out, Survey survey) : data_(out.dataset), read_(out.diagnostics, out.dataset), survey_(std::move(survey)) {}

    // Reads the whole document: the top level a member at a time, each entity, theme and
    // relation whole, then the relations that fields imply.
    void Read(JsonReader& in) {
        const Path top;
        if (!in.Start()) return;
        Prepare(top);
        if (in.Peek() != '{') {
            if (in.Read(tree_)) read_.ExpectObject(tree_.root(), top, "the dataset");
            in.Finish();
            return;
        }
        in.EnterObject();
        std::unordered_map<std::string, int> seen;
        std::string_view key;
        while (in.NextMember(&key)) {
            const std::string name(key);
            // A name given twice (an error the reader reports): the later member counts.
            if (++seen[name] < survey_.occurrences[name]) {
                in.Skip();
                continue;
            }
            ReadMember(in, name, top);
        }
        if (in.failed()) return;
        if (!seen.count("format")) read_.Error(top, "missing required field 'format'", "Add \"format\" to this object.");
        if (!seen.count("meta")) read_.Error(top, "missing required field 'meta'", "Add \"meta\" to this object.");
        in.Finish();
        DeriveRelations();
    }

private:
    //--- top level -------------------------------------------------------------

    void ReadMember(JsonReader& in, const std::string& name, const Path& top) {
        Kind kind;
        if (ParsePluralKey(name, &kind)) return ReadEntities(in, kind, top);
        if (name == "themes") return ReadThemes(in, top);
        if (name == "relations") return ReadRelations(in, top);
        read_.CheckKey(name, top, {"$schema", "format", "meta", "themes", "sources", "institutions", "reforms", "events",
                                   "people", "quotes", "metrics", "relations"});
        if (name != "format" && name != "meta") return void(in.Skip());
        if (!in.Read(tree_)) return;
        if (name == "format") CheckFormat(tree_.root(), top);
        else ReadMeta(tree_.root(), top.Key("meta"));
    }

    // An array member read one element at a time: each(index, element) for each; a member
    // that is no array is reported as such.
    template <class F>
    void Elements(JsonReader& in, const Path& at, const char* what, F&& each) {
        if (in.Peek() != '[') {
            if (in.Read(tree_)) read_.ExpectArray(tree_.root(), at, what);
            return;
        }
        in.EnterArray();
        while (in.NextElement()) {
            const std::size_t index = in.ElementIndex();
            if (!in.Read(tree_)) return;
            each(index, tree_.root());
        }
    }

    // What the survey found, before the reading: the languages texts default to, the theme ids
    // and every entity's id, so a reference resolves wherever its target sits in the file.
    void Prepare(const Path& top) {
        read_.SetLanguages(UsableLanguages(survey_.languages));
        for (const std::string& id : survey_.themes) data_.themes.push_back(Theme{id, {}, 0});
        RegisterIds(top);
        // Room for the file's relations and, when there are any, one implied by each quote, metric,
        // event, reform and person: growing a million relations later would hold them twice.
        const std::size_t implied = data_.quotes.size() + data_.metrics.size() + data_.events.size() +
                                    data_.reforms.size() + data_.people.size();
        data_.relations.reserve(survey_.relations + (survey_.relations > 0 ? implied : 0));
    }

    // The languages texts may use: the known codes of meta.languages, each once.
    static std::vector<std::string> UsableLanguages(const std::vector<std::string>& listed) {
        std::vector<std::string> codes;
        for (const std::string& code : listed)
            if (IsKnownLanguage(code) && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
        return codes;
    }

    void CheckFormat(json& f, const Path& top) {
        if (!(f.is_string() && f.str() == "polity/1"))
            read_.Error(top.Key("format"), "unsupported format " + f.dump(), "This version reads \"format\": \"polity/1\".");
    }

    void ReadLanguages(json& meta, const Path& at) {
        json* langs = read_.Required(meta, at, "languages");
        if (!langs || !read_.ExpectArray(*langs, at.Key("languages"), "\"languages\"")) return;
        std::vector<std::string> codes;
        const Path list = at.Key("languages");
        for (std::size_t i = 0; i < langs->size(); ++i) {
            const json& code = (*langs)[i];
            const Path here = list.At(i);
            if (!code.is_string() || !IsKnownLanguage(code.str()))
                read_.Error(here, "unknown language code " + code.dump(), "Use ISO 639-1 codes: en, ru, kk, ... (Kazakh is 'kk').");
            else if (std::find(codes.begin(), codes.end(), code.str()) != codes.end())
                read_.Warning(here, "language " + code.dump() + " is listed twice");
            else
                codes.push_back(std::string(code.str()));
        }
        if (codes.empty() && langs->empty()) read_.Error(at.Key("languages"), "\"languages\" must list at least one language");
        data_.meta.languages = codes;
    }

    void ReadMeta(json& meta, const Path& at) {
        if (!read_.ExpectObject(meta, at, "\"meta\"")) return;
        ReadLanguages(meta, at);
        read_.CheckKeys(meta, at, {"title", "dek", "languages", "date", "credit", "licence", "sources"});
        data_.meta.title = read_.ReadText(FieldReader::Optional(meta, "title"), at, true, "title");
        data_.meta.dek = read_.ReadText(FieldReader::Optional(meta, "dek"), at, false, "dek");
        data_.meta.credit = read_.ReadText(FieldReader::Optional(meta, "credit"), at, false, "credit");
        data_.meta.licence = read_.ReadText(FieldReader::Optional(meta, "licence"), at, false, "licence", true);
        data_.meta.date = read_.ReadDate(FieldReader::Optional(meta, "date"), at, true, "date");
        data_.meta.sources = read_.Sources(meta, at, true);
    }

    // Themes are numbered as the survey numbered them: the objects of the array, in order.
    void ReadThemes(JsonReader& in, const Path& top) {
        const Path list = top.Key("themes");
        std::size_t number = 0;
        Elements(in, list, "\"themes\"", [&](std::size_t i, json& t) {
            const Path at = list.At(i);
            if (!read_.ExpectObject(t, at, "a theme")) return;
            if (number >= data_.themes.size()) return;  // the survey stopped early: the text is malformed
            Theme& theme = data_.themes[number++];
            read_.CheckKeys(t, at, {"id", "name", "color"});
            theme.id = read_.String(FieldReader::Optional(t, "id"), at, true, "id");
            if (!theme.id.empty() && !IsValidId(theme.id)) BadId(at.Key("id"), theme.id);
            const int first = data_.FindTheme(theme.id);
            if (first >= 0 && first < static_cast<int>(&theme - data_.themes.data()))
                read_.Error(at.Key("id"), "duplicate theme id '" + theme.id + "'");
            theme.name = read_.ReadText(FieldReader::Optional(t, "name"), at, true, "name");
            theme.color = ReadColor(FieldReader::Optional(t, "color"), at);
        });
    }

    std::uint32_t ReadColor(json* v, const Path& at) {
        if (!v) return 0;
        const std::string s = v->is_string() ? std::string(v->str()) : std::string();
        const bool ok = s.size() == 7 && s[0] == '#' && s.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
        if (!ok) {
            read_.Error(at.Key("color"), "bad colour " + v->dump(), "Write it as \"#rrggbb\", e.g. \"#1f77b4\".");
            return 0;
        }
        return static_cast<std::uint32_t>(std::stoul(s.substr(1), nullptr, 16));
    }

    void BadId(const Path& at, const std::string& id) {
        read_.Error(at, "bad id '" + id + "'", "Use lowercase letters, digits and hyphens, e.g. \"supreme-court\".");
    }

    //--- ids: all of them first, so references can point forward --------------

    void RegisterIds(const Path& top) {
        std::size_t total = 0;
        for (const auto& elements : survey_.entities) total += elements.size();
        // Sized once: growing the id table step by step rehashed every id ~17 times at 100k.
        data_.entities.reserve(total);
        data_.by_id.Reserve(data_.entities, total);
        for (int k = 0; k < kKindCount; ++k) {
            const Kind kind = static_cast<Kind>(k);
            first_[k] = static_cast<Index>(data_.entities.size());
            auto& elements = survey_.entities[k];
            ResizeDetails(kind, elements.size());
            const Path list = top.Key(KindPluralKey(kind));
            for (std::size_t i = 0; i < elements.size(); ++i) Register(kind, elements[i], list.At(i), i);
            elements = {};  // the ids now live in the model
        }
    }

    void Register(Kind kind, Survey::Element& element, const Path& at, std::size_t detail) {
        Entity e;
        e.kind = kind;
        e.detail = static_cast<std::uint32_t>(detail);
        const Index index = static_cast<Index>(data_.entities.size());
        if (element.has_id) e.id = std::move(element.id);
        data_.entities.push_back(std::move(e));
        if (!element.has_id) return;
        const std::string& id = data_.entities[index].id;
        if (!IsValidId(id)) BadId(at.Key("id"), id);
        const Index first = data_.by_id.Add(data_.entities, index);
        if (first != kNone) {
            const Entity& earlier = data_.entities[first];
            read_.Error(at.Key("id"), "duplicate id '" + id + "': already used by " + std::string(KindName(earlier.kind)) +
                                          " #" + std::to_string(earlier.detail + 1),
                        "Ids must be unique across the whole file.");
        }
    }

    void ResizeDetails(Kind kind, std::size_t n) {
        switch (kind) {
        case Kind::Institution: data_.institutions.resize(n); break;
        case Kind::Reform:      data_.reforms.resize(n); break;
        case Kind::Event:       data_.events.resize(n); break;
        case Kind::Person:      data_.people.resize(n); break;
        case Kind::Quote:       data_.quotes.resize(n); break;
        case Kind::Metric:      data_.metrics.resize(n); break;
        case Kind::Source:      data_.sources.resize(n); break;
        }
    }

    //--- entities --------------------------------------------------------------

    void ReadEntities(JsonReader& in, Kind kind, const Path& top) {
        const Path list = top.Key(KindPluralKey(kind));
        const int k = static_cast<int>(kind);
        const std::size_t count = (k + 1 < kKindCount ? first_[k + 1] : data_.entities.size()) - first_[k];
        Elements(in, list, KindPluralKey(kind), [&](std::size_t i, json& v) {
            if (i >= count) return;  // the survey stopped early: the text is malformed, and the reader says so
            const Path at = list.At(i);
            if (!read_.ExpectObject(v, at, KindName(kind))) return;
            const json* id = v.Find("id");
            if (!id) read_.Error(at, "missing required field 'id'", "Give it a unique id such as \"my-institution\".");
            else if (!id->is_string()) read_.Error(at.Key("id"), "'id' must be a string");
            BuildOne(kind, v, at, data_.entities[first_[k] + i]);
        });
    }

    void BuildOne(Kind kind, json& v, const Path& at, Entity& e) {
        e.themes = read_.Themes(v, at);
        e.sources = read_.Sources(v, at, kind != Kind::Source);
        switch (kind) {
        case Kind::Institution: BuildInstitution(v, at, e); break;
        case Kind::Reform:      BuildReform(v, at, e); break;
        case Kind::Event:       BuildEvent(v, at, e); break;
        case Kind::Person:      BuildPerson(v, at, e); break;
        case Kind::Quote:       BuildQuote(v, at, e); break;
        case Kind::Metric:      BuildMetric(v, at, e); break;
        case Kind::Source:      BuildSource(v, at, e); break;
        }
    }

    Text TextField(json& v, const Path& at, const char* key, bool required) {
        return read_.ReadText(FieldReader::Optional(v, key), at, required, key);
    }
    Text LineField(json& v, const Path& at, const char* key, bool required) {  // one line in each language
        return read_.ReadText(FieldReader::Optional(v, key), at, required, key, true);
    }
    Date DateField(json& v, const Path& at, const char* key, bool required) {
        return read_.ReadDate(FieldReader::Optional(v, key), at, required, key);
    }
    // A "language" member: a known ISO 639-1 code, or "" (reported when it is not one).
    std::string LanguageField(json& v, const Path& at, bool required) {
        std::string code = read_.String(FieldReader::Optional(v, "language"), at, required, "language");
        if (code.empty() || IsKnownLanguage(code)) return code;
        read_.Error(at.Key("language"), "unknown language code '" + code + "'", UnknownLanguageHint(code));
        return {};
    }
    void CheckSpan(const Path& at, Date start, Date end) {
        if (start.IsSet() && end.IsSet() && end.LastDayKey() < start.FirstDayKey())
            read_.Error(at.Key("end"), "ends (" + end.ToString() + ") before it starts (" + start.ToString() + ")");
    }

    void BuildSource(json& v, const Path& at, Entity& e) {
        read_.CheckKeys(v, at, {"id", "title", "publisher", "place", "date", "language", "url", "excerpt", "themes"});
        Source& s = data_.sources[e.detail];
        e.name = TextField(v, at, "title", true);
        e.date = DateField(v, at, "date", true);
        s.language = LanguageField(v, at, false);
        s.publisher = LineField(v, at, "publisher", true);
        s.place = LineField(v, at, "place", false);
        s.url = read_.String(FieldReader::Optional(v, "url"), at, false, "url");
        if (!s.url.empty() && !IsWebLink(s.url)) {
            read_.Error(at.Key("url"), "not an http(s) URL: '" + s.url + "'",
                "A link is https:// or http:// and a host, with no spaces, no user name (user@) and "
                "nothing invisible in it.");
            s.url.clear();
        }
        s.excerpt = TextField(v, at, "excerpt", false);
    }

    void BuildInstitution(json& v, const Path& at, Entity& e) {
        read_.CheckKeys(v, at, {"id", "name", "short", "category", "description", "role", "founded", "themes", "sources"});
        Institution& d = data_.institutions[e.detail];
        e.name = TextField(v, at, "name", true);
        e.description = TextField(v, at, "description", true);
        e.date = DateField(v, at, "founded", false);
        d.short_name = TextField(v, at, "short", false);
        d.role = TextField(v, at, "role", false);
        d.category = read_.String(FieldReader::Optional(v, "category"), at, false, "category");
    }

    void BuildReform(json& v, const Path& at, Entity& e) {
        read_.CheckKeys(v, at, {"id", "name", "date", "adopted_by", "description", "changes", "themes", "sources"});
        Reform& r = data_.reforms[e.detail];
        e.name = TextField(v, at, "name", true);
        e.description = TextField(v, at, "description", true);
        e.date = DateField(v, at, "date", true);
        r.adopted_by = read_.String(FieldReader::Optional(v, "adopted_by"), at, true, "adopted_by");
        static const char* const kWays[] = {"referendum", "law", "decree", "amendment", "other"};
        if (!r.adopted_by.empty() && std::none_of(std::begin(kWays), std::end(kWays), [&](const char* w) { return r.adopted_by == w; }))
            read_.Error(at.Key("adopted_by"), "unknown way of adoption '" + r.adopted_by + "'",
                        "Use one of: referendum, law, decree, amendment, other.");
        json* changes = FieldReader::Optional(v, "changes");
        if (!changes || !read_.ExpectArray(*changes, at.Key("changes"), "\"changes\"")) return;
        for (std::size_t i = 0; i < changes->size(); ++i) r.changes.push_back(ReadChange((*changes)[i], at.Key("changes").At(i)));
    }

    Change ReadChange(json& v, const Path& at) {
        Change c;
        if (!read_.ExpectObject(v, at, "a change")) return c;
        read_.CheckKeys(v, at, {"topic", "institution", "before", "after", "sources"});
        c.topic = TextField(v, at, "topic", true);
        c.institution = read_.Ref(FieldReader::Optional(v, "institution"), at, KindBit(Kind::Institution), false, "institution");
        c.before = TextField(v, at, "before", false);
        c.after = TextField(v, at, "after", true);
        c.sources = read_.Sources(v, at, true);
        return c;
    }

    void BuildEvent(json& v, const Path& at, Entity& e) {
        read_.CheckKeys(v, at, {"id", "title", "date", "end", "description", "reform", "themes", "sources"});
        e.name = TextField(v, at, "title", true);
        e.description = TextField(v, at, "description", false);
        e.date = DateField(v, at, "date", true);
        e.end = DateField(v, at, "end", false);
        CheckSpan(at, e.date, e.end);
        data_.events[e.detail].reform = read_.Ref(FieldReader::Optional(v, "reform"), at, KindBit(Kind::Reform), false, "reform");
    }

    void BuildPerson(json& v, const Path& at, Entity& e) {
        read_.CheckKeys(v, at, {"id", "name", "roles", "description", "themes", "sources"});
        e.name = TextField(v, at, "name", true);
        e.description = TextField(v, at, "description", false);
        json* roles = FieldReader::Optional(v, "roles");
        if (!roles || !read_.ExpectArray(*roles, at.Key("roles"), "\"roles\"")) return;
        const Path list = at.Key("roles");
        for (std::size_t i = 0; i < roles->size(); ++i) {
            json& r = (*roles)[i];
            const Path here = list.At(i);
            if (!read_.ExpectObject(r, here, "a role")) continue;
            read_.CheckKeys(r, here, {"title", "institution"});
            Role role;
            role.title = TextField(r, here, "title", true);
            role.institution = read_.Ref(FieldReader::Optional(r, "institution"), here, KindBit(Kind::Institution), false, "institution");
            data_.people[e.detail].roles.push_back(std::move(role));
        }
    }

    void BuildQuote(json& v, const Path& at, Entity& e) {
        read_.CheckKeys(v, at, {"id", "person", "text", "language", "date", "context", "themes", "sources"});
        Quote& q = data_.quotes[e.detail];
        q.person = read_.Ref(FieldReader::Optional(v, "person"), at, KindBit(Kind::Person), true, "person");
        e.name = TextField(v, at, "text", true);
        e.description = TextField(v, at, "context", false);
        e.date = DateField(v, at, "date", false);
        q.language = LanguageField(v, at, true);
        if (!q.language.empty() && !e.name.empty() && !e.name.Find(q.language))
            read_.Error(at.Key("text"), "the quote has no text in its original language '" + q.language + "'",
                        "Quotes keep the speaker's own words; other languages are translations.");
    }

    void BuildMetric(json& v, const Path& at, Entity& e) {
        read_.CheckKeys(v, at, {"id", "name", "unit", "subject", "description", "observations", "themes", "sources"});
        Metric& m = data_.metrics[e.detail];
        e.name = TextField(v, at, "name", true);
        e.description = TextField(v, at, "description", false);
        m.unit = TextField(v, at, "unit", true);
        m.subject = read_.Ref(FieldReader::Optional(v, "subject"), at, KindBit(Kind::Institution) | KindBit(Kind::Reform), false, "subject");
        json* obs = read_.Required(v, at, "observations");
        if (!obs || !read_.ExpectArray(*obs, at.Key("observations"), "\"observations\"")) return;
        if (obs->empty()) read_.Error(at.Key("observations"), "a metric needs at least one observation");
        for (std::size_t i = 0; i < obs->size(); ++i) m.observations.push_back(ReadObservation((*obs)[i], at.Key("observations").At(i)));
        for (const Observation& o : m.observations)
            if (o.date.IsSet() && (!e.date.IsSet() || o.date < e.date)) e.date = o.date;
    }

    Observation ReadObservation(json& v, const Path& at) {
        Observation o;
        if (!read_.ExpectObject(v, at, "an observation")) return o;
        read_.CheckKeys(v, at, {"value", "qualifier", "date", "end", "label", "note", "sources"});
        json* value = read_.Required(v, at, "value");
        if (value && value->is_number() && std::isfinite(value->number())) o.value = value->number();
        else if (value) read_.Error(at.Key("value"), "'value' must be a number, not " + std::string(value->type_name()),
                                    "Write the figure as a plain number (7000, 0.5) and put words like 'nearly' in \"qualifier\".");
        json* q = FieldReader::Optional(v, "qualifier");
        if (q && !(q->is_string() && ParseQualifier(q->str(), &o.qualifier)))
            read_.Error(at.Key("qualifier"), "unknown qualifier " + q->dump(), "Use one of: exact, about, nearly, over, under.");
        o.date = DateField(v, at, "date", false);
        o.end = DateField(v, at, "end", false);
        CheckSpan(at, o.date, o.end);
        if (o.end.IsSet() && !o.date.IsSet() && !v.contains("date"))
            read_.Error(at.Key("end"), "a period needs a start: \"end\" without \"date\"", "Add \"date\" for the start of the period.");
        o.label = TextField(v, at, "label", false);
        o.note = TextField(v, at, "note", false);
        if (!o.date.IsSet() && o.label.empty() && !v.contains("date"))
            read_.Error(at, "an observation needs a \"date\" or, where the source gives none, a \"label\"",
                        "For example \"label\": \"a few years earlier\".");
        o.sources = read_.Sources(v, at, true);
        return o;
    }

    //--- relations ---------------------------------------------------------------

    void ReadRelations(JsonReader& in, const Path& top) {
        const Path list = top.Key("relations");
        Elements(in, list, "\"relations\"", [&](std::size_t i, json& v) { ReadRelation(v, list.At(i)); });
    }

    void ReadRelation(json& v, const Path& at) {
        if (!read_.ExpectObject(v, at, "a relation")) return;
        read_.CheckKeys(v, at, {"from", "type", "to", "sources", "note"});
        Relation r;
        r.from = read_.Ref(FieldReader::Optional(v, "from"), at, 0x7Fu, true, "from");
        r.to = read_.Ref(FieldReader::Optional(v, "to"), at, 0x7Fu, true, "to");
        const std::string type = read_.String(FieldReader::Optional(v, "type"), at, true, "type");
        r.sources = read_.Sources(v, at, false);
        r.note = read_.ReadText(FieldReader::Optional(v, "note"), at, false, "note");
        if (type.empty()) return;
        if (!ParseRelationType(type, &r.type)) {
            std::vector<std::string_view> names;
            for (int t = 0; t < kRelationTypeCount; ++t) names.push_back(RelationTypeName(static_cast<RelationType>(t)));
            const std::string near = ClosestMatch(type, names);
            read_.Error(at.Key("type"), "unknown relation type '" + type + "'",
                        near.empty() ? "See the relation types in the dataset format." : "Did you mean '" + near + "'?");
            return;
        }
        if (r.from == kNone || r.to == kNone) return;
        const Entity& from = data_.entities[r.from];
        const Entity& to = data_.entities[r.to];
        if (!RelationAllowed(r.type, from.kind, to.kind)) {
            read_.Error(at.Key("type"), "relation type '" + type + "' cannot go from " + KindList(KindBit(from.kind)) + " ('" + from.id +
                                            "') to " + KindList(KindBit(to.kind)) + " ('" + to.id + "')",
                        "Check the direction, or use another type (see the table of relation types).");
            return;
        }
        data_.relations.push_back(std::move(r));
    }

    static std::uint64_t RelationKey(Index from, Index to, RelationType type) {
        return (std::uint64_t{from} << 36) ^ (std::uint64_t{to} << 4) ^ static_cast<std::uint64_t>(type);
    }

    // The relations fields imply, unless the file (or an earlier field) says them already. The
    // file's relations are looked up in a sorted list of keys: a hash set of a million relations
    // would weigh as much as the relations themselves.
    void DeriveRelations() {
        std::vector<std::uint64_t> written;
        written.reserve(data_.relations.size());
        for (const Relation& r : data_.relations) written.push_back(RelationKey(r.from, r.to, r.type));
        std::sort(written.begin(), written.end());
        std::vector<Relation> implied;
        const auto derive = [&](Index from, Index to, RelationType type) {
            if (from != kNone && to != kNone && !std::binary_search(written.begin(), written.end(), RelationKey(from, to, type)))
                implied.push_back(Relation{from, to, type, true, {}, {}});
        };
        for (Index i = 0; i < data_.entities.size(); ++i) {
            const Entity& e = data_.entities[i];
            switch (e.kind) {
            case Kind::Quote:  derive(data_.QuoteOf(i).person, i, RelationType::Said); break;
            case Kind::Metric: derive(i, data_.MetricOf(i).subject, RelationType::Measures); break;
            case Kind::Event:  derive(i, data_.EventOf(i).reform, RelationType::Enacted); break;
            case Kind::Reform:
                for (const Change& c : data_.ReformOf(i).changes) derive(i, c.institution, RelationType::Changed);
                break;
            case Kind::Person:
                for (const Role& r : data_.PersonOf(i).roles) derive(i, r.institution, RelationType::MemberOf);
                break;
            default: break;
            }
        }
        // Each implied relation once, where it was first implied.
        std::vector<std::pair<std::uint64_t, std::size_t>> keys;
        keys.reserve(implied.size());
        for (std::size_t k = 0; k < implied.size(); ++k) keys.emplace_back(RelationKey(implied[k].from, implied[k].to, implied[k].type), k);
        std::sort(keys.begin(), keys.end());
        std::vector<bool> repeated(implied.size(), false);
        for (std::size_t k = 1; k < keys.size(); ++k)
            if (keys[k].first == keys[k - 1].first) repeated[keys[k].second] = true;
        data_.relations.reserve(data_.relations.size() + implied.size());
        for (std::size_t k = 0; k < implied.size(); ++k)
            if (!repeated[k]) data_.relations.push_back(std::move(implied[k]));
    }

    Dataset& data_;
    FieldReader read_;
    Survey survey_;
    JsonTree tree_;                          // the value being read; its memory serves the next
    std::array<Index, kKindCount> first_{};  // each kind's first entity
};

} // namespace

BuildOutcome ReadDataset(std::string_view text, int max_depth, std::size_t max_string_bytes) {
    BuildOutcome out;
    JsonReader in(text, max_depth, max_string_bytes);
    Builder builder(out, SurveyDataset(text));
    builder.Read(in);
    out.complete = !in.failed();
    out.parse_problems = std::move(in.problems());
    out.dataset.characters = in.characters().NonAscii();
    if (out.complete && std::none_of(out.diagnostics.begin(), out.diagnostics.end(),
                                     [](const PendingDiagnostic& d) { return d.severity == Severity::Error; }))
        CheckAttribution(out.dataset, out.diagnostics);
    return out;
}

} // namespace polity::detail
