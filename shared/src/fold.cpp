// Polity Explorer — folding text for search: one canonical, lower-case, accent-free form
// applied the same way to the dataset's text and to what the reader types.
//
// Index of this file
// [SECTION] UTF-8 encoding (decoding: polity/chars.hpp)
// [SECTION] Folding tables (Latin, Cyrillic)
// [SECTION] FoldForSearch

#include "polity/query.hpp"

#include "polity/chars.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>

namespace polity {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] UTF-8 encoding (decoding: polity/chars.hpp)
//-----------------------------------------------------------------------------

void AppendUtf8(std::string& out, char32_t cp) { detail::AppendUtf8(cp, out); }

//-----------------------------------------------------------------------------
// [SECTION] Folding tables (Latin, Cyrillic)
//-----------------------------------------------------------------------------

// A run of code points that all fold to the same ASCII text (" " = a separator).
struct LatinRun {
    char32_t first;
    char32_t last;
    const char* folded;
};

// Latin-1 Supplement (U+00A0..U+00FF) and Latin Extended-A (U+0100..U+017F), every code
// point covered, plus the few Latin Extended-B letters of Romanian and Azerbaijani. Sorted by
// first code point; a code point between runs passes through unchanged.
constexpr LatinRun kLatinRuns[] = {
    {0x00A0, 0x00BF, " "},  // no-break space, ¡ « » ¿ ° ² ... : punctuation and symbols
    {0x00C0, 0x00C5, "a"}, {0x00C6, 0x00C6, "ae"}, {0x00C7, 0x00C7, "c"},
    {0x00C8, 0x00CB, "e"}, {0x00CC, 0x00CF, "i"}, {0x00D0, 0x00D0, "d"}, {0x00D1, 0x00D1, "n"},
    {0x00D2, 0x00D6, "o"}, {0x00D7, 0x00D7, " "}, {0x00D8, 0x00D8, "o"}, {0x00D9, 0x00DC, "u"},
    {0x00DD, 0x00DD, "y"}, {0x00DE, 0x00DE, "th"}, {0x00DF, 0x00DF, "ss"},
    {0x00E0, 0x00E5, "a"}, {0x00E6, 0x00E6, "ae"}, {0x00E7, 0x00E7, "c"},
    {0x00E8, 0x00EB, "e"}, {0x00EC, 0x00EF, "i"}, {0x00F0, 0x00F0, "d"}, {0x00F1, 0x00F1, "n"},
    {0x00F2, 0x00F6, "o"}, {0x00F7, 0x00F7, " "}, {0x00F8, 0x00F8, "o"}, {0x00F9, 0x00FC, "u"},
    {0x00FD, 0x00FD, "y"}, {0x00FE, 0x00FE, "th"}, {0x00FF, 0x00FF, "y"},
    {0x0100, 0x0105, "a"}, {0x0106, 0x010D, "c"}, {0x010E, 0x0111, "d"}, {0x0112, 0x011B, "e"},
    {0x011C, 0x0123, "g"}, {0x0124, 0x0127, "h"}, {0x0128, 0x0131, "i"}, {0x0132, 0x0133, "ij"},
    {0x0134, 0x0135, "j"}, {0x0136, 0x0138, "k"}, {0x0139, 0x0142, "l"}, {0x0143, 0x014B, "n"},
    {0x014C, 0x0151, "o"}, {0x0152, 0x0153, "oe"}, {0x0154, 0x0159, "r"}, {0x015A, 0x0161, "s"},
    {0x0162, 0x0167, "t"}, {0x0168, 0x0173, "u"}, {0x0174, 0x0175, "w"}, {0x0176, 0x0178, "y"},
    {0x0179, 0x017E, "z"}, {0x017F, 0x017F, "s"},
    {0x018F, 0x018F, "e"},  // Ə (Azerbaijani)
    {0x0218, 0x0219, "s"}, {0x021A, 0x021B, "t"},  // Ș ș Ț ț (Romanian)
    {0x0259, 0x0259, "e"},  // ə
};

