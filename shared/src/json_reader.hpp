// Internal to the loader: a strict JSON reader (RFC 8259) that walks a dataset's text once.
// The outer levels are read one member or element at a time (EnterObject/NextMember,
// EnterArray/NextElement); each value below them is read whole into a JsonTree (Read), so
// the validator sees one entity at a time and builds the model as the text goes by.
// On the way it catches what a lenient reader lets through: duplicate keys, nesting past the
// limit, oversize strings, ill-formed UTF-8, lone surrogates, numbers too large for a double.
// A syntax error or the depth limit stops it: every later call returns false.
#pragma once

#include "json_value.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace polity::detail {

// A problem found while reading, before the model is built.
struct ParseProblem {
    enum class What { Syntax, DuplicateKey, TooDeep, StringTooLong } what;
    std::string pointer;        // where (for Syntax: "", the offset says where)
    std::size_t offset = 0;     // byte offset, for Syntax only
    std::string message;        // for Syntax: what the reader met, in the customary words
};

// The characters of the Basic Multilingual Plane that string values use, as a bit set.
class CharacterSet {
public:
    void Add(std::uint32_t code_point) {
        if (code_point < 0x10000) bits_[code_point >> 6] |= std::uint64_t{1} << (code_point & 63);
    }
    std::vector<char32_t> NonAscii() const;  // ascending

private:
    std::uint64_t bits_[0x10000 / 64] = {};
};

class JsonReader {
public:
    JsonReader(std::string_view text, int max_depth, std::size_t max_string_bytes);

    // Skips a UTF-8 byte order mark and blanks. False when the text holds no value (a problem).
    bool Start();
    // The first character of the next value ('{', '[', '"', 't', '-', ...), or 0 at the end.
    char Peek();

    bool EnterObject();                       // consumes the '{' of the next value
    // The next member's name (its value comes next), or false after the object's '}'.
    bool NextMember(std::string_view* key);
    bool EnterArray();                        // consumes the '['
    bool NextElement();                       // true: an element comes next; false after ']'
    std::size_t ElementIndex() const;         // of the element NextElement announced

    bool Read(JsonTree& tree);                // the next value, whole, into tree.root()
    bool Skip();                              // the next value, checked and dropped
    bool Finish();                            // nothing but blanks may follow the document

    bool failed() const { return failed_; }
    std::size_t offset() const { return pos_; }
    std::vector<ParseProblem>& problems() { return problems_; }
    const CharacterSet& characters() const { return characters_; }

private:
    struct Frame {
        bool object = false;
        bool outer = false;           // read a member at a time, or skipped: names kept here
        std::size_t count = 0;        // members or elements begun so far
        std::string_view key;         // the member being read
        std::string key_storage;      // that name, when it had to be decoded outside a tree
        std::unordered_set<std::string> outer_keys;       // names met (outer and skipped objects)
        std::unordered_set<std::string_view> many_keys;   // names met (large objects in a tree)
    };

    // Values
    bool ParseValue(JsonTree* tree, JsonValue* out);
    bool ParseContainer(JsonTree* tree, JsonValue* out, bool object);
    bool ReadKey(JsonTree* tree, std::string_view* key);
    void DropEarlierMember(std::vector<JsonValue>& kids, std::string_view key);
    bool ParseString(JsonTree* tree, std::string* storage, std::string_view* out, bool is_value, const char* context,
                     const char* expected);
    bool DecodeString(std::size_t open, std::size_t close, bool is_value, const char* context, const char* expected);
    bool ParseNumber(JsonValue* out, const char* context, const char* expected);
    bool ParseLiteral(JsonValue* out, const char* context, const char* expected);

    // Structure
    bool OpenFrame(bool object, bool outer);
    void CloseFrame();
    bool MoreInFrame(char close, const char* context, const char* expected);
    void SkipBlanks();

    // Problems
    bool SyntaxError(std::size_t at, std::string message);
    bool Unexpected(const char* context, const char* expected);
    bool LexError(const char* context, const char* expected, std::size_t start, std::size_t at, std::string message);
    static std::string ControlMessage(unsigned char byte);
    std::string PointerOfCurrent() const;
    void Report(ParseProblem::What what);

    std::string_view text_;
    std::size_t pos_ = 0;
    int max_depth_;
    std::size_t max_string_;
    bool failed_ = false;
    std::vector<Frame> frames_;                    // open arrays and objects, outermost first
    std::size_t depth_ = 0;                        // how many of them are open
    std::vector<std::vector<JsonValue>> scratch_;  // per depth: the children of an open container
    std::string decode_scratch_;                   // the string last decoded
    std::vector<ParseProblem> problems_;
    CharacterSet characters_;
};

} // namespace polity::detail
