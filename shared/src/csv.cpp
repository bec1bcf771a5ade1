// CSV reading and writing (RFC 4180). The reader is a small state machine over bytes; it
// also checks the text is UTF-8, because a spreadsheet saved in a legacy encoding is the
// most common way an editor's file goes wrong, and the message must say so.
#include "polity/csv.hpp"

#include "polity/chars.hpp"

#include <algorithm>

namespace polity::csv {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Offset of the first byte that is not UTF-8 text (a NUL counts), or npos.
std::size_t FirstBadByte(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = DecodeUtf8(text, &i);
        if (cp == kNotUtf8 || cp == 0) return start;
    }
    return std::string_view::npos;
}

// The parser's position; `line` counts physical lines for Record::line.
struct Cursor {
    std::string_view text;
    std::size_t pos = 0;
    std::uint32_t line = 1;
    char delimiter = ',';

    bool AtEnd() const { return pos >= text.size(); }
    char Peek(std::size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
    bool AtFieldEnd() const { return AtEnd() || Peek() == delimiter || Peek() == '\r' || Peek() == '\n'; }
    // Consumes one line break (CRLF, LF or CR) if there is one.
    void SkipNewline() {
        if (Peek() != '\r' && Peek() != '\n') return;
        if (Peek() == '\r' && Peek(1) == '\n') ++pos;
        ++pos;
        ++line;
    }
};

// Reads a quoted field; the cursor is on the opening quote. Returns an error or "".
std::string ReadQuoted(Cursor& c, std::string& field) {
    ++c.pos;
    for (;;) {
        if (c.AtEnd()) return "a quoted cell is never closed: a \" is missing";
        const char ch = c.Peek();
        if (ch == '"' && c.Peek(1) == '"') {
            field += '"';
            c.pos += 2;
            continue;
        }
        if (ch == '"') {
            ++c.pos;
            break;
        }
        if (ch == '\n' || (ch == '\r' && c.Peek(1) != '\n')) ++c.line;
        field += ch;
        ++c.pos;
    }
    if (!c.AtFieldEnd()) return "text after the closing quote of a cell: quotes inside a quoted cell must be doubled (\"\")";
    return {};
}

void ReadUnquoted(Cursor& c, std::string& field) {
    const std::size_t start = c.pos;
    while (!c.AtFieldEnd()) ++c.pos;
    field.assign(c.text.substr(start, c.pos - start));
}

// Reads one record; returns an error or "".
std::string ReadRecord(Cursor& c, Record& record) {
    record.line = c.line;
    for (;;) {
        std::string field;
        if (c.Peek() == '"') {
            std::string error = ReadQuoted(c, field);
            if (!error.empty()) return error;
        } else {
            ReadUnquoted(c, field);
        }
        record.fields.push_back(std::move(field));
        if (c.AtEnd() || c.Peek() != c.delimiter) break;
        ++c.pos;
    }
    c.SkipNewline();
    return {};
}

bool NeedsQuotes(std::string_view field, char delimiter) {
    if (field.empty()) return false;
    const auto blank = [](char ch) { return ch == ' ' || ch == '\t'; };
    return field.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string_view::npos ||
           blank(field.front()) || blank(field.back());
}

} // namespace

char GuessDelimiter(std::string_view text) {
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char ch : text) {
        if (ch == '"') quoted = !quoted;
        if (quoted) continue;
        if (ch == '\r' || ch == '\n') break;
        commas += ch == ',';
        semicolons += ch == ';';
        tabs += ch == '\t';
    }
    if (commas == 0 && semicolons > 0) return ';';
    if (commas == 0 && tabs > 0) return '\t';
    return ',';
}

Table Read(std::string_view text, const ReadOptions& options) {
    Table table;
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    table.delimiter = options.delimiter ? options.delimiter : GuessDelimiter(text);
    const std::size_t bad = FirstBadByte(text);
    Cursor c{text, 0, 1, table.delimiter};
    while (!c.AtEnd()) {
        Record record;
        std::string error = ReadRecord(c, record);
        // The record just read holds the bad byte: a legacy encoding explains any error too.
        if (bad != std::string_view::npos && bad < c.pos)
            error = text[bad] == '\0' ? "NUL byte in the file: it may be saved as UTF-16; save it as \"CSV UTF-8\""
                                      : "the file is not UTF-8 text; save it as \"CSV UTF-8\" (not plain \"CSV\")";
        if (!error.empty()) {
            table.error = std::move(error);
            table.error_row = static_cast<std::uint32_t>(table.records.size() + 1);
            return table;
        }
        table.records.push_back(std::move(record));
    }
    return table;
}

void AppendRecord(std::string& out, const std::vector<std::string>& fields, const WriteOptions& options) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += options.delimiter;
        const std::string& f = fields[i];
        if (!NeedsQuotes(f, options.delimiter)) {
            out += f;
            continue;
        }
        out += '"';
        for (char ch : f) {
            if (ch == '"') out += '"';
            out += ch;
        }
        out += '"';
    }
    out += options.newline;
}

std::string Write(const std::vector<std::vector<std::string>>& records, const WriteOptions& options) {
    std::string out;
    if (options.byte_order_mark) out += kBom;
    for (const auto& r : records) AppendRecord(out, r, options);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Formulas
//-----------------------------------------------------------------------------

namespace {

// [+-]digits[.digits][e[+-]digits], or with the digits after the point only: what every
// spreadsheet reads as the number it is, in any locale's CSV.
bool IsPlainNumber(std::string_view s) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - start;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t mantissa = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

// The text, past any apostrophes, starts as a formula would.
bool StartsFormula(std::string_view cell) {
    cell.remove_prefix(std::min(cell.find_first_not_of('\''), cell.size()));
    return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos &&
        !IsPlainNumber(cell);
}

} // namespace

std::string GuardFormula(std::string_view cell) {
    return StartsFormula(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string_view UnguardFormula(std::string_view cell) {
    return !cell.empty() && cell.front() == '\'' && StartsFormula(cell) ? cell.substr(1) : cell;
}

} // namespace polity::csv