// Cyrillic lower case -> its base letter. Kazakh (ә ғ қ ң ө ұ ү һ і), Russian (ё й),
// Ukrainian and Belarusian (ї ў), Uzbek and Tajik (ҳ ҷ ӣ ӯ), and letters with diaeresis.
// Sorted by the first code point.
constexpr std::pair<char32_t, char32_t> kCyrillicBase[] = {
    {0x0439, 0x0438},  // й -> и
    {0x0450, 0x0435}, {0x0451, 0x0435},  // ѐ ё -> е
    {0x0453, 0x0433},  // ѓ -> г
    {0x0456, 0x0438}, {0x0457, 0x0438},  // і ї -> и
    {0x045C, 0x043A},  // ќ -> к
    {0x045D, 0x0438},  // ѝ -> и
    {0x045E, 0x0443},  // ў -> у
    {0x0493, 0x0433},  // ғ -> г
    {0x049B, 0x043A},  // қ -> к
    {0x04A3, 0x043D},  // ң -> н
    {0x04AF, 0x0443},  // ү -> у
    {0x04B1, 0x0443},  // ұ -> у
    {0x04B3, 0x0445},  // ҳ -> х
    {0x04B7, 0x0447},  // ҷ -> ч
    {0x04BB, 0x0445},  // һ -> х
    {0x04D1, 0x0430}, {0x04D3, 0x0430},  // ӑ ӓ -> а
    {0x04D7, 0x0435},  // ӗ -> е
    {0x04D9, 0x0430}, {0x04DB, 0x0430},  // ә ӛ -> а
    {0x04DD, 0x0436}, {0x04DF, 0x0437},  // ӝ -> ж, ӟ -> з
    {0x04E3, 0x0438}, {0x04E5, 0x0438},  // ӣ ӥ -> и
    {0x04E7, 0x043E}, {0x04E9, 0x043E}, {0x04EB, 0x043E},  // ӧ ө ӫ -> о
    {0x04ED, 0x044D},  // ӭ -> э
    {0x04EF, 0x0443}, {0x04F1, 0x0443}, {0x04F3, 0x0443},  // ӯ ӱ ӳ -> у
    {0x04F5, 0x0447},  // ӵ -> ч
    {0x04F9, 0x044B},  // ӹ -> ы
};

// Upper to lower case in U+0400..U+04FF. The block pairs its letters in runs: a fixed
// offset for the basic letters, then (upper, lower) pairs starting on even or odd points.
char32_t CyrillicLower(char32_t cp) {
    if (cp <= 0x040F) return cp + 0x50;                            // Ѐ..Џ -> ѐ..џ
    if (cp <= 0x042F) return cp + 0x20;                            // А..Я -> а..я
    if (cp == 0x04C0) return 0x04CF;                               // Ӏ -> ӏ
    const bool even_pairs = (cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) ||
                            (cp >= 0x04D0 && cp <= 0x04FF);
    if (even_pairs) return cp | 1u;
    if (cp >= 0x04C1 && cp <= 0x04CE && (cp & 1u)) return cp + 1;
    return cp;
}

char32_t CyrillicFold(char32_t cp) {
    const char32_t lower = CyrillicLower(cp);
    const auto it = std::lower_bound(std::begin(kCyrillicBase), std::end(kCyrillicBase), lower,
                                     [](const auto& entry, char32_t key) { return entry.first < key; });
    return (it != std::end(kCyrillicBase) && it->first == lower) ? it->second : lower;
}

const LatinRun* FindLatinRun(char32_t cp) {
    const auto it = std::upper_bound(std::begin(kLatinRuns), std::end(kLatinRuns), cp,
                                     [](char32_t key, const LatinRun& run) { return key < run.first; });
    if (it == std::begin(kLatinRuns)) return nullptr;
    const LatinRun* run = std::prev(it);
    return cp <= run->last ? run : nullptr;
}

bool IsApostrophe(char32_t cp) {   // dropped inside words: "oʻzbek" and "o'zbek" fold alike
    return cp == 0x27 || cp == 0x2019 || cp == 0x02BB || cp == 0x02BC;
}

bool IsDropped(char32_t cp) {      // combining accents (decomposed text), zero-width marks
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) || cp == 0x200B || cp == 0x200D || cp == 0xFEFF ||
           cp == 0x00AD || IsApostrophe(cp);
}

bool IsSeparator(char32_t cp) {    // spaces and punctuation outside the tables
    return (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0x3001 || cp == 0x3002;
}

//-----------------------------------------------------------------------------
// [SECTION] FoldForSearch
//-----------------------------------------------------------------------------

// Appends a separator, never two in a row and never at the start.
void AppendSpace(std::string& out) {
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

void AppendFolded(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
        else if (!IsApostrophe(cp)) AppendSpace(out);
        return;
    }
    if (IsDropped(cp)) return;
    if (IsSeparator(cp)) { AppendSpace(out); return; }
    if (cp >= 0x0400 && cp <= 0x04FF) { AppendUtf8(out, CyrillicFold(cp)); return; }
    if (const LatinRun* run = FindLatinRun(cp)) {
        if (run->folded[0] == ' ') AppendSpace(out);
        else out += run->folded;
        return;
    }
    AppendUtf8(out, cp);   // other scripts pass through unchanged
}

} // namespace

std::string FoldForSearch(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t cp = DecodeUtf8(utf8, &pos);
        if (cp != kNotUtf8) AppendFolded(out, cp);
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

} // namespace polity
