// Typed field reading with checks, lazy JSON pointers and "did you mean" suggestions.
#include "validate_fields.hpp"

#include "json_scan.hpp"

#include "polity/chars.hpp"
#include "polity/numbers.hpp"

#include <algorithm>
#include <cmath>

namespace polity::detail {

//-----------------------------------------------------------------------------
// [SECTION] Paths and suggestions
//-----------------------------------------------------------------------------

std::string Path::Pointer() const {
    if (!parent) return "";
    std::string head = parent->Pointer();
    return head + "/" + (is_index ? std::to_string(index) : EscapePointerToken(key));
}

namespace {

std::size_t EditDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

const char* Article(Kind k) { return k == Kind::Institution || k == Kind::Event ? "an " : "a "; }

std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

} // namespace

std::string ClosestMatch(std::string_view word, const std::vector<std::string_view>& candidates) {
    std::string_view best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = EditDistance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return std::string(best);
}

std::string KindList(std::uint32_t kinds) {
    if ((kinds & 0x7Fu) == 0x7Fu) return "any entity";
    std::string out;
    for (int k = 0; k < kKindCount; ++k) {
        if (!(kinds & (1u << k))) continue;
        if (!out.empty()) out += " or ";
        out += Article(static_cast<Kind>(k));
        out += KindName(static_cast<Kind>(k));
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Reporting and structure
//-----------------------------------------------------------------------------

void FieldReader::Report(Severity s, const Path& at, std::string message, std::string hint) {
    out_.push_back(PendingDiagnostic{s, at.Pointer(), std::move(message), std::move(hint)});
}
void FieldReader::Error(const Path& at, std::string message, std::string hint) {
    Report(Severity::Error, at, std::move(message), std::move(hint));
}
void FieldReader::Warning(const Path& at, std::string message, std::string hint) {
    Report(Severity::Warning, at, std::move(message), std::move(hint));
}

bool FieldReader::ExpectObject(const json& v, const Path& at, const char* what) {
    if (v.is_object()) return true;
    Error(at, std::string(what) + " must be an object, not " + v.type_name(), "Write it as { \"key\": value, ... }.");
    return false;
}

bool FieldReader::ExpectArray(const json& v, const Path& at, const char* what) {
    if (v.is_array()) return true;
    Error(at, std::string(what) + " must be an array, not " + v.type_name(), "Write it as [ ... ].");
    return false;
}

void FieldReader::CheckKeys(const json& object, const Path& at, std::initializer_list<const char*> allowed) {
    if (!object.is_object()) return;
    for (const json& member : object) CheckKey(member.key(), at, allowed);
}

void FieldReader::CheckKey(std::string_view key, const Path& at, std::initializer_list<const char*> allowed) {
    // string_view equality looks at the lengths first: most names differ there.
    if (std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == std::string_view(a); })) return;
    std::vector<std::string_view> names(allowed.begin(), allowed.end());
    const std::string near = ClosestMatch(key, names);
    std::string hint = near.empty() ? "Allowed here: " : "Did you mean " + Quoted(near) + "? Allowed here: ";
    for (std::size_t i = 0; i < names.size(); ++i) hint += (i ? ", " : "") + std::string(names[i]);
    Warning(at.Key(key), "unknown field " + Quoted(key) + " (ignored)", hint + ".");
}

json* FieldReader::Optional(json& object, const char* key) { return object.Find(key); }

json* FieldReader::Required(json& object, const Path& at, const char* key) {
    json* v = Optional(object, key);
    if (!v) Error(at, "missing required field " + Quoted(key), "Add \"" + std::string(key) + "\" to this object.");
    return v;
}

//-----------------------------------------------------------------------------
// [SECTION] Scalars, texts, dates
//-----------------------------------------------------------------------------

std::string FieldReader::String(json* v, const Path& at, bool required, const char* key) {
    if (!v) {
        if (required) Error(at, "missing required field " + Quoted(key), "Add \"" + std::string(key) + "\" to this object.");
        return {};
    }
    const Path here = at.Key(key);
    if (!v->is_string()) {
        Error(here, Quoted(key) + " must be a string, not " + v->type_name());
        return {};
    }
    std::string s(v->str());
    if (required && s.empty()) Error(here, Quoted(key) + " must not be empty");
    if (!CheckCharacters(s, here, false, key)) s.clear();
    return s;
}

bool FieldReader::CheckCharacters(std::string_view text, const Path& at, bool is_text, const char* key) {
    const FoundCharacter found = FindControlCharacter(text, is_text);
    if (found.position == 0) return true;
    const std::string where = is_text ? "the text" : Quoted(key);
    Error(at,
        "control character " + DescribeCharacter(found.code_point) + " in " + where + ", at character " +
            std::to_string(found.position),
        is_text ? "Remove it: a text may hold tabs and line breaks, but no other control character (they are "
                  "invisible, and programs cut the text at some of them)."
                : Quoted(key) +
                " is one line of plain text: remove the line breaks, tabs and other control "
                "characters.");
    return false;
}

const std::string& FieldReader::DefaultLanguage() const {
    static const std::string kEnglish = "en";  // immutable; only used when meta has no languages
    return languages_.empty() ? kEnglish : languages_.front();
}

std::string UnknownLanguageHint(std::string_view code) {
    return code == "kz" ? "Kazakh is 'kk' in ISO 639-1 ('kz' is the country)." : "Use a two-letter ISO 639-1 code such as en, ru, kk.";
}

void FieldReader::CheckLanguage(std::string_view code, const Path& at) {
    if (!IsKnownLanguage(code)) {
        Error(at, "unknown language code " + Quoted(code), UnknownLanguageHint(code));
    } else if (!languages_.empty() && std::find(languages_.begin(), languages_.end(), code) == languages_.end()) {
        Warning(at, "language " + Quoted(code) + " is not declared in meta.languages", "Add it to \"languages\" in meta.");
    }
}

Text FieldReader::ReadText(json* v, const Path& at, bool required, const char* key, bool one_line) {
    Text text;
    const Path here = at.Key(key);
    if (!v) {
        if (required) Error(at, "missing required field " + Quoted(key), "Add \"" + std::string(key) + "\" (a text) to this object.");
        return text;
    }
    bool rejected = false; // a translation with a control character: reported, and left out
    if (v->is_string()) {
        const std::string_view s = v->str();
        rejected = !s.empty() && !CheckCharacters(s, here, !one_line, key);
        if (!s.empty() && !rejected) text.Set(DefaultLanguage(), std::string(s));
    } else if (v->is_object()) {
        for (const json& translation : *v) {
            const Path lang_at = here.Key(translation.key());
            CheckLanguage(translation.key(), lang_at);
            if (!translation.is_string()) {
                Error(lang_at, "a translation must be a string, not " + std::string(translation.type_name()));
                continue;
            }
            const std::string_view s = translation.str();
            if (s.empty()) continue;
            if (CheckCharacters(s, lang_at, !one_line, key))
                text.Set(translation.key(), std::string(s));
            else
                rejected = true;
        }
    } else {
        Error(here, Quoted(key) + " must be a text: a string or an object of translations, not " + v->type_name(),
              "Write \"" + std::string(key) + "\": \"...\" or {\"en\": \"...\", \"ru\": \"...\"}.");
        return text;
    }
    if (required && text.empty() && !rejected) Error(here, Quoted(key) + " must not be empty");
    return text;
}

Date FieldReader::ReadDate(json* v, const Path& at, bool required, const char* key) {
    Date date;
    if (!v) {
        if (required) Error(at, "missing required field " + Quoted(key), "Add a date such as \"2022-06-05\", \"2022-06\" or \"2022\".");
        return date;
    }
    const Path here = at.Key(key);
    if (!v->is_string()) {
        Error(here, Quoted(key) + " must be a date string, not " + v->type_name(), "Write it as \"2022-06-05\", \"2022-06\" or \"2022\".");
        return date;
    }
    const std::string s(v->str());
    switch (ParseDate(s, &date)) {
    case DateError::None: break;
    case DateError::Syntax:
        Error(here, "bad date " + Quoted(s), "Write it as \"yyyy-mm-dd\", \"yyyy-mm\" or \"yyyy\".");
        break;
    case DateError::Month:
        Error(here, "impossible date " + Quoted(s) + ": there is no month " + s.substr(5, 2), "Months run from 01 to 12.");
        break;
    case DateError::Day:
        Error(here, "impossible date " + Quoted(s) + ": that month has " +
                        std::to_string(DaysInMonth(static_cast<int>(ParseInteger(s.substr(0, 4))),
                                                           static_cast<int>(ParseInteger(s.substr(5, 2))))) + " days");
        break;
    }
    return date;
}

//-----------------------------------------------------------------------------
// [SECTION] References
//-----------------------------------------------------------------------------

std::string FieldReader::SuggestId(std::string_view id, std::uint32_t kinds) const {
    std::vector<std::string_view> ids;
    for (const Entity& e : data_.entities)
        if (kinds & KindBit(e.kind) && !e.id.empty()) ids.push_back(e.id);
    return ClosestMatch(id, ids);
}

Index FieldReader::Ref(json* v, const Path& at, std::uint32_t kinds, bool required, const char* key) {
    if (!v) {
        if (required) Error(at, "missing required field " + Quoted(key), "Add the id of " + KindList(kinds) + ".");
        return kNone;
    }
    const Path here = key ? at.Key(key) : at;
    if (!v->is_string()) {
        Error(here, "a reference must be an id string, not " + std::string(v->type_name()));
        return kNone;
    }
    const std::string_view id = v->str();
    const Index target = data_.Find(id);
    if (target == kNone) {
        std::string near = suggestions_left_-- > 0 ? SuggestId(id, kinds) : std::string();
        Error(here, "unknown id " + Quoted(id) + " (expected " + KindList(kinds) + ")",
              near.empty() ? "Check the spelling, or add the entity it refers to." : "Did you mean " + Quoted(near) + "?");
        return kNone;
    }
    const Kind kind = data_.entities[target].kind;
    if (!(kinds & KindBit(kind))) {
        Error(here, Quoted(id) + " is " + Article(kind) + KindName(kind) + ", but " + KindList(kinds) + " is expected here");
        return kNone;
    }
    return target;
}

std::vector<Index> FieldReader::Refs(json* v, const Path& at, std::uint32_t kinds, bool required, const char* key) {
    std::vector<Index> out;
    const Path here = at.Key(key);
    if (!v) {
        if (required) Error(at, "missing required field " + Quoted(key), "Add \"" + std::string(key) + "\": [ids of " + KindList(kinds) + "].");
        return out;
    }
    if (!ExpectArray(*v, here, key)) return out;
    if (required && v->empty()) Error(here, Quoted(key) + " must not be empty", "Cite at least one " + KindList(kinds).substr(2) + ".");
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Index target = Ref(&(*v)[i], here.At(i), kinds, true, nullptr);
        if (target == kNone) continue;
        if (std::find(out.begin(), out.end(), target) != out.end())
            Warning(here.At(i), "listed twice: " + Quoted(data_.entities[target].id));
        else
            out.push_back(target);
    }
    return out;
}

