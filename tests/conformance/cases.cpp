// The cases of the conformance corpus. A valid minimal dataset is the base; each case breaks
// it in one way (or changes it in a way that must still load).
#include "cases.hpp"

namespace polity::conformance {

namespace {

// The smallest dataset that loads cleanly; `title` is where string cases go.
std::string Dataset(const std::string& title) {
    return "{\n"
           "  \"format\": \"polity/1\",\n"
           "  \"meta\": {\"title\": " + title + ", \"languages\": [\"en\"], \"date\": \"2025-08-25\", \"sources\": [\"src\"]},\n"
           "  \"sources\": [{\"id\": \"src\", \"title\": \"A\", \"publisher\": \"B\", \"date\": \"2025\"}],\n"
           "  \"metrics\": [{\"id\": \"m\", \"name\": \"M\", \"unit\": \"u\", \"sources\": [\"src\"],\n"
           "    \"observations\": [{\"value\": 1, \"date\": \"2024\", \"sources\": [\"src\"]}]}]\n"
           "}\n";
}

std::string WithValue(const std::string& value) {
    std::string text = Dataset("\"T\"");
    const std::string at = "\"value\": 1";
    return text.replace(text.find(at), at.size(), "\"value\": " + value);
}

void Add(std::vector<Case>& cases, std::string name, std::string text, Expect expect) {
    cases.push_back(Case{std::move(name), std::move(text), expect});
}

void AddTruncations(std::vector<Case>& cases) {
    const std::string full = Dataset("\"T\"");
    for (int percent : {1, 10, 25, 50, 75, 90, 99})
        Add(cases, "truncated at " + std::to_string(percent) + "%", full.substr(0, full.size() * percent / 100), Expect::PlacedError);
}

void AddStrings(std::vector<Case>& cases) {
    Add(cases, "escape: \\x", Dataset("\"a\\x41\""), Expect::PlacedError);
    Add(cases, "escape: short \\u", Dataset("\"\\u12\""), Expect::PlacedError);
    Add(cases, "escape: non-hex \\u", Dataset("\"\\uZZZZ\""), Expect::PlacedError);
    Add(cases, "escape: all valid ones a text may hold",
        Dataset("\"\\\" \\\\ \\/ \\n \\r \\t \\u00e9 \\ud83d\\ude00\""), Expect::Loads);
    Add(cases, "escape: \\b and \\f, valid JSON but control characters", Dataset("\"a\\bb\\fc\""), Expect::PlacedError);
    Add(cases, "raw tab in a string", Dataset("\"a\tb\""), Expect::PlacedError);
    Add(cases, "raw newline in a string", Dataset("\"a\nb\""), Expect::PlacedError);
    Add(cases, "lone high surrogate", Dataset("\"\\ud800\""), Expect::PlacedError);
    Add(cases, "lone low surrogate", Dataset("\"\\udc00\""), Expect::PlacedError);
    Add(cases, "high surrogate then letter", Dataset("\"\\ud800\\u0041\""), Expect::PlacedError);
    Add(cases, "UTF-8: Kazakh letters", Dataset("\"Қазақстан Ә Ғ Қ Ң Ө Ұ Ү Һ І\""), Expect::Loads);
    Add(cases, "UTF-8: overlong NUL", Dataset("\"\xC0\x80\""), Expect::PlacedError);
    Add(cases, "UTF-8: stray continuation byte", Dataset("\"\x80\""), Expect::PlacedError);
    Add(cases, "UTF-8: truncated sequence", Dataset("\"\xE2\x82\""), Expect::PlacedError);
    Add(cases, "UTF-8: encoded surrogate", Dataset("\"\xED\xA0\x80\""), Expect::PlacedError);
    Add(cases, "UTF-8: above U+10FFFF", Dataset("\"\xF4\x90\x80\x80\""), Expect::PlacedError);
    Add(cases, "escaped NUL in a string", Dataset("\"a\\u0000b\""), Expect::PlacedError);
    Add(cases, "escaped control character (bell)", Dataset("\"a\\u0007b\""), Expect::PlacedError);
    Add(cases, "escaped DEL", Dataset("\"a\\u007fb\""), Expect::PlacedError);
    Add(cases, "C1 control character (NEL)", Dataset("\"a\u0085b\""), Expect::PlacedError);
    Add(cases, "escaped tab and line breaks in a text", Dataset("\"a\\tb\\nc\\r\\nd\""), Expect::Loads);
    Add(cases, "right-to-left override in a text", Dataset("\"a\\u202eb\""), Expect::Loads);
    Add(cases, "10 MB string", Dataset("\"" + std::string(10u << 20, 'a') + "\""), Expect::PlacedError);
}

void AddNumbers(std::vector<Case>& cases) {
    Add(cases, "number: 1e400 overflows", WithValue("1e400"), Expect::PlacedError);
    Add(cases, "number: -1e400 overflows", WithValue("-1e400"), Expect::PlacedError);
    Add(cases, "number: 30-digit integer", WithValue("123456789012345678901234567890"), Expect::Loads);
    Add(cases, "number: tiny 1e-400", WithValue("1e-400"), Expect::Loads);
    Add(cases, "number: leading zero", WithValue("01"), Expect::PlacedError);
    Add(cases, "number: plus sign", WithValue("+1"), Expect::PlacedError);
    Add(cases, "number: NaN", WithValue("NaN"), Expect::PlacedError);
    Add(cases, "number: Infinity", WithValue("Infinity"), Expect::PlacedError);
    Add(cases, "number: hex", WithValue("0x10"), Expect::PlacedError);
    Add(cases, "number: as string", WithValue("\"7000\""), Expect::PlacedError);
}

void AddStructure(std::vector<Case>& cases) {
    const std::string full = Dataset("\"T\"");
    Add(cases, "valid", full, Expect::Loads);
    Add(cases, "UTF-8 byte order mark", "\xEF\xBB\xBF" + full, Expect::Loads);
    Add(cases, "two byte order marks", "\xEF\xBB\xBF\xEF\xBB\xBF" + full, Expect::PlacedError);
    Add(cases, "UTF-16 byte order mark", "\xFF\xFE" + full, Expect::PlacedError);
    Add(cases, "NUL at the end", full + std::string(1, '\0'), Expect::PlacedError);
    Add(cases, "NUL inside a string", Dataset(std::string("\"a\0b\"", 5)), Expect::PlacedError);
    Add(cases, "trailing garbage", full + "x", Expect::PlacedError);
    Add(cases, "two documents", full + full, Expect::PlacedError);
    Add(cases, "trailing comma", Dataset("\"T\",,"), Expect::PlacedError);
    Add(cases, "comment", "// dataset\n" + full, Expect::PlacedError);
    Add(cases, "single quotes", Dataset("'T'"), Expect::PlacedError);
    Add(cases, "duplicate key", Dataset("\"T\", \"title\": \"U\""), Expect::PlacedError);
    Add(cases, "escaped key", Dataset("\"T\", \"\\u0064ek\": \"D\""), Expect::Loads);
    Add(cases, "10,000 nested arrays", Dataset(std::string(10000, '[') + std::string(10000, ']')), Expect::PlacedError);
    Add(cases, "10,000 unclosed arrays", std::string(10000, '['), Expect::PlacedError);
    Add(cases, "empty", "", Expect::WholeFileError);
    Add(cases, "only white space", " \n\t ", Expect::WholeFileError);
    Add(cases, "null", "null", Expect::PlacedError);
    Add(cases, "a number", "7000", Expect::PlacedError);
    Add(cases, "an array", "[]", Expect::PlacedError);
    Add(cases, "an empty object", "{}", Expect::PlacedError);
}

} // namespace

std::vector<Case> MakeCases() {
    std::vector<Case> cases;
    AddStructure(cases);
    AddTruncations(cases);
    AddStrings(cases);
    AddNumbers(cases);
    return cases;
}

} // namespace polity::conformance
