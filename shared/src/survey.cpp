// The quick first look at a dataset's text (see survey.hpp): structure only, strings skipped
// with memchr, nothing decoded but names, ids and language codes.
#include "survey.hpp"

#include "utf8.hpp"

#include <cstdlib>
#include <cstring>

namespace polity::detail {

namespace {

class Scanner {
public:
    explicit Scanner(std::string_view text) : s_(text) {}

    bool AtEnd() const { return i_ >= s_.size(); }
    char Peek() {
        SkipBlanks();
        return i_ < s_.size() ? s_[i_] : '\0';
    }
    bool Take(char c) {
        if (Peek() != c) return false;
        ++i_;
        return true;
    }
    void SkipByteOrderMark() {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    }

    // A string at the current position, decoded when it has escapes.
    bool String(std::string* out) {
        std::string_view raw;
        bool escaped = false;
        if (!RawString(&raw, &escaped)) return false;
        if (escaped) Decode(raw, out);
        else out->assign(raw.data(), raw.size());
        return true;
    }

    // Any value, without looking inside: strings by memchr, containers by their brackets.
    bool SkipValue() {
        SkipBlanks();
        if (i_ >= s_.size()) return false;
        std::string_view ignored;
        bool escaped = false;
        if (s_[i_] == '"') return RawString(&ignored, &escaped);
        if (s_[i_] != '{' && s_[i_] != '[') {  // a number or a literal
            while (i_ < s_.size() && !IsDelimiter(s_[i_])) ++i_;
            return true;
        }
        int depth = 0;
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '"') {
                if (!RawString(&ignored, &escaped)) return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++i_;
                return true;
            }
            ++i_;
        }
        return false;
    }

    // Members of the object at the current position: f(name) reads or skips each value.
    template <class F>
    bool Members(F&& f) {
        if (!Take('{')) return false;
        if (Take('}')) return true;
        for (;;) {
            std::string name;
            if (Peek() != '"' || !String(&name) || !Take(':')) return false;
            if (!f(name)) return false;
            if (Take(',')) continue;
            return Take('}');
        }
    }

    // Elements of the array at the current position: f() reads or skips each.
    template <class F>
    bool Elements(F&& f) {
        if (!Take('[')) return false;
        if (Take(']')) return true;
        for (;;) {
            if (!f()) return false;
            if (Take(',')) continue;
            return Take(']');
        }
    }

private:
    static bool IsDelimiter(char c) {
        return c == ',' || c == '}' || c == ']' || c == ':' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    void SkipBlanks() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
    }

    bool RawString(std::string_view* raw, bool* escaped) {
        const std::size_t open = i_;
        std::size_t at = open + 1;
        for (;;) {
            const void* quote = std::memchr(s_.data() + at, '"', s_.size() - at);
            if (!quote) return false;
            const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(quote) - s_.data());
            std::size_t backslashes = 0;
            while (q - backslashes > open + 1 && s_[q - backslashes - 1] == '\\') ++backslashes;
            if (backslashes > 0) *escaped = true;
            if (backslashes % 2 == 0) {
                *raw = s_.substr(open + 1, q - open - 1);
                i_ = q + 1;
                return true;
            }
            at = q + 1;
        }
    }

    // Escapes as JSON defines them; a malformed one is left for the full reading to report.
    static void Decode(std::string_view raw, std::string* out) {
        out->clear();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\' || i + 1 >= raw.size()) {
                *out += raw[i];
                continue;
            }
            const char e = raw[++i];
            if (e != 'u' || i + 4 >= raw.size()) {
                *out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
                continue;
            }
            auto cp = static_cast<std::uint32_t>(std::strtoul(std::string(raw.substr(i + 1, 4)).c_str(), nullptr, 16));
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const auto low = static_cast<std::uint32_t>(std::strtoul(std::string(raw.substr(i + 3, 4)).c_str(), nullptr, 16));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
            AppendUtf8(cp, *out);
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

// An entity: its "id" when it is an object with a string id (the later of two wins).
bool SurveyEntity(Scanner& in, Survey::Element* element) {
    if (in.Peek() != '{') return in.SkipValue();
    return in.Members([&](const std::string& name) {
        if (name != "id") return in.SkipValue();
        if (in.Peek() != '"') {
            element->has_id = false;
            return in.SkipValue();
        }
        element->has_id = in.String(&element->id);
        return element->has_id;
    });
}

bool SurveyEntities(Scanner& in, std::vector<Survey::Element>& out) {
    out.clear();  // a later occurrence of the member replaces an earlier one
    if (in.Peek() != '[') return in.SkipValue();
    return in.Elements([&] {
        out.emplace_back();
        return SurveyEntity(in, &out.back());
    });
}

bool SurveyMeta(Scanner& in, Survey& out) {
    if (in.Peek() != '{') return in.SkipValue();
    return in.Members([&](const std::string& name) {
        if (name != "languages" || in.Peek() != '[') return in.SkipValue();
        out.languages.clear();
        return in.Elements([&] {
            if (in.Peek() != '"') return in.SkipValue();
            std::string code;
            if (!in.String(&code)) return false;
            out.languages.push_back(std::move(code));
            return true;
        });
    });
}

bool SurveyThemes(Scanner& in, Survey& out) {
    out.themes.clear();
    if (in.Peek() != '[') return in.SkipValue();
    return in.Elements([&] {
        if (in.Peek() != '{') return in.SkipValue();
        Survey::Element theme;
        if (!SurveyEntity(in, &theme)) return false;
        out.themes.push_back(theme.has_id ? std::move(theme.id) : std::string());
        return true;
    });
}

bool SurveyRelations(Scanner& in, Survey& out) {
    out.relations = 0;
    if (in.Peek() != '[') return in.SkipValue();
    return in.Elements([&] {
        ++out.relations;
        return in.SkipValue();
    });
}

} // namespace

Survey SurveyDataset(std::string_view text) {
    Survey out;
    Scanner in(text);
    in.SkipByteOrderMark();
    in.Members([&](const std::string& name) {
        ++out.occurrences[name];
        Kind kind;
        if (ParsePluralKey(name, &kind)) return SurveyEntities(in, out.entities[static_cast<int>(kind)]);
        if (name == "meta") return SurveyMeta(in, out);
        if (name == "themes") return SurveyThemes(in, out);
        if (name == "relations") return SurveyRelations(in, out);
        return in.SkipValue();
    });
    return out;
}

} // namespace polity::detail
