// Internal to the loader: reading typed fields out of one JSON value with a check for each,
// and the "did you mean" suggestions. Pointers are built lazily from a Path chain, so the
// happy path (a valid dataset) allocates no pointer strings at all.
#pragma once

#include "validate.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace polity::detail {

using json = JsonValue;

// Where a value sits: a chain of keys and indices up to the document root. A Path points at
// its parent, so keep every link of a chain in a named variable while the chain is in use:
// `const Path list = at.Key("roles"); const Path item = list.At(i);`, never `at.Key(..).At(i)`
// stored in a variable (the temporary parent would be gone).
struct Path {
    const Path* parent = nullptr;
    std::string_view key;        // member name, when !is_index
    std::size_t index = 0;
    bool is_index = false;

    Path Key(std::string_view k) const { return Path{this, k, 0, false}; }
    Path At(std::size_t i) const { return Path{this, {}, i, true}; }
    std::string Pointer() const;  // RFC 6901
};

// The closest of `candidates` to `word` within a small edit distance, or "".
std::string ClosestMatch(std::string_view word, const std::vector<std::string_view>& candidates);

// Reads fields, reporting every problem into `out`. Reference checks need the ids of the
// dataset being built, so they look into `data`.
class FieldReader {
public:
    FieldReader(std::vector<PendingDiagnostic>& out, const Dataset& data) : out_(out), data_(data) {}

    void Error(const Path& at, std::string message, std::string hint = {});
    void Warning(const Path& at, std::string message, std::string hint = {});

    bool ExpectObject(const json& v, const Path& at, const char* what);
    bool ExpectArray(const json& v, const Path& at, const char* what);
    // Warns about members not in `allowed`, suggesting the nearest allowed name.
    void CheckKeys(const json& object, const Path& at, std::initializer_list<const char*> allowed);
    // The same for one member name (of an object read a member at a time).
    void CheckKey(std::string_view key, const Path& at, std::initializer_list<const char*> allowed);
    // Reports a required member that is absent; returns the member or nullptr.
    json* Required(json& object, const Path& at, const char* key);
    static json* Optional(json& object, const char* key);

    std::string String(json* v, const Path& at, bool required, const char* key);
    // A text: a string, or an object of translations. `one_line`: each translation is one line
    // of plain text, as a name or a licence is (no line breaks or tabs either).
    Text ReadText(json* v, const Path& at, bool required, const char* key, bool one_line = false);
    Date ReadDate(json* v, const Path& at, bool required, const char* key);
    // An id reference to an entity whose kind is in `kinds` (KindBit mask).
    Index Ref(json* v, const Path& at, std::uint32_t kinds, bool required, const char* key);
    std::vector<Index> Refs(json* v, const Path& at, std::uint32_t kinds, bool required, const char* key);
    std::vector<Index> Sources(json& object, const Path& at, bool required);
    std::vector<std::uint16_t> Themes(json& object, const Path& at);

    void SetLanguages(std::vector<std::string> declared) { languages_ = std::move(declared); }
    const std::string& DefaultLanguage() const;

private:
    void Report(Severity s, const Path& at, std::string message, std::string hint);
    void CheckLanguage(std::string_view code, const Path& at);
    // Reports a control character `text` may not hold (a text: tabs and line breaks are fine);
    // false when there is one.
    bool CheckCharacters(std::string_view text, const Path& at, bool is_text, const char* key);
    std::string SuggestId(std::string_view id, std::uint32_t kinds) const;

    std::vector<PendingDiagnostic>& out_;
    const Dataset& data_;
    std::vector<std::string> languages_;
    int suggestions_left_ = 100;  // id suggestions scan every id; keep a broken file fast
};

std::string KindList(std::uint32_t kinds);  // "an institution or a reform"
std::string UnknownLanguageHint(std::string_view code);  // how to write the code instead ("kz": "Kazakh is 'kk'...")

} // namespace polity::detail
