// A strict JSON reader over a dataset's text (see json_reader.hpp).
//
// Index of this file
// [SECTION] Characters
// [SECTION] Outer levels (one member or element at a time)
// [SECTION] Values (a whole value into a tree)
// [SECTION] Strings
// [SECTION] Numbers and literals
// [SECTION] Problems
//
// Syntax errors are worded as JSON tools customarily word them ("syntax error while parsing
// object - unexpected ']'; expected '}'"), so what an editor searches for finds an answer.
#include "json_reader.hpp"

#include "json_scan.hpp"
#include "polity/numbers.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace polity::detail {

//-----------------------------------------------------------------------------
// [SECTION] Characters
//-----------------------------------------------------------------------------

namespace {

// How the string scanner treats each byte: most are plain and skipped in a tight loop.
enum ByteClass : std::uint8_t { kPlain, kQuote, kBackslash, kControl, kHigh };

struct ByteClasses {
    std::uint8_t of[256];
    constexpr ByteClasses() : of() {
        for (int b = 0; b < 256; ++b) of[b] = b < 0x20 ? kControl : b >= 0x80 ? kHigh : kPlain;
        of[static_cast<unsigned char>('"')] = kQuote;
        of[static_cast<unsigned char>('\\')] = kBackslash;
    }
};
constexpr ByteClasses kClasses;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

std::vector<char32_t> CharacterSet::NonAscii() const {
    std::vector<char32_t> out;
    for (std::uint32_t word = 0x80 / 64; word < 0x10000 / 64; ++word)
        for (std::uint64_t bits = bits_[word]; bits != 0; bits &= bits - 1) {
            out.push_back(static_cast<char32_t>(word * 64 + static_cast<std::uint32_t>(__builtin_ctzll(bits))));
        }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Outer levels
//-----------------------------------------------------------------------------

JsonReader::JsonReader(std::string_view text, int max_depth, std::size_t max_string_bytes)
    : text_(text), max_depth_(std::max(max_depth, 1)), max_string_(max_string_bytes) {
    // Sized once: frames and scratch rows are referred to while deeper ones open.
    frames_.resize(static_cast<std::size_t>(max_depth_) + 1);
    scratch_.resize(frames_.size());
}

bool JsonReader::Start() {
    if (!text_.empty() && static_cast<unsigned char>(text_[0]) == 0xEF) {
        if (text_.substr(0, 3) != "\xEF\xBB\xBF")
            return LexError("value", nullptr, 0, std::min<std::size_t>(text_.size(), 3) - 1,
                            "invalid BOM; must be 0xEF 0xBB 0xBF if given");
        pos_ = 3;
    }
    SkipBlanks();
    if (pos_ >= text_.size()) return Unexpected("value", "'[', '{', or a literal");
    return true;
}

char JsonReader::Peek() {
    if (failed_) return 0;
    SkipBlanks();
    return pos_ < text_.size() ? text_[pos_] : 0;
}

bool JsonReader::EnterObject() {
    if (Peek() != '{') return false;
    ++pos_;
    return OpenFrame(true, true);
}

bool JsonReader::EnterArray() {
    if (Peek() != '[') return false;
    ++pos_;
    return OpenFrame(false, true);
}

// Moves past the comma before the open container's next member or element. False at its end
// (`close`, which closes it) or on an error.
bool JsonReader::MoreInFrame(char close, const char* context, const char* expected) {
    if (failed_ || depth_ == 0) return false;
    SkipBlanks();
    if (pos_ < text_.size() && text_[pos_] == close) {
        ++pos_;
        CloseFrame();
        return false;
    }
    if (frames_[depth_ - 1].count > 0) {
        if (pos_ >= text_.size() || text_[pos_] != ',') return Unexpected(context, expected);
        ++pos_;
        SkipBlanks();
    }
    return true;
}

bool JsonReader::NextMember(std::string_view* key) {
    return MoreInFrame('}', "object", "'}'") && ReadKey(nullptr, key);
}

bool JsonReader::NextElement() {
    if (!MoreInFrame(']', "array", "']'")) return false;
    ++frames_[depth_ - 1].count;
    return true;
}

std::size_t JsonReader::ElementIndex() const { return depth_ == 0 ? 0 : frames_[depth_ - 1].count - 1; }

bool JsonReader::Read(JsonTree& tree) {
    tree.Clear();
    return !failed_ && ParseValue(&tree, &tree.root());
}

bool JsonReader::Skip() {
    JsonValue ignored;
    return !failed_ && ParseValue(nullptr, &ignored);
}

bool JsonReader::Finish() {
    if (failed_) return false;
    SkipBlanks();
    if (pos_ < text_.size()) return Unexpected("value", "end of input");
    return true;
}

bool JsonReader::OpenFrame(bool object, bool outer) {
    if (depth_ >= static_cast<std::size_t>(max_depth_)) {
        Report(ParseProblem::What::TooDeep);
        failed_ = true;  // nothing deeper is worth reading
        return false;
    }
    Frame& f = frames_[depth_++];
    f.object = object;
    f.outer = outer;
    f.count = 0;
    f.key = {};
    if (!f.outer_keys.empty()) f.outer_keys.clear();
    if (!f.many_keys.empty()) f.many_keys.clear();
    return true;
}

void JsonReader::CloseFrame() { --depth_; }

void JsonReader::SkipBlanks() {
    while (pos_ < text_.size() && IsBlank(text_[pos_])) ++pos_;
}

// A member's name and its colon, at the current position. `tree`: where a decoded name lives
// (nullptr: in the frame, for the outer levels and skipped values).
bool JsonReader::ReadKey(JsonTree* tree, std::string_view* key) {
    Frame& f = frames_[depth_ - 1];
    if (pos_ >= text_.size() || text_[pos_] != '"') return Unexpected("object key", "string literal");
    if (!ParseString(tree, tree ? nullptr : &f.key_storage, key, false, "object key", "string literal")) return false;
    SkipBlanks();
    if (pos_ >= text_.size() || text_[pos_] != ':') return Unexpected("object separator", "':'");
    ++pos_;
    ++f.count;
    f.key = *key;
    if (!tree && !f.outer_keys.insert(std::string(*key)).second) Report(ParseProblem::What::DuplicateKey);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Values
//-----------------------------------------------------------------------------

bool JsonReader::ParseValue(JsonTree* tree, JsonValue* out) {
    SkipBlanks();
    if (pos_ >= text_.size()) return Unexpected("value", "'[', '{', or a literal");
    switch (text_[pos_]) {
    case '{': return ParseContainer(tree, out, true);
    case '[': return ParseContainer(tree, out, false);
    case '"': {
        std::string_view s;
        if (!ParseString(tree, tree ? nullptr : &decode_scratch_, &s, tree != nullptr, "value", nullptr)) return false;
        out->type_ = JsonValue::Type::String;
        out->text_ = s;
        return true;
    }
    case 't':
    case 'f':
    case 'n': return ParseLiteral(out, "value", nullptr);
    case ']':
    case '}':
    case ',':
    case ':': return Unexpected("value", "'[', '{', or a literal");
    default:
        if (text_[pos_] == '-' || IsDigit(text_[pos_])) return ParseNumber(out, "value", nullptr);
        return LexError("value", nullptr, pos_, pos_, "invalid literal");
    }
}

// An object or array at the current position. In a tree its children are gathered in the
// scratch row of its depth, then copied into the tree in one block when it closes.
bool JsonReader::ParseContainer(JsonTree* tree, JsonValue* out, bool object) {
    ++pos_;
    if (!OpenFrame(object, tree == nullptr)) return false;
    const std::size_t depth = depth_;
    std::vector<JsonValue>& kids = scratch_[depth - 1];
    kids.clear();
    const char close = object ? '}' : ']';
    SkipBlanks();
    if (pos_ < text_.size() && text_[pos_] == close) {
        ++pos_;
    } else {
        for (;;) {
            std::string_view key;
            if (object) {
                SkipBlanks();
                if (!ReadKey(tree, &key)) return false;
                if (tree) DropEarlierMember(kids, key);
            } else {
                ++frames_[depth - 1].count;
            }
            JsonValue child;
            if (!ParseValue(tree, &child)) return false;
            if (tree) {
                child.key_ = key;
                kids.push_back(child);
            }
            SkipBlanks();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == close) {
                ++pos_;
                break;
            }
            return object ? Unexpected("object", "'}'") : Unexpected("array", "']'");
        }
    }
    out->type_ = object ? JsonValue::Type::Object : JsonValue::Type::Array;
    if (tree && !kids.empty()) {
        out->children_ = tree->AllocateValues(kids.size());
        std::copy(kids.begin(), kids.end(), out->children_);
        out->count_ = static_cast<std::uint32_t>(kids.size());
    }
    CloseFrame();
    return true;
}

// A key met twice in one object: reported, and the earlier member dropped (the later wins, as
// JSON readers commonly decide). Small objects are searched; large ones keep a set of names.
void JsonReader::DropEarlierMember(std::vector<JsonValue>& kids, std::string_view key) {
    Frame& f = frames_[depth_ - 1];
    constexpr std::size_t kScanned = 32;
    bool repeated = false;
    if (kids.size() < kScanned) {
        repeated = std::any_of(kids.begin(), kids.end(), [&](const JsonValue& k) { return k.key_ == key; });
    } else {
        if (f.many_keys.empty())
            for (const JsonValue& k : kids) f.many_keys.insert(k.key_);
        repeated = !f.many_keys.insert(key).second;
    }
    if (!repeated) return;
    Report(ParseProblem::What::DuplicateKey);
    kids.erase(std::find_if(kids.begin(), kids.end(), [&](const JsonValue& k) { return k.key_ == key; }));
}

//-----------------------------------------------------------------------------
// [SECTION] Strings
//-----------------------------------------------------------------------------

// A string at the current position (its opening quote). Unescaped, it stays a view into the
// text; escaped, it is decoded into the tree (or into `storage` outside a tree). UTF-8 is
// checked on the way, and a value's characters are noted for the character set.
bool JsonReader::ParseString(JsonTree* tree, std::string* storage, std::string_view* out, bool is_value,
                             const char* context, const char* expected) {
    const std::size_t start = pos_;
    const std::size_t n = text_.size();
    std::size_t i = start + 1;
    bool escaped = false;
    for (;;) {
        while (i < n && kClasses.of[static_cast<unsigned char>(text_[i])] == kPlain) ++i;
        if (i >= n) return LexError(context, expected, start, n, "invalid string: missing closing quote");
        const auto byte = static_cast<unsigned char>(text_[i]);
        switch (kClasses.of[byte]) {
        case kQuote: break;
        case kBackslash: {
            escaped = true;
            const char e = i + 1 < n ? text_[i + 1] : '\0';
            if (e == 'u') {
                for (std::size_t h = i + 2; h < i + 6; ++h)
                    if (h >= n || HexValue(text_[h]) < 0)
                        return LexError(context, expected, start, std::min(h, n), "invalid string: '\\u' must be followed by 4 hex digits");
                i += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                i += 2;
            } else {
                return LexError(context, expected, start, std::min(i + 1, n), "invalid string: forbidden character after backslash");
            }
            continue;
        }
        case kControl: return LexError(context, expected, start, i, ControlMessage(byte));
        case kHigh: {
            std::uint32_t code_point = 0;
            const std::size_t length = DecodeUtf8(text_, i, &code_point);
            if (length == 0)
                return LexError(context, expected, start, i, "invalid string: ill-formed UTF-8 byte");
            if (is_value) characters_.Add(code_point);
            i += length;
            continue;
        }
        default: continue;
        }
        break;  // the closing quote
    }
    pos_ = i + 1;
    std::string_view s = text_.substr(start + 1, i - start - 1);
    if (escaped) {
        if (!DecodeString(start, i, is_value, context, expected)) return false;
        if (tree) {
            char* chars = tree->AllocateChars(decode_scratch_.size());
            std::copy(decode_scratch_.begin(), decode_scratch_.end(), chars);
            s = std::string_view(chars, decode_scratch_.size());
        } else {
            if (storage != &decode_scratch_) *storage = decode_scratch_;
            s = *storage;
        }
    }
    if (is_value && s.size() > max_string_) {
        Report(ParseProblem::What::StringTooLong);
        s = {};
    }
    *out = s;
    return true;
}

// Decodes the escapes of the string between the quotes at `open` and `close` (already scanned:
// each escape is well formed) into decode_scratch_; surrogate pairs become one character.
bool JsonReader::DecodeString(std::size_t open, std::size_t close, bool is_value, const char* context,
                              const char* expected) {
    std::string& out = decode_scratch_;
    out.clear();
    const auto hex4 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t h = at; h < at + 4; ++h) v = v * 16 + static_cast<std::uint32_t>(HexValue(text_[h]));
        return v;
    };
    for (std::size_t i = open + 1; i < close;) {
        const char c = text_[i];
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        const char e = text_[i + 1];
        if (e != 'u') {
            static const char kFrom[] = "\"\\/bfnrt";
            static const char kTo[] = "\"\\/\b\f\n\r\t";
            out += kTo[std::find(kFrom, kFrom + 8, e) - kFrom];
            i += 2;
            continue;
        }
        std::uint32_t cp = hex4(i + 2);
        std::size_t used = 6;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return LexError(context, expected, open, i + 5, "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            const bool paired = i + 11 < close + 1 && text_[i + 6] == '\\' && text_[i + 7] == 'u' &&
                                hex4(i + 8) >= 0xDC00 && hex4(i + 8) <= 0xDFFF;
            if (!paired)
                return LexError(context, expected, open, std::min(i + 6, close),
                                "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(i + 8) - 0xDC00);
            used = 12;
        }
        if (is_value) characters_.Add(cp);
        AppendUtf8(cp, out);
        i += used;
    }
    return true;
}

std::string JsonReader::ControlMessage(unsigned char byte) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string code = "U+00";
    code += kHex[byte >> 4];
    code += kHex[byte & 15];
    const char* short_form = byte == '\b' ? "\\b" : byte == '\t' ? "\\t" : byte == '\n' ? "\\n" : byte == '\f' ? "\\f"
                           : byte == '\r' ? "\\r" : nullptr;
    std::string message = "invalid string: control character " + code + " must be escaped to \\u" + code.substr(2);
    if (short_form) message += std::string(" or ") + short_form;
    return message;
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers and literals
//-----------------------------------------------------------------------------

namespace {

// The token's value: exact when its digits fit in a double and the power of ten is exact too
// (the common case, computed at once); otherwise ParseDouble, correctly rounded.
double NumberValue(std::string_view token) {
    std::uint64_t digits = 0;
    int significant = 0, exponent = 0;
    std::size_t i = token[0] == '-' ? 1 : 0;
    bool fraction = false;
    for (; i < token.size() && (IsDigit(token[i]) || token[i] == '.'); ++i) {
        if (token[i] == '.') {
            fraction = true;
            continue;
        }
        if (digits != 0 || token[i] != '0') {
            digits = digits * 10 + static_cast<std::uint64_t>(token[i] - '0');
            if (++significant > 15) break;
        }
        if (fraction) --exponent;
    }
    if (significant <= 15 && i < token.size()) {  // an exponent
        const std::size_t at = i + 1;
        const bool negative = token[at] == '-';
        int e = 0;
        for (std::size_t k = at + (token[at] == '-' || token[at] == '+'); k < token.size() && e < 10000; ++k)
            e = e * 10 + (token[k] - '0');
        exponent += negative ? -e : e;
    }
    static const double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (significant <= 15 && exponent >= -22 && exponent <= 22) {
        const double value = exponent >= 0 ? static_cast<double>(digits) * kPowers[exponent]
                                           : static_cast<double>(digits) / kPowers[-exponent];
        return token[0] == '-' ? -value : value;
    }
    return ParseDouble(token);
}

} // namespace

bool JsonReader::ParseNumber(JsonValue* out, const char* context, const char* expected) {
    const std::size_t start = pos_, n = text_.size();
    std::size_t i = start;
    if (text_[i] == '-') ++i;
    if (i >= n || !IsDigit(text_[i])) return LexError(context, expected, start, i, "invalid number; expected digit after '-'");
    if (text_[i] == '0') ++i;
    else while (i < n && IsDigit(text_[i])) ++i;
    if (i < n && text_[i] == '.') {
        ++i;
        if (i >= n || !IsDigit(text_[i])) return LexError(context, expected, start, i, "invalid number; expected digit after '.'");
        while (i < n && IsDigit(text_[i])) ++i;
    }
    if (i < n && (text_[i] == 'e' || text_[i] == 'E')) {
        ++i;
        if (i < n && (text_[i] == '+' || text_[i] == '-')) {
            ++i;
            if (i >= n || !IsDigit(text_[i]))
                return LexError(context, expected, start, i, "invalid number; expected digit after exponent sign");
        } else if (i >= n || !IsDigit(text_[i])) {
            return LexError(context, expected, start, i, "invalid number; expected '+', '-', or digit after exponent");
        }
        while (i < n && IsDigit(text_[i])) ++i;
    }
    pos_ = i;
    const std::string_view token = text_.substr(start, i - start);
    const double value = NumberValue(token);
    if (std::isinf(value)) return SyntaxError(start, "number overflow parsing '" + std::string(token) + "'");
    out->type_ = JsonValue::Type::Number;
    out->number_ = value;
    out->text_ = token;
    return true;
}

bool JsonReader::ParseLiteral(JsonValue* out, const char* context, const char* expected) {
    static constexpr std::string_view kWords[] = {"true", "false", "null"};
    const std::string_view word = text_[pos_] == 't' ? kWords[0] : text_[pos_] == 'f' ? kWords[1] : kWords[2];
    for (std::size_t k = 0; k < word.size(); ++k)
        if (pos_ + k >= text_.size() || text_[pos_ + k] != word[k])
            return LexError(context, expected, pos_, std::min(pos_ + k, text_.size()), "invalid literal");
    pos_ += word.size();
    out->type_ = word == "null" ? JsonValue::Type::Null : JsonValue::Type::Boolean;
    out->boolean_ = word == "true";
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Problems
//-----------------------------------------------------------------------------

bool JsonReader::SyntaxError(std::size_t at, std::string message) {
    problems_.push_back(ParseProblem{ParseProblem::What::Syntax, "", at, std::move(message)});
    failed_ = true;
    return false;
}

// What the reader met where `expected` should have been: a token it can name, or — when the
// token itself is malformed — what is wrong with it.
bool JsonReader::Unexpected(const char* context, const char* expected) {
    std::string what;
    if (pos_ >= text_.size()) {
        what = "end of input";
    } else {
        const char c = text_[pos_];
        JsonValue ignored;
        const std::size_t at = pos_;
        if (c == '{' || c == '[' || c == '}' || c == ']' || c == ':' || c == ',') {
            what = std::string("'") + c + "'";
        } else if (c == '"') {
            if (!ParseString(nullptr, &decode_scratch_, &ignored.text_, false, context, expected)) return false;
            what = "string literal";
        } else if (c == 't' || c == 'f' || c == 'n') {
            if (!ParseLiteral(&ignored, context, expected)) return false;
            what = c == 't' ? "true literal" : c == 'f' ? "false literal" : "null literal";
        } else if (c == '-' || IsDigit(c)) {
            if (!ParseNumber(&ignored, context, expected)) return false;
            what = "number literal";
        } else {
            return LexError(context, expected, at, at, "invalid literal");
        }
        pos_ = at;
    }
    std::string detail = "unexpected " + what;
    if (expected) detail += std::string("; expected ") + expected;
    return SyntaxError(pos_, "syntax error while parsing " + std::string(context) + " - " + detail);
}

// A malformed token: from `start` to the byte at `at` (included), quoted as it was read.
bool JsonReader::LexError(const char* context, const char* expected, std::size_t start, std::size_t at,
                          std::string message) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string read;
    for (std::size_t i = start; i <= at && i < text_.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text_[i]);
        if (byte < 0x20) {
            read += "<U+00";
            read += kHex[byte >> 4];
            read += kHex[byte & 15];
            read += '>';
        } else if (byte >= 0x7F) {
            read += "\\x";
            read += kHex[byte >> 4];
            read += kHex[byte & 15];
        } else {
            read += static_cast<char>(byte);
        }
    }
    std::string detail = message + "; last read: '" + read + "'";
    if (expected) detail += std::string("; expected ") + expected;
    return SyntaxError(std::min(at, text_.size()), "syntax error while parsing " + std::string(context) + " - " + detail);
}

// The pointer of the value being read in the innermost open container.
std::string JsonReader::PointerOfCurrent() const {
    std::string pointer;
    for (std::size_t d = 0; d < depth_; ++d) {
        const Frame& f = frames_[d];
        pointer += '/';
        pointer += f.object ? EscapePointerToken(f.key) : std::to_string(f.count == 0 ? 0 : f.count - 1);
    }
    return pointer;
}

void JsonReader::Report(ParseProblem::What what) { problems_.push_back(ParseProblem{what, PointerOfCurrent(), 0, {}}); }

} // namespace polity::detail
