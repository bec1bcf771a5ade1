// Attribution checks over a built dataset: words and figures stay with whoever gave them.
// - A figure a person gives (a metric linked to them, or one a quote of theirs is about) that
//   another text repeats must come with their name there.
// - Words in quotation marks, in a language none of the cited sources is written in, are a
//   translation, and the text must say so; a source's excerpt in another language than the
//   source's always is one.
// Both give warnings: the explorer can show the dataset, but a reader would be misled.
//
// Index of this file
// [SECTION] Every text of a dataset, where it is and whose it is
// [SECTION] Figures in a text, names in a text
// [SECTION] Figures given by a person
// [SECTION] Translations that say so
#include "validate.hpp"

#include "polity/numbers.hpp"
#include "polity/query.hpp"

#include <algorithm>
#include <cmath>

namespace polity::detail {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Every text of a dataset, where it is and whose it is
//-----------------------------------------------------------------------------

enum class Words : std::uint8_t {
    Ours,    // written for the dataset: descriptions, notes, labels, ...
    Quote,   // a quote's words: Quote::language already says which texts are translations
    Excerpt, // a source's own words
};

// One text field. Its pointer is only built for a warning, so a clean dataset builds none.
struct TextSite {
    const Text* text = nullptr;
    const char* list = nullptr;   // "institutions", "relations", ...; "meta"
    std::size_t index = 0;        // in that list (not for "meta")
    const char* nested = nullptr; // "changes", "observations", "roles", or nullptr
    std::size_t nested_index = 0;
    const char* field = nullptr;                 // "description", "note", ...
    Index owners[2] = {kNone, kNone};            // the entity it belongs to; a relation's two ends
    const std::vector<Index>* sources = nullptr; // what it cites: its own, or its entity's
    Words words = Words::Ours;

    bool OwnedBy(Index i) const { return owners[0] == i || owners[1] == i; }

    // The item `at` of this entity's list `key` (a reform's changes, ...), citing `cited` if
    // it cites its own sources.
    TextSite Item(const char* key, std::size_t at, const std::vector<Index>* cited) const {
        TextSite item = *this;
        item.nested = key;
        item.nested_index = at;
        if (cited) item.sources = cited;
        return item;
    }

