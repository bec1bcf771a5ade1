// Control and invisible characters: decoding, classifying, finding and showing them.
#include "polity/chars.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace polity {

namespace {

// Ranges of characters a reader cannot see, beyond the controls (Unicode's White_Space other
// than U+0020, Default_Ignorable format characters, and the bidirectional controls).
struct Range {
    char32_t first, last;
};
constexpr Range kInvisible[] = {
    {0x00A0, 0x00A0}, {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160},
    {0x1680, 0x1680}, {0x17B4, 0x17B5}, {0x180B, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F},
    {0x205F, 0x206F}, {0x3000, 0x3000}, {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
    {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFFB}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
};

// prefix, `value` in upper-case hex with at least `digits` digits, and a closing brace if the
// prefix opened one: "U+000A", "\\u{202E}", "\\x{E9}".
void AppendEscape(std::string& out, const char* prefix, unsigned value, int digits) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%s%0*X", prefix, digits, value);
    out += buffer;
    if (std::string_view(prefix).back() == '{') out += '}';
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] UTF-8
//-----------------------------------------------------------------------------

char32_t DecodeUtf8(std::string_view text, std::size_t* pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(*pos);
    int len = 0;
    char32_t cp = 0, min = 0;
    if (b0 < 0x80) { *pos += 1; return b0; }
    if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1Fu; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0Fu; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07u; min = 0x10000; }
    else { *pos += 1; return kNotUtf8; }
    if (*pos + static_cast<std::size_t>(len) > text.size()) { *pos += 1; return kNotUtf8; }
    for (int k = 1; k < len; ++k) {
        const unsigned char b = byte(*pos + static_cast<std::size_t>(k));
        if ((b & 0xC0) != 0x80) { *pos += 1; return kNotUtf8; }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { *pos += 1; return kNotUtf8; }
    *pos += static_cast<std::size_t>(len);
    return cp;
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
        if (cp == kNotUtf8) AppendEscape(out, "\\x{", static_cast<unsigned char>(text[start]), 2);
        else if (IsInvisibleCharacter(cp)) AppendEscape(out, "\\u{", static_cast<unsigned>(cp), 1);
        else out.append(text, start, pos - start);
    }
    return out;
}

} // namespace polity
