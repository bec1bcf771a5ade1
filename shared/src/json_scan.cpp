// Finding JSON pointers in the text, and lines and columns of byte offsets.
#include "json_scan.hpp"

#include "json_reader.hpp"

#include <algorithm>
#include <utility>

namespace polity::detail {

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

    // Reads a key literal; escaped keys are decoded as the reader decodes them, so pointers match.
    std::string KeyText() {
        const std::size_t start = i_;
        bool escaped = false;
        SkipString(&escaped);
        std::string_view literal = s_.substr(start, i_ - start);
        if (literal.size() < 2) return {};
        if (!escaped) return std::string(literal.substr(1, literal.size() - 2));
        JsonReader reader(literal, 1, literal.size());
        JsonTree tree;
        return reader.Start() && reader.Read(tree) && tree.root().is_string() ? std::string(tree.root().str())
                                                                              : std::string(literal);
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
