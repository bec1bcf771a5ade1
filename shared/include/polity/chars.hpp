// Polity Explorer — characters that need care: control characters, which a dataset never holds
// (a text may have tabs and line breaks), and characters a reader cannot see (invisible and
// bidirectional ones), which every report shows escaped so that what it quotes reads true.
//
// Index of this file
// [SECTION] UTF-8
// [SECTION] Kinds of characters
// [SECTION] Checking and showing text
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace polity {

//-----------------------------------------------------------------------------
// [SECTION] UTF-8
//-----------------------------------------------------------------------------

inline constexpr char32_t kNotUtf8 = 0xFFFFFFFF; // DecodeUtf8's answer for a byte that starts no character

// The code point at text[*pos], moving *pos past it. A byte that starts no well-formed sequence
// (a stray continuation, an overlong form, a surrogate, past U+10FFFF, cut short) gives
// kNotUtf8 and moves one byte only, so decoding picks up again at the next byte.
char32_t DecodeUtf8(std::string_view text, std::size_t* pos);

//-----------------------------------------------------------------------------
// [SECTION] Kinds of characters
//-----------------------------------------------------------------------------

// C0 controls (U+0000-U+001F, tab and line breaks among them), DEL and the C1 controls
// (U+0080-U+009F).
bool IsControlCharacter(char32_t cp);

// A character a reader cannot see, or that reorders what follows: the controls, spaces other
// than U+0020 (no-break, thin, ideographic, ...), line and paragraph separators, zero-width and
// other format characters, bidirectional marks, embeddings, overrides and isolates, and the
// byte order mark.
bool IsInvisibleCharacter(char32_t cp);

//-----------------------------------------------------------------------------
// [SECTION] Checking and showing text
//-----------------------------------------------------------------------------

struct FoundCharacter {
    std::size_t position = 0; // 1-based, in characters (code points) of the text
    char32_t code_point = 0;
};

// The first control character of `text` that is not allowed (tab, LF and CR are allowed when
// `allow_breaks`), or a FoundCharacter with position 0 when there is none. Fast on the usual
// text: one pass over the bytes, a closer look only where one may be.
FoundCharacter FindControlCharacter(std::string_view text, bool allow_breaks);

// "U+0000 (NUL)", "U+000A (line break)", "U+0007": a control character named in a message.
std::string DescribeCharacter(char32_t cp);

// `text` with every invisible character written as \u{202E} and every byte that is not UTF-8
// as \x{E9}: what a report quotes shows what is really there, and cannot reorder or hide the
// rest of the line. Plain text passes unchanged, and so does text shown this way already.
std::string ShowInvisible(std::string_view text);

} // namespace polity
