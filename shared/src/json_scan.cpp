// Strict JSON parsing into a DOM with limits, and finding JSON pointers in the text.
#include "json_scan.hpp"

#include <algorithm>
#include <utility>

namespace polity::detail {

//-----------------------------------------------------------------------------
// [SECTION] DOM builder (nlohmann SAX handler)
//-----------------------------------------------------------------------------

namespace {

// Builds the DOM like nlohmann's own parser does, and on the way records duplicate keys,
// nesting past the limit and oversize strings. Duplicate keys keep the later value.
class DomBuilder {
public:
    DomBuilder(ParseOutcome& out, int max_depth, std::size_t max_string)
        : out_(out), max_depth_(max_depth), max_string_(max_string) {}

    bool null() { return Put(Dom(nullptr)); }
    bool boolean(bool v) { return Put(Dom(v)); }
    bool number_integer(Dom::number_integer_t v) { return Put(Dom(v)); }
    bool number_unsigned(Dom::number_unsigned_t v) { return Put(Dom(v)); }
    bool number_float(Dom::number_float_t v, const std::string&) { return Put(Dom(v)); }
    bool binary(Dom::binary_t&) { return Put(Dom()); }
    bool string(std::string& v) {
        if (v.size() > max_string_) {
            Report(ParseProblem::What::StringTooLong, PointerOfNext());
            return Put(Dom(std::string()));
        }
        return Put(Dom(std::move(v)));
    }
    bool start_object(std::size_t) { return Open(Dom::object()); }
    bool start_array(std::size_t) { return Open(Dom::array()); }
    bool end_object() { return Close(); }
    bool end_array() { return Close(); }
    bool key(std::string& k) {
        frames_.back().key = std::move(k);
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        ParseProblem p{ParseProblem::What::Syntax, "", position > 0 ? position - 1 : 0, CleanMessage(ex.what())};
        out_.problems.push_back(std::move(p));
        return false;
    }

private:
    // A container being filled. Its place in its parent is kept as a pointer to the member
    // name (a std::map key, stable) or an index, and its JSON pointer is only built when a
    // problem has to be reported: building one per container cost ~5% of a large load.
    struct Frame {
        Dom* value;
        const std::string* name;  // member name in the parent object; nullptr for array elements
        std::size_t index;        // index in the parent array
        std::string key;          // the pending member name, for objects
    };

    struct Placed {
        Dom* value;
        const std::string* name;
        std::size_t index;
    };

    // Places a value in the current container and returns where it now lives. One map
    // lookup per member both inserts and detects a duplicate key (the later value wins).
    Placed Add(Dom&& v) {
        if (frames_.empty()) {
            out_.root = std::move(v);
            return {&out_.root, nullptr, 0};
        }
        Frame& top = frames_.back();
        if (top.value->is_array()) {
            top.value->push_back(std::move(v));
            return {&top.value->back(), nullptr, top.value->size() - 1};
        }
        auto& members = top.value->get_ref<Dom::object_t&>();
        // try_emplace leaves the key alone when it is already there: the report can still name it.
        auto [it, inserted] = members.try_emplace(std::move(top.key));
        if (!inserted) Report(ParseProblem::What::DuplicateKey, PointerOfNext());
        it->second = std::move(v);
        return {&it->second, &it->first, 0};
    }

    bool Put(Dom&& v) {
        Add(std::move(v));
        return true;
    }

    bool Open(Dom&& container) {
        if (static_cast<int>(frames_.size()) >= max_depth_) {
            Report(ParseProblem::What::TooDeep, PointerOfNext());
            return false;  // stop: nothing deeper is worth building
        }
        const Placed placed = Add(std::move(container));
        frames_.push_back(Frame{placed.value, placed.name, placed.index, {}});
        return true;
    }

    bool Close() {
        frames_.pop_back();
        return true;
    }

    // The pointer of the value about to be added (for a duplicate key: of the repeated member).
    std::string PointerOfNext() const {
        std::string pointer;
        for (std::size_t i = 1; i < frames_.size(); ++i) {
            const Frame& f = frames_[i];
            pointer += '/';
            pointer += f.name ? EscapePointerToken(*f.name) : std::to_string(f.index);
        }
        if (frames_.empty()) return pointer;
        const Frame& top = frames_.back();
        if (top.value->is_array()) return pointer + "/" + std::to_string(top.value->size());
        return pointer + "/" + EscapePointerToken(top.key);
    }

    void Report(ParseProblem::What what, std::string pointer) {
        out_.problems.push_back(ParseProblem{what, std::move(pointer), 0, {}});
    }

    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." ->
    // "syntax error ...": our diagnostics give the place themselves.
    static std::string CleanMessage(std::string_view what) {
        const std::size_t colon = what.find(": ");
        if (colon != std::string_view::npos && what.substr(0, colon).find("column") != std::string_view::npos)
            what.remove_prefix(colon + 2);
        else if (what.size() > 0 && what[0] == '[') {
            const std::size_t close = what.find("] ");
            if (close != std::string_view::npos) what.remove_prefix(close + 2);
        }
        return AsciiOnly(what);
    }

    // nlohmann quotes the bytes it choked on, which may be broken UTF-8: show them as \xNN.
    static std::string AsciiOnly(std::string_view text) {
        static const char kHex[] = "0123456789ABCDEF";
        std::string out;
        for (char c : text) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte < 0x7F) {
                out += c;
            } else {
                out += "\\x";
                out += kHex[byte >> 4];
                out += kHex[byte & 15];
            }
        }
        return out;
    }

