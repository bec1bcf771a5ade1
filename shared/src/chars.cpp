// Control and invisible characters: decoding, classifying, finding and showing them.
#include "polity/chars.hpp"
#include "polity/numbers.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace polity {

namespace {

// Ranges of characters a reader cannot see, beyond the controls (Unicode's White_Space other
// than U+0020, Default_Ignorable format characters, and the bidirectional controls).
struct Range {
    char32_t first, last;
};
constexpr Range kInvisible[] = {
    {0x00A0, 0x00A0},   // no-break space
    {0x00AD, 0x00AD},   // soft hyphen
    {0x034F, 0x034F},   // combining grapheme joiner
    {0x061C, 0x061C},   // Arabic letter mark
    {0x115F, 0x1160},   // Hangul fillers
    {0x1680, 0x1680},   // Ogham space mark
    {0x17B4, 0x17B5},   // Khmer inherent vowels
    {0x180B, 0x180E},   // Mongolian variation selectors, vowel separator
    {0x2000, 0x200F},   // spaces, zero-width space and joiners, left-to-right and right-to-left marks
    {0x2028, 0x202F},   // line and paragraph separators, bidirectional embeddings and overrides, narrow space
    {0x205F, 0x206F},   // medium space, word joiner, invisible operators, bidirectional isolates
    {0x3000, 0x3000},   // ideographic space
    {0x3164, 0x3164},   // Hangul filler
    {0xFE00, 0xFE0F},   // variation selectors
    {0xFEFF, 0xFEFF},   // byte order mark, zero-width no-break space
    {0xFFA0, 0xFFA0},   // halfwidth Hangul filler
    {0xFFF0, 0xFFFB},   // interlinear annotation
    {0x1D173, 0x1D17A}, // musical formatting
    {0xE0000, 0xE0FFF}, // tags, variation selectors supplement
};

// prefix, `value` in upper-case hex with at least `digits` digits, and a closing brace if the
// prefix opened one: "U+000A", "\u{202E}", "\x{E9}".
void AppendEscape(std::string& out, const char* prefix, unsigned value, int digits) {
    char buffer[24];
    FormatString(buffer, sizeof buffer, "%s%0*X", prefix, digits, value);
    out += buffer;
    if (std::string_view(prefix).back() == '{') out += '}';
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] UTF-8
//-----------------------------------------------------------------------------

char32_t DecodeUtf8(std::string_view text, std::size_t* pos) {
    const auto lead = static_cast<unsigned char>(text[*pos]);
    if (lead < 0x80) {
        *pos += 1;
        return lead;
    }
    std::uint32_t cp = 0;
    const std::size_t length = detail::DecodeUtf8(text, *pos, &cp);   // the reader's own rule
    *pos += length > 0 ? length : 1;
    return length > 0 ? cp : kNotUtf8;
}

//-----------------------------------------------------------------------------
// [SECTION] Kinds of characters
//-----------------------------------------------------------------------------

bool IsControlCharacter(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

bool IsInvisibleCharacter(char32_t cp) {
    return IsControlCharacter(cp) || std::any_of(std::begin(kInvisible), std::end(kInvisible), [cp](const Range& r) {
        return cp >= r.first && cp <= r.last;
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Checking and showing text
//-----------------------------------------------------------------------------

FoundCharacter FindControlCharacter(std::string_view text, bool allow_breaks) {
    // Every control character is a byte below 0x20, DEL, or (C1) a sequence starting 0xC2.
    const bool maybe = std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F || u == 0xC2;
    });
    if (!maybe) return {};
    std::size_t position = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = DecodeUtf8(text, &pos);
        ++position;
        const bool allowed = allow_breaks && (cp == '\t' || cp == '\n' || cp == '\r');
        if (cp != kNotUtf8 && IsControlCharacter(cp) && !allowed) return FoundCharacter{position, cp};
    }
    return {};
}

std::string DescribeCharacter(char32_t cp) {
    std::string out;
    AppendEscape(out, "U+", static_cast<unsigned>(cp), 4);
    switch (cp) {
    case 0x00: return out + " (NUL)";
    case 0x09: return out + " (tab)";
    case 0x0A: return out + " (line break)";
    case 0x0D: return out + " (carriage return)";
    case 0x7F: return out + " (DEL)";
    default: return out;
    }
}

std::string ShowInvisible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = DecodeUtf8(text, &pos);
        if (cp == kNotUtf8)
            AppendEscape(out, "\\x{", static_cast<unsigned char>(text[start]), 2);
        else if (IsInvisibleCharacter(cp))
            AppendEscape(out, "\\u{", static_cast<unsigned>(cp), 1);
        else
            out.append(text, start, pos - start);
    }
    return out;
}

} // namespace polity