std::vector<Index> FieldReader::Sources(json& object, const Path& at, bool required) {
    json* v = Optional(object, "sources");
    if (!v && required) {
        Error(at, "no source cited: every fact needs at least one source", "Add \"sources\": [\"source-id\"].");
        return {};
    }
    return Refs(v, at, KindBit(Kind::Source), required, "sources");
}

std::vector<std::uint16_t> FieldReader::Themes(json& object, const Path& at) {
    std::vector<std::uint16_t> out;
    json* v = Optional(object, "themes");
    if (!v) return out;
    const Path here = at.Key("themes");
    if (!ExpectArray(*v, here, "themes")) return out;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json& t = (*v)[i];
        const int theme = t.is_string() ? data_.FindTheme(t.str()) : -1;
        if (theme >= 0) {
            out.push_back(static_cast<std::uint16_t>(theme));
            continue;
        }
        std::vector<std::string_view> ids;
        for (const Theme& th : data_.themes) ids.push_back(th.id);
        const std::string near = t.is_string() ? ClosestMatch(t.str(), ids) : std::string();
        Error(here.At(i), t.is_string() ? "unknown theme " + Quoted(t.str()) : "a theme must be an id string",
              near.empty() ? "Declare it in the top-level \"themes\" array." : "Did you mean " + Quoted(near) + "?");
    }
    return out;
}

} // namespace polity::detail