    // "/institutions/6/description/ru"; a text that may have been a plain string in the
    // default language (its only value) is pointed at without the language.
    std::string Pointer(const std::string& lang, const std::string& default_lang) const {
        std::string out = "/" + std::string(list);
        if (std::string_view(list) != "meta") out += "/" + std::to_string(index);
        if (nested) out += "/" + std::string(nested) + "/" + std::to_string(nested_index);
        out += "/" + std::string(field);
        if (text->values.size() > 1 || lang != default_lang) out += "/" + lang;
        return out;
    }
};

const char* NameField(Kind kind) {
    switch (kind) {
    case Kind::Event:
    case Kind::Source: return "title";
    case Kind::Quote: return "text";
    default: return "name";
    }
}

// Calls visit(const TextSite&) for every non-empty text of the dataset but theme names
// (which cite nothing and say nothing).
template <typename Visit>
void ForEachText(const Dataset& data, Visit&& visit) {
    const auto emit = [&](TextSite site, const Text& text, const char* field) {
        if (text.empty()) return;
        site.text = &text;
        site.field = field;
        visit(site);
    };
    TextSite meta;
    meta.list = "meta";
    meta.sources = &data.meta.sources;
    emit(meta, data.meta.title, "title");
    emit(meta, data.meta.dek, "dek");
    emit(meta, data.meta.credit, "credit");

    std::vector<Index> self(1); // a source's own texts cite the source itself
    for (Index i = 0; i < data.entities.size(); ++i) {
        const Entity& e = data.entities[i];
        TextSite at;
        at.list = KindPluralKey(e.kind);
        at.index = e.detail;
        at.owners[0] = i;
        at.sources = &e.sources;
        if (e.kind == Kind::Source) {
            self[0] = i;
            at.sources = &self;
        }
        TextSite name = at;
        if (e.kind == Kind::Quote) name.words = Words::Quote;
        emit(name, e.name, NameField(e.kind));
        emit(at, e.description, e.kind == Kind::Quote ? "context" : "description");
        switch (e.kind) {
        case Kind::Institution:
            emit(at, data.InstitutionOf(i).short_name, "short");
            emit(at, data.InstitutionOf(i).role, "role");
            break;
        case Kind::Reform: {
            const std::vector<Change>& changes = data.ReformOf(i).changes;
            for (std::size_t c = 0; c < changes.size(); ++c) {
                const TextSite change = at.Item("changes", c, &changes[c].sources);
                emit(change, changes[c].topic, "topic");
                emit(change, changes[c].before, "before");
                emit(change, changes[c].after, "after");
            }
            break;
        }
        case Kind::Person: {
            const std::vector<Role>& roles = data.PersonOf(i).roles;
            for (std::size_t r = 0; r < roles.size(); ++r) emit(at.Item("roles", r, nullptr), roles[r].title, "title");
            break;
        }
        case Kind::Metric: {
            emit(at, data.MetricOf(i).unit, "unit");
            const std::vector<Observation>& observations = data.MetricOf(i).observations;
            for (std::size_t o = 0; o < observations.size(); ++o) {
                const TextSite observation = at.Item("observations", o, &observations[o].sources);
                emit(observation, observations[o].label, "label");
                emit(observation, observations[o].note, "note");
            }
            break;
        }
        case Kind::Source: {
            TextSite excerpt = at;
            excerpt.words = Words::Excerpt;
            emit(excerpt, data.SourceOf(i).excerpt, "excerpt");
            break;
        }
        default: break;
        }
    }

    // Written relations come first, in file order (the checks run on a dataset without errors,
    // so every one of them is there); derived ones carry no note.
    for (std::size_t r = 0; r < data.relations.size() && !data.relations[r].derived; ++r) {
        TextSite note;
        note.list = "relations";
        note.index = r;
        note.owners[0] = data.relations[r].from;
        note.owners[1] = data.relations[r].to;
        note.sources = &data.relations[r].sources;
        emit(note, data.relations[r].note, "note");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Figures in a text, names in a text
//-----------------------------------------------------------------------------

constexpr auto IsDigit = [](char c) { return c >= '0' && c <= '9'; };

// Length of a thousands separator at text[at] (",", ".", a space, a no-break or thin space), or 0.
std::size_t GroupSeparatorAt(std::string_view text, std::size_t at) {
    for (std::string_view sep : {",", ".", " ", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"})
        if (text.substr(at, sep.size()) == sep) return sep.size();
    return 0;
}

// The numbers a text writes (into `out`), as a reader reads them: "1,800", "7 000" and "12 000-нан" are
// 1800, 7000 and 12000; "0.5" is 0.5; "2021–2024" is two numbers. Digits group in threes
// only after a lead of one to three digits, so "in 2024 800 visits" stays 2024 and 800.
void NumbersIn(std::string_view text, std::vector<double>& out) {
    out.clear();
    std::string digits;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!IsDigit(text[i])) {
            ++i;
            continue;
        }
        digits.clear();
        while (i < text.size() && IsDigit(text[i])) digits += text[i++];
        for (bool grouped = digits.size() <= 3; grouped;) {
            const std::size_t sep = GroupSeparatorAt(text, i);
            const std::size_t end = i + sep + 3;
            grouped = sep > 0 && end <= text.size() &&
                std::all_of(text.begin() + i + sep, text.begin() + end, IsDigit) &&
                (end == text.size() || !IsDigit(text[end]));
            if (grouped) {
                digits.append(text.substr(i + sep, 3));
                i = end;
            }
        }
        if (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') && IsDigit(text[i + 1])) {
            digits += '.';
            for (++i; i < text.size() && IsDigit(text[i]); ++i) digits += text[i];
        }
        out.push_back(ParseDouble(digits));
    }
}

bool SameFigure(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

bool IsFoldedVowel(std::string_view tail) {
    for (std::string_view v : {"a", "e", "i", "o", "u", "y", "а", "е", "и", "о", "у", "ы", "э", "ю", "я"})
        if (tail == v) return true;
    return false;
}

// The start of a person's family name that its inflected forms keep, folded for search: the
// last word of each of their names, less a final vowel ("Шаукенова" -> "шаукенов", which
// "Шаукеновой" also holds; "Malakhov" stays, and "Malakhov's" holds it).
bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::vector<std::string> NameStems(const Entity& person) {
    std::vector<std::string> stems;
    for (const auto& [lang, name] : person.name.values) {
        std::string stem = FoldForSearch(name);
        if (const std::size_t space = stem.rfind(' '); space != std::string::npos) stem.erase(0, space + 1);
        const auto letters = std::count_if(stem.begin(), stem.end(), [](char c) { return !IsContinuationByte(c); });
        std::size_t last = stem.size(); // where the last letter starts
        while (last > 0 && IsContinuationByte(stem[--last])) {}
        if (letters >= 5 && IsFoldedVowel(std::string_view(stem).substr(last))) stem.erase(last);
        if (!stem.empty() && std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(stem);
    }
    return stems;
}

//-----------------------------------------------------------------------------
// [SECTION] Figures given by a person
//-----------------------------------------------------------------------------

// A metric whose figures a person gives: a written relation links them, or a quote of theirs
// is about the metric.
struct GivenFigures {
    Index metric = kNone;
    std::vector<Index> people;
    std::vector<Index> quotes;                   // the people's quotes, which speak for them
    std::vector<std::vector<std::string>> stems; // per person
};

std::vector<GivenFigures> FiguresGivenByPeople(const Dataset& data) {
    std::vector<GivenFigures> out;
    const auto add = [&](Index metric, Index person, Index quote) {
        auto it = std::find_if(out.begin(), out.end(), [&](const GivenFigures& g) { return g.metric == metric; });
        if (it == out.end()) it = out.insert(out.end(), GivenFigures{metric, {}, {}, {}});
        if (std::find(it->people.begin(), it->people.end(), person) == it->people.end()) {
            it->people.push_back(person);
            it->stems.push_back(NameStems(data.At(person)));
        }
        if (quote != kNone) it->quotes.push_back(quote);
    };
    for (const Relation& r : data.relations) {
        if (r.derived) continue;
        const Kind from = data.At(r.from).kind, to = data.At(r.to).kind;
        if (from == Kind::Metric && to == Kind::Person)
            add(r.from, r.to, kNone);
        else if (from == Kind::Person && to == Kind::Metric)
            add(r.to, r.from, kNone);
        else if (from == Kind::Quote && to == Kind::Metric && r.type == RelationType::About)
            add(r.to, data.QuoteOf(r.from).person, r.from);
    }
    return out;
}

std::string FigureText(double value) {
    char buffer[32];
    FormatString(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string PeopleNames(const Dataset& data, const std::vector<Index>& people, const LanguageOrder& order) {
    std::string out;
    for (std::size_t i = 0; i < people.size(); ++i)
        out += (i == 0 ? "" : i + 1 == people.size() ? " or " : ", ") + Localize(data.At(people[i]).name, order);
    return out;
}

class FigureCheck {
public:
    FigureCheck(const Dataset& data, std::vector<PendingDiagnostic>& out)
        : data_(data), out_(out), given_(FiguresGivenByPeople(data)),
          order_(MakeLanguageOrder("", data.meta.languages)),
          default_lang_(data.meta.languages.empty() ? "en" : data.meta.languages.front()) {}

    bool Active() const { return !given_.empty(); }

    void Check(const TextSite& site) {
        if (site.words != Words::Ours) return;
        for (const auto& [lang, words] : site.text->values) {
            if (std::none_of(words.begin(), words.end(), IsDigit)) continue;
            NumbersIn(words, numbers_);
            for (const GivenFigures& g : given_) CheckOne(site, lang, words, numbers_, g);
        }
    }

private:
    // The figure's own metric, its people and their quotes speak for them; another metric
    // with the same figure is speaking of its own.
    bool Exempt(const TextSite& site, const GivenFigures& g, double figure) const {
        if (site.OwnedBy(g.metric)) return true;
        for (Index p : g.people)
            if (site.OwnedBy(p)) return true;
        for (Index q : g.quotes)
            if (site.OwnedBy(q)) return true;
        const Index owner = site.owners[0];
        if (owner == kNone || data_.At(owner).kind != Kind::Metric) return false;
        const std::vector<Observation>& own = data_.MetricOf(owner).observations;
        return std::any_of(own.begin(), own.end(), [&](const Observation& o) { return SameFigure(o.value, figure); });
    }

    void CheckOne(const TextSite& site, const std::string& lang, const std::string& words,
        const std::vector<double>& numbers, const GivenFigures& g) {
        const std::vector<Observation>& observations = data_.MetricOf(g.metric).observations;
        const auto repeated = std::find_if(numbers.begin(), numbers.end(), [&](double n) {
            return std::any_of(
                observations.begin(), observations.end(), [&](const Observation& o) { return SameFigure(o.value, n); });
        });
        if (repeated == numbers.end() || Exempt(site, g, *repeated)) return;
        const std::string folded = FoldForSearch(words);
        for (const std::vector<std::string>& stems : g.stems)
            for (const std::string& stem : stems)
                if (folded.find(stem) != std::string::npos) return;
        const std::string who = PeopleNames(data_, g.people, order_);
        out_.push_back(PendingDiagnostic{Severity::Warning, site.Pointer(lang, default_lang_),
            "the figure " + FigureText(*repeated) + " comes from " + who + " (metric '" + data_.At(g.metric).id +
                "'), but this text does not say so",
            "Name who gives it where it is repeated, e.g. \"according to " + who + ", ...\"."});
    }

    const Dataset& data_;
    std::vector<PendingDiagnostic>& out_;
    std::vector<GivenFigures> given_;
    std::vector<double> numbers_; // of the text being checked
    LanguageOrder order_;
    std::string default_lang_;
};

//-----------------------------------------------------------------------------
// [SECTION] Translations that say so
//-----------------------------------------------------------------------------

// Words that say "this is a translation" in the languages we can read (the starts of their
// forms, in lower case and capitalised); and how a hint shows one.
struct TranslationWords {
    const char* lang;
    const char* stems[4];        // unused ones are nullptr
    const char* example;         // after quoted words
    const char* excerpt_example; // at the end of an excerpt
};
constexpr TranslationWords kTranslationWords[] = {
    {"en", {"translat", "Translat", nullptr, nullptr}, "“…” (translated from …)", "[translated from …]"},
    {"ru", {"перевод", "Перевод", "переведен", "переведён"}, "«…» (перевод с …)", "[перевод с …]"},
    {"kk", {"аударма", "Аударма", "аударыл", nullptr}, "«…» (… тілінен аударма)", "[… тілінен аударма]"},
};

const TranslationWords* TranslationWordsFor(const std::string& lang) {
    for (const TranslationWords& w : kTranslationWords)
        if (lang == w.lang) return &w;
    return nullptr;
}

// Every mark starts with '"' or one of three lead bytes: a fast search for each of them.
bool HasQuotationMarks(std::string_view text) {
    for (char lead : {'"', '\xC2', '\xE2', '\xE3'})
        for (std::size_t at = text.find(lead); at != std::string_view::npos; at = text.find(lead, at + 1))
            for (std::string_view mark : {"\"", "«", "»", "„", "“", "”", "‟", "‹", "›", "「", "」"})
                if (text.substr(at, mark.size()) == mark) return true;
    return false;
}

bool SaysTranslation(std::string_view text, const TranslationWords& words) {
    return std::any_of(std::begin(words.stems), std::end(words.stems),
        [&](const char* stem) { return stem && text.find(stem) != std::string_view::npos; });
}

class TranslationCheck {
public:
    TranslationCheck(const Dataset& data, std::vector<PendingDiagnostic>& out)
        : data_(data), out_(out), default_lang_(data.meta.languages.empty() ? "en" : data.meta.languages.front()) {}

    bool Active() const {
        return std::any_of(
            data_.sources.begin(), data_.sources.end(), [](const Source& s) { return !s.language.empty(); });
    }

    void Check(const TextSite& site) {
        if (site.words == Words::Quote || !site.sources || site.sources->empty()) return;
        for (Index s : *site.sources)
            if (data_.SourceOf(s).language.empty()) return; // a source of unknown language: nothing to go by
        for (const auto& [lang, words] : site.text->values) {
            if (WrittenIn(*site.sources, lang)) continue;
            const TranslationWords* marks = TranslationWordsFor(lang);
            if (!marks || (site.words == Words::Ours && !HasQuotationMarks(words)) || SaysTranslation(words, *marks))
                continue;
            const bool excerpt = site.words == Words::Excerpt;
            out_.push_back(PendingDiagnostic{Severity::Warning, site.Pointer(lang, default_lang_),
                (excerpt ? "the excerpt in '" + lang + "' is a translation"
                         : "the quotation marks in '" + lang + "' hold a translation") +
                    " of a source written in " + Languages(*site.sources) + ", but the text does not say so",
                excerpt ? std::string("Say it is a translation, e.g. ") + marks->excerpt_example + " at its end."
                        : std::string("Say it is a translation, e.g. ") + marks->example +
                        ", or drop the quotation marks where the words are not the source's."});
        }
    }

private:
    bool WrittenIn(const std::vector<Index>& sources, const std::string& lang) const {
        return std::any_of(sources.begin(), sources.end(), [&](Index s) { return data_.SourceOf(s).language == lang; });
    }

    // "'en'", "'en' and 'ru'": the languages of the sources, each once.
    std::string Languages(const std::vector<Index>& sources) const {
        std::string out;
        for (Index s : sources) {
            const std::string quoted = "'" + data_.SourceOf(s).language + "'";
            if (out.find(quoted) == std::string::npos) out += (out.empty() ? "" : " and ") + quoted;
        }
        return out;
    }

    const Dataset& data_;
    std::vector<PendingDiagnostic>& out_;
    std::string default_lang_;
};

} // namespace

void CheckAttribution(const Dataset& data, std::vector<PendingDiagnostic>& out) {
    FigureCheck figures(data, out);
    TranslationCheck translations(data, out);
    const bool check_figures = figures.Active(), check_translations = translations.Active();
    if (!check_figures && !check_translations) return;
    ForEachText(data, [&](const TextSite& site) {
        if (check_figures) figures.Check(site);
        if (check_translations) translations.Check(site);
    });
}

} // namespace polity::detail