    ParseOutcome& out_;
    int max_depth_;
    std::size_t max_string_;
    std::vector<Frame> frames_;
};

} // namespace

ParseOutcome ParseJson(std::string_view text, int max_depth, std::size_t max_string_bytes) {
    ParseOutcome out;
    DomBuilder builder(out, max_depth, max_string_bytes);
    out.complete = Dom::sax_parse(text.begin(), text.end(), &builder);
    return out;
}

std::string EscapePointerToken(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Pointer finder (a tolerant scanner over the text)
//-----------------------------------------------------------------------------

namespace {

class PointerFinder {
public:
    PointerFinder(std::string_view text, const std::unordered_set<std::string>& wanted,
                  std::unordered_map<std::string, std::size_t>& found)
        : s_(text), wanted_(wanted), found_(found) {}

    void Run() {
        SkipSpace();
        Value("", true, 0);
    }

private:
    // Deeper than any pointer a diagnostic can name (the depth limit is far lower).
    static constexpr int kMaxDepth = 256;

    bool Value(const std::string& pointer, bool record, int depth) {
        if (record) Record(pointer, i_);
        if (i_ >= s_.size() || depth > kMaxDepth) return false;
        if (s_[i_] == '{') return Object(pointer, depth);
        if (s_[i_] == '[') return Array(pointer, depth);
        if (s_[i_] == '"') return SkipString();
        while (i_ < s_.size() && !IsDelimiter(s_[i_])) ++i_;
        return true;
    }

    bool Object(const std::string& pointer, int depth) {
        ++i_;
        SkipSpace();
        if (Take('}')) return true;
        while (i_ < s_.size() && s_[i_] == '"') {
            const std::size_t key_at = i_;
            std::string member = pointer + "/" + EscapePointerToken(KeyText());
            Record(member, key_at);
            SkipSpace();
            if (!Take(':')) return false;
            SkipSpace();
            if (!Value(member, false, depth + 1)) return false;
            SkipSpace();
            if (Take('}')) return true;
            if (!Take(',')) return false;
            SkipSpace();
        }
        return false;
    }

    bool Array(const std::string& pointer, int depth) {
        ++i_;
        SkipSpace();
        if (Take(']')) return true;
        for (std::size_t index = 0;; ++index) {
            if (!Value(pointer + "/" + std::to_string(index), true, depth + 1)) return false;
            SkipSpace();
            if (Take(']')) return true;
            if (!Take(',')) return false;
            SkipSpace();
        }
    }

    // Reads a key literal; escaped keys are decoded by nlohmann so pointers match the DOM.
    std::string KeyText() {
        const std::size_t start = i_;
        bool escaped = false;
        SkipString(&escaped);
        std::string_view literal = s_.substr(start, i_ - start);
        if (literal.size() < 2) return {};
        if (!escaped) return std::string(literal.substr(1, literal.size() - 2));
        // Dom, not nlohmann::json: one JSON lexer in the WebAssembly build, not two.
        Dom decoded = Dom::parse(literal.begin(), literal.end(), nullptr, false);
        return decoded.is_string() ? decoded.get<std::string>() : std::string(literal);
    }

    bool SkipString(bool* escaped = nullptr) {
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') {
            if (s_[i_] == '\\') {
                if (escaped) *escaped = true;
                ++i_;
            }
            ++i_;
        }
        if (i_ >= s_.size()) return false;
        ++i_;
        return true;
    }

    void Record(const std::string& pointer, std::size_t at) {
        if (wanted_.count(pointer)) found_[pointer] = at;
    }
    bool Take(char c) {
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    void SkipSpace() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }
    static bool IsDelimiter(char c) {
        return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    std::string_view s_;
    std::size_t i_ = 0;
    const std::unordered_set<std::string>& wanted_;
    std::unordered_map<std::string, std::size_t>& found_;
};

} // namespace

std::unordered_map<std::string, std::size_t> FindPointerOffsets(std::string_view text,
                                                                const std::unordered_set<std::string>& wanted) {
    std::unordered_map<std::string, std::size_t> found;
    if (wanted.empty()) return found;
    // A UTF-8 byte order mark is not part of the document.
    std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    PointerFinder finder(text.substr(start), wanted, found);
    finder.Run();
    for (auto& entry : found) entry.second += start;
    return found;
}

namespace {

// Moves `lc` from byte `from` to byte `to` (from <= to <= text.size()).
void Advance(std::string_view text, std::size_t from, std::size_t to, LineColumn& lc) {
    for (std::size_t i = from; i < to; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++lc.column;  // count code points, not continuation bytes
        }
    }
}

} // namespace

LineColumn LineColumnOf(std::string_view text, std::size_t offset) {
    LineColumn lc;
    Advance(text, 0, std::min(offset, text.size()), lc);
    return lc;
}

std::vector<LineColumn> LineColumnsOf(std::string_view text, const std::vector<std::size_t>& offsets) {
    std::vector<std::size_t> order(offsets.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<LineColumn> result(offsets.size());
    LineColumn lc;
    std::size_t at = 0;
    for (std::size_t i : order) {
        const std::size_t to = std::min(offsets[i], text.size());
        Advance(text, at, to, lc);
        at = to;
        result[i] = lc;
    }
    return result;
}

} // namespace polity::detail
